package dev.ecomkit.risk;

import static dev.ecomkit.risk.CharFolding.IGNORABLE;
import static dev.ecomkit.risk.CharFolding.NOISE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each switch alone and together on real characters, the table's invariants, and bad arguments. */
class NormalizationTest {

  private static final int UNITS = 0x10000;

  /** The BMP Default_Ignorable_Code_Point ranges of DerivedCoreProperties.txt, as {first, last} pairs. */
  private static final int[][] INVISIBLE = {{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C},
      {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F},
      {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}};

  /** The folded text, each NOISE written as '□' and each IGNORABLE as '∅'. */
  private static String fold(Normalization n, String text) {
    int[] table = CharFolding.table(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      int f = table[text.charAt(i)];
      sb.append(f == NOISE ? '□' : f == IGNORABLE ? '∅' : (char) f);
    }
    return sb.toString();
  }

  private static boolean isListedInvisible(int c) {
    for (int[] range : INVISIBLE) {
      if (c >= range[0] && c <= range[1]) {
        return true;
      }
    }
    return false;
  }

  // ---- each switch alone ----

  @Test
  void noneIsTheIdentityForEveryCodeUnit() {
    int[] table = CharFolding.table(Normalization.none());
    assertEquals(UNITS, table.length);
    for (int c = 0; c < UNITS; c++) {
      assertEquals(c, table[c]);
    }
  }

  @Test
  void fullWidthAlone() {
    Normalization n = Normalization.none().fullWidth(true);
    assertEquals("ABC123!", fold(n, "ＡＢＣ１２３！"));
    assertEquals(" ~", fold(n, "\u3000～"));
    assertEquals("Abc", fold(n, "Ａｂc"), "no case folding");
    assertEquals("①產\u200B-*", fold(n, "①產\u200B-＊"));
    assertEquals("\uFF00\uFF5F\uFF61", fold(n, "\uFF00\uFF5F\uFF61"), "only U+FF01-FF5E and U+3000");
  }

  @Test
  void caseFoldAlone() {
    Normalization n = Normalization.none().caseFold(true);
    assertEquals("abc", fold(n, "ABC"));
    assertEquals("i", fold(n, "\u0130"), "İ (capital I with dot above) folds to plain i");
    assertEquals("i", fold(n, "\u0131"), "dotless ı folds to plain i too");
    assertEquals("σσσ", fold(n, "Σσς"), "final sigma folds with sigma");
    assertEquals("ßß", fold(n, "ßẞ"), "ß stays one char (never ss); capital ẞ folds to ß");
    assertEquals("k", fold(n, "\u212A"), "Kelvin sign");
    assertEquals("ｂ", fold(n, "Ｂ"), "full-width letters fold case but stay full width");
    assertEquals("產①", fold(n, "產①"));
  }

  @Test
  void compatibilityAlone() {
    Normalization n = Normalization.none().compatibility(true);
    assertEquals("1", fold(n, "①"));
    assertEquals("ﬁ", fold(n, "ﬁ"), "NFKC is two chars: unchanged");
    assertEquals("㎏…", fold(n, "㎏…"), "NFKC is two and three chars: unchanged");
    assertEquals("一門", fold(n, "\u2F00\u2FA8"), "Kangxi radicals become unified ideographs");
    assertEquals("\u8C48", fold(n, "\uF900"), "CJK compatibility ideograph");
    assertEquals("カ", fold(n, "ｶ"), "half-width katakana");
    assertEquals(" ", fold(n, "\u00A0"), "no-break space");
    assertEquals("Ab!", fold(n, "Ａｂ！"), "full-width forms are compatibility forms");
    assertEquals("產\u200B", fold(n, "產\u200B"));
  }

  /** Every pair checked against OpenCC TSCharacters.txt at commit 5249273a; absent characters stay as they are. */
  @ParameterizedTest
  @CsvSource({"產,产", "品,品", "腐,腐", "敗,败", "雜,杂", "質,质", "偽,伪", "冒,冒", "禁,禁", "銷,销", "資,资", "規,规",
      "乾,干", "薴,苎", "苧,苎"})
  void traditionalToSimplifiedAlone(char traditional, char simplified) {
    Normalization n = Normalization.none().traditionalToSimplified(true);
    assertEquals(simplified, CharFolding.table(n)[traditional]);
    assertEquals(simplified, CharFolding.simplified(traditional));
  }

  @Test
  void traditionalToSimplifiedOnText() {
    Normalization n = Normalization.none().traditionalToSimplified(true);
    assertEquals("产品腐败杂质伪冒禁销资规", fold(n, "產品腐敗雜質偽冒禁銷資規"));
    assertEquals("ＡＢ①", fold(n, "ＡＢ①"));
    assertEquals(2966, CharFolding.simplifiedPairs());
    int[] table = CharFolding.table(n);
    int changed = 0;
    for (int c = 0; c < UNITS; c++) {
      if (table[c] != c) {
        changed++;
        assertTrue(Character.isIdeographic(c) && Character.isIdeographic(table[c]), Integer.toHexString(c));
      }
    }
    assertEquals(2966, changed);
  }

  @Test
  void skipInvisibleAlone() {
    Normalization n = Normalization.none().skipInvisible(true);
    int[] table = CharFolding.table(n);
    for (int c = 0; c < UNITS; c++) {
      assertEquals(isListedInvisible(c) ? IGNORABLE : c, table[c], Integer.toHexString(c));
    }
    assertEquals("假∅货", fold(n, "假\u200B货"));
    assertEquals("\u00A0\u2800", fold(n, "\u00A0\u2800"), "no-break space and braille blank are not ignorable");
  }

  @Test
  void noiseAlone() {
    Normalization n = Normalization.none().noise("-*", 3);
    assertEquals("假□□货＊", fold(n, "假-*货＊"), "full width is off, so ＊ is not noise");
    assertEquals("假-*货", fold(Normalization.none(), "假-*货"));
    assertEquals("\u200B", fold(n, "\u200B"), "invisible characters are not skipped unless switched on");
  }

  @Test
  void noiseMatchesTheFoldedFormsOfTheNoiseCharacters() {
    Normalization fullWidth = Normalization.none().fullWidth(true);
    assertEquals("□□a", fold(fullWidth.noise("*", 1), "＊*a"));
    assertEquals("□□a", fold(fullWidth.noise("＊", 1), "＊*a"), "a full-width noise char makes its ASCII form noise");
    assertEquals("□□", fold(Normalization.none().compatibility(true).noise("-", 1), "-\uFE63"), "small hyphen-minus");
  }

  @Test
  void allSwitchesTogether() {
    Normalization n = Normalization.all();
    assertEquals("abc123□", fold(n, "ＡＢＣ１２３！"));
    assertEquals("门", fold(n, "\u2FA8"), "Kangxi radical → 門 → 门: compatibility before traditional → simplified");
    assertEquals("假□□□货", fold(n, "假－＊-货"));
    assertEquals("□□□□□□", fold(n, "(（\u3000…—·"));
    assertEquals("产∅品∅", fold(n, "產\u200B品\uFEFF"));
    assertEquals("i", fold(n, "\u0130"));
    assertEquals("1", fold(n, "①"));
    assertEquals("∅∅", fold(n, "\uFFA0\u3164"), "Hangul fillers fold to each other and stay invisible");
  }

  @Test
  void surrogatesMapToThemselves() {
    for (Normalization n : new Normalization[] {Normalization.all(), Normalization.none().caseFold(true),
        Normalization.none().compatibility(true)}) {
      int[] table = CharFolding.table(n);
      for (int c = 0xD800; c <= 0xDFFF; c++) {
        assertEquals(c, table[c]);
      }
    }
    assertEquals("😀", fold(Normalization.all(), "😀"));
  }

  @Test
  void compatibilityFormsAreNfkcOfEveryCharWhereThatIsOneChar() {
    int[] table = CharFolding.table(Normalization.none().compatibility(true));
    int changed = 0;
    for (int c = 0; c < UNITS; c++) {
      int expected = c;
      if (!Character.isSurrogate((char) c)) {
        String s = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
        expected = s.length() == 1 ? s.charAt(0) : c;
      }
      assertEquals(expected, table[c], Integer.toHexString(c));
      changed += expected != c ? 1 : 0;
    }
    assertTrue(changed > 1000, "NFKC changes " + changed + " chars");
  }

  @Test
  void caseFoldingIsLowerOfUpperForEveryChar() {
    int[] table = CharFolding.table(Normalization.none().caseFold(true));
    for (int c = 0; c < UNITS; c++) {
      int expected = Character.toLowerCase(Character.toUpperCase(c));
      assertEquals(expected < UNITS ? expected : c, table[c], Integer.toHexString(c));
    }
  }

  // ---- the defaults ----

  @Test
  void defaults() {
    Normalization n = Normalization.all();
    assertTrue(n.fullWidth() && n.caseFold() && n.traditionalToSimplified() && n.compatibility() && n.skipInvisible());
    assertEquals(3, n.maxGap());
    String documented = " \t-_*.,|/\\~+=#@!?:;'\"()·•" // ASCII, middle dot, bullet
        + "－＿＊．，｜／＼～＋＝＃＠！？：；＇＂（）\u3000" // their full-width forms, ideographic space
        + "，。、；：？！…—～·「」『』（）【】《》〈〉"; // CJK punctuation
    String sortedDistinct = documented.chars().sorted().distinct()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    assertEquals(sortedDistinct, n.noiseChars());
    assertEquals(61, n.noiseChars().length());
    assertFalse(n.isNone());

    Normalization none = Normalization.none();
    assertFalse(none.fullWidth() || none.caseFold() || none.traditionalToSimplified() || none.compatibility()
        || none.skipInvisible());
    assertEquals("", none.noiseChars());
    assertEquals(0, none.maxGap());
    assertTrue(none.isNone());
  }

  @Test
  void theDefaultNoiseSetIsValidAndClosedUnderFolding() {
    assertEquals(Normalization.all(), Normalization.all().noNoise().noise(Normalization.DEFAULT_NOISE, 3));
    int[] folded = CharFolding.table(Normalization.all().noNoise().skipInvisible(false));
    String noise = Normalization.DEFAULT_NOISE;
    for (int i = 0; i < noise.length(); i++) {
      assertTrue(noise.indexOf(folded[noise.charAt(i)]) >= 0, Normalization.describe(noise.charAt(i)));
      assertEquals(NOISE, CharFolding.table(Normalization.all())[noise.charAt(i)]);
    }
  }

  // ---- invariants of the tables ----

  @Property(tries = 64)
  void everyCombinationIsIdempotentAndLeavesNoNoiseOrInvisibleBehind(@ForAll boolean fullWidth,
      @ForAll boolean caseFold, @ForAll boolean traditional, @ForAll boolean compatibility,
      @ForAll boolean skipInvisible, @ForAll boolean noise) {
    Normalization n = Normalization.none().fullWidth(fullWidth).caseFold(caseFold)
        .traditionalToSimplified(traditional).compatibility(compatibility).skipInvisible(skipInvisible);
    if (noise) {
      n = n.noise(Normalization.DEFAULT_NOISE, 3);
    }
    int[] table = CharFolding.table(n);
    String noiseChars = n.noiseChars();
    for (int c = 0; c < UNITS; c++) {
      int f = table[c];
      if (f == NOISE) {
        assertTrue(noise);
        continue;
      }
      if (f == IGNORABLE) {
        assertTrue(skipInvisible);
        continue;
      }
      assertFalse(skipInvisible && isListedInvisible(c), "invisible " + Integer.toHexString(c));
      assertTrue(f >= 0 && f < UNITS);
      assertEquals(f, table[f], "folding " + Integer.toHexString(c) + " twice");
      assertTrue(noiseChars.indexOf(f) < 0, "folded char is noise: " + Integer.toHexString(f));
      assertFalse(skipInvisible && isListedInvisible(f));
      assertEquals(Character.isSurrogate((char) c), Character.isSurrogate((char) f));
    }
    for (int i = 0; i < noiseChars.length(); i++) {
      int f = table[noiseChars.charAt(i)];
      assertTrue(f == NOISE || f == IGNORABLE);
    }
  }

  @Property
  void foldingTextTwiceChangesNothingMore(@ForAll String text) {
    String once = fold(Normalization.all().noNoise().skipInvisible(false), text);
    assertEquals(once, fold(Normalization.all().noNoise().skipInvisible(false), once));
    assertEquals(text.length(), once.length());
  }

  @Test
  void tablesAreCachedPerDistinctNormalization() {
    Normalization rebuilt = Normalization.none().fullWidth(true).caseFold(true).traditionalToSimplified(true)
        .compatibility(true).skipInvisible(true).noise(Normalization.DEFAULT_NOISE + "-", 3);
    assertSame(CharFolding.table(Normalization.all()), CharFolding.table(rebuilt));
    assertNotSame(CharFolding.table(Normalization.all()), CharFolding.table(rebuilt.noise("-", 3)));
  }

  // ---- values ----

  @Test
  void noiseCharsAreSortedAndDistinct() {
    Normalization n = Normalization.none().noise("*-*~-", 2);
    assertEquals("*-~", n.noiseChars());
    assertEquals(2, n.maxGap());
    assertEquals(n, Normalization.none().noise("~-*", 2));
    assertEquals(0, Normalization.none().noise("-", 0).maxGap());
    assertEquals(64, Normalization.none().noise("-", 64).maxGap());
  }

  @Test
  void equalsHashCodeAndToString() {
    Normalization a = Normalization.none().fullWidth(true).caseFold(true).noise("-*", 2);
    Normalization b = Normalization.none().noise("*-", 2).caseFold(true).fullWidth(true);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.noise("*-", 3));
    assertNotEquals(a, b.compatibility(true));
    assertEquals(Normalization.none(), a.fullWidth(false).caseFold(false).noNoise());
    assertTrue(a.fullWidth(false).caseFold(false).noNoise().isNone());
    assertSame(a, a.fullWidth(true));

    assertEquals("Normalization{fullWidth, caseFold, noise=\"*-\" maxGap=2}", a.toString());
    assertEquals("Normalization{none}", Normalization.none().toString());
    assertEquals("Normalization{traditionalToSimplified}", Normalization.none().traditionalToSimplified(true)
        .toString());
    assertEquals("Normalization{skipInvisible, noise=\"\\t \\\"\\u3000\" maxGap=1}",
        Normalization.none().skipInvisible(true).noise("\u3000\" \t", 1).toString());
    assertTrue(Normalization.all().toString().startsWith("Normalization{fullWidth, caseFold, traditionalToSimplified, "
        + "compatibility, skipInvisible, noise=\"\\t !\\\"#'()*+,-./:;=?@\\\\_|~"), Normalization.all().toString());
  }

  // ---- bad arguments ----

  @ParameterizedTest
  @ValueSource(ints = {-1, 65, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void maxGapOutOfRange(int maxGap) {
    RiskException e = assertThrows(RiskException.class, () -> Normalization.all().noise("-", maxGap));
    assertEquals(Optional.of("maxGap"), e.argument());
    assertEquals("maxGap must be 0 to 64, got " + maxGap, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-a   | noise character 'a' (U+0061) at index 1 is a letter; noise characters must not be letters, digits or "
          + "CJK ideographs",
      "1    | noise character '1' (U+0031) at index 0 is a digit; noise characters must not be letters, digits or "
          + "CJK ideographs",
      "*产  | noise character '产' (U+4EA7) at index 1 is a CJK ideograph; noise characters must not be letters, "
          + "digits or CJK ideographs",
      "①    | noise character '①' (U+2460) at index 0 is a number; noise characters must not be letters, digits or "
          + "CJK ideographs",
      "Ａ   | noise character 'Ａ' (U+FF21) at index 0 is a letter; noise characters must not be letters, digits or "
          + "CJK ideographs",
      "ⅷ   | noise character 'ⅷ' (U+2177) at index 0 is a number; noise characters must not be letters, digits or "
          + "CJK ideographs",
      "⼀   | noise character '⼀' (U+2F00) at index 0 folds to '一' (U+4E00), a CJK ideograph; noise characters must "
          + "not be letters, digits or CJK ideographs",
      "-😀  | noise character U+D83D at index 1 is half of a surrogate pair; noise characters must be single BMP "
          + "characters",
  })
  void wordCharactersAreNotNoise(String noiseChars, String message) {
    RiskException e = assertThrows(RiskException.class, () -> Normalization.none().noise(noiseChars, 3));
    assertEquals(Optional.of("noiseChars"), e.argument());
    assertEquals(message, e.getMessage());
  }

  @Test
  void emptyAndNullNoise() {
    RiskException e = assertThrows(RiskException.class, () -> Normalization.all().noise("", 3));
    assertEquals(Optional.of("noiseChars"), e.argument());
    assertEquals("noiseChars is empty; use noNoise() for no noise", e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Normalization.all().noise(null, 3));
    assertEquals("noiseChars", npe.getMessage());
    assertThrows(NullPointerException.class, () -> CharFolding.table(null));
  }
}
