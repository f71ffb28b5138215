package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

  /**
   * Published barcodes: the EAN-13 and EAN-8 examples of the Wikipedia "International Article Number" article,
   * the UPC-A example of the "Universal Product Code" article, and the ITF-14 (GTIN-14) example of "ITF-14".
   */
  @ParameterizedTest
  @ValueSource(strings = {"4006381333931", "73513537", "036000291452", "15400141288763"})
  void publishedBarcodesAreValid(String gtin) {
    assertTrue(Gtin.isValid(gtin));
    assertEquals(gtin.charAt(gtin.length() - 1), Gtin.checkDigit(gtin.substring(0, gtin.length() - 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4006381333932", "4006381333913", "", "400638133393", "40063813339311",
      "400638133393X", "４006381333931", "123456789", "1234567890"})
  void otherTextIsInvalid(String text) {
    assertFalse(Gtin.isValid(text));
  }

  @Test
  void checkDigitRejectsBadDataWithAMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gtin.checkDigit("12345"));
    assertEquals("GTIN data must be 7, 11, 12 or 13 digits (GTIN-8, -12, -13, -14 without the check digit), "
        + "got 5 characters", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Gtin.checkDigit("69012345678A"));
    assertEquals("GTIN data must be ASCII digits 0-9, got \"69012345678A\"", e.getMessage());
  }

  @Property
  void everySingleDigitErrorIsDetected(@ForAll("gtins") String gtin) {
    for (int i = 0; i < gtin.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != gtin.charAt(i)) {
          String typo = gtin.substring(0, i) + d + gtin.substring(i + 1);
          assertFalse(Gtin.isValid(typo), typo);
        }
      }
    }
  }

  @Property
  void leadingZerosKeepAGtinValid(@ForAll("gtins") String gtin) {
    assertTrue(Gtin.isValid("0".repeat(14 - gtin.length()) + gtin) || gtin.length() == 8);
    if (gtin.length() == 12) {
      assertTrue(Gtin.isValid("0" + gtin), "UPC-A as EAN-13");
    }
  }

  @Property
  void isValidNeverThrows(@ForAll String text) {
    Gtin.isValid(text);
  }

  @Provide
  Arbitrary<String> gtins() {
    return Arbitraries.of(7, 11, 12, 13).flatMap(n -> Arbitraries.strings().numeric().ofLength(n))
        .map(data -> data + Gtin.checkDigit(data));
  }
}
