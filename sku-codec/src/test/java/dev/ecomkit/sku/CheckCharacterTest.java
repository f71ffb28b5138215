package dev.ecomkit.sku;

import static dev.ecomkit.sku.CheckCharacterSystem.MOD_37_2;
import static dev.ecomkit.sku.CheckCharacterSystem.MOD_37_36;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCharacterTest {

  private static char check(CheckCharacterSystem system, String data) {
    return CheckCharacter.compute(system, data, 0, data.length());
  }

  /** The Global Release Identifier example A1-2425G-ABC1234002-M (GRid uses ISO/IEC 7064 MOD 37,36). */
  @Test
  void mod3736_publishedGridExample() {
    assertEquals('M', check(MOD_37_36, "A12425GABC1234002"));
    assertEquals('M', check(MOD_37_36, "A1-2425G-ABC1234002"));
  }

  /**
   * MOD 37-2: the example of python-stdnum's iso7064.mod_37_2 module, and the ISBT 128 donation identification
   * number example A999914123458 → J.
   */
  @ParameterizedTest
  @CsvSource({"G123489654321, Y", "A999914123458, J"})
  void mod372_publishedExamples(String data, char expected) {
    assertEquals(expected, check(MOD_37_2, data));
  }

  /** Further MOD 37,36 vectors from an independent implementation's tests. */
  @ParameterizedTest
  @CsvSource({"RABD, A", "X0H, X"})
  void mod3736_otherVectors(String data, char expected) {
    assertEquals(expected, check(MOD_37_36, data));
  }

  @Test
  void agreesWithTheIndependentTestImplementation() {
    assertEquals(TypedSegmentsTest.checkedCode("TB-01-M-2504"), "TB-01-M-2504-" + check(MOD_37_36, "TB-01-M-2504"));
  }

  /**
   * The hybrid system's known weakness, counted exhaustively: over every running state and every ordered pair of
   * distinct characters, how many adjacent swaps leave the check character unchanged. MOD 37-2 has none.
   */
  @Test
  void undetectedNeighbourSwapsAreExactlyTheDocumentedFew() {
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int mod3736Misses = 0;
    int mod372Misses = 0;
    for (int prefix = 0; prefix < 36 * 36; prefix++) {
      String head = "" + alphabet.charAt(prefix / 36) + alphabet.charAt(prefix % 36);
      for (char a : alphabet.toCharArray()) {
        for (char b : alphabet.toCharArray()) {
          if (a != b) {
            mod3736Misses += check(MOD_37_36, head + a + b) == check(MOD_37_36, head + b + a) ? 1 : 0;
            mod372Misses += check(MOD_37_2, head + a + b) == check(MOD_37_2, head + b + a) ? 1 : 0;
          }
        }
      }
    }
    // 36 * 36 prefixes reach each of the 36 running states 36 times: 72 state/pair misses * 36
    assertEquals(72 * 36, mod3736Misses);
    assertEquals(0, mod372Misses);
    assertEquals('N', check(MOD_37_36, "667"));
    assertEquals('N', check(MOD_37_36, "676"));
    assertNotEquals(check(MOD_37_2, "667"), check(MOD_37_2, "676"));
  }
}
