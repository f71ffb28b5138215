package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link LongRadixSort} orders by the field like a stable comparison sort. */
class LongRadixSortProperties {

  @Property(tries = 500)
  void sortsStablyByTheField(@ForAll @Size(max = 3000) long[] keys, @ForAll @IntRange(min = 0, max = 40) int shift,
      @ForAll @IntRange(min = 1, max = 63) int bitCount) {
    int bits = Math.min(bitCount, 64 - shift);
    long mask = bits == 64 ? -1 : (1L << bits) - 1;
    long[] input = Arrays.stream(keys).map(k -> k & (shift + bits == 64 ? -1 : (1L << (shift + bits)) - 1))
        .toArray();
    Long[] expected = Arrays.stream(input).boxed().toArray(Long[]::new);
    Arrays.sort(expected, Comparator.comparingLong(k -> k >>> shift & mask)); // stable

    long[] a = input.clone();
    long[] sorted = LongRadixSort.sort(a, new long[a.length], shift, bits);

    assertArrayEquals(IntStream.range(0, expected.length).mapToLong(i -> expected[i]).toArray(), sorted);
  }

  @Property(tries = 500)
  void sortsInPlaceLikeArraysSort(@ForAll @Size(max = 5000) long[] keys,
      @ForAll @IntRange(min = 1, max = 63) int bits, @ForAll boolean presorted) {
    long[] a = Arrays.stream(keys).map(k -> k & (1L << bits) - 1).toArray();
    if (presorted) {
      Arrays.sort(a, 0, a.length / 2); // two sorted stretches, as joined exports
      Arrays.sort(a, a.length / 2, a.length);
    }
    long[] expected = a.clone();
    Arrays.sort(expected);

    LongRadixSort.sortInPlace(a, bits);

    assertArrayEquals(expected, a);
  }
}
