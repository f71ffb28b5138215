package dev.ecomkit.integration.spark;

import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.SegmentException;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A typed Spark {@link Aggregator} of transactions into an {@link RfmAggregate}: each partition builds its own
 * aggregate, the aggregates are merged ({@link RfmAggregate#merge}, exact), and the result is the aggregate of all
 * transactions, the same whatever the partitioning. Aggregates travel between executors by Java serialisation,
 * which carries their exact bytes ({@link RfmAggregate#toBytes()}).
 *
 * <p>Its input is a row of three columns, in this order: the customer id (a string or a whole number), the day as
 * days since 1970-01-01 (an {@code int}), and the amount (a {@code double}, negative for a refund). {@link
 * SparkRfm#prepare} makes such rows from a table of transactions in Spark SQL, so no date crosses into Java (which
 * would need JVM flags on Java 17):
 *
 * <pre>{@code
 * RfmAggregate all = SparkRfm.prepare(transactions, columns).select(new RfmAggregator().toColumn()).first();
 * }</pre>
 *
 * <p>A row with a null fails the job: a {@code SparkException} whose cause is a {@link SegmentException} saying
 * which of the three columns.
 *
 * <p>Immutable and thread-safe; Spark gives each task its own copy.
 *
 * @since 0.1
 */
public final class RfmAggregator extends Aggregator<Row, RfmAggregate, RfmAggregate> {

  private static final long serialVersionUID = 1L;

  private final int decimals;

  /**
   * An aggregator of amounts rounded to cents.
   *
   * @since 0.1
   */
  public RfmAggregator() {
    this(2);
  }

  /**
   * An aggregator of amounts rounded to the given minor unit.
   *
   * @param decimals digits after the point, as {@link RfmAggregate#create(int)}
   * @since 0.1
   */
  public RfmAggregator(int decimals) {
    RfmAggregate.create(decimals); // checks the decimals
    this.decimals = decimals;
  }

  @Override
  public RfmAggregate zero() {
    return RfmAggregate.create(decimals);
  }

  @Override
  public RfmAggregate reduce(RfmAggregate aggregate, Row row) {
    if (row.isNullAt(0) || row.isNullAt(1) || row.isNullAt(2)) {
      String column = row.isNullAt(0) ? "customer id" : row.isNullAt(1) ? "day" : "amount";
      throw new SegmentException(column, "a transaction has no " + column + ": " + row);
    }
    int day = row.getInt(1);
    double amount = row.getDouble(2);
    Object id = row.get(0);
    if (id instanceof String s) {
      aggregate.add(s, LocalDate.ofEpochDay(day), amount);
    } else if (id instanceof Long || id instanceof Integer || id instanceof Short || id instanceof Byte) {
      aggregate.add(((Number) id).longValue(), day, amount);
    } else {
      throw new SegmentException("customerId", "the customer id must be a string or a whole number, got "
          + id.getClass().getSimpleName());
    }
    return aggregate;
  }

  @Override
  public RfmAggregate merge(RfmAggregate a, RfmAggregate b) {
    return a.merge(b);
  }

  @Override
  public RfmAggregate finish(RfmAggregate aggregate) {
    return aggregate;
  }

  @Override
  public Encoder<RfmAggregate> bufferEncoder() {
    return Encoders.javaSerialization(RfmAggregate.class);
  }

  @Override
  public Encoder<RfmAggregate> outputEncoder() {
    return Encoders.javaSerialization(RfmAggregate.class);
  }
}
