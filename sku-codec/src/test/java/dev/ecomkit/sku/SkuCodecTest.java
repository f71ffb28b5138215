package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.ecomkit.sku.SkuFormatException.Reason;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkuCodecTest {

  private final SkuCodec codec = SkuCodec.standard();

  @Test
  void handbookExample_isATaobaoApparelItemInSizeMLaunchedApril2025() {
    Sku sku = codec.parse("TB-01-M-2504");

    assertEquals("TB", sku.platform());
    assertEquals("01", sku.category());
    assertEquals("M", sku.size());
    assertEquals(YearMonth.of(2025, 4), sku.launchMonth());
    assertEquals("TB-01-M-2504", sku.toString());
    assertEquals("TB-01-M-2504", codec.format(sku));
    assertEquals(ImmutableList.of("TB", "01", "M", "2504"), sku.segments());
    assertEquals("M", sku.get("size"));
    assertEquals(Optional.of("Taobao (淘宝)"), codec.schema().segment(SegmentRole.PLATFORM).orElseThrow()
        .label(sku.platform()));
    assertEquals(Optional.of("apparel (服装)"), codec.schema().segment("category").orElseThrow().label("01"));
  }

  @Test
  void handbookPlatformsAndCommonOnesAreInTheStandardTable() {
    for (String platform : List.of("TB", "DD", "JD", "DY", "KS", "XHS", "TM", "WX", "GW")) {
      assertTrue(codec.isValid(platform + "-02-XL-2612"), platform);
    }
  }

  @Test
  void sizesIncludeLetterSizesOneSizeAndNumericSizes() {
    for (String size : List.of("XS", "S", "M", "L", "XL", "XXL", "XXXL", "F", "26", "38", "46")) {
      assertEquals(size, codec.parse("JD-07-" + size + "-2001").size());
    }
    assertFalse(codec.isValid("JD-07-25-2001"));
    assertFalse(codec.isValid("JD-07-47-2001"));
  }

  @Test
  void launchMonthCoversYears2000To2099() {
    assertEquals(YearMonth.of(2000, 1), codec.parse("TB-01-M-0001").launchMonth());
    assertEquals(YearMonth.of(2099, 12), codec.parse("TB-01-M-9912").launchMonth());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "''                | EMPTY              | 0  | platform     | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got empty input",
      "XX-01-M-2504      | UNKNOWN_CODE       | 0  | platform     | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \"XX\"",
      "TB-13-M-2504      | UNKNOWN_CODE       | 3  | category     | category at offset 3: expected one of 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, … (13 codes), got \"13\"",
      "TB-01-XXXXL-2504  | UNKNOWN_CODE       | 6  | size         | size at offset 6: expected one of XS, S, M, L, XL, XXL, XXXL, F, 26, 27, 28, 29, … (29 codes), got \"XXXXL\"",
      "TB-01-M-2513      | MONTH_OUT_OF_RANGE | 10 | launch-month | month at offset 10: expected 01-12, got \"13\"",
      "TB-01-M-2500      | MONTH_OUT_OF_RANGE | 10 | launch-month | month at offset 10: expected 01-12, got \"00\"",
      "TB-01-M-25A4      | MALFORMED_FIELD    | 8  | launch-month | launch-month at offset 8: expected YYMM (4 digits, e.g. 2504), got \"25A4\"",
      "TB-01-M-202504    | MALFORMED_FIELD    | 8  | launch-month | launch-month at offset 8: expected YYMM (4 digits, e.g. 2504), got \"202504\"",
      "TB-01-M-254       | MALFORMED_FIELD    | 8  | launch-month | launch-month at offset 8: expected YYMM (4 digits, e.g. 2504), got \"254\"",
      "TB-01-M           | MISSING_SEGMENT    | 7  | launch-month | launch-month at offset 7: expected '-' and YYMM (4 digits, e.g. 2504), got end of input",
      "TB-01-M-          | MISSING_SEGMENT    | 8  | launch-month | launch-month at offset 8: expected YYMM (4 digits, e.g. 2504), got end of input",
      "TB--M-2504        | MISSING_SEGMENT    | 3  | category     | category at offset 3: expected one of 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, … (13 codes), got empty segment",
      "TB-01-2504        | MISSING_SEGMENT    | 6  | size         | size at offset 6: missing; expected one of XS, S, M, L, XL, XXL, XXXL, F, 26, 27, 28, 29, … (29 codes) before launch-month, got \"2504\", which is a valid launch-month",
      "TB-01-M-2504-X    | TRAILING_INPUT     | 12 | launch-month | input at offset 12: expected end of input after launch-month, got \"-X\"",
      "TB-01-M-2504A     | MALFORMED_FIELD    | 8  | launch-month | launch-month at offset 8: expected YYMM (4 digits, e.g. 2504), got \"2504A\"",
      "tb-01-m-2504      | UNKNOWN_CODE       | 0  | platform     | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \"tb\" (codes are upper case: did you mean \"TB\"?)",
      "TB_01_M_2504      | UNKNOWN_CODE       | 0  | platform     | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \"TB_01_M_2504\"",
      "' TB-01-M-2504'   | UNKNOWN_CODE       | 0  | platform     | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \" TB\"",
  })
  void everyKindOfErrorSaysWhatWhereAndWhy(String input, Reason reason, int offset, String segment,
      String message) {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> codec.parse(input));

    assertEquals(reason, e.reason());
    assertEquals(offset, e.offset());
    assertEquals(segment, e.segment());
    assertEquals(message, e.getMessage());
    assertEquals(Optional.empty(), codec.tryParse(input));
    assertFalse(codec.isValid(input));
  }

  @Test
  void fullWidthInputGetsAHint() {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> codec.parse("ＴＢ－０１－Ｍ－２５０４"));

    assertEquals(Reason.UNKNOWN_CODE, e.reason());
    assertTrue(e.getMessage().endsWith("(full-width characters: key codes in half-width ASCII)"), e.getMessage());
  }

  @Test
  void messagesEscapeControlCharactersAndSurrogatesAndStayShort() {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> codec.parse("T\u0000\uD800B-01-M-2504"));
    assertTrue(e.getMessage().endsWith("got \"T\\u0000\\uD800B\""), e.getMessage());

    String huge = "TB-01-M-2504" + "9".repeat(100_000);
    SkuFormatException tooLong = assertThrows(SkuFormatException.class, () -> codec.parse(huge));
    assertEquals(Reason.MALFORMED_FIELD, tooLong.reason());
    assertTrue(tooLong.getMessage().length() < 200, tooLong.getMessage());
    assertTrue(tooLong.getMessage().endsWith("got \"25049999999999999999…\""), tooLong.getMessage());
  }

  @Test
  void parseAcceptsAnyCharSequence() {
    assertEquals(codec.parse("KS-05-F-2611"), codec.parse(new StringBuilder("KS-05-F-2611")));
  }

  @Test
  void nullIsAProgrammerError() {
    assertThrows(NullPointerException.class, () -> codec.parse(null));
    assertThrows(NullPointerException.class, () -> codec.tryParse(null));
    assertThrows(NullPointerException.class, () -> codec.isValid(null));
    assertThrows(NullPointerException.class, () -> codec.format(null));
  }

  @Test
  void equalCodesGiveEqualSkus() {
    Sku a = codec.parse("DY-04-S-2311");
    Sku b = codec.parse("DY-04-S-2311");

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(0, a.compareTo(b));
    assertNotEquals(a, codec.parse("DY-04-S-2312"));
  }

  @Test
  void skusSortByPlatformTableThenCategoryThenSizeTableThenMonth() {
    List<Sku> sorted = new ArrayList<>();
    for (String code : List.of("TB-01-S-2504", "TB-01-M-2401", "TB-01-M-2504", "TB-01-XL-2001",
        "TB-02-XS-2001", "TM-01-XS-2001", "JD-01-XS-2001")) {
      sorted.add(codec.parse(code));
    }
    List<Sku> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertEquals(sorted, shuffled);
  }

  @Test
  void builderMakesTheSameSkuAsParse() {
    Sku built = Sku.builder(SkuSchema.standard())
        .platform("TB").category("01").size("M").launchMonth(YearMonth.of(2025, 4)).build();
    Sku byName = Sku.builder(SkuSchema.standard())
        .set("platform", "TB").set("category", "01").set("size", "M").set("launch-month", "2504").build();

    assertEquals(codec.parse("TB-01-M-2504"), built);
    assertEquals(built, byName);
  }

  @Test
  void builderRejectsBadValuesMissingAndRepeatedSegments() {
    Sku.Builder builder = Sku.builder(SkuSchema.standard()).platform("TB");

    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> builder.size("XXXXL"));
    assertTrue(unknown.getMessage().startsWith("size: \"XXXXL\" is not valid; expected one of XS"),
        unknown.getMessage());
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> builder.category("1".repeat(100_000)));
    assertTrue(huge.getMessage().startsWith("category: \"11111111111111111111…\" is not valid"), huge.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.launchMonth(YearMonth.of(2100, 1)));
    assertThrows(IllegalArgumentException.class, () -> builder.set("colour", "RED"));
    assertThrows(IllegalStateException.class, () -> builder.platform("JD"));
    IllegalStateException missing = assertThrows(IllegalStateException.class, builder::build);
    assertEquals("segment \"category\" was not set", missing.getMessage());
  }

  @Test
  void customSchemaWithOwnSeparatorAndNoPlatform() {
    SkuSchema schema = SkuSchema.builder()
        .name("shoes")
        .separator('/')
        .addSegments(SkuSegment.codeTable("line", SegmentRole.OTHER, ImmutableMap.of("RUN", "running",
            "TRL", "trail")))
        .addSegments(SkuSegment.codeTable("size", SegmentRole.SIZE, ImmutableMap.of("40", "EU 40", "41", "EU 41")))
        .build();
    SkuCodec shoes = SkuCodec.of(schema);

    Sku sku = shoes.parse("TRL/41");
    assertEquals("41", sku.size());
    assertEquals("TRL", sku.get("line"));
    assertEquals("TRL/41", shoes.format(sku));
    IllegalStateException noPlatform = assertThrows(IllegalStateException.class, sku::platform);
    assertEquals("schema \"shoes\" has no PLATFORM segment", noPlatform.getMessage());
    assertThrows(IllegalStateException.class, sku::launchMonth);
    assertFalse(shoes.isValid("TRL-41"));

    IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
        () -> codec.format(sku));
    assertEquals("SKU TRL/41 belongs to schema \"shoes\", not to this codec's schema \"standard\"",
        foreign.getMessage());
    assertNotEquals(sku, codec.parse("TB-01-M-2504"));
    assertTrue(sku.compareTo(codec.parse("TB-01-M-2504")) < 0, "shoes < standard by schema name");
  }

  @Test
  void codecOfTheStandardSchemaIsTheSharedInstance() {
    assertSame(SkuCodec.standard(), SkuCodec.of(SkuSchema.standard()));
    assertEquals("SkuCodec{standard}", SkuCodec.standard().toString());
  }
}
