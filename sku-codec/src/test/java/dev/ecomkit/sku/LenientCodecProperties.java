package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The lenient codec: idempotent normalization, keyed variants read back, and no acceptance beyond normalization. */
class LenientCodecProperties {

  private static final SkuCodec LENIENT = SkuCodec.standard().lenient();
  private static final List<String> SEPARATORS = List.of("-", " ", "_", "/", " - ", "\u2013", "\u2014", "\uFF0D",
      "\u3000", "  _ ");

  @Property
  void normalizeIsIdempotent(@ForAll("keyedText") String text) {
    String once = LENIENT.normalize(text);
    assertEquals(once, LENIENT.normalize(once));
  }

  @Property(tries = 300)
  void keyedVariantsOfGeneratedSchemasReadBack(@ForAll("schemaAndSkus") SkuArbitraries.SchemaAndSkus generated,
      @ForAll("styles") List<Integer> style) {
    SkuCodec codec = SkuCodec.of(generated.schema).lenient();
    for (Sku sku : generated.skus) {
      String keyed = keyed(codec.format(sku), generated.schema.separator(), style);
      assertEquals(sku, codec.parse(keyed), keyed);
    }
  }

  @Property
  void lenientAcceptsExactlyWhatNormalizesToACanonicalCode(@ForAll("keyedText") String text) {
    boolean valid = LENIENT.isValid(text);
    assertEquals(SkuCodec.standard().isValid(LENIENT.normalize(text)), valid);
    assertEquals(valid, LENIENT.tryParse(text).isPresent());
    try {
      LENIENT.parse(text);
      assertTrue(valid);
    } catch (SkuFormatException e) {
      assertTrue(!valid && e.offset() >= 0 && e.offset() <= text.length(), e.offset() + " " + e.getMessage());
    }
    Statistics.label("valid").collect(valid);
  }

  /** The canonical code rewritten as people key it: case, full width, separators and padding chosen by style. */
  private static String keyed(String code, char separator, List<Integer> style) {
    StringBuilder out = new StringBuilder(style.get(0) % 2 == 0 ? "" : " ");
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      int s = style.get(1 + i % (style.size() - 1));
      if (c == separator && i > 0 && i < code.length() - 2 || c == separator && s % 3 != 0) {
        out.append(SEPARATORS.get(s % SEPARATORS.size()));
      } else if (c >= 'A' && c <= 'Z' && s % 2 == 1) {
        out.append(Character.toLowerCase(c));
      } else if (c >= '!' && c <= '~' && s % 5 == 0) {
        out.append((char) (c + 0xFEE0));
      } else {
        out.append(c);
      }
    }
    return out.append(style.get(0) % 3 == 0 ? "\t" : "").toString();
  }

  @Provide
  Arbitrary<List<Integer>> styles() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(2).ofMaxSize(20);
  }

  @Provide
  Arbitrary<SkuArbitraries.SchemaAndSkus> schemaAndSkus() {
    return SkuArbitraries.schemaAndSkus(true);
  }

  @Provide
  Arbitrary<String> keyedText() {
    Arbitrary<String> keyed = Combinators.combine(SkuArbitraries.standardSkus().map(Sku::toString), styles())
        .as((code, style) -> keyed(code, '-', style));
    Arbitrary<String> alphabet = Arbitraries.strings()
        .withChars("TBJDMXSL0123456789-_/ tbmxsl\u2013\u2014\u3000\uFF0D\uFF34\uFF22\uFF10\uFF11\t\u00A0")
        .ofMaxLength(24);
    return Arbitraries.oneOf(keyed, alphabet, Arbitraries.strings().ofMaxLength(30));
  }
}
