package dev.ecomkit.bench.supply;

import dev.ecomkit.supply.SkuBatch;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inventory policies for a million SKUs on one thread, time per SKU: ecomkit's columnar {@link SkuBatch} against
 * {@link NaivePolicies} (one object and one Commons Math distribution per SKU, Brent's method for the fill rate).
 *
 * <ul>
 *   <li>{@code alpha_*}: reorder point and safety stock for a cycle service level given per SKU (0.90, 0.95, 0.98
 *       or 0.99 by ABC class), normal demand, lead times fixed or random. Target: at most 50 ns a SKU (50 ms for a
 *       million).
 *   <li>{@code fillRate_*}: the reorder point for a 98 % fill rate with each SKU's order quantity. Target: at most
 *       300 ns a SKU (0.3 s for a million). The naive reference runs on the first {@value #NAIVE_SKUS} SKUs (it
 *       needs microseconds a SKU); the time per SKU is comparable.
 *   <li>{@code newsvendor_*}: base-stock levels (the newsvendor over the lead time plus one period), h 0.5, p 9. For
 *       orientation, the issue quotes numpy's vectorised newsvendor level at 50-110 ns a SKU.
 *   <li>{@code minMax_*}: (s, S) levels by the power approximation, reviewed every period, h 0.5, p 9, K 64.
 *       Target: at most 300 ns a SKU.
 * </ul>
 *
 * <p>Data: {@value #SKUS} SKUs from a fixed seed: mean demand 1-1,000 a week, coefficient of variation 0.1-1, lead
 * time 1-30 weeks, half with a lead-time standard deviation of 20 %, order quantity 1-8 weeks of demand. Set-up
 * checks that both implementations agree to 1e-6 relative on the naive slice.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable PolicyBenchmark} (or
 * {@code benchmarks/run.sh Policy}); scores are ns a SKU ({@code @OperationsPerInvocation}), {@code B/op} bytes a
 * SKU.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PolicyBenchmark {

  static final int SKUS = 1_000_000;
  static final int NAIVE_SKUS = 20_000;
  static final double FILL_RATE = 0.98;
  static final double H = 0.5;
  static final double P = 9;
  static final double K = 64;

  private double[][] columns;
  private double[] alpha;
  private double[] orderQuantity;
  private SkuBatch batch;
  private double[] reorderPoint;
  private double[] safetyStock;
  private double[] orderUpTo;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261128);
    columns = new double[4][SKUS];
    alpha = new double[SKUS];
    orderQuantity = new double[SKUS];
    double[] classes = {0.90, 0.95, 0.98, 0.99};
    for (int i = 0; i < SKUS; i++) {
      double mean = random.nextDouble(1, 1000);
      columns[0][i] = mean;
      columns[1][i] = mean * random.nextDouble(0.1, 1);
      columns[2][i] = random.nextDouble(1, 30);
      columns[3][i] = random.nextBoolean() ? 0 : 0.2 * columns[2][i];
      alpha[i] = classes[random.nextInt(classes.length)];
      orderQuantity[i] = mean * random.nextDouble(1, 8);
    }
    batch = SkuBatch.builder().demandMean(columns[0]).demandSd(columns[1]).leadTime(columns[2])
        .leadTimeSd(columns[3]).build();
    reorderPoint = new double[SKUS];
    safetyStock = new double[SKUS];
    orderUpTo = new double[SKUS];
    double[] naive = new double[NAIVE_SKUS];
    alpha_ecomkit();
    NaivePolicies.forCycleServiceLevel(columns, alpha, NAIVE_SKUS, naive);
    check("alpha", naive);
    fillRate_ecomkit();
    NaivePolicies.forFillRate(columns, FILL_RATE, orderQuantity, NAIVE_SKUS, naive);
    check("fill rate", naive);
    newsvendor_ecomkit();
    NaivePolicies.baseStock(columns, H, P, NAIVE_SKUS, naive);
    check("base stock", naive);
    minMax_ecomkit();
    NaivePolicies.powerApproximation(columns, H, P, K, NAIVE_SKUS, naive, new double[NAIVE_SKUS]);
    check("(s, S)", naive);
  }

  private void check(String what, double[] naive) {
    for (int i = 0; i < naive.length; i++) {
      if (Math.abs(naive[i] - reorderPoint[i]) > 1e-6 * Math.abs(reorderPoint[i])) {
        throw new IllegalStateException(what + ": SKU " + i + " ecomkit " + reorderPoint[i] + ", naive "
            + naive[i]);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] alpha_ecomkit() {
    batch.forCycleServiceLevel(alpha, reorderPoint, safetyStock);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] alpha_naive() {
    NaivePolicies.forCycleServiceLevel(columns, alpha, SKUS, reorderPoint);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] fillRate_ecomkit() {
    batch.forFillRate(FILL_RATE, orderQuantity, reorderPoint, safetyStock);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] newsvendor_ecomkit() {
    batch.forBaseStock(H, P, reorderPoint);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] newsvendor_naive() {
    NaivePolicies.baseStock(columns, H, P, SKUS, reorderPoint);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] minMax_ecomkit() {
    batch.forMinMaxPowerApproximation(H, P, K, reorderPoint, orderUpTo);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(SKUS)
  public double[] minMax_naive() {
    NaivePolicies.powerApproximation(columns, H, P, K, SKUS, reorderPoint, orderUpTo);
    return reorderPoint;
  }

  @Benchmark
  @OperationsPerInvocation(NAIVE_SKUS)
  public double[] fillRate_naive() {
    NaivePolicies.forFillRate(columns, FILL_RATE, orderQuantity, NAIVE_SKUS, reorderPoint);
    return reorderPoint;
  }
}
