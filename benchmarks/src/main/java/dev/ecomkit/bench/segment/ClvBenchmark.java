package dev.ecomkit.bench.segment;

import dev.ecomkit.segment.BgNbd;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer lifetime value at scale: a million customers simulated from the BG/NBD with the CDNOW estimates (weeks; r
 * 0.243, α 4.414, a 0.793, b 2.426), observed 1 to 78 weeks, on one thread.
 *
 * <ul>
 *   <li>{@code fit_ecomkit}: {@code BgNbd.fit} on all of them. Target: at most 2 s.
 *   <li>{@code fit_naive}: {@link NaiveBgNbd} — the textbook method (per-customer log-gammas, Nelder-Mead), not
 *       lifetimes' — on the first {@value #NAIVE} customers only: it needs seconds for those, so its ratio compares
 *       {@value #NAIVE} customers with a million.
 *   <li>{@code expected_ecomkit}: the conditional expected purchases in the next 39 weeks for all customers
 *       ({@code expectedPurchases(39, x[], tx[], T[])}). Target: at most 0.1 s. {@code expected_naive}: eq. 10 per
 *       customer with the series summed as written.
 *   <li>{@code alive_ecomkit}: P(alive) for all customers.
 * </ul>
 *
 * <p>{@code times}: {@code days} records times to the day (what an order history gives: t_x and T whole days, so
 * customers share rows); {@code exact} keeps the simulation's exact times (every customer a distinct row, the
 * worst case for the fit). Set-up checks that the fit is within 2 % of the naive fit on the naive slice and that the
 * expectations agree to 1e-6.
 *
 * <p>For orientation, the issue quotes lifetimes 0.11.3 on this machine: 12-17 s for the fit on a million customers,
 * 0.7-0.9 s for the expected purchases and 0.15 s for P(alive).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable ClvBenchmark}; scores are
 * milliseconds a call ({@code fit_naive} for {@value #NAIVE} customers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClvBenchmark {

  static final int CUSTOMERS = 1_000_000;
  static final int NAIVE = 50_000;

  @Param({"days", "exact"})
  public String times;

  private double[] x;
  private double[] tx;
  private double[] t;
  private double[] naiveX;
  private double[] naiveTx;
  private double[] naiveT;
  private BgNbd model;
  private double[] params;

  @Setup
  public void setUp() {
    x = new double[CUSTOMERS];
    tx = new double[CUSTOMERS];
    t = new double[CUSTOMERS];
    GammaDistribution rates = new GammaDistribution(new Well19937c(1), 0.243, 1 / 4.414);
    BetaDistribution dropouts = new BetaDistribution(new Well19937c(2), 0.793, 2.426);
    SplittableRandom random = new SplittableRandom(3);
    boolean days = times.equals("days");
    for (int i = 0; i < CUSTOMERS; i++) {
      double lambda = rates.sample();
      double p = dropouts.sample();
      double end = days ? (7 + random.nextInt(7 * 77 + 1)) / 7.0 : 1 + 77 * random.nextDouble();
      t[i] = end;
      double now = 0;
      while (true) {
        now += -Math.log1p(-random.nextDouble()) / lambda;
        if (now > end) {
          break;
        }
        x[i]++;
        tx[i] = days ? Math.floor(now * 7) / 7 : now;
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    naiveX = Arrays.copyOf(x, NAIVE);
    naiveTx = Arrays.copyOf(tx, NAIVE);
    naiveT = Arrays.copyOf(t, NAIVE);
    model = BgNbd.fit(x, tx, t, ChronoUnit.WEEKS);
    params = new double[] {model.r(), model.alpha(), model.a(), model.b()};
    BgNbd slice = BgNbd.fit(naiveX, naiveTx, naiveT);
    double[] naive = NaiveBgNbd.fit(naiveX, naiveTx, naiveT);
    double[] ours = {slice.r(), slice.alpha(), slice.a(), slice.b()};
    for (int i = 0; i < 4; i++) {
      if (Math.abs(ours[i] - naive[i]) > 0.02 * naive[i]) {
        throw new IllegalStateException("fits differ: " + Arrays.toString(ours) + " against naive "
            + Arrays.toString(naive));
      }
    }
    double[] e = model.expectedPurchases(39, naiveX, naiveTx, naiveT);
    double[] n = NaiveBgNbd.expected(params, 39, naiveX, naiveTx, naiveT);
    for (int i = 0; i < NAIVE; i++) {
      if (!(Math.abs(e[i] - n[i]) <= 1e-6 * Math.max(1, n[i]))) {
        throw new IllegalStateException("customer " + i + ": " + e[i] + " against naive " + n[i]);
      }
    }
  }

  @Benchmark
  public BgNbd fit_ecomkit() {
    return BgNbd.fit(x, tx, t, ChronoUnit.WEEKS);
  }

  @Benchmark
  public double[] fit_naive() {
    return NaiveBgNbd.fit(naiveX, naiveTx, naiveT);
  }

  @Benchmark
  public double[] expected_ecomkit() {
    return model.expectedPurchases(39, x, tx, t);
  }

  @Benchmark
  public double[] expected_naive() {
    return NaiveBgNbd.expected(params, 39, x, tx, t);
  }

  @Benchmark
  public double[] alive_ecomkit() {
    return model.probabilityAlive(x, tx, t);
  }
}
