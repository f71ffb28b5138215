package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the strict codec over generated SKUs, generated schemas and hostile input. */
class SkuCodecProperties {

  private static final SkuCodec STANDARD = SkuCodec.standard();

  @Property
  void parseOfFormatIsIdentity_standardSchema(@ForAll("standardSkus") Sku sku) {
    assertEquals(sku, STANDARD.parse(STANDARD.format(sku)));
  }

  @Property(tries = 300)
  void parseOfFormatIsIdentity_generatedSchemas(@ForAll("schemaAndSkus") SkuArbitraries.SchemaAndSkus generated) {
    SkuCodec codec = SkuCodec.of(generated.schema);
    for (Sku sku : generated.skus) {
      String code = codec.format(sku);
      assertEquals(sku, codec.parse(code));
      assertEquals(code, codec.parse(code).toString());
    }
  }

  @Property
  void strictCodecAcceptsOnlyCanonicalText(@ForAll("hostileText") String text) {
    Optional<Sku> parsed = STANDARD.tryParse(text);
    parsed.ifPresent(sku -> assertEquals(text, sku.toString()));
    Statistics.label("valid").collect(parsed.isPresent());
  }

  @Property
  void parseThrowsNothingButSkuFormatException(@ForAll("hostileText") String text) {
    try {
      Sku sku = STANDARD.parse(text);
      assertTrue(STANDARD.isValid(text));
      assertEquals(Optional.of(sku), STANDARD.tryParse(text));
      Statistics.label("outcome").collect("valid");
    } catch (SkuFormatException e) {
      assertTrue(e.offset() >= 0 && e.offset() <= text.length(), "offset " + e.offset());
      assertTrue(e.getMessage().startsWith(e.segment() + " at offset ")
          || e.getMessage().startsWith("month at offset ") || e.getMessage().startsWith("input at offset "));
      assertTrue(e.getMessage().length() < 300, e.getMessage());
      assertEquals(Optional.empty(), STANDARD.tryParse(text));
      Statistics.label("outcome").collect(e.reason());
    }
  }

  @Property(tries = 30)
  void hugeInputIsRejectedWithAShortMessage(@ForAll("hugeText") String text) {
    try {
      STANDARD.parse(text);
      throw new AssertionError("a 100,000-character input cannot be a standard SKU");
    } catch (SkuFormatException e) {
      assertTrue(e.getMessage().length() < 300);
    }
  }

  @Property
  void orderIsConsistentWithEqualsAndAntisymmetric(@ForAll("standardSkus") Sku a, @ForAll("standardSkus") Sku b) {
    assertEquals(a.equals(b), a.compareTo(b) == 0);
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    int byLaunch = a.platform().equals(b.platform()) && a.category().equals(b.category())
        && a.size().equals(b.size()) ? a.launchMonth().compareTo(b.launchMonth()) : 0;
    if (byLaunch != 0) {
      assertEquals(Integer.signum(byLaunch), Integer.signum(a.compareTo(b)), "same item: months order");
    }
  }

  @Provide
  Arbitrary<Sku> standardSkus() {
    return SkuArbitraries.standardSkus();
  }

  @Provide
  Arbitrary<SkuArbitraries.SchemaAndSkus> schemaAndSkus() {
    return SkuArbitraries.schemaAndSkus(true);
  }

  /** Printable ASCII, SKU-like fragments, full-width forms, unpaired surrogates and any Unicode. */
  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> skuAlphabet = Arbitraries.strings().withChars("TBJDM0123456789-SXLF\uFF0D\uD800\uDC00 ")
        .ofMaxLength(20);
    Arbitrary<String> mutated = Combinators.combine(standardSkus().map(Sku::toString),
            Arbitraries.integers().between(0, 12), Arbitraries.chars().all(), Arbitraries.integers().between(0, 4))
        .as(SkuCodecProperties::mutate);
    return Arbitraries.oneOf(anyUnicode, skuAlphabet, mutated, standardSkus().map(Sku::toString));
  }

  private static String mutate(String code, int at, char c, int kind) {
    int i = Math.min(at, code.length());
    switch (kind) {
      case 0:
        return code.substring(0, i) + c + code.substring(i);
      case 1:
        return i < code.length() ? code.substring(0, i) + code.substring(i + 1) : code + c;
      case 3: // something after the last segment
        return code + (at % 2 == 0 ? "-" : "") + c;
      case 4: // a two-digit month that may be out of range
        return code.substring(0, code.length() - 2) + String.format("%02d", (int) c % 100);
      default:
        return i < code.length() ? code.substring(0, i) + c + code.substring(i + 1) : code;
    }
  }

  @Provide
  Arbitrary<String> hugeText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofLength(100_000),
        Arbitraries.of("TB-01-M-2504", "TB-01-M-", "TB-", "").map(prefix ->
            prefix + "9".repeat(100_000 - prefix.length())),
        Arbitraries.just("TB-01-M-2504" + "-".repeat(100_000)),
        Arbitraries.just("\uD800".repeat(100_000)));
  }
}
