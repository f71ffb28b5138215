package dev.ecomkit.segment;

/**
 * An open-addressing hash index from {@code long} keys to dense positions 0, 1, 2, … in insertion order: linear
 * probing over a power-of-two table kept at most half full, keys spread by the finaliser of MurmurHash3
 * ({@code fmix64}). No boxing, two arrays.
 *
 * <p>Not thread-safe.
 */
final class LongIndex {

  private long[] keys;
  /** Position + 1 of the key in the slot, 0 for an empty slot. */
  private int[] positions;
  private int size;
  private int mask;

  LongIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** The position of {@code key}, or −1. */
  int get(long key) {
    for (int slot = (int) mix(key) & mask; ; slot = (slot + 1) & mask) {
      int p = positions[slot];
      if (p == 0) {
        return -1;
      }
      if (keys[slot] == key) {
        return p - 1;
      }
    }
  }

  /** The position of {@code key}, adding it at position {@link #size()} when absent. */
  int getOrAdd(long key) {
    for (int slot = (int) mix(key) & mask; ; slot = (slot + 1) & mask) {
      int p = positions[slot];
      if (p == 0) {
        keys[slot] = key;
        positions[slot] = ++size;
        if (2 * size > keys.length) {
          grow();
        }
        return size - 1;
      }
      if (keys[slot] == key) {
        return p - 1;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldPositions = positions;
    if (oldKeys.length >= 1 << 30) {
      throw new SegmentException(null, "more than 2^29 customers in one aggregate");
    }
    keys = new long[oldKeys.length * 2];
    positions = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldPositions[i] != 0) {
        int slot = (int) mix(oldKeys[i]) & mask;
        while (positions[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        positions[slot] = oldPositions[i];
      }
    }
  }

  /** MurmurHash3's 64-bit finaliser. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  @Override
  public String toString() {
    return "LongIndex{size=" + size + ", capacity=" + keys.length + "}";
  }
}
