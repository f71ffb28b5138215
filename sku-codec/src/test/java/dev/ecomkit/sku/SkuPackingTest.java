package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkuPackingTest {

  private final SkuCodec codec = SkuCodec.standard();

  @Test
  void standardSchemaPacksItsFirstAndLastCodesToTheEnds() {
    assertTrue(codec.isPackable());
    assertEquals(0L, codec.pack(codec.parse("TB-01-XS-0001")));
    assertEquals(12L * 13 * 29 * 1200 - 1, codec.pack(codec.parse("MD-99-46-9912")));
    assertEquals(codec.parse("MD-99-46-9912"), codec.unpack(12L * 13 * 29 * 1200 - 1));
  }

  @Test
  void packingIsAMixedRadixNumberInSchemaOrder() {
    // TM is platform 1, 02 category 1, S size 1, 2504 = (25 * 12 + 3) months since 2000-01
    assertEquals(((1L * 13 + 1) * 29 + 1) * 1200 + 25 * 12 + 3, codec.pack(codec.parse("TM-02-S-2504")));
  }

  @Test
  void unpackRejectsNumbersThatAreNoSku() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.unpack(-1));
    assertEquals("-1 is not a packed SKU of schema \"standard\": expected 0 to 5428799", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> codec.unpack(5_428_800));
  }

  @Test
  void packRejectsSkusOfAnotherSchema() {
    Sku other = SkuCodec.of(TypedSegmentsTest.STYLE).parse("TB/0042/BLK/202504");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.pack(other));
    assertEquals("SKU TB/0042/BLK/202504 belongs to schema \"style-colour\", not to this codec's schema "
        + "\"standard\"", e.getMessage());
  }

  @Test
  void schemasBeyond63BitsSayWhyTheyCannotPack() {
    SkuSchema wide = SkuSchema.builder().name("wide")
        .addSegments(SkuSegment.digits("a", SegmentRole.OTHER, 9))
        .addSegments(SkuSegment.digits("b", SegmentRole.OTHER, 9))
        .addSegments(SkuSegment.digits("c", SegmentRole.OTHER, 1))
        .addSegments(SkuSegment.digits("d", SegmentRole.OTHER, 1))
        .build();
    SkuCodec codec = SkuCodec.of(wide);
    assertFalse(codec.isPackable());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> codec.pack(codec.parse("000000000-000000000-0-0")));
    assertEquals("schema \"wide\" cannot be packed into a long: its a 1000000000 × b 1000000000 × c 10 × d 10 = "
        + "100000000000000000000 combinations exceed 2^63; use fewer or narrower segments", e.getMessage());
    assertThrows(IllegalStateException.class, () -> codec.unpack(0));
  }

  /** 2^15 × 2^15 × 2^15 × 2^15 × 2^3 = exactly 2^63 combinations: every non-negative long is a SKU. */
  @Test
  void exactly2To63CombinationsUseTheWholeNonNegativeRange() {
    SkuSchema.Builder builder = SkuSchema.builder().name("full");
    for (int s = 0; s < 4; s++) {
      builder.addSegments(SkuSegment.codeTable("t" + s, SegmentRole.OTHER, table(1 << 15)));
    }
    SkuSchema full = builder.addSegments(SkuSegment.codeTable("u", SegmentRole.OTHER, table(8))).build();
    SkuCodec codec = SkuCodec.of(full);

    assertTrue(codec.isPackable());
    Sku last = codec.unpack(Long.MAX_VALUE);
    assertEquals("PA7-PA7-PA7-PA7-7", last.toString());
    assertEquals(Long.MAX_VALUE, codec.pack(last));
    assertEquals(0L, codec.pack(codec.parse("0-0-0-0-0")));
    assertEquals(Long.MAX_VALUE - 1, codec.pack(codec.parse("PA7-PA7-PA7-PA7-6")));
  }

  /** Codes 0, 1, … n-1 written in base 36, in numeric order. */
  private static Map<String, String> table(int n) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      codes.put(Integer.toString(i, 36).toUpperCase(), "code " + i);
    }
    return ImmutableMap.copyOf(codes);
  }
}
