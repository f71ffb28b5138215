package dev.ecomkit.sku;

/**
 * Finds a code of a table in a region of a {@link CharSequence} without allocating: open addressing on the
 * region's polynomial hash, then a character-by-character comparison.
 *
 * <p>Immutable and thread-safe.
 */
final class CodeLookup {

  private final String[] codes;
  private final int[] slots; // ordinal + 1, 0 = empty
  private final int mask;
  private final int maxLength;

  CodeLookup(String[] codes) {
    this.codes = codes.clone();
    int size = Integer.highestOneBit(Math.max(4, codes.length * 4 - 1)) << 1;
    this.slots = new int[size];
    this.mask = size - 1;
    int max = 0;
    for (int ordinal = 0; ordinal < codes.length; ordinal++) {
      String code = codes[ordinal];
      max = Math.max(max, code.length());
      int slot = spread(hash(code, 0, code.length())) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ordinal + 1;
    }
    this.maxLength = max;
  }

  /** The longest code's length. */
  int maxLength() {
    return maxLength;
  }

  /** The ordinal of the code equal to {@code in[start, end)}, or -1. */
  int find(CharSequence in, int start, int end) {
    int length = end - start;
    if (length <= 0 || length > maxLength) {
      return -1;
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
}
