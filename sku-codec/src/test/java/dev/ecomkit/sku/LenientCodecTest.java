package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.sku.SkuFormatException.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientCodecTest {

  private final SkuCodec strict = SkuCodec.standard();
  private final SkuCodec lenient = strict.lenient();

  @ParameterizedTest
  @ValueSource(strings = {
      "ＴＢ－０１－Ｍ－２５０４",        // full-width, as Chinese input methods type it
      "tb-01-m-2504",
      "  TB-01-M-2504\t",
      "\u3000TB-01-M-2504\u3000",      // ideographic spaces
      "TB 01 M 2504",
      "TB - 01 - M - 2504",
      "TB_01_M_2504",
      "TB/01/M/2504",
      "TB\u201301\u2013M\u20132504",   // en dashes
      "TB\u201401\u2014M\u20142504",   // em dashes
      "Tb－01 m/2504",
  })
  void keyedVariantsReadAsTheCanonicalCode(String keyed) {
    Sku expected = strict.parse("TB-01-M-2504");

    assertEquals(expected, lenient.parse(keyed));
    assertTrue(lenient.isValid(keyed));
    assertEquals("TB-01-M-2504", lenient.format(lenient.parse(keyed)));
    assertFalse(strict.isValid(keyed), "the strict codec rejects " + keyed);
  }

  @Test
  void emptySegmentsAreNotGuessedAway() {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> lenient.parse("TB--01-M-2504"));
    assertEquals(Reason.MISSING_SEGMENT, e.reason());
    assertEquals("category at offset 3: expected one of 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, … (13 codes), "
        + "got empty segment (input read as \"TB--01-M-2504\")", e.getMessage());
    assertFalse(lenient.isValid("TB - / 01-M-2504"));
    assertFalse(lenient.isValid("TB-01-M-2504-"));
    assertFalse(lenient.isValid("TB-0l-M-2504"), "no l-to-1 guesses");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'  tb-01-m-2513'          | 12 | month at offset 12: expected 01-12, got \"13\" (input read as \"TB-01-M-2513\")",
      "ＴＢ－０１－Ｍ－２５１３   | 10 | month at offset 10: expected 01-12, got \"13\" (input read as \"TB-01-M-2513\")",
      "'xx  01 m 2504'           | 0  | platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \"XX\" (input read as \"XX-01-M-2504\")",
      "'TB 01 M  2504 9'         | 13 | input at offset 13: expected end of input after launch-month, got \"-9\" (input read as \"TB-01-M-2504-9\")",
  })
  void errorsPointIntoTheInputAsGiven(String input, int offset, String message) {
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> lenient.parse(input));
    assertEquals(offset, e.offset());
    assertEquals(message, e.getMessage());
  }

  @Test
  void hugeInputIsRejectedUnread() {
    String huge = "TB-01-M-2504" + " ".repeat(100_000) + "X";
    SkuFormatException e = assertThrows(SkuFormatException.class, () -> lenient.parse(huge));
    assertEquals(Reason.TRAILING_INPUT, e.reason());
    assertEquals("input at offset 80: a code of schema \"standard\" has at most 16 characters (80 with spaces), "
        + "got 100013", e.getMessage());
  }

  @Test
  void paddingOfAnyLengthIsTrimmed() {
    Sku sku = strict.parse("TB-01-M-2504");
    for (String padded : new String[] {"TB-01-M-2504" + "\t".repeat(69), "\u3000".repeat(500) + "TB-01-M-2504",
        " ".repeat(100_000) + "tb 01 m 2504" + "\u00A0".repeat(100_000)}) {
      assertEquals(sku, lenient.parse(padded));
      assertEquals(Optional.of(sku), lenient.tryParse(padded));
      assertTrue(lenient.isValid(padded));
      assertFalse(strict.isValid(padded));
    }
    SkuImportReport report = SkuRegistry.load(lenient, List.of("TB-01-M-2504" + "\t".repeat(69)));
    assertEquals(1, report.lenientFixes());
  }

  @Test
  void errorsInPaddedInputPointIntoTheInputAsGiven() {
    SkuFormatException e = assertThrows(SkuFormatException.class,
        () -> lenient.parse("\t".repeat(200) + "TB-01-M-2513" + "\t".repeat(200)));
    assertEquals(Reason.MONTH_OUT_OF_RANGE, e.reason());
    assertEquals(210, e.offset());

    String longCode = " ".repeat(10) + "TB-01-M-2504" + "#".repeat(80) + " ".repeat(10);
    e = assertThrows(SkuFormatException.class, () -> lenient.parse(longCode));
    assertEquals(Reason.TRAILING_INPUT, e.reason());
    assertEquals("input at offset 90: a code of schema \"standard\" has at most 16 characters (80 with spaces), "
        + "got 92", e.getMessage());
  }

  @Test
  void normalizeShowsWhatTheLenientCodecReads() {
    assertEquals("TB-01-M-2504", strict.normalize(" tb 01 m 2504 "));
    assertEquals("HELLO", strict.normalize("hello"));
    assertEquals("TB--01", strict.normalize("TB - - 01"));
    assertEquals("", strict.normalize(" \u3000 "));
  }

  @Test
  void lenientAndStrictAreTwins() {
    assertSame(lenient, strict.lenient());
    assertSame(lenient, lenient.lenient());
    assertSame(strict, lenient.strict());
    assertTrue(lenient.isLenient());
    assertFalse(strict.isLenient());
    assertEquals("SkuCodec{standard, lenient}", lenient.toString());
  }

  @Test
  void checkCharactersAreReadLenientlyToo() {
    SkuCodec checked = SkuCodec.of(TypedSegmentsTest.CHECKED).lenient();
    String code = TypedSegmentsTest.checkedCode("TB-01-M-2504");
    assertEquals(checked.parse(code), checked.parse(code.toLowerCase().replace('-', ' ')));
  }
}
