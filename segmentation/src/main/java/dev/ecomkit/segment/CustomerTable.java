package dev.ecomkit.segment;

import java.util.Arrays;

/**
 * The per-customer records of an {@link RfmAggregate}, kept in the slots of an open-addressing hash table so that a
 * transaction touches one place in memory: four {@code long}s a slot — the key, the purchase amount in minor units,
 * the first and last purchase day packed, and the position (insertion order) with the purchase count packed. Refunds,
 * rare, live in a column by position. The slot of a key comes from the <i>top</i> bits of its hash (MurmurHash3's
 * {@code fmix64}), with linear probing. (Sorting a batch by hash to visit the table region by region was tried and
 * dropped: inserts arriving in slot order fill one region before the global load factor notices, and linear probing
 * then degenerates; see BENCHMARKS.md.)
 *
 * <p>Not thread-safe.
 */
final class CustomerTable {

  static final int STRIDE = 4;
  private static final int AMOUNT = 1;
  private static final int DAYS = 2;
  private static final int META = 3;
  /** No purchase yet: first day above every day, last day below, packed. */
  static final long NO_DAYS = ((long) Integer.MAX_VALUE << 32) | (Integer.MIN_VALUE & 0xffffffffL);

  private long[] slots;
  private int capacity;
  private int shift;
  private int size;
  /** Slot base index (slot × STRIDE) by position. */
  private int[] slotOf = new int[16];
  private long[] refunds = new long[16];

  CustomerTable() {
    allocate(16);
  }

  private void allocate(int newCapacity) {
    capacity = newCapacity;
    slots = new long[newCapacity * STRIDE];
    shift = 64 - Integer.numberOfTrailingZeros(newCapacity);
  }

  int size() {
    return size;
  }

  static long hash(long key) {
    return mix(key);
  }

  /** MurmurHash3's 64-bit finaliser ({@code fmix64}). */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** The slot base of {@code key}, or −1. */
  int find(long key) {
    int mask = capacity - 1;
    for (int slot = (int) (hash(key) >>> shift); ; slot = (slot + 1) & mask) {
      int b = slot * STRIDE;
      if (slots[b + META] == 0) {
        return -1;
      }
      if (slots[b] == key) {
        return b;
      }
    }
  }

  /** The slot base of {@code key} (hash {@code h}), inserting an empty record when absent. */
  int findOrInsert(long key, long h) {
    int mask = capacity - 1;
    for (int slot = (int) (h >>> shift); ; slot = (slot + 1) & mask) {
      int b = slot * STRIDE;
      long meta = slots[b + META];
      if (meta == 0) {
        if (2 * (size + 1) > capacity) {
          grow();
          return findOrInsert(key, h);
        }
        slots[b] = key;
        slots[b + AMOUNT] = 0;
        slots[b + DAYS] = NO_DAYS;
        slots[b + META] = (long) (size + 1) << 32;
        if (size == slotOf.length) {
          slotOf = Arrays.copyOf(slotOf, size * 2);
          refunds = Arrays.copyOf(refunds, size * 2);
        }
        slotOf[size] = b;
        refunds[size] = 0;
        size++;
        return b;
      }
      if (slots[b] == key) {
        return b;
      }
    }
  }

  private void grow() {
    if (capacity >= 1 << 29) {
      throw new SegmentException(null, "more than 2^28 customers in one aggregate");
    }
    long[] old = slots;
    int oldCapacity = capacity;
    allocate(oldCapacity * 2);
    int mask = capacity - 1;
    for (int ob = 0; ob < oldCapacity * STRIDE; ob += STRIDE) {
      long meta = old[ob + META];
      if (meta != 0) {
        int slot = (int) (hash(old[ob]) >>> shift);
        while (slots[slot * STRIDE + META] != 0) {
          slot = (slot + 1) & mask;
        }
        int b = slot * STRIDE;
        System.arraycopy(old, ob, slots, b, STRIDE);
        slotOf[(int) (meta >>> 32) - 1] = b;
      }
    }
  }

  /** Adds a purchase ({@code minor ≥ 0}) or a refund to the record at slot base {@code b}. */
  void apply(int b, int day, long minor) {
    if (minor >= 0) {
      slots[b + AMOUNT] = Math.addExact(slots[b + AMOUNT], minor);
      slots[b + META]++;
      long days = slots[b + DAYS];
      int first = (int) (days >> 32);
      int last = (int) days;
      if (day < first || day > last) {
        slots[b + DAYS] = pack(Math.min(first, day), Math.max(last, day));
      }
    } else {
      int position = (int) (slots[b + META] >>> 32) - 1;
      refunds[position] = Math.subtractExact(refunds[position], minor);
    }
  }

  static long pack(int first, int last) {
    return ((long) first << 32) | (last & 0xffffffffL);
  }

  /** Last purchase day, purchases, purchases less refunds and key of every record, by position, in one scan. */
  void columns(int[] lastDay, int[] purchases, long[] net, long[] keys) {
    for (int b = 0; b < slots.length; b += STRIDE) {
      long meta = slots[b + META];
      if (meta != 0) {
        int position = (int) (meta >>> 32) - 1;
        lastDay[position] = (int) slots[b + DAYS];
        purchases[position] = (int) meta;
        net[position] = slots[b + AMOUNT] - refunds[position];
        keys[position] = slots[b];
      }
    }
  }

  // ---- by position ----

  long key(int i) {
    return slots[slotOf[i]];
  }

  int firstDay(int i) {
    return (int) (slots[slotOf[i] + DAYS] >> 32);
  }

  int lastDay(int i) {
    return (int) slots[slotOf[i] + DAYS];
  }

  int purchases(int i) {
    return (int) slots[slotOf[i] + META];
  }

  long amount(int i) {
    return slots[slotOf[i] + AMOUNT];
  }

  long refunds(int i) {
    return refunds[i];
  }

  /** Sets every total of the record at slot base {@code b} (restore and merge). */
  void set(int b, int first, int last, int purchases, long amount, long refundsMinor) {
    slots[b + AMOUNT] = amount;
    slots[b + DAYS] = pack(first, last);
    slots[b + META] = (slots[b + META] & 0xffffffff00000000L) | (purchases & 0xffffffffL);
    refunds[(int) (slots[b + META] >>> 32) - 1] = refundsMinor;
  }

  int firstDayAt(int b) {
    return (int) (slots[b + DAYS] >> 32);
  }

  int lastDayAt(int b) {
    return (int) slots[b + DAYS];
  }

  int purchasesAt(int b) {
    return (int) slots[b + META];
  }

  long amountAt(int b) {
    return slots[b + AMOUNT];
  }

  long refundsAt(int b) {
    return refunds[(int) (slots[b + META] >>> 32) - 1];
  }
}
