package dev.ecomkit.sku;

/**
 * The lenient reading of keyed SKU codes ({@link SkuCodec#normalize}): what people type, mapped to the canonical
 * form, without guessing.
 *
 * <ul>
 *   <li>Full-width ASCII forms (U+FF01–U+FF5E, as Chinese input methods produce: {@code ＴＢ－０１}) become ASCII;
 *       ASCII letters become upper case.
 *   <li>Spaces (ASCII space, tab, no-break space U+00A0, ideographic space U+3000) at either end are trimmed.
 *   <li>Between two characters of a code, a run of spaces and <i>separator-like</i> characters — the schema's
 *       separator, {@code - _ /}, the Unicode hyphens and dashes U+2010–U+2015, the minus sign U+2212 and the small
 *       hyphen U+FE63 — becomes one separator if it holds at most one separator-like character
 *       ({@code TB 01}, {@code TB - 01}, {@code TB_01}, {@code TB—01}).
 *   <li>A run holding two or more separator-like characters ({@code TB--01}, {@code TB -/ 01}) is not collapsed:
 *       each becomes a separator and the spaces go, so an empty segment stays visible and parsing reports it.
 *       Separator-like characters before the first or after the last code character are kept the same way.
 *   <li>Nothing else changes: no {@code O}→{@code 0} or {@code I}→{@code 1} guesses, no dropped characters.
 * </ul>
 *
 * <p>The mapping is idempotent: normalizing its own output changes nothing.
 *
 * <p>Stateless and thread-safe.
 */
final class LenientInput {

  private static final int CHAR = 0;
  private static final int SPACE = 1;
  private static final int HARD = 2;

  private LenientInput() {}

  /**
   * The normalized text of {@code in}.
   *
   * @param offsets if not null, of length at least {@code in.length() + 1}: receives, for each output index, the
   *     input index it came from, and for the output's length the end of the trimmed input
   */
  static String normalize(CharSequence in, char separator, int[] offsets) {
    int start = 0;
    int end = in.length();
    while (start < end && kind(in.charAt(start), separator) == SPACE) {
      start++;
    }
    while (end > start && kind(in.charAt(end - 1), separator) == SPACE) {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      char c = in.charAt(i);
      int kind = kind(c, separator);
      if (kind == CHAR) {
        put(out, offsets, mapped(c), i);
        i++;
        continue;
      }
      int runEnd = i;
      int hard = 0;
      int firstHard = -1;
      for (int k; runEnd < end && (k = kind(in.charAt(runEnd), separator)) != CHAR; runEnd++) {
        if (k == HARD) {
          hard++;
          firstHard = firstHard < 0 ? runEnd : firstHard;
        }
      }
      boolean between = out.length() > 0 && runEnd < end;
      if (between && hard <= 1) {
        put(out, offsets, separator, hard == 1 ? firstHard : i);
      } else {
        for (int j = i; j < runEnd; j++) {
          if (kind(in.charAt(j), separator) == HARD) {
            put(out, offsets, separator, j);
          }
        }
      }
      i = runEnd;
    }
    if (offsets != null) {
      offsets[out.length()] = end;
    }
    return out.toString();
  }

  private static void put(StringBuilder out, int[] offsets, char c, int from) {
    if (offsets != null) {
      offsets[out.length()] = from;
    }
    out.append(c);
  }

  private static int kind(char c, char separator) {
    if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000') {
      return SPACE;
    }
    char m = mapped(c);
    if (m == separator || m == '-' || m == '_' || m == '/' || (m >= '\u2010' && m <= '\u2015') || m == '\u2212'
        || m == '\uFE63') {
      return HARD;
    }
    return CHAR;
  }

  /** Full-width ASCII to ASCII, then ASCII lower case to upper case. */
  private static char mapped(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    }
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }
}
