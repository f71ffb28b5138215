package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.ecomkit.sku.SkuFormatException.Reason;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Digits, letters and YYYYMM segments, and the check character, on a merchant's own schema. */
class TypedSegmentsTest {

  /** {@code TB/0042/BLK/202504}: platform, style number, colour, launch month. */
  static final SkuSchema STYLE = SkuSchema.builder()
      .name("style-colour")
      .separator('/')
      .addSegments(SkuSegment.codeTable("platform", SegmentRole.PLATFORM, ImmutableMap.of("TB", "Taobao",
          "JD", "JD.com")))
      .addSegments(SkuSegment.digits("style", SegmentRole.OTHER, 4))
      .addSegments(SkuSegment.letters("colour", SegmentRole.OTHER, 3))
      .addSegments(SkuSegment.fullYearMonth("launch-month", SegmentRole.LAUNCH_MONTH))
      .build();

  static final SkuSchema CHECKED = SkuSchema.builder().name("standard-checked")
      .addAllSegments(SkuSchema.standard().segments()).checkCharacter(CheckCharacterSystem.MOD_37_36).build();

  private final SkuCodec style = SkuCodec.of(STYLE);
  private final SkuCodec checked = SkuCodec.of(CHECKED);

  @Test
  void typedSegmentsParseAndFormat() {
    Sku sku = style.parse("TB/0042/BLK/202504");

    assertEquals("0042", sku.get("style"));
    assertEquals("BLK", sku.get("colour"));
    assertEquals(YearMonth.of(2025, 4), sku.launchMonth());
    assertEquals("TB/0042/BLK/202504", sku.toString());
    assertEquals(sku, Sku.builder(STYLE).platform("TB").set("style", "0042").set("colour", "BLK")
        .launchMonth(YearMonth.of(2025, 4)).build());
  }

  @Test
  void typedSegmentsSortNumericallyAlphabeticallyAndChronologically() {
    assertTrue(style.parse("TB/0041/ZZZ/219912").compareTo(style.parse("TB/0042/AAA/190001")) < 0);
    assertTrue(style.parse("TB/0042/AAZ/219912").compareTo(style.parse("TB/0042/ABA/190001")) < 0);
    assertTrue(style.parse("TB/0042/ABA/199912").compareTo(style.parse("TB/0042/ABA/200001")) < 0);
  }

  @Test
  void fullYearMonthCovers1900To2199() {
    assertEquals(YearMonth.of(1900, 1), style.parse("JD/9999/ZZZ/190001").launchMonth());
    assertEquals(YearMonth.of(2199, 12), style.parse("JD/0000/AAA/219912").launchMonth());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sku.builder(STYLE).launchMonth(YearMonth.of(1899, 12)));
    assertEquals("launch-month: 1899-12 is outside the years 1900-2199", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TB/042/BLK/202504   | MALFORMED_FIELD    | 3  | style        | style at offset 3: expected 4 digits 0-9, got \"042\"",
      "TB/00A2/BLK/202504  | MALFORMED_FIELD    | 3  | style        | style at offset 3: expected 4 digits 0-9, got \"00A2\"",
      "TB/0042/BlK/202504  | MALFORMED_FIELD    | 8  | colour       | colour at offset 8: expected 3 letters A-Z, got \"BlK\"",
      "TB/0042/BLK/2504    | MALFORMED_FIELD    | 12 | launch-month | launch-month at offset 12: expected YYYYMM (6 digits, e.g. 202504), got \"2504\"",
      "TB/0042/BLK/202513  | MONTH_OUT_OF_RANGE | 16 | launch-month | month at offset 16: expected 01-12, got \"13\"",
      "TB/0042/BLK/189912  | MONTH_OUT_OF_RANGE | 12 | launch-month | year at offset 12: expected 1900-2199, got \"1899\"",
  })
  void typedSegmentErrorsSayWhatAndWhere(String code, Reason reason, int offset, String segment, String message) {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> style.parse(code));
    assertEquals(reason, e.reason());
    assertEquals(offset, e.offset());
    assertEquals(segment, e.segment());
    assertEquals(message, e.getMessage());
    assertFalse(style.isValid(code));
  }

  @Test
  void widthRulesAreEnforced() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SkuSegment.digits("style", SegmentRole.OTHER, 10));
    assertEquals("segment \"style\": a DIGITS segment needs a width of 1-9, not 10", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SkuSegment.letters("colour", SegmentRole.OTHER, 0));
    assertEquals("segment \"colour\": a LETTERS segment needs a width of 1-6, not 0", e.getMessage());
  }

  @Test
  void checkCharacterIsAppendedAfterASeparator() {
    Sku sku = checked.parse(checkedCode("TB-01-M-2504"));

    assertEquals(SkuCodec.standard().parse("TB-01-M-2504").segments(), sku.segments());
    assertEquals(checkedCode("TB-01-M-2504"), checked.format(sku));
    assertEquals(14, checked.format(sku).length());
    assertFalse(SkuCodec.standard().isValid(checked.format(sku)));
  }

  @Test
  void checkCharacterErrorsSayWhatAndWhere() {
    String good = checkedCode("TB-01-M-2504");
    char wrong = good.charAt(13) == 'A' ? 'B' : 'A';

    SkuFormatException e = assertThrows(SkuFormatException.class,
        () -> checked.parse("TB-01-M-2504-" + wrong));
    assertEquals(Reason.CHECK_CHARACTER_MISMATCH, e.reason());
    assertEquals(13, e.offset());
    assertEquals("check-character", e.segment());
    assertEquals("check character at offset 13: \"" + wrong + "\" does not match the code: a character was "
        + "probably mistyped or two were swapped", e.getMessage());

    e = assertThrows(SkuFormatException.class, () -> checked.parse("TB-01-M-2504"));
    assertEquals(Reason.MISSING_SEGMENT, e.reason());
    assertEquals("check character at offset 12: expected '-' and a check character, got end of input",
        e.getMessage());

    e = assertThrows(SkuFormatException.class, () -> checked.parse(good + "X"));
    assertEquals(Reason.TRAILING_INPUT, e.reason());
    assertEquals("input at offset 14: expected end of input after the check character, got \"X\"",
        e.getMessage());
  }

  @Test
  void checkCharacterNeedsCodesThatDoNotStartOneAnother() {
    SkuSegment sizes = SkuSegment.codeTable("size", SegmentRole.SIZE, ImmutableMap.of("X", "x", "M", "m",
        "XL", "xl"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SkuSchema.builder().name("shop").checkCharacter(CheckCharacterSystem.MOD_37_2).addSegments(sizes).build());
    assertEquals("schema \"shop\", segment \"size\": code \"X\" is the start of code \"XL\", so with a check "
        + "character a misplaced separator would go unnoticed; rename one of them or turn the check character off",
        e.getMessage());
    assertTrue(SkuCodec.of(SkuSchema.builder().name("shop").addSegments(sizes).build()).isValid("XL"));
  }

  /** The code with its check character, computed independently of the library from ISO/IEC 7064 §7. */
  static String checkedCode(String code) {
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int p = 36;
    for (char c : code.toCharArray()) {
      int a = alphabet.indexOf(c);
      if (a >= 0) {
        int s = (p + a) % 36;
        p = (s == 0 ? 36 : s) * 2 % 37;
      }
    }
    return code + "-" + alphabet.charAt((37 - p) % 36);
  }
}
