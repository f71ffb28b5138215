package dev.ecomkit.integration.spark;

import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmCustomer;
import dev.ecomkit.segment.RfmResult;
import dev.ecomkit.segment.RfmScorer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * RFM (客户分层) over a Spark table of transactions in one call: the transactions are aggregated where they lie
 * ({@link RfmAggregator}, one exact aggregate per partition, merged), and the merged aggregate, one row per customer,
 * is scored on the driver by the same {@link RfmScorer} a single JVM uses, so the scores are identical to it whatever
 * the partitioning.
 *
 * <pre>{@code
 * Dataset<Row> scores = SparkRfm.score(transactions, SparkRfm.Columns.of("customer_id", "day", "amount"),
 *     LocalDate.of(2026, 11, 30));
 * scores.groupBy("segment").count().show();
 * }</pre>
 *
 * <p>The result has the columns {@code customer_id} (string), {@code recency_days}, {@code frequency}, {@code
 * monetary}, {@code r}, {@code f}, {@code m} and {@code segment}, one row per scored customer, in the merged
 * aggregate's order, which follows the partitioning: sort by {@code customer_id} for a stable order. The merged
 * aggregate comes back to the driver as one value (80-160 bytes a customer) and the scores go out from a driver-side list, so {@code
 * spark.driver.maxResultSize} (1 GB by default) and the driver's memory bound the customers, to a few million at
 * the defaults; the transactions never pass through the driver.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SparkRfm {

  /** The schema of the scores. */
  public static final StructType SCORES = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("recency_days", DataTypes.IntegerType, false)
      .add("frequency", DataTypes.IntegerType, false)
      .add("monetary", DataTypes.DoubleType, false)
      .add("r", DataTypes.IntegerType, false)
      .add("f", DataTypes.IntegerType, false)
      .add("m", DataTypes.IntegerType, false)
      .add("segment", DataTypes.StringType, false);

  private SparkRfm() {}

  /**
   * The columns of a transaction table.
   *
   * @param customerId the customer id: string or whole number
   * @param day the day: a date
   * @param amount the amount: a number, negative for a refund
   * @since 0.1
   */
  public record Columns(String customerId, String day, String amount) implements Serializable {

    /** Checks the names. */
    public Columns {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(amount, "amount");
    }

    /**
     * The columns by name.
     *
     * @param customerId the customer id column
     * @param day the day column
     * @param amount the amount column
     * @return the columns
     */
    public static Columns of(String customerId, String day, String amount) {
      return new Columns(customerId, day, amount);
    }
  }

  /**
   * Scores with the standard scorer ({@link RfmScorer#standard(LocalDate)}: quintiles, the standard segments).
   *
   * @param transactions the transactions
   * @param columns their columns
   * @param asOf the day recency counts to
   * @return one row per customer, {@link #SCORES}
   * @since 0.1
   */
  public static Dataset<Row> score(Dataset<Row> transactions, Columns columns, LocalDate asOf) {
    return score(transactions, columns, RfmScorer.standard(Objects.requireNonNull(asOf, "asOf")));
  }

  /**
   * Scores with a scorer of your own.
   *
   * @param transactions the transactions
   * @param columns their columns
   * @param scorer the scorer
   * @return one row per customer, {@link #SCORES}
   * @since 0.1
   */
  public static Dataset<Row> score(Dataset<Row> transactions, Columns columns, RfmScorer scorer) {
    Objects.requireNonNull(scorer, "scorer");
    RfmResult result = scorer.score(aggregate(transactions, columns));
    List<Row> rows = new ArrayList<>(result.size());
    for (RfmCustomer c : result.customers()) {
      rows.add(RowFactory.create(c.id(), c.recencyDays(), c.frequency(), c.monetary(), c.r(), c.f(), c.m(),
          c.segment()));
    }
    return transactions.sparkSession().createDataFrame(rows, SCORES);
  }

  /**
   * The exact aggregate of all transactions, merged from the partitions', on the driver.
   *
   * @param transactions the transactions
   * @param columns their columns
   * @return the aggregate
   * @throws IllegalArgumentException for a missing column or one of the wrong type
   * @since 0.1
   */
  public static RfmAggregate aggregate(Dataset<Row> transactions, Columns columns) {
    return prepare(transactions, columns).select(new RfmAggregator().toColumn()).first();
  }

  /**
   * The rows {@link RfmAggregator} takes, made in Spark SQL: the customer id as it is, the day as days since
   * 1970-01-01 ({@code to_date} first, so a timestamp counts in the session's time zone and a string must be an ISO
   * date), the amount as a {@code double}.
   *
   * <p>Column names are top-level names taken literally, so a name with a dot ({@code "order.day"}) is that column,
   * not a nested field; they match regardless of case unless the session sets {@code spark.sql.caseSensitive}, as
   * Spark SQL does.
   *
   * @param transactions the transactions
   * @param columns their columns
   * @return three columns: {@code customer}, {@code epoch_day}, {@code amount}
   * @throws IllegalArgumentException for a missing or ambiguous column, or one of the wrong type: the id must be a
   *     string or a whole number, the day a date, a timestamp or a string, the amount a number
   * @since 0.1
   */
  public static Dataset<Row> prepare(Dataset<Row> transactions, Columns columns) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(columns, "columns");
    StructType schema = transactions.schema();
    boolean caseSensitive = Boolean.parseBoolean(transactions.sparkSession().conf().get("spark.sql.caseSensitive",
        "false"));
    StructField id = field(schema, columns.customerId(), caseSensitive);
    StructField day = field(schema, columns.day(), caseSensitive);
    StructField amount = field(schema, columns.amount(), caseSensitive);
    DataType idType = id.dataType();
    if (!(idType instanceof StringType || idType instanceof LongType || idType instanceof IntegerType
        || idType instanceof ShortType || idType instanceof ByteType)) {
      throw new IllegalArgumentException("the customer id column " + id.name() + " must be a string or a whole "
          + "number, got " + idType.simpleString());
    }
    DataType dayType = day.dataType();
    if (!(dayType instanceof DateType || dayType instanceof TimestampType || dayType instanceof TimestampNTZType
        || dayType instanceof StringType)) {
      throw new IllegalArgumentException("the day column " + day.name() + " must be a date, a timestamp or an ISO "
          + "date string, got " + dayType.simpleString());
    }
    if (!(amount.dataType() instanceof NumericType)) {
      throw new IllegalArgumentException("the amount column " + amount.name() + " must be a number, got "
          + amount.dataType().simpleString());
    }
    return transactions.select(
        literal(id).as("customer"),
        functions.datediff(functions.to_date(literal(day)), functions.to_date(functions.lit("1970-01-01")))
            .as("epoch_day"),
        literal(amount).cast(DataTypes.DoubleType).as("amount"));
  }

  /**
   * The top-level field of that name: the one equal to it, or in a case-insensitive session the one equal ignoring
   * case; two of those are ambiguous, as they are to Spark SQL.
   */
  private static StructField field(StructType schema, String name, boolean caseSensitive) {
    StructField match = null;
    for (StructField f : schema.fields()) {
      if (caseSensitive ? f.name().equals(name) : f.name().equalsIgnoreCase(name)) {
        if (match != null) {
          throw new IllegalArgumentException("the column name " + name + " is ambiguous: the transactions have "
              + match.name() + " and " + f.name() + (caseSensitive ? "" : " (spark.sql.caseSensitive is false)"));
        }
        match = f;
      }
    }
    if (match == null) {
      throw new IllegalArgumentException("the transactions have no column " + name + "; they have "
          + String.join(", ", schema.fieldNames()));
    }
    return match;
  }

  /** The column by its exact name, quoted so that dots and other characters are part of the name. */
  private static Column literal(StructField f) {
    return functions.col("`" + f.name().replace("`", "``") + "`");
  }
}
