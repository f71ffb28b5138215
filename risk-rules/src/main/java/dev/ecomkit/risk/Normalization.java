package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * How text is normalised (文本归一化) before keywords are matched, so that the variants people type to slip past a
 * keyword list (违禁词规避: {@code ＶＩＰ}, {@code 產品}, {@code 假*货}, zero-width characters between two
 * characters) still match. Each switch folds a character to a canonical one; the folding is done per UTF-16 char
 * and never changes the length of the text, so offsets stay those of the text as given.
 *
 * <pre>{@code
 * Normalization n = Normalization.all();                        // every switch on, the default noise set, gap 3
 * Normalization m = Normalization.none().fullWidth(true).caseFold(true).noise("-*", 2);
 * }</pre>
 *
 * <p><b>The switches</b>, applied to each character once in this order (the result of one is the input of the
 * next), after which the character is classified:
 * <ol>
 *   <li>{@linkplain #compatibility(boolean) compatibility} (兼容字符): NFKC of the single character when that is one
 *       char: {@code ①}→{@code 1}, {@code ⾨} (Kangxi radical U+2FA8)→{@code 門}, the compatibility ideograph U+F900
 *       →{@code 豈} (U+8C48), {@code ｶ}→{@code カ}, no-break space→space; {@code ﬁ} and {@code ㎏} stay as they are.
 *       Full-width forms are compatibility forms, so this switch also does what {@link #fullWidth(boolean)} does.
 *   <li>{@linkplain #fullWidth(boolean) full width} (全角→半角): {@code ！}–{@code ～} (U+FF01–U+FF5E) become ASCII
 *       {@code !}–{@code ~}, the ideographic space U+3000 a space: {@code ＡＢＣ１２３！}→{@code ABC123!}.
 *   <li>{@linkplain #traditionalToSimplified(boolean) traditional → simplified} (繁→简), character by character from
 *       OpenCC's {@code TSCharacters.txt} (2,966 pairs, the first simplified form of each entry): {@code 產}→{@code 产},
 *       {@code 銷}→{@code 销}; no phrases, so both {@code 乾} and {@code 干} fold to {@code 干}.
 *   <li>{@linkplain #caseFold(boolean) case folding} (大小写): {@code toLowerCase(toUpperCase(c))} on the char:
 *       {@code A}→{@code a}, {@code Σ} and {@code ς}→{@code σ}, {@code İ} (U+0130) and {@code ı}→{@code i}, Kelvin
 *       sign→{@code k}, {@code ẞ}→{@code ß}; {@code ß} stays {@code ß} (never {@code ss}: the length is kept).
 *   <li>then, on the result, {@linkplain #skipInvisible(boolean) invisible} characters (零宽字符) are skipped as if
 *       absent, and {@linkplain #noise(String, int) noise} characters (干扰符) are skipped between the characters of
 *       a keyword, at most {@link #maxGap()} in a row.
 * </ol>
 * Folding is idempotent: a folded character folds to itself. Surrogates are never changed, so characters outside
 * the Basic Multilingual Plane (most emoji, CJK extension B and later) are matched as they are.
 *
 * <p><b>Invisible characters</b> are the Basic Multilingual Plane part of Unicode's
 * {@code Default_Ignorable_Code_Point} (DerivedCoreProperties.txt): U+00AD soft hyphen, U+034F combining grapheme
 * joiner, U+061C Arabic letter mark, U+115F–U+1160 Hangul fillers, U+17B4–U+17B5 Khmer inherent vowels,
 * U+180B–U+180F Mongolian variation selectors and vowel separator, U+200B–U+200F zero-width space, non-joiner,
 * joiner and the directional marks, U+202A–U+202E directional embeddings and overrides, U+2060–U+206F word joiner,
 * invisible operators, directional isolates and deprecated format characters (U+2065 is unassigned), U+3164 Hangul
 * filler, U+FE00–U+FE0F variation selectors, U+FEFF byte order mark, U+FFA0 half-width Hangul filler and the
 * unassigned U+FFF0–U+FFF8. Invisible characters outside the BMP (tags U+E0000–U+E0FFF, variation selectors 17–256)
 * are surrogate pairs and are not skipped.
 *
 * <p><b>The default noise set</b> of {@link #all()}, with {@code maxGap} 3:
 * <ul>
 *   <li>ASCII space, tab and {@code - _ * . , | / \ ~ + = # @ ! ? : ; ' " ( )}, the middle dot {@code ·} (U+00B7)
 *       and the bullet {@code •} (U+2022);
 *   <li>the full-width forms of those ASCII characters: {@code － ＿ ＊ ． ， ｜ ／ ＼ ～ ＋ ＝ ＃ ＠ ！ ？ ： ； ＇ ＂ （ ）}
 *       and the ideographic space U+3000;
 *   <li>CJK punctuation: {@code ， 。 、 ； ： ？ ！ … — ～ · 「 」 『 』 （ ） 【 】 《 》 〈 〉}.
 * </ul>
 * A character is noise when its folded form is the folded form of a noise character, so with
 * {@link #fullWidth(boolean) full width} on, {@code noise("-", 3)} also makes {@code －} noise, and
 * {@code noise("－", 3)} also {@code -}. Noise characters must not be letters, digits or CJK ideographs, nor fold to
 * one. An invisible character that is also a noise character is skipped as invisible when
 * {@link #skipInvisible(boolean) skipInvisible} is on.
 *
 * <p>Instances are immutable and thread-safe; the methods that change a switch return a new instance.
 *
 * @since 0.1
 */
public final class Normalization {

  /** The noise characters of {@link #all()}, sorted and distinct; listed in the class description. */
  static final String DEFAULT_NOISE = sortedDistinct(" \t-_*.,|/\\~+=#@!?:;'\"()\u00B7\u2022"
      + "\uFF0D\uFF3F\uFF0A\uFF0E\uFF0C\uFF5C\uFF0F\uFF3C\uFF5E\uFF0B\uFF1D\uFF03\uFF20\uFF01\uFF1F\uFF1A\uFF1B"
      + "\uFF07\uFF02\uFF08\uFF09\u3000"
      + "，。、；：？！…—～·「」『』（）【】《》〈〉");

  /** The {@code maxGap} of {@link #all()}. */
  static final int DEFAULT_MAX_GAP = 3;

  /** The largest {@code maxGap} that {@link #noise(String, int)} accepts. */
  static final int MAX_GAP = 64;

  private static final int FULL_WIDTH = 1;
  private static final int CASE_FOLD = 2;
  private static final int TRADITIONAL_TO_SIMPLIFIED = 4;
  private static final int COMPATIBILITY = 8;
  private static final int SKIP_INVISIBLE = 16;
  private static final int ALL_SWITCHES = 31;

  private static final Normalization NONE = new Normalization(0, "", 0);
  private static final Normalization ALL = new Normalization(ALL_SWITCHES, DEFAULT_NOISE, DEFAULT_MAX_GAP);

  private final int switches;
  /** Sorted and distinct; empty when noise is off. */
  private final String noiseChars;
  /** 0 when noise is off. */
  private final int maxGap;

  private Normalization(int switches, String noiseChars, int maxGap) {
    this.switches = switches;
    this.noiseChars = noiseChars;
    this.maxGap = maxGap;
  }

  /**
   * Every switch off and no noise: text is matched exactly as given.
   *
   * @return the shared instance
   * @since 0.1
   */
  public static Normalization none() {
    return NONE;
  }

  /**
   * Every switch on, the default noise set (listed in the class description) and a {@code maxGap} of 3: the setting
   * for social-media text (舆情文本).
   *
   * @return the shared instance
   * @since 0.1
   */
  public static Normalization all() {
    return ALL;
  }

  /**
   * Full-width ASCII forms U+FF01–U+FF5E (全角字符, as Chinese input methods type them) become ASCII U+0021–U+007E
   * and the ideographic space U+3000 a space.
   *
   * @param on whether to fold full-width forms
   * @return this setting with the switch set
   * @since 0.1
   */
  public Normalization fullWidth(boolean on) {
    return with(FULL_WIDTH, on);
  }

  /**
   * Simple case folding per char, {@code Character.toLowerCase(Character.toUpperCase(c))}: {@code İ} (U+0130)
   * folds to {@code i}, {@code Σ} and final {@code ς} to {@code σ}, {@code ẞ} to {@code ß}, and {@code ß} stays, as
   * every mapping keeps the length.
   *
   * @param on whether to fold case
   * @return this setting with the switch set
   * @since 0.1
   */
  public Normalization caseFold(boolean on) {
    return with(CASE_FOLD, on);
  }

  /**
   * Traditional Chinese characters become simplified ones (繁体→简体), character by character from the shipped
   * OpenCC table ({@code 產}→{@code 产}, {@code 規}→{@code 规}); characters that are the same in both stay.
   *
   * @param on whether to fold traditional characters
   * @return this setting with the switch set
   * @since 0.1
   */
  public Normalization traditionalToSimplified(boolean on) {
    return with(TRADITIONAL_TO_SIMPLIFIED, on);
  }

  /**
   * Compatibility forms become their canonical character: the NFKC normal form of each char, where that is one char
   * ({@code ①}→{@code 1}, {@code ｶ}→{@code カ}, Kangxi radicals and CJK compatibility ideographs to unified
   * ideographs); a char whose NFKC form is longer ({@code ﬁ}, {@code ㎏}) is left as it is.
   *
   * @param on whether to fold compatibility forms
   * @return this setting with the switch set
   * @since 0.1
   */
  public Normalization compatibility(boolean on) {
    return with(COMPATIBILITY, on);
  }

  /**
   * Invisible characters (zero-width space and joiners, directional controls, soft hyphen, word joiner, byte order
   * mark, variation selectors, Hangul fillers; the list is in the class description) are skipped entirely: they do
   * not break a keyword and do not count toward the noise gap.
   *
   * @param on whether to skip invisible characters
   * @return this setting with the switch set
   * @since 0.1
   */
  public Normalization skipInvisible(boolean on) {
    return with(SKIP_INVISIBLE, on);
  }

  /**
   * Noise characters (干扰符, as in {@code 假*货} or {@code 微-信}) are skipped between the characters of a keyword,
   * at most {@code maxGap} of them in a row. Replaces any earlier noise set.
   *
   * @param noiseChars the noise characters, in any order, duplicates allowed; not empty
   * @param maxGap the most noise characters in a row between two characters of a keyword, 0 to 64
   * @return this setting with the noise set
   * @throws RiskException if {@code maxGap} is out of range, {@code noiseChars} is empty or holds a letter, digit,
   *     CJK ideograph, a character that folds to one, or half of a surrogate pair
   * @throws NullPointerException if {@code noiseChars} is null
   * @since 0.1
   */
  public Normalization noise(String noiseChars, int maxGap) {
    checkNotNull(noiseChars, "noiseChars");
    if (maxGap < 0 || maxGap > MAX_GAP) {
      throw new RiskException("maxGap", "maxGap must be 0 to " + MAX_GAP + ", got " + maxGap);
    }
    if (noiseChars.isEmpty()) {
      throw new RiskException("noiseChars", "noiseChars is empty; use noNoise() for no noise");
    }
    for (int i = 0; i < noiseChars.length(); i++) {
      checkNoise(noiseChars.charAt(i), i);
    }
    String sorted = sortedDistinct(noiseChars);
    if (sorted.equals(this.noiseChars) && maxGap == this.maxGap) {
      return this;
    }
    return new Normalization(switches, sorted, maxGap);
  }

  /**
   * No noise characters: any character other than an invisible one breaks a keyword.
   *
   * @return this setting without noise
   * @since 0.1
   */
  public Normalization noNoise() {
    return noiseChars.isEmpty() ? this : new Normalization(switches, "", 0);
  }

  /**
   * Whether every switch is off and there is no noise, like {@link #none()}.
   *
   * @return true if text is matched as given
   * @since 0.1
   */
  public boolean isNone() {
    return switches == 0 && noiseChars.isEmpty();
  }

  /**
   * Whether full-width forms are folded.
   *
   * @return the switch
   * @since 0.1
   */
  public boolean fullWidth() {
    return (switches & FULL_WIDTH) != 0;
  }

  /**
   * Whether case is folded.
   *
   * @return the switch
   * @since 0.1
   */
  public boolean caseFold() {
    return (switches & CASE_FOLD) != 0;
  }

  /**
   * Whether traditional characters are folded to simplified ones.
   *
   * @return the switch
   * @since 0.1
   */
  public boolean traditionalToSimplified() {
    return (switches & TRADITIONAL_TO_SIMPLIFIED) != 0;
  }

  /**
   * Whether compatibility forms are folded.
   *
   * @return the switch
   * @since 0.1
   */
  public boolean compatibility() {
    return (switches & COMPATIBILITY) != 0;
  }

  /**
   * Whether invisible characters are skipped.
   *
   * @return the switch
   * @since 0.1
   */
  public boolean skipInvisible() {
    return (switches & SKIP_INVISIBLE) != 0;
  }

  /**
   * The noise characters, sorted by char value and distinct.
   *
   * @return the noise characters; empty when there is no noise
   * @since 0.1
   */
  public String noiseChars() {
    return noiseChars;
  }

  /**
   * The most noise characters in a row between two characters of a keyword.
   *
   * @return 0 to 64; 0 when there is no noise
   * @since 0.1
   */
  public int maxGap() {
    return maxGap;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Normalization)) {
      return false;
    }
    Normalization other = (Normalization) o;
    return switches == other.switches && maxGap == other.maxGap && noiseChars.equals(other.noiseChars);
  }

  @Override
  public int hashCode() {
    return (31 * switches + maxGap) * 31 + noiseChars.hashCode();
  }

  /**
   * The switches that are on and the noise, e.g.
   * {@code Normalization{fullWidth, caseFold, noise="*-" maxGap=2}} or {@code Normalization{none}}; noise
   * characters that are not visible are written as {@code \}{@code uXXXX}, a tab as {@code \t}.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    if (isNone()) {
      return "Normalization{none}";
    }
    StringBuilder sb = new StringBuilder("Normalization{");
    String[] names = {"fullWidth", "caseFold", "traditionalToSimplified", "compatibility", "skipInvisible"};
    for (int i = 0; i < names.length; i++) {
      if ((switches & (1 << i)) != 0) {
        sb.append(names[i]).append(", ");
      }
    }
    if (noiseChars.isEmpty()) {
      sb.setLength(sb.length() - 2);
    } else {
      sb.append("noise=\"");
      for (int i = 0; i < noiseChars.length(); i++) {
        char c = noiseChars.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c == '\t') {
          sb.append("\\t");
        } else if (isVisible(c)) {
          sb.append(c);
        } else {
          sb.append(String.format("\\u%04X", (int) c));
        }
      }
      sb.append("\" maxGap=").append(maxGap);
    }
    return sb.append('}').toString();
  }

  private Normalization with(int flag, boolean on) {
    int s = on ? switches | flag : switches & ~flag;
    return s == switches ? this : new Normalization(s, noiseChars, maxGap);
  }

  /**
   * Rejects a noise character that is, or folds to, a letter, digit or ideograph. Traditional → simplified is not
   * tried: it maps ideographs only, which are refused anyway.
   */
  private static void checkNoise(char c, int index) {
    if (Character.isSurrogate(c)) {
      throw new RiskException("noiseChars", "noise character " + describe(c) + " at index " + index
          + " is half of a surrogate pair; noise characters must be single BMP characters");
    }
    String kind = wordKind(c);
    if (kind != null) {
      throw new RiskException("noiseChars", "noise character " + describe(c) + " at index " + index + " is " + kind
          + "; noise characters must not be letters, digits or CJK ideographs");
    }
    char folded = CharFolding.caseFolded(CharFolding.fullWidthFolded(CharFolding.compatibilityFolded(c)));
    kind = wordKind(folded);
    if (kind != null) {
      throw new RiskException("noiseChars", "noise character " + describe(c) + " at index " + index + " folds to "
          + describe(folded) + ", " + kind + "; noise characters must not be letters, digits or CJK ideographs");
    }
  }

  /** "a letter", "a digit", "a number" (①, Ⅷ), "a CJK ideograph", or null if {@code c} is none of these. */
  private static String wordKind(char c) {
    if (Character.isIdeographic(c)) {
      return "a CJK ideograph";
    }
    if (Character.isDigit(c)) {
      return "a digit";
    }
    int type = Character.getType(c);
    if (type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
      return "a number";
    }
    if (Character.isLetter(c) || Character.isAlphabetic(c)) {
      return "a letter";
    }
    return null;
  }

  /** {@code 'c' (U+XXXX)} for a visible char, {@code U+XXXX} for others. */
  static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    return isVisible(c) ? "'" + c + "' (" + code + ")" : code;
  }

  private static boolean isVisible(char c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
      case Character.SURROGATE:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return c == ' ';
      default:
        return !CharFolding.isInvisible(c);
    }
  }

  private static String sortedDistinct(String chars) {
    char[] a = chars.toCharArray();
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return new String(a, 0, n);
  }
}
