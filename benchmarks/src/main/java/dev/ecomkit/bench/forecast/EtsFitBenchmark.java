package dev.ecomkit.bench.forecast;

import dev.ecomkit.forecast.AutoEts;
import dev.ecomkit.forecast.EtsModel;
import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.forecast.TimeSeries;
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
 * Fitting exponential smoothing to one 144-point monthly series, one thread: ecomkit's automatic {@link AutoEts}
 * against {@link HoltWintersReference}, a plain-Java port of R's {@code HoltWinters()} fitting one given model.
 * The series is AirPassengers (below), a strictly positive series with trend and a season growing with the level.
 *
 * <ul>
 *   <li>{@code fit_ecomkit}: {@code AutoEts.fit(TimeSeries.of(airPassengers, 12))}: every admissible ETS model
 *       (15 for a positive seasonal series) fitted by maximum likelihood with its initial states, the smallest AICc
 *       kept, and the chosen model refitted by maximum likelihood with every initial state estimated.
 *   <li>{@code fit_plainHW}: {@code HoltWintersReference.fit(airPassengers, 12, MULTIPLICATIVE)}: one model
 *       (multiplicative Holt-Winters), heuristic start states, three smoothing parameters by least squares on the
 *       one-step errors with a Nelder-Mead simplex. It does far less than AutoETS (one model against fifteen, no
 *       estimated initial states, no likelihood or information criterion), so the ratio says how much the automatic
 *       choice costs over the single fit a developer would write first, not who is faster at the same work.
 *   <li>{@code forecast_ecomkit}: {@code model.forecast(18)} on the model {@code AutoEts} chose in set-up: the
 *       18 means and their analytic variances (80/95 % intervals come from them on demand). No peer.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EtsFitBenchmark} (or {@code benchmarks/run.sh
 * EtsFit}); the GC profiler's {@code gc.alloc.rate.norm} is the allocation per fit. The target is
 * AutoETS on a 144-point monthly series in at most 5 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EtsFitBenchmark {

  /**
   * AirPassengers: monthly totals of international airline passengers, thousands, January 1949 to December 1960
   * (144 values); R's {@code datasets::AirPassengers}, from Box, Jenkins &amp; Reinsel, <i>Time Series Analysis,
   * Forecasting and Control</i> (3rd ed., 1994), Series G. Copied from R 4.x ({@code cat(AirPassengers)}); the
   * values sum to 40,363.
   */
  static final double[] AIR_PASSENGERS = {
    112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, // 1949
    115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140, // 1950
    145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, // 1951
    171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194, // 1952
    196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, // 1953
    204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229, // 1954
    242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, // 1955
    284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306, // 1956
    315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, // 1957
    340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337, // 1958
    360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, // 1959
    417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432, // 1960
  };

  /**
   * R's {@code HoltWinters(AirPassengers, seasonal = "multiplicative")}: alpha, beta, gamma and the SSE it reaches
   * (R 4.x, L-BFGS-B); the reference must get at least as low.
   */
  private static final double[] R_HOLT_WINTERS = {0.2755925, 0.03269295, 0.8707292, 16570.78};

  static final int MONTHLY = 12;
  static final int HORIZON = 18;

  private TimeSeries series;
  private EtsModel model;

  @Setup
  public void setUp() {
    double sum = 0;
    for (double v : AIR_PASSENGERS) {
      sum += v;
    }
    if (AIR_PASSENGERS.length != 144 || sum != 40_363) {
      throw new IllegalStateException("AirPassengers mis-copied: " + AIR_PASSENGERS.length + " values, sum " + sum);
    }
    series = TimeSeries.of(AIR_PASSENGERS, MONTHLY);
    model = AutoEts.fit(series);
    for (double v : model.forecast(HORIZON).mean()) {
      if (!(v > 0 && v < 2_000)) {
        throw new IllegalStateException("implausible AutoETS forecast " + v + " from " + model);
      }
    }
    HoltWintersReference.Fit hw = HoltWintersReference.fit(AIR_PASSENGERS, MONTHLY,
        HoltWintersReference.Season.MULTIPLICATIVE);
    if (hw.sse() > R_HOLT_WINTERS[3] * 1.0001) {
      throw new IllegalStateException("the Holt-Winters reference stopped short of R's optimum: " + hw);
    }
  }

  @Benchmark
  public EtsModel fit_ecomkit() {
    return AutoEts.fit(series);
  }

  @Benchmark
  public Object fit_plainHW() {
    return HoltWintersReference.fit(AIR_PASSENGERS, MONTHLY, HoltWintersReference.Season.MULTIPLICATIVE);
  }

  @Benchmark
  public Forecast forecast_ecomkit() {
    return model.forecast(HORIZON);
  }
}
