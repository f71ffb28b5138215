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
    int start = trimStart(in, 0, in.length());
    int end = trimEnd(in, start, in.length());
    char[] out = new char[end - start];
    return new String(out, 0, normalize(in, start, end, separator, out, offsets));
  }

  /** The index of the first character of {@code in[from, to)} that is not a space, or {@code to}. */
  static int trimStart(CharSequence in, int from, int to) {
    while (from < to && isSpace(in.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The index after the last character of {@code in[from, to)} that is not a space, or {@code from}. */
  static int trimEnd(CharSequence in, int from, int to) {
    while (to > from && isSpace(in.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** The spaces the lenient codec trims and treats as separators; blank import lines hold only these. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
  }

  /**
   * Normalizes {@code in[start, end)}, which must not begin or end with a space, into {@code out}, which must have
   * room for {@code end - start} characters (the output is never longer than the input).
   *
   * @param offsets if not null, of length at least {@code end - start + 1}: receives, for each output index, the
   *     input index it came from, and for the output's length {@code end}
   * @return the length of the output
   */
  static int normalize(CharSequence in, int start, int end, char separator, char[] out, int[] offsets) {
    int n = 0;
    int i = start;
    while (i < end) {
      char c = in.charAt(i);
      int kind = kind(c, separator);
      if (kind == CHAR) {
        n = put(out, n, offsets, mapped(c), i);
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
      boolean between = n > 0 && runEnd < end;
      if (between && hard <= 1) {
        n = put(out, n, offsets, separator, hard == 1 ? firstHard : i);
      } else {
        for (int j = i; j < runEnd; j++) {
          if (kind(in.charAt(j), separator) == HARD) {
            n = put(out, n, offsets, separator, j);
          }
        }
      }
      i = runEnd;
    }
    if (offsets != null) {
      offsets[n] = end;
    }
    return n;
  }

  private static int put(char[] out, int n, int[] offsets, char c, int from) {
    if (offsets != null) {
      offsets[n] = from;
    }
    out[n] = c;
    return n + 1;
  }

  /** {@link #kind} of the ASCII characters other than a schema separator outside {@code - _ /}. */
  private static final byte[] ASCII_KIND = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KIND[c] = (byte) (c == ' ' || c == '\t' ? SPACE : c == '-' || c == '_' || c == '/' ? HARD : CHAR);
    }
  }

  private static int kind(char c, char separator) {
    if (c < 128) {
      int kind = ASCII_KIND[c];
      return kind == CHAR && c == separator ? HARD : kind;
    }
    if (isSpace(c)) {
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
