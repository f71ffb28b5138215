package dev.ecomkit.sku;

/**
 * Radix sorts of {@code long} keys (Knuth, <i>The Art of Computer Programming</i> Vol. 3, §5.2.5, "sorting by
 * distribution"; Cormen et al., <i>Introduction to Algorithms</i>, §8.3).
 *
 * <ul>
 *   <li>{@link #sort}: stable, least significant digit first, by a bit field: one counting pass, then one scatter
 *       pass per digit of at most 12 bits, into a scratch array. Keys equal in the field keep their order, which is
 *       how the import sorts codes packed above their line numbers without sorting the line numbers.
 *   <li>{@link #sortInPlace}: most significant digit first, permuting in place (McIlroy, Bostic &amp; McIlroy,
 *       "Engineering Radix Sort", Computing Systems 6(1), 1993: "American flag sort"), for when no scratch array
 *       may be allocated.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class LongRadixSort {

  private static final int MAX_DIGIT_BITS = 12;

  private LongRadixSort() {}

  /**
   * Sorts {@code a} by the unsigned field {@code (key >>> shift) & (2^bits - 1)}, stably.
   *
   * @param a the keys; none may have a bit set above the field ({@code key >>> (shift + bits) == 0})
   * @param scratch an array at least as long as {@code a}
   * @return {@code a} or {@code scratch}, whichever holds the sorted keys; the other holds garbage
   */
  static long[] sort(long[] a, long[] scratch, int shift, int bits) {
    int n = a.length;
    if (n < 2 || bits == 0) {
      return a;
    }
    int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
    int digitBits = (bits + passes - 1) / passes;
    int radix = 1 << digitBits;
    int mask = radix - 1;
    int[][] counts = new int[passes][radix + 1];
    for (long key : a) {
      long field = key >>> shift;
      for (int p = 0; p < passes; p++) {
        counts[p][(int) (field >>> (p * digitBits)) & mask]++;
      }
    }
    long[] from = a;
    long[] to = scratch;
    for (int p = 0; p < passes; p++) {
      int[] count = counts[p];
      if (isSingleBucket(count, n)) {
        continue;
      }
      int sum = 0;
      for (int d = 0; d < radix; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      int digitShift = shift + p * digitBits;
      for (int i = 0; i < n; i++) {
        long key = from[i];
        to[count[(int) (key >>> digitShift) & mask]++] = key;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }

  private static boolean isSingleBucket(int[] count, int n) {
    for (int c : count) {
      if (c == n) {
        return true;
      }
      if (c != 0) {
        return false;
      }
    }
    return false;
  }

  private static final int FLAG_DIGIT_BITS = 8;
  private static final int SMALL = 32;

  /**
   * Sorts non-negative keys below {@code 2^bits} ascending, in place: no allocation but one count table per level
   * of recursion (at most {@code bits / 8 + 1} of 257 ints).
   *
   * @param a the keys, each in {@code [0, 2^bits)}
   * @param bits 1 to 63
   */
  static void sortInPlace(long[] a, int bits) {
    flagSort(a, 0, a.length, Math.max(0, bits - FLAG_DIGIT_BITS), bits);
  }

  private static void flagSort(long[] a, int from, int to, int shift, int bits) {
    if (to - from <= SMALL) {
      insertionSort(a, from, to);
      return;
    }
    int width = Math.min(FLAG_DIGIT_BITS, bits - shift);
    int radix = 1 << width;
    long mask = radix - 1;
    int[] start = new int[radix + 1];
    for (int i = from; i < to; i++) {
      start[(int) (a[i] >>> shift & mask) + 1]++;
    }
    start[0] = from;
    for (int d = 0; d < radix; d++) {
      start[d + 1] += start[d];
    }
    int[] next = new int[radix];
    System.arraycopy(start, 0, next, 0, radix);
    for (int d = 0; d < radix; d++) {
      while (next[d] < start[d + 1]) {
        long key = a[next[d]];
        int digit = (int) (key >>> shift & mask);
        while (digit != d) { // carry the key to its bucket, taking the one found there
          long displaced = a[next[digit]];
          a[next[digit]++] = key;
          key = displaced;
          digit = (int) (key >>> shift & mask);
        }
        a[next[d]++] = key;
      }
    }
    if (shift == 0) {
      return;
    }
    int lower = Math.max(0, shift - FLAG_DIGIT_BITS);
    for (int d = 0; d < radix; d++) {
      if (start[d + 1] - start[d] > 1) {
        flagSort(a, start[d], start[d + 1], lower, shift);
      }
    }
  }

  private static void insertionSort(long[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long key = a[i];
      int j = i - 1;
      while (j >= from && a[j] > key) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = key;
    }
  }
}
