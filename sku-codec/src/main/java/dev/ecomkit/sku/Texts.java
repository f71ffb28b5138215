package dev.ecomkit.sku;

/** Quoting of untrusted input for error messages: bounded length, control characters and surrogates escaped. */
final class Texts {

  /** At most this many input characters are quoted in a message. */
  static final int MAX_QUOTED = 20;

  private Texts() {}

  /**
   * Quotes the input from {@code start} up to the next {@code stop} character or the end, at most
   * {@link #MAX_QUOTED} characters, e.g. {@code "XX"} or {@code "ABCDEFGHIJKLMNOPQRST…"}.
   */
  static String quoteUntil(CharSequence in, int start, char stop) {
    int end = start;
    int limit = Math.min(in.length(), start + MAX_QUOTED);
    while (end < limit && in.charAt(end) != stop) {
      end++;
    }
    boolean cut = end == limit && end < in.length() && in.charAt(end) != stop;
    return quote(in, start, end, cut);
  }

  /** Quotes {@code in[start, end)}, which must be at most a few dozen characters. */
  static String quote(CharSequence in, int start, int end, boolean cut) {
    StringBuilder sb = new StringBuilder(end - start + 8).append('"');
    appendEscaped(sb, in, start, end);
    return sb.append(cut ? "…\"" : "\"").toString();
  }

  static String escape(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    appendEscaped(sb, s, 0, s.length());
    return sb.toString();
  }

  private static void appendEscaped(StringBuilder sb, CharSequence in, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
  }
}
