package dev.ecomkit.sku;

import java.util.Arrays;

/** A growable array of {@code long}s. Not thread-safe. */
final class LongList {

  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) {
      if (size == Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than " + size + " lines; split the import");
      }
      values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L));
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  long get(int index) {
    return values[index];
  }
}
