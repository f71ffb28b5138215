package dev.ecomkit.sku;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of SKUs of the standard schema and of generated schemas of every segment type, shared by properties. */
final class SkuArbitraries {

  private SkuArbitraries() {}

  /** A generated schema and a few SKUs of it. */
  static final class SchemaAndSkus {
    final SkuSchema schema;
    final List<Sku> skus;

    SchemaAndSkus(SkuSchema schema, List<Sku> skus) {
      this.schema = schema;
      this.skus = skus;
    }

    @Override
    public String toString() {
      return schema + " " + skus;
    }
  }

  static Arbitrary<Sku> standardSkus() {
    SkuSchema schema = SkuSchema.standard();
    return Combinators.combine(
            codesOf(schema, SegmentRole.PLATFORM), codesOf(schema, SegmentRole.CATEGORY),
            codesOf(schema, SegmentRole.SIZE), months(2000, 2099))
        .as((platform, category, size, month) -> Sku.builder(schema)
            .platform(platform).category(category).size(size).launchMonth(month).build());
  }

  private static Arbitrary<String> codesOf(SkuSchema schema, SegmentRole role) {
    return Arbitraries.of(new ArrayList<>(schema.segment(role).orElseThrow().codes().keySet()));
  }

  static Arbitrary<YearMonth> months(int firstYear, int lastYear) {
    return Combinators.combine(Arbitraries.integers().between(firstYear, lastYear),
            Arbitraries.integers().between(1, 12))
        .as(YearMonth::of);
  }

  /**
   * Schemas of 1-6 segments of every type. With {@code checkCharacter}, schemas may carry a check character;
   * their code tables hold codes of one length each, so no code starts another.
   */
  static Arbitrary<SkuSchema> schemas(boolean checkCharacter) {
    Arbitrary<SkuSegment> codeTable = Arbitraries.integers().between(1, 5).flatMap(length ->
            Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(checkCharacter ? length : 1).ofMaxLength(length).set().ofMinSize(1).ofMaxSize(30))
        .map(SkuArbitraries::table);
    Arbitrary<SkuSegment> digits = Arbitraries.integers().between(1, SkuSegment.MAX_DIGITS)
        .map(w -> SkuSegment.digits("x", SegmentRole.OTHER, w));
    Arbitrary<SkuSegment> letters = Arbitraries.integers().between(1, SkuSegment.MAX_LETTERS)
        .map(w -> SkuSegment.letters("x", SegmentRole.OTHER, w));
    Arbitrary<SkuSegment> yymm = Arbitraries.just(SkuSegment.yearMonth("x", SegmentRole.OTHER));
    Arbitrary<SkuSegment> yyyymm = Arbitraries.just(SkuSegment.fullYearMonth("x", SegmentRole.OTHER));
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(4, codeTable), Tuple.of(1, digits), Tuple.of(1, letters),
                    Tuple.of(1, yymm), Tuple.of(1, yyyymm))
                .list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of('-', '/', '.', '_', '|', ':', '#'),
            checkCharacter ? Arbitraries.of(CheckCharacterSystem.class) : Arbitraries.just(CheckCharacterSystem.NONE))
        .as((segments, separator, check) -> {
          SkuSchema.Builder builder = SkuSchema.builder().name("generated").separator(separator)
              .checkCharacter(check);
          for (int i = 0; i < segments.size(); i++) {
            builder.addSegments(renamed(segments.get(i), "s" + i));
          }
          return builder.build();
        });
  }

  static SkuSegment renamed(SkuSegment s, String name) {
    switch (s.type()) {
      case CODE_TABLE:
        return SkuSegment.codeTable(name, s.role(), s.codes());
      case DIGITS:
        return SkuSegment.digits(name, s.role(), s.width());
      case LETTERS:
        return SkuSegment.letters(name, s.role(), s.width());
      case YEAR_MONTH_YYMM:
        return SkuSegment.yearMonth(name, s.role());
      default:
        return SkuSegment.fullYearMonth(name, s.role());
    }
  }

  private static SkuSegment table(Set<String> codes) {
    Map<String, String> table = new LinkedHashMap<>();
    codes.forEach(code -> table.put(code, "label " + code));
    return SkuSegment.codeTable("x", SegmentRole.OTHER, table);
  }

  static Arbitrary<SchemaAndSkus> schemaAndSkus(boolean checkCharacter) {
    return schemas(checkCharacter).flatMap(schema -> skusOf(schema).list().ofMinSize(1).ofMaxSize(5)
        .map(skus -> new SchemaAndSkus(schema, skus)));
  }

  static Arbitrary<Sku> skusOf(SkuSchema schema) {
    List<Arbitrary<String>> texts = new ArrayList<>();
    for (SkuSegment segment : schema.segments()) {
      texts.add(textsOf(segment));
    }
    return Combinators.combine(texts).as(values -> {
      Sku.Builder builder = Sku.builder(schema);
      for (int i = 0; i < values.size(); i++) {
        builder.set(schema.segments().get(i).name(), values.get(i));
      }
      return builder.build();
    });
  }

  private static Arbitrary<String> textsOf(SkuSegment segment) {
    switch (segment.type()) {
      case CODE_TABLE:
        return Arbitraries.of(new ArrayList<>(segment.codes().keySet()));
      case DIGITS:
        return Arbitraries.strings().numeric().ofLength(segment.width());
      case LETTERS:
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(segment.width());
      case YEAR_MONTH_YYMM:
        return months(2000, 2099).map(m -> String.format("%02d%02d", m.getYear() % 100, m.getMonthValue()));
      default:
        return months(1900, 2199).map(m -> String.format("%04d%02d", m.getYear(), m.getMonthValue()));
    }
  }
}
