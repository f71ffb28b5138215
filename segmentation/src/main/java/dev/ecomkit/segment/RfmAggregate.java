package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
 * byte[] bytes = agg.toBytes();  RfmAggregate back = RfmAggregate.fromBytes(bytes);   // or toJson / fromJson
 * }</pre>
 *
 * <p>Each call to {@code add} with an amount of at least 0 is one purchase (an order): it counts towards frequency,
 * adds to the amount, and moves the first and last purchase day. A negative amount is a refund: it is subtracted from
 * the customer's amount and changes neither frequency nor recency. Amounts are rounded half-even to cents
 * ({@link #create()}) or to the minor unit given to {@link #create(int)}. Customer ids are {@code long} (the fast path,
 * for ERP-scale data) or {@code String}; one aggregate takes one kind.
 *
 * <p>Frequency counts purchase rows; to count distinct purchase days or distinct orders instead (order-line data),
 * build the aggregate to keep them — {@code RfmAggregate.builder().keep(Frequency.ORDERS).build()}, then
 * {@code add(customerId, orderId, day, amount)} — and score with {@link RfmScorer#frequency}. Those sets cost memory
 * by distinct day or order (32-64 bytes each) and take the row-at-a-time path; the default keeps memory by customer.
 *
 * <p>Not thread-safe, not even for concurrent reads (a read first applies rows still buffered): one aggregate a
 * thread (or a partition), merged at the end. Bad input ({@link SegmentException})
 * leaves the aggregate as it was: {@link #addAll} checks every row before it adds any.
 *
 * <p>Java serialisation (for engines that ship objects between machines, such as Spark or Flink) writes the exact
 * bytes of {@link #toBytes()} through a serialisation proxy, and reads them back through {@link #fromBytes}, with its
 * checks: a stream that does not hold an aggregate fails, never builds one half-made.
 *
 * @since 0.1
 */
public final class RfmAggregate implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Days from 0001-01-01 to 9999-12-31: recency then fits an {@code int} whatever the as-of date. */
  private static final int MIN_DAY = (int) LocalDate.of(1, 1, 1).toEpochDay();
  private static final int MAX_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();
  /** The largest amount in minor units that a double holds exactly, 2⁵³. */
  private static final double MAX_MINOR = 9.007199254740992e15;

  private final int decimals;
  private final double scale;
  private final CustomerTable table = new CustomerTable();
  /** String ids by position, and their positions; null for an aggregate keyed by {@code long}. */
  private String[] names;
  private Map<String, Integer> stringIds;
  /** Totals below this bound cannot overflow a {@code long} whatever a double's rounding: 2⁶². */
  private static final double SAFE_MINOR = 0x1p62;
  /**
   * Upper bounds on any customer's amount or refunds (minor units) and purchase count: while a batch keeps within
   * them, {@link #addAll} needs no overflow check a row.
   */
  private double magnitudeBound;
  private long countBound;

  /** The distinct purchase days and orders, when kept. */
  private final KeptPairs kept;
  /** Buffered single rows ({@link #buffer}). */
  private static final int BUFFER_MIN_CAPACITY = 1 << 18;
  /** The longest String customer id. */
  private static final int MAX_ID_LENGTH = 1_000;
  /** The most customers one aggregate holds. */
  private static final int MAX_CUSTOMERS = 1 << 27;
  private long[] bufferIds;
  private int[] bufferDays;
  private double[] bufferAmounts;
  private int buffered;
  private double bufferMagnitude;
  private double bufferLargest;
  private int bufferFirstDay = Integer.MAX_VALUE;
  private int bufferLastDay = Integer.MIN_VALUE;

  private RfmAggregate(int decimals, Set<Frequency> keep) {
    this.decimals = decimals;
    this.scale = Math.pow(10, decimals);
    this.kept = new KeptPairs(keep);
  }

  private RfmAggregate(int decimals) {
    this(decimals, EnumSet.of(Frequency.PURCHASES));
  }

  /**
   * A builder, for an aggregate that keeps distinct purchase days or orders, or a minor unit other than cents.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures an {@link RfmAggregate}: {@code RfmAggregate.builder().decimals(0).keep(Frequency.ORDERS).build()}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int decimals = 2;
    private final EnumSet<Frequency> keep = EnumSet.of(Frequency.PURCHASES);

    private Builder() {}

    /**
     * The minor unit amounts are kept in: 2 (the default) for yuan and dollars (fen, cents), 0 for yen.
     *
     * @param decimals from 0 to 6
     * @return this builder
     * @throws SegmentException if {@code decimals} is out of range
     */
    public Builder decimals(int decimals) {
      this.decimals = checkDecimals(decimals);
      return this;
    }

    /**
     * Keeps what {@link RfmScorer#frequency} may count besides purchases: {@link Frequency#PURCHASE_DAYS} keeps each
     * customer's distinct purchase days, {@link Frequency#ORDERS} their distinct orders (every transaction must then
     * carry an order id). Either costs 32-64 bytes a distinct day or order, so memory grows with them, not only with
     * the customers.
     *
     * @param frequencies what to keep; {@link Frequency#PURCHASES} is always kept
     * @return this builder
     */
    public Builder keep(Frequency... frequencies) {
      for (Frequency f : checkNotNull(frequencies, "frequencies")) {
        keep.add(checkNotNull(f, "frequency"));
      }
      return this;
    }

    /**
     * The empty aggregate.
     *
     * @return a new aggregate
     */
    public RfmAggregate build() {
      return new RfmAggregate(decimals, keep);
    }
  }

  private static int checkDecimals(int decimals) {
    if (decimals < 0 || decimals > 6) {
      throw new SegmentException("decimals", "decimals must be from 0 to 6, got " + decimals);
    }
    return decimals;
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
    return new RfmAggregate(checkDecimals(decimals));
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
   * Adds a transaction of a customer with a {@code long} id at a local date-time (the shop's time zone); recency counts
   * its date.
   *
   * @param customerId the customer
   * @param time when the transaction happened, in the shop's local time
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, or the aggregate is keyed by {@code String}
   * @since 0.1
   */
  public void add(long customerId, LocalDateTime time, double amount) {
    checkNotNull(time, "time");
    add(customerId, time.toLocalDate(), amount);
  }

  /**
   * Adds a transaction of a customer with a {@code String} id at a local date-time (the shop's time zone); recency
   * counts its date.
   *
   * @param customerId the customer, not empty, at most 1,000 characters
   * @param time when the transaction happened, in the shop's local time
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, the id is empty, or the aggregate is keyed by
   *     {@code long}
   * @since 0.1
   */
  public void add(String customerId, LocalDateTime time, double amount) {
    checkNotNull(time, "time");
    add(customerId, time.toLocalDate(), amount);
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
    requireLongKeys();
    requireOrders(false);
    if (buffer(customerId, epochDay, amount)) {
      return;
    }
    prepare(minor);
    apply(table.findOrInsert(customerId), epochDay, minor, 0);
  }

  /**
   * Rows added one at a time to a large aggregate (a table of at least 2¹⁸ slots, 8 MB, beyond the cache) wait in a
   * buffer of a quarter of the table's slots and go in as one batch ({@link CustomerTable#addColumns}): a row costs
   * an array write instead of a cache miss. A row is buffered only while the buffer can neither overflow a total nor
   * pass the customer limit, so a flush cannot fail; every read flushes first.
   */
  private boolean buffer(long customerId, int day, double amount) {
    if (kept.any() || table.capacity() < BUFFER_MIN_CAPACITY) {
      return false;
    }
    double a = Math.abs(amount) * scale;
    int rows = buffered + 1;
    if (!withinBounds(bufferMagnitude + a + rows, rows) || table.size() + (long) rows > MAX_CUSTOMERS) {
      flush();
      return false;
    }
    if (bufferIds == null || bufferIds.length < table.capacity() / 4) {
      flush();
      int length = table.capacity() / 4;
      bufferIds = new long[length];
      bufferDays = new int[length];
      bufferAmounts = new double[length];
    }
    bufferIds[buffered] = customerId;
    bufferDays[buffered] = day;
    bufferAmounts[buffered] = amount;
    buffered = rows;
    bufferMagnitude += a;
    bufferLargest = Math.max(bufferLargest, a);
    bufferFirstDay = Math.min(bufferFirstDay, day);
    bufferLastDay = Math.max(bufferLastDay, day);
    if (buffered == bufferIds.length) {
      flush();
    }
    return true;
  }

  /** Applies the buffered rows. */
  private void flush() {
    if (buffered == 0) {
      return;
    }
    int n = buffered;
    buffered = 0; // first, so that nothing below sees the rows twice
    boolean packable = CustomerTable.packable(bufferLargest, bufferFirstDay, bufferLastDay);
    table.addColumns(bufferIds, bufferDays, bufferAmounts, n, scale, bufferFirstDay, packable);
    magnitudeBound += bufferMagnitude + n;
    countBound += n;
    bufferMagnitude = 0;
    bufferLargest = 0;
    bufferFirstDay = Integer.MAX_VALUE;
    bufferLastDay = Integer.MIN_VALUE;
  }

  /**
   * Adds an order line of a customer with a {@code long} id, for an aggregate that keeps orders
   * ({@link Builder#keep} {@link Frequency#ORDERS}): the lines of one order count as one order.
   *
   * @param customerId the customer
   * @param orderId the order
   * @param day the day of the transaction
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, the aggregate is keyed by {@code String} or
   *     does not keep orders
   * @since 0.1
   */
  public void add(long customerId, long orderId, LocalDate day, double amount) {
    checkNotNull(day, "day");
    int d = epochDay(day);
    long minor = minor(amount, customerId, d);
    requireLongKeys();
    requireOrders(true);
    prepare(minor);
    apply(table.findOrInsert(customerId), d, minor, orderId);
  }

  /**
   * Adds an order line of a customer with a {@code String} id, for an aggregate that keeps orders. String order ids
   * are kept as their 64-bit MurmurHash3 (Guava's {@code murmur3_128}): two distinct orders <i>of one customer</i>
   * would count as one with a probability of about {@code k²/2⁶⁵} for {@code k} orders, below 10⁻¹⁵ for a thousand.
   *
   * @param customerId the customer, not empty, at most 1,000 characters
   * @param orderId the order, not empty
   * @param day the day of the transaction
   * @param amount the amount: at least 0 a purchase, negative a refund; finite
   * @throws SegmentException if the amount is not finite or too large, an id is empty, the aggregate is keyed by
   *     {@code long} or does not keep orders
   * @since 0.1
   */
  public void add(String customerId, String orderId, LocalDate day, double amount) {
    checkNotNull(customerId, "customerId");
    checkNotNull(orderId, "orderId");
    checkNotNull(day, "day");
    if (customerId.isEmpty() || orderId.isEmpty()) {
      throw new SegmentException(orderId.isEmpty() ? "orderId" : "customerId", (orderId.isEmpty() ? "orderId"
          : "customerId") + " must not be empty");
    }
    int d = epochDay(day);
    long minor = minor(amount, customerId, d);
    requireOrders(true);
    prepare(minor);
    apply(stringSlot(customerId), d, minor, orderKey(orderId));
  }

  /** The 64-bit key of a String order id. */
  static long orderKey(String orderId) {
    return Hashing.murmur3_128().hashString(orderId, StandardCharsets.UTF_8).asLong();
  }

  /** Makes room for the distinct day or order a purchase may add, before the customer's slot is taken. */
  private void prepare(long minor) {
    if (minor >= 0 && kept.any()) {
      kept.checkRoom(1);
    }
  }

  /** Applies a transaction to slot {@code b}; {@link #prepare} first. */
  private void apply(int b, int day, long minor, long orderId) {
    if (!table.apply(b, day, minor)) {
      throw new SegmentException("amount", "the totals of customer " + idString(table.positionAt(b)) + " overflow "
          + "(amount, refunds or purchase count); split the customer's history or use a larger minor unit");
    }
    if (minor >= 0 && kept.any()) {
      kept.record(table.positionAt(b), day, orderId);
    }
    magnitudeBound += Math.abs(minor);
    countBound++;
  }

  /**
   * Adds a transaction of a customer with a {@code String} id.
   *
   * @param customerId the customer, not empty, at most 1,000 characters
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
    requireOrders(false);
    prepare(minor);
    apply(stringSlot(customerId), d, minor, 0);
  }

  /**
   * Adds transactions given as columns: row {@code i} is customer {@code customerIds[i]} on day
   * {@code epochDays[i]} ({@link LocalDate#toEpochDay()}) for {@code amounts[i]}. Every row is checked before any is
   * added. The fast path for large data: a large batch is grouped by the hash of the id in chunks of 2²¹ rows (a work
   * array of 32 MB at most) and applied to the table one cache-sized region at a time.
   *
   * @param customerIds the customers
   * @param epochDays the days, days since 1970-01-01
   * @param amounts the amounts: at least 0 a purchase, negative a refund
   * @throws SegmentException if the columns differ in length, an amount is not finite or too large (the message gives
   *     the row), or the aggregate is keyed by {@code String}
   * @since 0.1
   */
  public void addAll(long[] customerIds, int[] epochDays, double[] amounts) {
    requireOrders(false);
    addColumns(customerIds, null, epochDays, amounts);
  }

  /**
   * Adds order lines given as columns, for an aggregate that keeps orders ({@link Builder#keep}
   * {@link Frequency#ORDERS}): row {@code i} is customer {@code customerIds[i]}, order {@code orderIds[i]}, on day
   * {@code epochDays[i]} for {@code amounts[i]}. Every row is checked before any is added.
   *
   * @param customerIds the customers
   * @param orderIds the orders
   * @param epochDays the days, days since 1970-01-01
   * @param amounts the amounts: at least 0 a purchase, negative a refund
   * @throws SegmentException if the columns differ in length, an amount is not finite or too large (the message gives
   *     the row), the aggregate is keyed by {@code String} or does not keep orders
   * @since 0.1
   */
  public void addAll(long[] customerIds, long[] orderIds, int[] epochDays, double[] amounts) {
    checkNotNull(orderIds, "orderIds");
    requireOrders(true);
    addColumns(customerIds, orderIds, epochDays, amounts);
  }

  private void addColumns(long[] customerIds, long[] orderIds, int[] epochDays, double[] amounts) {
    flush();
    checkNotNull(customerIds, "customerIds");
    checkNotNull(epochDays, "epochDays");
    checkNotNull(amounts, "amounts");
    if (epochDays.length != customerIds.length || amounts.length != customerIds.length
        || (orderIds != null && orderIds.length != customerIds.length)) {
      throw new SegmentException("epochDays", "the columns differ in length: customerIds " + customerIds.length
          + (orderIds != null ? ", orderIds " + orderIds.length : "") + ", epochDays " + epochDays.length
          + ", amounts " + amounts.length);
    }
    requireLongKeys();
    double magnitude = 0;
    double largest = 0;
    for (int i = 0; i < amounts.length; i++) {
      double a = Math.abs(amounts[i]) * scale;
      if (!(a < MAX_MINOR)) {
        throw new SegmentException("amounts", "amounts[" + i + "] must be a finite number below "
            + MAX_MINOR / scale + " in size, got " + amounts[i] + " (customer " + customerIds[i] + ")");
      }
      magnitude += a;
      largest = Math.max(largest, a);
    }
    int firstDay = Integer.MAX_VALUE;
    int lastDay = Integer.MIN_VALUE;
    for (int d : epochDays) {
      firstDay = Math.min(firstDay, d);
      lastDay = Math.max(lastDay, d);
    }
    if (epochDays.length > 0 && (!validDay(firstDay) || !validDay(lastDay))) {
      for (int i = 0; ; i++) {
        if (!validDay(epochDays[i])) {
          throw new SegmentException("epochDays", "epochDays[" + i + "] must be a day in the years 1-9999, got "
              + epochDays[i] + " (customer " + customerIds[i] + ")");
        }
      }
    }
    boolean packable = CustomerTable.packable(largest, firstDay, lastDay);
    int n = customerIds.length;
    if (!withinBounds(magnitude + n, n)) { // + n: each row may round up by up to one minor unit
      long[] max = table.maxima(); // tighten the bounds to the actual totals
      magnitudeBound = Math.max(max[0], max[1]);
      countBound = max[2];
    }
    if (!withinBounds(magnitude + n, n) || size() + (long) n > MAX_CUSTOMERS) {
      // a total might overflow, or the customers pass the limit: add to a fresh aggregate (row-checked, thrown away
      // on error), then merge (pre-checked)
      RfmAggregate part = new RfmAggregate(decimals, kept.kept());
      for (int i = 0; i < n; i++) {
        if (orderIds == null) {
          part.add(customerIds[i], epochDays[i], amounts[i]);
        } else {
          part.add(customerIds[i], orderIds[i], LocalDate.ofEpochDay(epochDays[i]), amounts[i]);
        }
      }
      merge(part);
      return;
    }
    if (kept.any()) { // the distinct days or orders need each row's position: one row at a time
      kept.checkRoom(n);
      for (int i = 0; i < n; i++) {
        long minor = CustomerTable.encode(amounts[i], scale);
        apply(table.findOrInsert(customerIds[i]), epochDays[i], minor,
            orderIds == null ? 0 : orderIds[i]);
      }
      return;
    }
    table.addColumns(customerIds, epochDays, amounts, n, scale, firstDay, packable);
    magnitudeBound += magnitude + n;
    countBound += n;
  }

  private boolean withinBounds(double magnitude, int rows) {
    return magnitudeBound + magnitude < SAFE_MINOR && countBound + rows < Integer.MAX_VALUE;
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
    flush();
    other.flush();
    if (other.decimals != decimals) {
      throw new SegmentException("other", "cannot merge an aggregate in " + other.decimals + " decimals into one in "
          + decimals);
    }
    if (!kept.kept().equals(other.kept.kept())) {
      throw new SegmentException("other", "cannot merge an aggregate keeping " + other.kept.kept() + " into one "
          + "keeping " + kept.kept() + "; build both with the same RfmAggregate.builder().keep(...)");
    }
    if (other.size() == 0) {
      return this;
    }
    boolean otherStrings = other.names != null;
    if (size() > 0 && otherStrings != (names != null)) {
      throw keyedBy(names != null ? "String" : "long", otherStrings ? "String" : "long");
    }
    if (size() + (long) other.size() > MAX_CUSTOMERS) {
      int added = 0;
      for (int j = 0; j < other.size(); j++) {
        added += slotOf(other, j) < 0 ? 1 : 0;
      }
      table.checkRoom(added);
    }
    kept.checkRoom(Math.max(other.kept.days == null ? 0 : other.kept.days.size(),
        other.kept.orders == null ? 0 : other.kept.orders.size()));
    // check for overflow first, so that a failed merge changes nothing
    for (int j = 0; j < other.size(); j++) {
      int b = slotOf(other, j);
      if (b >= 0) {
        try {
          Math.addExact(table.amountAt(b), other.table.amount(j));
          Math.addExact(table.refundsAt(b), other.table.refunds(j));
          Math.addExact(table.purchasesAt(b), other.table.purchases(j));
        } catch (ArithmeticException e) {
          throw new SegmentException("other", "merging overflows the totals of customer " + other.idString(j));
        }
      }
    }
    int[] map = kept.any() ? new int[other.size()] : null;
    for (int j = 0; j < other.size(); j++) {
      int b = otherStrings ? stringSlot(other.names[j]) : table.findOrInsert(other.table.key(j));
      if (map != null) {
        map[j] = table.positionAt(b);
      }
      table.set(b, Math.min(table.firstDayAt(b), other.table.firstDay(j)),
          Math.max(table.lastDayAt(b), other.table.lastDay(j)), table.purchasesAt(b) + other.table.purchases(j),
          table.amountAt(b) + other.table.amount(j), table.refundsAt(b) + other.table.refunds(j));
    }
    if (map != null) {
      kept.merge(other.kept, map);
    }
    magnitudeBound += other.magnitudeBound;
    countBound += other.countBound;
    return this;
  }

  /** The slot base in this aggregate of customer {@code j} of {@code other}, or −1. */
  private int slotOf(RfmAggregate other, int j) {
    if (other.names != null) {
      Integer position = stringIds == null ? null : stringIds.get(other.names[j]);
      return position == null ? -1 : table.find(position);
    }
    return names != null ? -1 : table.find(other.table.key(j));
  }

  /**
   * The number of customers seen, refund-only customers included.
   *
   * @return at least 0
   * @since 0.1
   */
  public int size() {
    flush();
    return table.size();
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
    flush();
    return AggregateCodec.toBytes(this);
  }

  /** Java serialisation writes the proxy, which holds {@link #toBytes()}. */
  private Object writeReplace() {
    return new SerializedForm(toBytes());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("an RfmAggregate is read through its serialized form");
  }

  /** The serialisation proxy: the aggregate's bytes, read back by {@link #fromBytes}. */
  private static final class SerializedForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    SerializedForm(byte[] bytes) {
      this.bytes = bytes;
    }

    private Object readResolve() throws java.io.InvalidObjectException {
      try {
        return fromBytes(bytes);
      } catch (SegmentException x) {
        java.io.InvalidObjectException e = new java.io.InvalidObjectException(x.getMessage());
        e.initCause(x);
        throw e;
      }
    }
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

  /**
   * The aggregate as JSON, exact (amounts in whole minor units): {@code {"decimals": 2, "ids": "string", "customers":
   * [{"id": "C-1001", "firstDay": "2024-01-10", "lastDay": "2024-01-30", "purchases": 2, "amountMinor": 20000,
   * "refundsMinor": 4999}, …]}}. {@link #fromJson} reads it back.
   *
   * @return the JSON text
   * @since 0.1
   */
  public String toJson() {
    flush();
    return AggregateJson.toJson(this);
  }

  /**
   * Reads an aggregate written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return a new aggregate
   * @throws SegmentException naming the JSON path, for malformed JSON, an unknown field or a bad value
   * @since 0.1
   */
  public static RfmAggregate fromJson(String json) {
    return AggregateJson.fromJson(checkNotNull(json, "json"));
  }

  // ---- package-private access for the scorer and the codec ----

  boolean stringKeyed() {
    return names != null;
  }

  long longId(int i) {
    flush();
    return table.key(i);
  }

  String stringId(int i) {
    return names[i];
  }

  /**
   * The customers' histories as the lifetime-value models read them ({@link BgNbd}, {@link GammaGamma}): repeat
   * purchases, the time of the last purchase and the time observed, in {@code unit}, and the mean spend.
   *
   * @param asOf the end of the observation, on or after every purchase
   * @param unit days, weeks, months or years (by their average length)
   * @return the summary of every customer with a purchase
   * @throws SegmentException for a purchase after the as-of date or another unit
   * @since 0.1
   */
  public LifetimeSummary lifetimeSummary(LocalDate asOf, java.time.temporal.ChronoUnit unit) {
    return LifetimeSummary.of(this, asOf, unit);
  }

  String idString(int i) {
    return names != null ? names[i] : Long.toString(table.key(i));
  }

  int firstDay(int i) {
    flush();
    return table.firstDay(i);
  }

  int lastDay(int i) {
    flush();
    return table.lastDay(i);
  }

  int purchases(int i) {
    flush();
    return table.purchases(i);
  }

  /** Purchase amount in minor units. */
  long amountMinor(int i) {
    flush();
    return table.amount(i);
  }

  /** Refunds in minor units, at least 0. */
  long refundsMinor(int i) {
    flush();
    return table.refunds(i);
  }

  double scale() {
    return scale;
  }

  /** The hash table's slots (tests). */
  int tableCapacity() {
    return table.capacity();
  }

  KeptPairs kept() {
    flush();
    return kept;
  }

  /**
   * What can be scored as frequency: {@link Frequency#PURCHASES} always, the others when kept
   * ({@link Builder#keep}).
   *
   * @return the frequencies, a new set
   * @since 0.1
   */
  public Set<Frequency> frequencies() {
    return kept.kept();
  }

  /** Last purchase day, purchases, net amount in minor units and {@code long} id of every customer, by position. */
  void columns(int[] lastDay, int[] purchases, long[] netMinor, long[] ids) {
    flush();
    table.columns(lastDay, purchases, netMinor, ids);
  }

  /** Adds a customer read by the codec (ids unique); returns its position. */
  int restore(long longId, String stringId, int first, int last, int count, long amountMinor, long refundsMinor) {
    int b = stringId != null ? stringSlot(stringId) : table.findOrInsert(longId);
    table.set(b, first, last, count, amountMinor, refundsMinor);
    magnitudeBound = Math.max(magnitudeBound, Math.max(amountMinor, refundsMinor));
    countBound = Math.max(countBound, count);
    return table.positionAt(b);
  }

  static RfmAggregate empty(int decimals, Set<Frequency> keep) {
    return new RfmAggregate(decimals, keep);
  }

  // ---- internals ----

  /** The amount {@link CustomerTable#encode}d, after checking it and the day. */
  private long minor(double value, long customer, int day) {
    if (!(Math.abs(value) * scale < MAX_MINOR) || !validDay(day)) {
      throw badAmount(value, Long.toString(customer), day);
    }
    return CustomerTable.encode(value, scale);
  }

  private long minor(double value, String customer, int day) {
    if (!(Math.abs(value) * scale < MAX_MINOR) || !validDay(day)) {
      throw badAmount(value, customer, day);
    }
    return CustomerTable.encode(value, scale);
  }

  private SegmentException badAmount(double value, String customer, int day) {
    if (!validDay(day)) {
      return new SegmentException("day", "the day must be in the years 1-9999, got epoch day " + day + " (customer "
          + customer + ")");
    }
    return new SegmentException("amount", "amount must be a finite number below " + MAX_MINOR / scale
        + " in size, got " + value + " (customer " + customer + ", " + LocalDate.ofEpochDay(day) + ")");
  }

  private void requireOrders(boolean given) {
    if (given && kept.orders == null) {
      throw new SegmentException("orderId", "this aggregate does not keep orders; build it with "
          + "RfmAggregate.builder().keep(Frequency.ORDERS) to count distinct orders, or add without order ids");
    }
    if (!given && kept.orders != null) {
      throw new SegmentException("orderId", "this aggregate counts distinct orders: give every transaction its "
          + "order id (add(customerId, orderId, day, amount))");
    }
  }

  private void requireLongKeys() {
    if (names != null) {
      throw keyedBy("String", "long");
    }
  }

  /** The slot of a String-keyed customer: the table is keyed by the customer's position. */
  private int stringSlot(String id) {
    if (names == null) {
      if (table.size() > 0) {
        throw keyedBy("long", "String");
      }
      names = new String[16];
      stringIds = new HashMap<>();
    }
    Integer known = stringIds.get(id);
    if (known != null) {
      return table.find(known);
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new SegmentException("customerId", "a customer id must have at most " + MAX_ID_LENGTH
          + " characters, got " + id.length() + " starting " + id.substring(0, 20));
    }
    int position = table.size();
    int b = table.findOrInsert(position); // first: it may refuse a customer past the limit, changing nothing
    if (position == names.length) {
      names = Arrays.copyOf(names, position * 2);
    }
    names[position] = id;
    stringIds.put(id, position);
    return b;
  }

  /** Whether an epoch day is in the years 1-9999, the range every day of an aggregate and the as-of date keep to. */
  static boolean validDay(long epochDay) {
    return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
  }

  private static int epochDay(LocalDate day) {
    long d = day.toEpochDay();
    if (!validDay(d)) {
      throw new SegmentException("day", "the day must be in the years 1-9999, got " + day);
    }
    return (int) d;
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
    if (a.size() != size() || a.decimals != decimals || (size() > 0 && a.stringKeyed() != stringKeyed())) {
      return false;
    }
    if (!kept.kept().equals(a.kept.kept())) {
      return false;
    }
    int[] map = new int[a.size()];
    for (int j = 0; j < a.size(); j++) {
      int b = slotOf(a, j);
      if (b >= 0) {
        map[j] = table.positionAt(b);
      }
      if (b < 0 || table.firstDayAt(b) != a.table.firstDay(j) || table.lastDayAt(b) != a.table.lastDay(j)
          || table.purchasesAt(b) != a.table.purchases(j) || table.amountAt(b) != a.table.amount(j)
          || table.refundsAt(b) != a.table.refunds(j)) {
        return false;
      }
    }
    return kept.sameAs(a.kept, map);
  }

  @Override
  public int hashCode() {
    long h = 0;
    for (int i = 0; i < size(); i++) {
      long id = names != null ? names[i].hashCode() : table.key(i);
      h += CustomerTable.mix(id ^ CustomerTable.mix(table.amount(i) + 31L * table.purchases(i) + 961L * table.lastDay(i)));
    }
    return Long.hashCode(h) ^ size() ^ kept.hash();
  }

  @Override
  public String toString() {
    return "RfmAggregate{customers=" + size() + ", ids=" + (names != null ? "String" : "long") + ", decimals="
        + decimals + (kept.any() ? ", keeps=" + kept.kept() : "") + "}";
  }
}
