package dev.ecomkit.sku;

/**
 * Finds a code of a table in a region of a {@link CharSequence} without allocating.
 *
 * <p>When every code has at most {@value #MAX_KEYED_LENGTH} characters (the usual case), the table is keyed by a
 * {@code long} that packs each character {@code '0'}–{@code 'Z'} into 6 bits as {@code c - '/'} (1–43, never 0,
 * so codes of different lengths get different keys): the parser builds the key while it scans for the separator,
 * and one multiplicative hash and a {@code long} comparison find the code. Longer codes fall back to open
 * addressing on a polynomial hash of the region and a character-by-character comparison.
 *
 * <p>Immutable and thread-safe.
 */
final class CodeLookup {

  /** The longest code that fits a 60-bit key. */
  static final int MAX_KEYED_LENGTH = 10;

  private final String[] codes;
  private final int mask;
  private final int maxLength;
  private final boolean keyed;
  /** Keyed mode: the key in each slot, 0 = empty. */
  private final long[] keys;
  /** Keyed mode: the ordinal in each slot; hashed mode: ordinal + 1, 0 = empty. */
  private final int[] slots;

  CodeLookup(String[] codes) {
    this.codes = codes.clone();
    int size = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
    this.mask = size - 1;
    this.slots = new int[size];
    int max = 0;
    for (String code : codes) {
      max = Math.max(max, code.length());
    }
    this.maxLength = max;
    this.keyed = max <= MAX_KEYED_LENGTH;
    this.keys = keyed ? new long[size] : null;
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      String code = codes[ordinal];
      if (keyed) {
        long key = key(code);
        int slot = spread(key) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        slots[slot] = ordinal;
      } else {
        int slot = spread(hash(code, 0, code.length())) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = ordinal + 1;
      }
    }
  }

  /** The longest code's length. */
  int maxLength() {
    return maxLength;
  }

  /** Whether {@link #findKey} works: every code has at most {@value #MAX_KEYED_LENGTH} characters. */
  boolean keyed() {
    return keyed;
  }

  /**
   * One character of a key: {@code 1}–{@code 43} for {@code '0'}–{@code 'Z'}; negative or above 43 (not a code
   * character) otherwise, which {@link #isKeyChar} tells.
   */
  static int keyChar(char c) {
    return c - '/';
  }

  /** A negative value if {@code v} is not a {@link #keyChar} of a code character; branch-free. */
  static int isKeyChar(int v) {
    return (v - 1) | (43 - v);
  }

  private static long key(CharSequence s) {
    long key = 0;
    for (int i = 0; i < s.length(); i++) {
      key = key << 6 | keyChar(s.charAt(i));
    }
    return key;
  }

  /** The ordinal of the code with this key, or -1; keyed mode only. */
  int findKey(long key) {
    for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return slots[slot];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /** The ordinal of the code equal to {@code in[start, end)}, or -1. */
  int find(CharSequence in, int start, int end) {
    int length = end - start;
    if (length <= 0 || length > maxLength) {
      return -1;
    }
    if (keyed) {
      long key = 0;
      for (int i = start; i < end; i++) {
        int v = keyChar(in.charAt(i));
        if (isKeyChar(v) < 0) {
          return -1;
        }
        key = key << 6 | v;
      }
      return findKey(key);
    }
    int slot = spread(hash(in, start, end)) & mask;
    for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      String code = codes[entry - 1];
      if (code.length() == length && regionEquals(code, in, start)) {
        return entry - 1;
      }
    }
    return -1;
  }

  private static boolean regionEquals(String code, CharSequence in, int start) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) != in.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x45d9f3b;
  }

  private static int spread(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
  }
}
