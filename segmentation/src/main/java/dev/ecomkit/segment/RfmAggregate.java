package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-customer summary RFM scoring needs, built in one pass over transactions: first and last purchase day,
 * number of purchases, purchase amount and refunds. Memory grows with the number of customers, not transactions.
 * Aggregates are <b>mergeable</b>: {@code a.merge(b)} holds exactly what one aggregate of both inputs would, in any
 * split and any order — amounts are kept in exact minor units (cents), so no rounding depends on the order of
 * addition. That lets a Spark or Kafka Streams job aggregate partitions apart and merge them.
 *
 * <pre>{@code
 * RfmAggregate agg = RfmAggregate.create();
 * agg.add("C-1001", LocalDate.of(2026, 11, 11), 199.00);    // a purchase
 * agg.add("C-1001", LocalDate.of(2026, 11, 14), -49.00);    // a refund: negative
 * agg.addAll(customerIds, epochDays, amounts);              // columnar: long[], int[], double[]
 * agg.merge(otherPartition);
 * byte[] bytes = agg.toBytes();  RfmAggregate back = RfmAggregate.fromBytes(bytes);
 * }</pre>
 *
 * <p>Each call to {@code add} with an amount of at least 0 is one purchase (an order): it counts towards frequency,
 * adds to the amount, and moves the first and last purchase day. A negative amount is a refund: it is subtracted from
 * the customer's amount and changes neither frequency nor recency. Amounts are rounded half-even to cents
 * ({@link #create()}) or to the minor unit given to {@link #create(int)}. Customer ids are {@code long} (the fast path,
 * for ERP-scale data) or {@code String}; one aggregate takes one kind.
 *
 * <p>Not thread-safe: one aggregate a thread (or a partition), merged at the end. Bad input ({@link SegmentException})
 * leaves the aggregate as it was: {@link #addAll} checks every row before it adds any.
 *
 * @since 0.1
 */
public final class RfmAggregate {

  /** No purchase yet: first day above every day, last day below. */
  static final int NO_DAY_FIRST = Integer.MAX_VALUE;
  static final int NO_DAY_LAST = Integer.MIN_VALUE;
  /** The largest amount in minor units that a double holds exactly, 2⁵³. */
  private static final double MAX_MINOR = 9.007199254740992e15;

  private final int decimals;
  private final double scale;
  private LongIndex longIds;
  private Map<String, Integer> stringIds;
  private long[] ids = new long[16];
  private String[] names;
  private int[] firstDay = new int[16];
  private int[] lastDay = new int[16];
  private int[] purchases = new int[16];
  private long[] amount = new long[16];
  private long[] refunds = new long[16];
  private int size;

  private RfmAggregate(int decimals) {
    this.decimals = decimals;
    this.scale = Math.pow(10, decimals);
  }

  /**
   * An empty aggregate keeping amounts in cents (two decimals).
   *
   * @return the aggregate
   * @since 0.1
   */
  public static RfmAggregate create() {
    return new RfmAggregate(2);
  }

  /**
   * An empty aggregate keeping amounts in the given minor unit: 2 for yuan and dollars (fen, cents), 0 for yen.
   *
   * @param decimals from 0 to 6
   * @return the aggregate
   * @throws SegmentException if {@code decimals} is out of range
   * @since 0.1
   */
  public static RfmAggregate create(int decimals) {
    if (decimals < 0 || decimals > 6) {
      throw new SegmentException("decimals", "decimals must be from 0 to 6, got " + decimals);
    }
    return new RfmAggregate(decimals);
  }

  /**
   * Adds a transaction of a customer with a {@code long} id.
   *
   * @param customerId the customer
   * @param day the day of the transaction
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, or the aggregate is keyed by {@code String}
   * @since 0.1
   */
  public void add(long customerId, LocalDate day, double amount) {
    checkNotNull(day, "day");
    add(customerId, epochDay(day), amount);
  }

  /**
   * Adds a transaction of a customer with a {@code long} id and the day as {@link LocalDate#toEpochDay()}.
   *
   * @param customerId the customer
   * @param epochDay the day, days since 1970-01-01
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, or the aggregate is keyed by {@code String}
   * @since 0.1
   */
  public void add(long customerId, int epochDay, double amount) {
    long minor = minor(amount, customerId, epochDay);
    apply(longPosition(customerId), epochDay, minor);
  }

  /**
   * Adds a transaction of a customer with a {@code String} id.
   *
   * @param customerId the customer, not empty
   * @param day the day of the transaction
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, the id is empty, or the aggregate is keyed by
   *     {@code long}
   * @since 0.1
   */
  public void add(String customerId, LocalDate day, double amount) {
    checkNotNull(customerId, "customerId");
    checkNotNull(day, "day");
    if (customerId.isEmpty()) {
      throw new SegmentException("customerId", "customerId must not be empty");
    }
    int d = epochDay(day);
    long minor = minor(amount, customerId, d);
    apply(stringPosition(customerId), d, minor);
  }

  /**
   * Adds transactions given as columns: row {@code i} is customer {@code customerIds[i]} on day
   * {@code epochDays[i]} ({@link LocalDate#toEpochDay()}) for {@code amounts[i]}. Every row is checked before any is
   * added.
   *
   * @param customerIds the customers
   * @param epochDays the days, days since 1970-01-01
   * @param amounts the amounts: at least 0 a purchase, negative a refund
   * @throws SegmentException if the columns differ in length, an amount is not finite or too large (the message gives
   *     the row), or the aggregate is keyed by {@code String}
   * @since 0.1
   */
  public void addAll(long[] customerIds, int[] epochDays, double[] amounts) {
    checkNotNull(customerIds, "customerIds");
    checkNotNull(epochDays, "epochDays");
    checkNotNull(amounts, "amounts");
    if (epochDays.length != customerIds.length || amounts.length != customerIds.length) {
      throw new SegmentException("epochDays", "the columns differ in length: customerIds " + customerIds.length
          + ", epochDays " + epochDays.length + ", amounts " + amounts.length);
    }
    if (names != null) {
      throw keyedBy("String", "long");
    }
    for (int i = 0; i < amounts.length; i++) {
      double a = amounts[i];
      if (!(Math.abs(a) * scale < MAX_MINOR)) {
        throw new SegmentException("amounts", "amounts[" + i + "] must be a finite number below "
            + MAX_MINOR / scale + " in size, got " + a + " (customer " + customerIds[i] + ")");
      }
    }
    if (longIds == null) {
      longIds = new LongIndex(customerIds.length / 4);
    }
    for (int i = 0; i < customerIds.length; i++) {
      apply(longPosition(customerIds[i]), epochDays[i], Math.round(amounts[i] * scale));
    }
  }

  /**
   * Adds every customer of {@code other} into this aggregate: purchases and amounts add up, first and last days take
   * the earlier and later. The result is exactly the aggregate of both inputs.
   *
   * @param other an aggregate of the same id kind and minor unit; not changed
   * @return this aggregate
   * @throws SegmentException if the id kinds or minor units differ, or an amount overflows
   * @since 0.1
   */
  public RfmAggregate merge(RfmAggregate other) {
    checkNotNull(other, "other");
    if (other.decimals != decimals) {
      throw new SegmentException("other", "cannot merge an aggregate in " + other.decimals + " decimals into one in "
          + decimals);
    }
    if (other.size == 0) {
      return this;
    }
    boolean otherStrings = other.names != null;
    if (size > 0 && otherStrings != (names != null)) {
      throw keyedBy(names != null ? "String" : "long", otherStrings ? "String" : "long");
    }
    // check for overflow first, so that a failed merge changes nothing
    for (int j = 0; j < other.size; j++) {
      int i = otherStrings ? (stringIds == null ? -1 : stringIds.getOrDefault(other.names[j], -1))
          : (longIds == null ? -1 : longIds.get(other.ids[j]));
      if (i >= 0) {
        try {
          Math.addExact(amount[i], other.amount[j]);
          Math.addExact(refunds[i], other.refunds[j]);
          Math.addExact(purchases[i], other.purchases[j]);
        } catch (ArithmeticException e) {
          throw new SegmentException("other", "merging overflows the totals of customer " + other.idString(j));
        }
      }
    }
    for (int j = 0; j < other.size; j++) {
      int i = otherStrings ? stringPosition(other.names[j]) : longPosition(other.ids[j]);
      firstDay[i] = Math.min(firstDay[i], other.firstDay[j]);
      lastDay[i] = Math.max(lastDay[i], other.lastDay[j]);
      purchases[i] += other.purchases[j];
      amount[i] += other.amount[j];
      refunds[i] += other.refunds[j];
    }
    return this;
  }

  /**
   * The number of customers seen, refund-only customers included.
   *
   * @return at least 0
   * @since 0.1
   */
  public int size() {
    return size;
  }

  /**
   * The minor unit amounts are kept in.
   *
   * @return decimals, from 0 to 6
   * @since 0.1
   */
  public int decimals() {
    return decimals;
  }

  /**
   * The aggregate as bytes, for storage or a shuffle: {@link #fromBytes} reads them back.
   *
   * @return the bytes
   * @since 0.1
   */
  public byte[] toBytes() {
    return AggregateCodec.toBytes(this);
  }

  /**
   * Reads an aggregate written by {@link #toBytes()}.
   *
   * @param bytes the bytes
   * @return a new aggregate
   * @throws SegmentException if the bytes are not an aggregate
   * @since 0.1
   */
  public static RfmAggregate fromBytes(byte[] bytes) {
    return AggregateCodec.fromBytes(checkNotNull(bytes, "bytes"));
  }

  // ---- package-private access for the scorer and the codec ----

  boolean stringKeyed() {
    return names != null;
  }

  long longId(int i) {
    return ids[i];
  }

  String stringId(int i) {
    return names[i];
  }

  String idString(int i) {
    return names != null ? names[i] : Long.toString(ids[i]);
  }

  int firstDay(int i) {
    return firstDay[i];
  }

  int lastDay(int i) {
    return lastDay[i];
  }

  int purchases(int i) {
    return purchases[i];
  }

  /** Purchase amount in minor units. */
  long amountMinor(int i) {
    return amount[i];
  }

  /** Refunds in minor units, at least 0. */
  long refundsMinor(int i) {
    return refunds[i];
  }

  double scale() {
    return scale;
  }

  /** Adds a customer read by the codec (ids unique). */
  void restore(long longId, String stringId, int first, int last, int count, long amountMinor, long refundsMinor) {
    int i = stringId != null ? stringPosition(stringId) : longPosition(longId);
    firstDay[i] = first;
    lastDay[i] = last;
    purchases[i] = count;
    amount[i] = amountMinor;
    refunds[i] = refundsMinor;
  }

  static RfmAggregate empty(int decimals) {
    return new RfmAggregate(decimals);
  }

  // ---- internals ----

  private long minor(double value, Object customer, int day) {
    if (!(Math.abs(value) * scale < MAX_MINOR)) {
      throw new SegmentException("amount", "amount must be a finite number below " + MAX_MINOR / scale
          + " in size, got " + value + " (customer " + customer + ", " + LocalDate.ofEpochDay(day) + ")");
    }
    return Math.round(value * scale);
  }

  private void apply(int i, int day, long minor) {
    if (minor >= 0) {
      amount[i] = Math.addExact(amount[i], minor); // overflow above 9.2e18 minor units is an ArithmeticException
      purchases[i]++;
      if (day < firstDay[i]) {
        firstDay[i] = day;
      }
      if (day > lastDay[i]) {
        lastDay[i] = day;
      }
    } else {
      refunds[i] = Math.subtractExact(refunds[i], minor);
    }
  }

  private int longPosition(long id) {
    if (names != null) {
      throw keyedBy("String", "long");
    }
    if (longIds == null) {
      longIds = new LongIndex(16);
    }
    int i = longIds.getOrAdd(id);
    if (i == size) {
      grow();
      ids[i] = id;
      size++;
    }
    return i;
  }

  private int stringPosition(String id) {
    if (size > 0 && names == null) {
      throw keyedBy("long", "String");
    }
    if (stringIds == null) {
      stringIds = new HashMap<>();
      names = new String[ids.length];
    }
    Integer known = stringIds.get(id);
    if (known != null) {
      return known;
    }
    int i = size;
    grow();
    names[i] = id;
    stringIds.put(id, i);
    size++;
    return i;
  }

  private void grow() {
    if (size < firstDay.length) {
      firstDay[size] = NO_DAY_FIRST;
      lastDay[size] = NO_DAY_LAST;
      return;
    }
    int capacity = firstDay.length * 2;
    ids = Arrays.copyOf(ids, capacity);
    if (names != null) {
      names = Arrays.copyOf(names, capacity);
    }
    firstDay = Arrays.copyOf(firstDay, capacity);
    lastDay = Arrays.copyOf(lastDay, capacity);
    purchases = Arrays.copyOf(purchases, capacity);
    amount = Arrays.copyOf(amount, capacity);
    refunds = Arrays.copyOf(refunds, capacity);
    firstDay[size] = NO_DAY_FIRST;
    lastDay[size] = NO_DAY_LAST;
  }

  private static int epochDay(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }

  private static SegmentException keyedBy(String kind, String attempted) {
    return new SegmentException("customerId", "this aggregate is keyed by " + kind + " ids; a " + attempted
        + " id cannot be added (use one id kind per aggregate)");
  }

  /**
   * Equal when both hold the same customers with the same totals and days, in whatever order they were added.
   *
   * @param o another object
   * @return whether it is an equal aggregate
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RfmAggregate)) {
      return false;
    }
    RfmAggregate a = (RfmAggregate) o;
    if (a.size != size || a.decimals != decimals || (size > 0 && a.stringKeyed() != stringKeyed())) {
      return false;
    }
    for (int j = 0; j < a.size; j++) {
      int i = names != null ? stringIds.getOrDefault(a.names[j], -1) : longIds.get(a.ids[j]);
      if (i < 0 || firstDay[i] != a.firstDay[j] || lastDay[i] != a.lastDay[j] || purchases[i] != a.purchases[j]
          || amount[i] != a.amount[j] || refunds[i] != a.refunds[j]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    long h = 0;
    for (int i = 0; i < size; i++) {
      long id = names != null ? names[i].hashCode() : ids[i];
      h += LongIndex.mix(id ^ LongIndex.mix(amount[i] + 31L * purchases[i] + 961L * lastDay[i]));
    }
    return Long.hashCode(h) ^ size;
  }

  @Override
  public String toString() {
    return "RfmAggregate{customers=" + size + ", ids=" + (names != null ? "String" : "long") + ", decimals="
        + decimals + "}";
  }
}
