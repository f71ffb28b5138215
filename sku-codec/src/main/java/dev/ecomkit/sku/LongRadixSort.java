package dev.ecomkit.sku;

/**
 * Stable least-significant-digit radix sort of {@code long} keys by a bit field (Knuth, <i>The Art of Computer
 * Programming</i> Vol. 3, §5.2.5, "sorting by distribution"; Cormen et al., <i>Introduction to Algorithms</i>,
 * §8.3): one counting pass, then one scatter pass per digit of at most 12 bits. Keys equal in the field keep their
 * order, which is how the import sorts codes packed above their line numbers without sorting the line numbers.
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
}
