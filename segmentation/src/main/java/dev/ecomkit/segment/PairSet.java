package dev.ecomkit.segment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A set of (customer position, value) pairs — the distinct purchase days or orders of each customer — in an
 * open-addressing table of two {@code long}s a slot (the value, and the position plus one; 0 marks an empty slot),
 * linear probing, load factor at most 1/2: 32 to 64 bytes a pair. Its size grows with the distinct pairs, not with
 * the rows added: a customer buying twice on one day, or one order of ten lines, is one pair.
 *
 * <p>Not thread-safe.
 */
final class PairSet {

  private static final int MAX_CAPACITY = 1 << 29;

  /** A random salt: values crafted to collide cannot cluster the probing (its order is never observed). */
  private final long salt = new SplittableRandom().nextLong();
  private long[] slots = new long[2 * 16];
  private int capacity = 16;
  private int size;

  int size() {
    return size;
  }

  /** Throws, before anything changes, if {@code more} pairs might not fit. */
  void checkRoom(long more) {
    if (size + more > MAX_CAPACITY / 2) {
      throw new SegmentException("customerId", "more than " + MAX_CAPACITY / 2 + " distinct purchase days or"
          + " orders in one aggregate; split the customers over several aggregates (by a hash of the id)");
    }
  }

  /** Adds the pair; true if it was not there. */
  boolean add(int position, long value) {
    if (2 * (size + 1) > capacity) {
      checkRoom(1);
      resize(capacity * 2);
    }
    long tag = position + 1L;
    int mask = capacity - 1;
    for (int slot = index(position, value); ; slot = (slot + 1) & mask) {
      long t = slots[2 * slot + 1];
      if (t == 0) {
        slots[2 * slot] = value;
        slots[2 * slot + 1] = tag;
        size++;
        return true;
      }
      if (t == tag && slots[2 * slot] == value) {
        return false;
      }
    }
  }

  boolean contains(int position, long value) {
    long tag = position + 1L;
    int mask = capacity - 1;
    for (int slot = index(position, value); ; slot = (slot + 1) & mask) {
      long t = slots[2 * slot + 1];
      if (t == 0) {
        return false;
      }
      if (t == tag && slots[2 * slot] == value) {
        return true;
      }
    }
  }

  private int index(int position, long value) {
    return (int) (CustomerTable.mix((value ^ salt) * 0x9e3779b97f4a7c15L + position) >>> 1) & (capacity - 1);
  }

  private void resize(int newCapacity) {
    long[] old = slots;
    slots = new long[2 * newCapacity];
    capacity = newCapacity;
    size = 0;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s + 1] != 0) {
        add((int) (old[s + 1] - 1), old[s]);
      }
    }
  }

  /** The number of pairs of each position below {@code positions}. */
  int[] counts(int positions) {
    int[] counts = new int[positions];
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] != 0) {
        counts[(int) (slots[s + 1] - 1)]++;
      }
    }
    return counts;
  }

  /** The values of each position: {@code values[offsets[p] .. offsets[p + 1])} are position {@code p}'s, ascending. */
  record Grouped(int[] offsets, long[] values) {}

  Grouped grouped(int positions) {
    int[] offsets = new int[positions + 1];
    int[] counts = counts(positions);
    for (int p = 0; p < positions; p++) {
      offsets[p + 1] = offsets[p] + counts[p];
    }
    int[] cursor = Arrays.copyOf(offsets, positions);
    long[] values = new long[size];
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] != 0) {
        values[cursor[(int) (slots[s + 1] - 1)]++] = slots[s];
      }
    }
    for (int p = 0; p < positions; p++) {
      Arrays.sort(values, offsets[p], offsets[p + 1]);
    }
    return new Grouped(offsets, values);
  }

  /** Calls {@code action} with every pair. */
  void forEach(PairConsumer action) {
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] != 0) {
        action.accept((int) (slots[s + 1] - 1), slots[s]);
      }
    }
  }

  @FunctionalInterface
  interface PairConsumer {
    void accept(int position, long value);
  }
}
