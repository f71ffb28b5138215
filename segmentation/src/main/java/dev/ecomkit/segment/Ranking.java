package dev.ecomkit.segment;

import java.util.Arrays;

/**
 * Scores by rank: each value gets {@code 1 + ⌊n·b/N⌋}, where {@code b} is the number of the {@code N} values strictly
 * below it and {@code n} the number of scores. Equal values have equal {@code b}, so they always share a score, and
 * the score never falls as the value rises; without ties the scores split the values into {@code n} groups whose
 * sizes differ by at most one. Small ranges of whole values are counted in a histogram, in {@code O(N + range)};
 * others are ranked by an LSD radix sort of the 64-bit keys (passes whose byte is the same for every key skipped).
 *
 * <p>Stateless and thread-safe.
 */
final class Ranking {

  private Ranking() {}

  /** Scores for {@code keys} (higher key, higher score) into {@code out}. */
  static void scores(long[] keys, int n, byte[] out) {
    int size = keys.length;
    if (size == 0) {
      return;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long k : keys) {
      min = Math.min(min, k);
      max = Math.max(max, k);
    }
    long range = max - min; // may overflow for extreme keys: then negative, and we sort
    if (range >= 0 && range < Math.max(1L << 16, 4L * size)) {
      byHistogram(keys, min, (int) range + 1, n, out);
    } else {
      bySorting(keys, n, out);
    }
  }

  private static void byHistogram(long[] keys, long min, int width, int n, byte[] out) {
    int[] below = new int[width + 1];
    for (long k : keys) {
      below[(int) (k - min) + 1]++;
    }
    for (int v = 1; v <= width; v++) {
      below[v] += below[v - 1]; // below[v] = number of keys < min + v
    }
    long size = keys.length;
    for (int i = 0; i < keys.length; i++) {
      out[i] = (byte) (1 + n * (long) below[(int) (keys[i] - min)] / size);
    }
  }

  private static void bySorting(long[] keys, int n, byte[] out) {
    int size = keys.length;
    long[] sorted = new long[size];
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      sorted[i] = keys[i] ^ Long.MIN_VALUE; // signed order as unsigned
      order[i] = i;
    }
    long[] keyBuffer = new long[size];
    int[] orderBuffer = new int[size];
    int[] counts = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(counts, 0);
      for (long k : sorted) {
        counts[(int) ((k >>> shift) & 0xff) + 1]++;
      }
      if (skip(counts, size)) {
        continue;
      }
      for (int b = 1; b <= 256; b++) {
        counts[b] += counts[b - 1];
      }
      for (int i = 0; i < size; i++) {
        int b = (int) ((sorted[i] >>> shift) & 0xff);
        int to = counts[b]++;
        keyBuffer[to] = sorted[i];
        orderBuffer[to] = order[i];
      }
      long[] k = sorted;
      sorted = keyBuffer;
      keyBuffer = k;
      int[] o = order;
      order = orderBuffer;
      orderBuffer = o;
    }
    int start = 0;
    for (int i = 1; i <= size; i++) {
      if (i == size || sorted[i] != sorted[start]) {
        byte score = (byte) (1 + n * (long) start / size);
        for (int j = start; j < i; j++) {
          out[order[j]] = score;
        }
        start = i;
      }
    }
  }

  /** Whether every key has the same byte in this pass. */
  private static boolean skip(int[] counts, int size) {
    for (int b = 1; b <= 256; b++) {
      if (counts[b] == size) {
        return true;
      }
      if (counts[b] != 0) {
        return false;
      }
    }
    return false;
  }

  /** A key ordering doubles as signed longs do: larger double, larger key. */
  static long key(double v) {
    long bits = Double.doubleToLongBits(v == 0 ? 0.0 : v); // −0.0 and 0.0 alike
    return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
  }
}
