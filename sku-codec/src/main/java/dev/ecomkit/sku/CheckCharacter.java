package dev.ecomkit.sku;

/**
 * The ISO/IEC 7064:2003 check character systems of {@link CheckCharacterSystem}, over the alphabet {@code 0-9A-Z}
 * (values 0–35) and, for MOD 37-2's check character only, {@code *} (36).
 *
 * <ul>
 *   <li>MOD 37,36 (hybrid, §7, M = 36): start with P = M; for each character value a, S = (P mod (M+1)) + a and
 *       P = 2 × (S mod M, with 0 read as M) mod (M+1); the check character c makes (P + c) mod M = 1. Test vector:
 *       the Global Release Identifier example {@code A1-2425G-ABC1234002-M}.
 *   <li>MOD 37-2 (pure, §6): start with P = 0; for each character value a, P = 2 × (P + a) mod 37; the check
 *       character c makes (P + c) mod 37 = 1. Test vectors: {@code G123489654321} → {@code Y} and the ISBT 128
 *       donation identification number {@code A999914123458} → {@code J}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class CheckCharacter {

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

  private CheckCharacter() {}

  /** The value of a data character {@code 0-9A-Z}, or -1. */
  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * The check character of the data characters in {@code in[start, end)}; every other character (a separator) is
   * skipped, so {@code TB-01-M-2504} and {@code TB01M2504} have the same check character.
   */
  static char compute(CheckCharacterSystem system, CharSequence in, int start, int end) {
    if (system == CheckCharacterSystem.MOD_37_2) {
      int p = 0;
      for (int i = start; i < end; i++) {
        int a = value(in.charAt(i));
        if (a >= 0) {
          p = (p + a) * 2 % 37;
        }
      }
      return ALPHABET.charAt((38 - p) % 37);
    }
    int p = 36;
    for (int i = start; i < end; i++) {
      int a = value(in.charAt(i));
      if (a >= 0) {
        int s = (p + a) % 36;
        p = (s == 0 ? 36 : s) * 2 % 37;
      }
    }
    return ALPHABET.charAt((37 - p) % 36);
  }
}
