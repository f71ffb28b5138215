package dev.ecomkit.segment;

import java.util.Arrays;

/**
 * The per-customer records of an {@link RfmAggregate}, kept in the slots of an open-addressing hash table so that a
 * transaction touches one place in memory: four {@code long}s a slot — the key, the purchase amount in minor units,
 * the first and last purchase day packed, and the position (insertion order) with the purchase count packed. Refunds,
 * rare, live in a column by position. The slot of a key comes from the <i>top</i> bits of its hash (MurmurHash3's
 * {@code fmix64}), with linear probing, so a region of the table holds the keys of one range of hashes: a large batch
 * is scattered by hash and applied region by region ({@link #addColumns}). Inserts arriving in hash order fill one region
 * before the global load factor (1/2) notices, and linear probing would degenerate; so the table also grows when one
 * of its 256 regions is 3/4 full — unless the table as a whole is under 1/4 full, which a random hash does not do but
 * ids crafted to collide do: then the table changes its hash salt instead (a fixed sequence of eight), so that memory
 * stays in proportion to the customers.
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

  /** Regions, by the top {@value #REGION_BITS} bits of the hash: a key's home slot lies in its region. */
  static final int REGION_BITS = 8;
  /** Smallest capacity at which batches go region by region (a region of 256 slots). */
  private static final int BATCH_MIN_CAPACITY = 1 << 16;
  /** Smallest capacity at which a region's load is checked (a region of 64 slots). */
  private static final int REGION_CHECK_MIN_CAPACITY = 1 << 14;
  /** At most this many reseeds ({@link #growAndInsert}). */
  private static final int MAX_RESEEDS = 8;
  /** Smallest batch (rows) worth partitioning. */
  private static final int BATCH_MIN_ROWS = 1 << 16;
  /** Rows a chunk of a batch: the work array stays at 32 MB whatever the input. */
  static final int CHUNK = 1 << 21;
  /** Most slots: four longs a slot in one array. */
  private static final int MAX_CAPACITY = 1 << 28;

  private long[] slots;
  /** Mixed into the hash; 0 unless crafted ids forced a reseed ({@link #growAndInsert}). */
  private long salt;
  private int reseeds;
  private int capacity;
  private int shift;
  private int size;
  /** Customers by region, and the most one region holds before the table grows (3/4 of its slots). */
  private final int[] regionCount = new int[1 << REGION_BITS];
  private int regionLimit;
  /** Defeats dead-code elimination of {@link #warm}. */
  private long warmSink;
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
    // the local check only bites when rows arrive region by region; with rows in random order the global load
    // factor of 1/2 grows the table first (a region then holds about 1/2 ± a few standard deviations of its slots)
    regionLimit = newCapacity >= REGION_CHECK_MIN_CAPACITY ? (newCapacity >> REGION_BITS) * 3 / 4
        : Integer.MAX_VALUE;
  }

  int size() {
    return size;
  }

  int capacity() {
    return capacity;
  }

  /** The hash this table places {@code key} by. */
  long hashOf(long key) {
    return mix(key ^ salt);
  }

  /**
   * A transaction's amount in minor units as one {@code long}: {@code m ≥ 0} for a purchase of {@code m}, {@code ~m}
   * (negative) for a refund of {@code m}. Purchase or refund follows the sign of the amount, not of its rounding (a
   * refund of 0.004 is a refund of nothing, not a purchase; −0.0 is a purchase); rounding is half-even.
   */
  static long encode(double amount, double scale) {
    long m = (long) Math.rint(Math.abs(amount) * scale);
    return amount < 0 ? ~m : m;
  }

  /** Throws, before anything changes, if {@code more} customers might not fit. */
  void checkRoom(long more) {
    if (size + more > MAX_CAPACITY / 2) {
      throw tooMany();
    }
  }

  private static SegmentException tooMany() {
    return new SegmentException("customerId", "more than " + MAX_CAPACITY / 2 + " customers in one aggregate; "
        + "split the customers over several aggregates (by a hash of the id) and score them together");
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
    for (int slot = (int) (hashOf(key) >>> shift); ; slot = (slot + 1) & mask) {
      int b = slot * STRIDE;
      if (slots[b + META] == 0) {
        return -1;
      }
      if (slots[b] == key) {
        return b;
      }
    }
  }

  /** The slot base of {@code key}, inserting an empty record when absent. */
  int findOrInsert(long key) {
    long h = hashOf(key);
    int mask = capacity - 1;
    for (int slot = (int) (h >>> shift); ; slot = (slot + 1) & mask) {
      int b = slot * STRIDE;
      long meta = slots[b + META];
      if (meta == 0) {
        int region = (int) (h >>> (64 - REGION_BITS));
        if (2 * (size + 1) > capacity || regionCount[region] >= regionLimit) {
          return growAndInsert(key, region);
        }
        regionCount[region]++;
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

  private int growAndInsert(long key, int region) {
    if (regionCount[region] >= regionLimit && 4L * (size + 1) <= capacity && reseeds < MAX_RESEEDS) {
      // a region 3/4 full while the table is not 1/4 full: not a random hash (that would be dozens of standard
      // deviations out) but ids crafted to collide — fmix64 is public and invertible. Growing would cost memory out
      // of all proportion; place by the next salt of a fixed sequence instead. Crafting ids that collide under all
      // of them takes about 2^56 trials an id.
      reseeds++;
      salt = mix(reseeds * 0x9e3779b97f4a7c15L);
      resize(capacity);
    } else {
      grow();
    }
    return findOrInsert(key);
  }

  private void grow() {
    if (capacity >= MAX_CAPACITY) {
      throw tooMany();
    }
    resize(capacity * 2);
  }

  private void resize(int newCapacity) {
    long[] old = slots;
    int oldCapacity = capacity;
    allocate(newCapacity);
    Arrays.fill(regionCount, 0);
    int mask = capacity - 1;
    for (int ob = 0; ob < oldCapacity * STRIDE; ob += STRIDE) {
      long meta = old[ob + META];
      if (meta != 0) {
        long h = hashOf(old[ob]);
        regionCount[(int) (h >>> (64 - REGION_BITS))]++;
        int slot = (int) (h >>> shift);
        while (slots[slot * STRIDE + META] != 0) {
          slot = (slot + 1) & mask;
        }
        int b = slot * STRIDE;
        System.arraycopy(old, ob, slots, b, STRIDE);
        slotOf[(int) (meta >>> 32) - 1] = b;
      }
    }
  }

  /**
   * Makes room for {@code customers} customers at the load factor of 1/2 in one allocation, instead of a doubling
   * series (half the memory allocated, and no rehashing on the way).
   */
  private void reserve(int customers) {
    long wanted = Math.min(MAX_CAPACITY, Long.highestOneBit(Math.max(1, 2L * customers - 1)) << 1);
    if (wanted > capacity) {
      resize((int) wanted);
    }
    if (slotOf.length < customers) {
      slotOf = Arrays.copyOf(slotOf, customers);
      refunds = Arrays.copyOf(refunds, customers);
    }
  }

  /**
   * Whether rows can take the batch path, which packs an amount with its day into one long ({@link #addColumns}):
   * every amount below 2⁴⁶ minor units in size and every day less than 2¹⁶ after the earliest.
   *
   * @param largest the largest amount in minor units, in size
   */
  static boolean packable(double largest, int firstDay, int lastDay) {
    return largest < 0x1p46 && (long) lastDay - firstDay < 1 << 16;
  }

  /**
   * Adds the rows of the columns. A large batch goes region by region: a first pass counts the rows of each region
   * and estimates the number of distinct customers (HyperLogLog, 2¹² registers, standard error about 1.6 %: P.
   * Flajolet, É. Fusy, O. Gandouet, F. Meunier, "HyperLogLog: the analysis of a near-optimal cardinality estimation
   * algorithm", AofA 2007, with its small-range correction), so that the table is sized once; then, in chunks of
   * {@value #CHUNK} rows, the rows are scattered by region into a work array (a counting sort; two longs a row, the
   * key and the amount in minor units packed with the day) and each region of the table, a few hundred kilobytes,
   * is read in sequentially before its rows update it, so that the updates hit the cache instead of missing it a
   * row each. New customers of such a batch get their positions in the order of the regions. The caller guarantees
   * that no total can overflow.
   *
   * @param dayBase the earliest day of the rows; {@code packable} as {@link #packable} says, otherwise the rows go
   *     one at a time
   */
  void addColumns(long[] keys, int[] days, double[] amounts, int n, double scale, int dayBase, boolean packable) {
    if (!packable || n < BATCH_MIN_ROWS) {
      addRows(keys, days, amounts, scale, 0, n);
      return;
    }
    int regions = 1 << REGION_BITS;
    int chunks = (n + CHUNK - 1) / CHUNK;
    int[] counts = new int[chunks * regions];
    int bits = 12;
    byte[] registers = new byte[1 << bits];
    for (int i = 0; i < n; i++) {
      long h = hashOf(keys[i]);
      counts[((i / CHUNK) << REGION_BITS) + (int) (h >>> (64 - REGION_BITS))]++;
      int index = (int) (h >>> (64 - bits));
      int rank = Long.numberOfLeadingZeros((h << bits) | (1L << (bits - 1))) + 1;
      registers[index] = (byte) Math.max(registers[index], rank);
    }
    // the final size is at least the larger of the customers known and those of the batch
    reserve(Math.max(size, Math.min(n, hyperLogLog(registers))));
    if (capacity < BATCH_MIN_CAPACITY) { // a small table stays in the cache anyway
      addRows(keys, days, amounts, scale, 0, n);
      return;
    }
    long[] work = new long[2 * Math.min(n, CHUNK)];
    int[] start = new int[regions + 1];
    int[] cursor = new int[regions];
    long countedSalt = salt;
    for (int c = 0; c < chunks; c++) {
      int from = c * CHUNK;
      int to = Math.min(n, from + CHUNK);
      if (salt != countedSalt) { // reseeded during the last chunk: count this one's regions again
        Arrays.fill(counts, c << REGION_BITS, (c + 1) << REGION_BITS, 0);
        for (int i = from; i < to; i++) {
          counts[(c << REGION_BITS) + (int) (hashOf(keys[i]) >>> (64 - REGION_BITS))]++;
        }
        countedSalt = salt;
      }
      for (int r = 0; r < regions; r++) {
        start[r + 1] = start[r] + counts[(c << REGION_BITS) + r];
        cursor[r] = start[r];
      }
      for (int i = from; i < to; i++) {
        long key = keys[i];
        int at = 2 * cursor[(int) (hashOf(key) >>> (64 - REGION_BITS))]++;
        work[at] = key;
        work[at + 1] = (encode(amounts[i], scale) << 16) | (days[i] - dayBase);
      }
      for (int r = 0; r < regions; r++) {
        if (start[r + 1] - start[r] >= (capacity >> (REGION_BITS + 2))) {
          warm(r);
        }
        for (int j = 2 * start[r], end = 2 * start[r + 1]; j < end; j += 2) {
          long key = work[j];
          long packed = work[j + 1];
          applyUnchecked(findOrInsert(key), dayBase + (int) (packed & 0xffff), packed >> 16);
        }
      }
    }
  }

  private void addRows(long[] keys, int[] days, double[] amounts, double scale, int from, int to) {
    for (int i = from; i < to; i++) {
      applyUnchecked(findOrInsert(keys[i]), days[i], encode(amounts[i], scale));
    }
  }

  /** The HyperLogLog estimate from its registers. */
  private static int hyperLogLog(byte[] registers) {
    int m = registers.length;
    double sum = 0;
    int zeros = 0;
    for (byte r : registers) {
      sum += Math.scalb(1.0, -r);
      zeros += r == 0 ? 1 : 0;
    }
    double estimate = 0.7213 / (1 + 1.079 / m) * m * (double) m / sum;
    if (estimate <= 2.5 * m && zeros > 0) {
      estimate = m * Math.log((double) m / zeros);
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.round(estimate));
  }

  /** Reads region {@code r} of the slots in, a cache line at a time, so that the hardware prefetcher streams it. */
  private void warm(int r) {
    int from = (int) (((long) r * capacity >> REGION_BITS) * STRIDE);
    int to = (int) (((long) (r + 1) * capacity >> REGION_BITS) * STRIDE);
    long sum = 0;
    for (int b = from; b < to; b += 8) {
      sum += slots[b];
    }
    warmSink += sum;
  }

  /**
   * Adds a purchase or a refund ({@link #encode}d) to the record at slot base {@code b}; changes nothing and returns
   * false if the amount, the refunds or the purchase count would overflow.
   */
  boolean apply(int b, int day, long minor) {
    if (minor >= 0) {
      long amount = slots[b + AMOUNT] + minor; // both at least 0: overflow turns it negative
      if (amount < 0 || (int) slots[b + META] == Integer.MAX_VALUE) {
        return false;
      }
      slots[b + AMOUNT] = amount;
      slots[b + META]++;
      long days = slots[b + DAYS];
      slots[b + DAYS] = pack(Math.min((int) (days >> 32), day), Math.max((int) days, day));
    } else {
      int position = (int) (slots[b + META] >>> 32) - 1;
      long total = refunds[position] + ~minor;
      if (total < 0) {
        return false;
      }
      refunds[position] = total;
    }
    return true;
  }

  private void applyUnchecked(int b, int day, long minor) {
    if (!apply(b, day, minor)) {
      throw new IllegalStateException("a total overflowed although the bounds said it could not");
    }
  }

  /** The largest purchase amount, refund total and purchase count of any customer, as {amount, refunds, count}. */
  long[] maxima() {
    long[] max = new long[3];
    for (int b = 0; b < slots.length; b += STRIDE) {
      long meta = slots[b + META];
      if (meta != 0) {
        max[0] = Math.max(max[0], slots[b + AMOUNT]);
        max[1] = Math.max(max[1], refunds[(int) (meta >>> 32) - 1]);
        max[2] = Math.max(max[2], (int) meta);
      }
    }
    return max;
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

  int positionAt(int b) {
    return (int) (slots[b + META] >>> 32) - 1;
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
