package dev.ecomkit.bench.supply;

import dev.ecomkit.supply.SkuStress;
import dev.ecomkit.supply.StressReport;
import dev.ecomkit.supply.StressTest;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * The 48-hour stress test over {@value #SKUS} SKUs on one thread, traffic doubled: {@code StressTest.run()} and
 * the first ten SKUs to fail (every SKU hour by hour, 48 hours of Erlang C staffing) against {@link NaiveStress} (a
 * map of SKU objects, boxed arrival lists scanned each hour, all failures sorted; inventory only). Scores are
 * milliseconds a run.
 *
 * <p>Data from a fixed seed: stock 0-2,000 units, baseline 0.1-20 units an hour, an evening-peaked day profile, an
 * arrival for a third of the SKUs within the 48 hours. Set-up checks that both find the same failing SKUs with the
 * same hours to stock-out (1e-9).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable StressBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class StressBenchmark {

  static final int SKUS = 100_000;
  static final int HOURS = 48;
  static final double[] PROFILE = {2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 6, 5, 5, 5, 6, 7, 8, 10, 12, 10, 5};

  private StressTest test;
  private Map<String, NaiveStress.Sku> naive;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261128);
    StressTest.Builder b = StressTest.builder().trafficMultiplier(2.0).horizon(Duration.ofHours(HOURS))
        .trafficProfile(PROFILE).contactsPerHour(400).handleTime(Duration.ofMinutes(4)).roster(30);
    naive = new LinkedHashMap<>();
    for (int i = 0; i < SKUS; i++) {
      String id = "SKU-" + i;
      double stock = Math.floor(random.nextDouble(0, 2_000));
      double rate = random.nextDouble(0.1, 20);
      b.sku(id, stock, rate);
      NaiveStress.Sku s = new NaiveStress.Sku(id, stock, rate);
      if (i % 3 == 0) {
        int hour = random.nextInt(HOURS);
        double units = Math.floor(random.nextDouble(0, 1_000));
        b.inbound(id, Duration.ofHours(hour), units);
        s.arrivals.add(new double[] {hour, units});
      }
      naive.put(id, s);
    }
    test = b.build();
    StressReport ours = test.run();
    List<NaiveStress.Outcome> theirs = NaiveStress.run(naive, PROFILE, 2.0, HOURS);
    if (ours.failedCount() != theirs.size()) {
      throw new IllegalStateException(ours.failedCount() + " failing SKUs against " + theirs.size());
    }
    for (NaiveStress.Outcome o : theirs) {
      double h = ours.sku(o.id()).hoursToStockOut().orElse(Double.NaN);
      if (!(Math.abs(h - o.hoursToStockOut()) <= 1e-9 * Math.max(1, h))) {
        throw new IllegalStateException(o + " against " + h);
      }
    }
  }

  @Benchmark
  public List<SkuStress> stress_ecomkit() {
    return test.run().failedFirst(10);
  }

  @Benchmark
  public List<NaiveStress.Outcome> stress_naive() {
    return NaiveStress.run(naive, PROFILE, 2.0, HOURS);
  }
}
