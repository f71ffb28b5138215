package dev.ecomkit.bench.segment;

import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmCustomer;
import dev.ecomkit.segment.RfmResult;
import dev.ecomkit.segment.RfmScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFM for ten million transactions of a million customers, one thread, aggregate + score + segment, time per run:
 *
 * <ul>
 *   <li>{@code fromColumns_ecomkit}: {@code RfmAggregate.addAll(long[], int[], double[])} then
 *       {@code RfmScorer.standard(asOf).score}. Target: at most 0.6 s (first bar 1 s).
 *   <li>{@code fromObjects_ecomkit}: the same from a list of transaction objects, one {@code add} each. Target: at
 *       most 2 s.
 *   <li>{@code fromObjects_groupingBy}: {@link GroupingByRfm}, {@code Collectors.groupingBy} and boxed sorting, the
 *       version a developer writes first (goal: ecomkit at least 3x faster).
 * </ul>
 *
 * <p>Data from a fixed seed: customer ids spread over a wide range, two years of days, amounts 0.01-1,000 with one
 * transaction in twenty a refund. Set-up checks that ecomkit and the reference give every customer the same scores
 * and segment. The heap is set to 8 GB for the ten million objects.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable RfmBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class RfmBenchmark {

  static final int TRANSACTIONS = 10_000_000;
  static final int CUSTOMERS = 1_000_000;

  private long[] customers;
  private int[] days;
  private double[] amounts;
  private List<GroupingByRfm.Transaction> objects;
  private LocalDate asOf;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261128);
    int first = (int) LocalDate.of(2024, 12, 1).toEpochDay();
    customers = new long[TRANSACTIONS];
    days = new int[TRANSACTIONS];
    amounts = new double[TRANSACTIONS];
    objects = new ArrayList<>(TRANSACTIONS);
    for (int i = 0; i < TRANSACTIONS; i++) {
      customers[i] = 10_000_000_000L + 7919L * random.nextInt(CUSTOMERS);
      days[i] = first + random.nextInt(730);
      amounts[i] = (random.nextInt(20) == 0 ? -1 : 1) * random.nextInt(1, 100_000) / 100.0;
      objects.add(new GroupingByRfm.Transaction(customers[i], days[i], amounts[i]));
    }
    asOf = LocalDate.ofEpochDay(first + 730);
    RfmResult ours = fromColumns_ecomkit();
    GroupingByRfm.Scored theirs = fromObjects_groupingBy();
    Map<Long, Integer> at = new HashMap<>();
    for (int i = 0; i < theirs.customers().length; i++) {
      at.put(theirs.customers()[i], i);
    }
    if (ours.size() != theirs.customers().length) {
      throw new IllegalStateException("ecomkit scored " + ours.size() + " customers, the reference "
          + theirs.customers().length);
    }
    for (RfmCustomer c : ours.customers()) {
      int i = at.get(Long.parseLong(c.id()));
      if (c.r() != theirs.r()[i] || c.f() != theirs.f()[i] || c.m() != theirs.m()[i]
          || !c.segment().equals(theirs.segment()[i])) {
        throw new IllegalStateException("customer " + c + " differs from the reference: " + theirs.r()[i]
            + theirs.f()[i] + theirs.m()[i] + " " + theirs.segment()[i]);
      }
    }
  }

  @Benchmark
  public RfmResult fromColumns_ecomkit() {
    RfmAggregate aggregate = RfmAggregate.create();
    aggregate.addAll(customers, days, amounts);
    return RfmScorer.standard(asOf).score(aggregate);
  }

  @Benchmark
  public RfmResult fromObjects_ecomkit() {
    RfmAggregate aggregate = RfmAggregate.create();
    for (GroupingByRfm.Transaction t : objects) {
      aggregate.add(t.customer(), t.epochDay(), t.amount());
    }
    return RfmScorer.standard(asOf).score(aggregate);
  }

  @Benchmark
  public GroupingByRfm.Scored fromObjects_groupingBy() {
    return GroupingByRfm.score(objects, (int) asOf.toEpochDay());
  }
}
