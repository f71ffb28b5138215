package dev.ecomkit.integration.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmCustomer;
import dev.ecomkit.segment.RfmScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFM on Spark {@code local[2]} against the single-JVM scorer on the same transactions, whatever the partitioning:
 * one session for the class (one JVM), no JVM flags.
 */
class SparkRfmTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final SparkRfm.Columns COLUMNS = SparkRfm.Columns.of("customer", "day", "amount");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("ecomkit-spark-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Transactions of 3,000 customers over two years, a tenth of them refunds; ids as strings or longs. */
  private static List<Row> transactions(boolean stringIds) {
    SplittableRandom random = new SplittableRandom(42);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long customer = random.nextInt(3_000);
      LocalDate day = AS_OF.minusDays(random.nextInt(730));
      double amount = Math.round(random.nextDouble() * 50_000) / 100.0 * (random.nextInt(10) == 0 ? -0.3 : 1);
      // days as ISO strings: a java.sql.Date crossing into Spark would need JVM flags on Java 17
      rows.add(RowFactory.create(stringIds ? (Object) ("C-" + customer) : (Object) customer, day.toString(),
          amount));
    }
    return rows;
  }

  private static Dataset<Row> frame(List<Row> rows, boolean stringIds) {
    StructType schema = new StructType()
        .add("customer", stringIds ? DataTypes.StringType : DataTypes.LongType)
        .add("day", DataTypes.StringType)
        .add("amount", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema).withColumn("day", functions.to_date(functions.col("day")));
  }

  private static List<RfmCustomer> single(List<Row> rows, boolean stringIds) {
    RfmAggregate a = RfmAggregate.create();
    for (Row r : rows) {
      LocalDate day = LocalDate.parse(r.getString(1));
      if (stringIds) {
        a.add(r.getString(0), day, r.getDouble(2));
      } else {
        a.add(r.getLong(0), day, r.getDouble(2));
      }
    }
    return byId(RfmScorer.standard(AS_OF).score(a).customers());
  }

  /** The customers by id: a result lists them in its aggregate's table order, which follows the partitioning. */
  private static List<RfmCustomer> byId(List<RfmCustomer> customers) {
    List<RfmCustomer> out = new ArrayList<>(customers);
    out.sort(java.util.Comparator.comparing(RfmCustomer::id));
    return out;
  }

  private static List<RfmCustomer> customers(Dataset<Row> scores) {
    List<RfmCustomer> out = new ArrayList<>();
    for (Row r : scores.collectAsList()) {
      out.add(new RfmCustomer(r.getString(0), r.getInt(1), r.getInt(2), r.getDouble(3), r.getInt(4), r.getInt(5),
          r.getInt(6), r.getString(7)));
    }
    return byId(out);
  }

  @Test
  void scoresEqualTheSingleJvmScorerWhateverThePartitioning() {
    for (boolean stringIds : new boolean[] {false, true}) {
      List<Row> rows = transactions(stringIds);
      List<RfmCustomer> expected = single(rows, stringIds);
      assertTrue(expected.size() > 2_900, "customers " + expected.size());
      Dataset<Row> frame = frame(rows, stringIds);
      List<Dataset<Row>> layouts = List.of(frame.coalesce(1), frame.repartition(3), frame.repartition(8,
          functions.col("customer")), frame.repartition(5, functions.rand(7)));
      for (Dataset<Row> layout : layouts) {
        Dataset<Row> scores = SparkRfm.score(layout, COLUMNS, AS_OF);
        assertEquals(SparkRfm.SCORES, scores.schema());
        assertEquals(expected, customers(scores), layout.rdd().getNumPartitions() + " partitions");
      }
    }
  }

  @Test
  void theAggregateIsExactlyTheMergeOfThePartitions() {
    List<Row> rows = transactions(false);
    RfmAggregate one = SparkRfm.aggregate(frame(rows, false).coalesce(1), COLUMNS);
    RfmAggregate eight = SparkRfm.aggregate(frame(rows, false).repartition(8), COLUMNS);
    assertEquals(one, eight); // the same customers and sums (the bytes follow the hash table's layout)
    assertTrue(one.size() > 2_900);
  }

  @Test
  void columnNamesResolveAsInSparkSqlDotsIncluded() {
    List<Row> rows = transactions(true);
    List<RfmCustomer> expected = single(rows, true);
    Dataset<Row> renamed = frame(rows, true).withColumnRenamed("customer", "Customer_ID")
        .withColumnRenamed("day", "order.day").withColumnRenamed("amount", "amount `paid`");
    Dataset<Row> scores = SparkRfm.score(renamed, SparkRfm.Columns.of("customer_id", "order.day", "AMOUNT `PAID`"),
        AS_OF);
    assertEquals(expected, customers(scores));
    // a timestamp day is cut to its date in the session's zone
    Dataset<Row> stamped = frame(rows, true).withColumn("day", functions.to_timestamp(functions.col("day")));
    assertEquals(expected, customers(SparkRfm.score(stamped, COLUMNS, AS_OF)));
    spark.conf().set("spark.sql.caseSensitive", "true");
    try {
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> SparkRfm.prepare(renamed, SparkRfm.Columns.of("customer_id", "order.day", "amount `paid`")));
      assertTrue(x.getMessage().contains("no column customer_id"), x.getMessage());
    } finally {
      spark.conf().set("spark.sql.caseSensitive", "false");
    }
    Dataset<Row> twins = frame(rows, true).select(functions.col("customer"), functions.col("day"),
        functions.col("amount"), functions.col("amount").as("AMOUNT"));
    IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
        () -> SparkRfm.prepare(twins, COLUMNS));
    assertTrue(ambiguous.getMessage().contains("ambiguous"), ambiguous.getMessage());
    Dataset<Row> numbered = frame(rows, true).withColumn("day", functions.lit(20_000));
    IllegalArgumentException day = assertThrows(IllegalArgumentException.class,
        () -> SparkRfm.prepare(numbered, COLUMNS));
    assertTrue(day.getMessage().contains("the day column day must be a date"), day.getMessage());
  }

  @Test
  void badTablesAreRefusedWithTheColumn() {
    Dataset<Row> frame = frame(transactions(false), false);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SparkRfm.score(frame, SparkRfm.Columns.of("buyer", "day", "amount"), AS_OF));
    assertTrue(missing.getMessage().contains("no column buyer"), missing.getMessage());
    List<Row> withNull = new ArrayList<>(transactions(false).subList(0, 10));
    withNull.add(RowFactory.create(5L, null, 10.0));
    SparkException x = assertThrows(SparkException.class, () -> SparkRfm.score(frame(withNull, false), COLUMNS,
        AS_OF));
    assertTrue(String.valueOf(x.getMessage()).contains("a transaction has no day"), x.getMessage());
    Dataset<Row> text = frame.withColumn("amount", functions.col("amount").cast("string"));
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
        () -> SparkRfm.score(text, COLUMNS, AS_OF));
    assertTrue(type.getMessage().contains("must be a number"), type.getMessage());
  }
}
