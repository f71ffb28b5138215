package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Packing round trips and order; check-character detection of every single typo and every neighbour swap. */
class SkuPackingAndCheckProperties {

  private static final String KEYS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*-/._|:#";

  @Property(tries = 500)
  void unpackOfPackIsIdentityAndPackingPreservesOrder(
      @ForAll("schemaAndSkus") SkuArbitraries.SchemaAndSkus generated) {
    SkuCodec codec = SkuCodec.of(generated.schema);
    Statistics.label("packable").collect(codec.isPackable());
    if (!codec.isPackable()) {
      assertThrows(IllegalStateException.class, () -> codec.pack(generated.skus.get(0)));
      return;
    }
    for (Sku a : generated.skus) {
      long packed = codec.pack(a);
      assertTrue(packed >= 0);
      assertEquals(a, codec.unpack(packed));
      for (Sku b : generated.skus) {
        assertEquals(Integer.signum(a.compareTo(b)), Long.signum(Long.compare(packed, codec.pack(b))));
      }
    }
  }

  @Property
  void standardPackingPreservesOrder(@ForAll("standardSkus") Sku a, @ForAll("standardSkus") Sku b) {
    SkuCodec codec = SkuCodec.standard();
    assertEquals(Integer.signum(a.compareTo(b)), Long.signum(Long.compare(codec.pack(a), codec.pack(b))));
    assertEquals(a, codec.unpack(codec.pack(a)));
  }

  /**
   * Both systems catch every mistyped character (including a separator typed for a character and vice versa);
   * MOD 37-2 also catches every swap of two different neighbours. MOD 37,36's swap blind spot is counted in
   * {@link CheckCharacterTest}; here its swaps are only tallied.
   */
  @Property(tries = 300)
  void everySingleSubstitutionIsDetected_andEveryNeighbourSwapWithMod372(
      @ForAll("checkedSchemaAndSkus") SkuArbitraries.SchemaAndSkus generated) {
    SkuCodec codec = SkuCodec.of(generated.schema);
    CheckCharacterSystem system = generated.schema.checkCharacter();
    for (Sku sku : generated.skus) {
      String code = codec.format(sku);
      assertEquals(sku, codec.parse(code));
      for (int i = 0; i < code.length(); i++) {
        for (int k = 0; k < KEYS.length(); k++) {
          char c = KEYS.charAt(k);
          if (c != code.charAt(i)) {
            String typo = code.substring(0, i) + c + code.substring(i + 1);
            assertFalse(codec.isValid(typo), () -> code + " -> " + typo);
          }
        }
        if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1)) {
          String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
          boolean detected = !codec.isValid(swapped);
          if (system == CheckCharacterSystem.MOD_37_2) {
            assertTrue(detected, () -> code + " -> " + swapped);
          } else {
            Statistics.label("MOD 37,36 swap detected").collect(detected);
          }
        }
      }
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

  @Provide
  Arbitrary<SkuArbitraries.SchemaAndSkus> checkedSchemaAndSkus() {
    return SkuArbitraries.schemaAndSkus(true).filter(g -> g.schema.checkCharacter() != CheckCharacterSystem.NONE);
  }
}
