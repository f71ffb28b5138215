package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * How accurate forecasts were against what happened, per forecast step and overall: the measures of forecasting
 * competitions, from one series' {@link Backtest} or pooled over many with {@link #combine}.
 *
 * <ul>
 *   <li>sMAPE, symmetric mean absolute percentage error: the mean of {@code 200·|y − f|/(|y| + |f|)} (M3 and M4
 *       competitions, Makridakis &amp; Hibon 2000; with absolute values in the denominator as Hyndman's recalculation
 *       and M4), from 0 to 200; a point with {@code y = f = 0} counts as 0.
 *   <li>MASE, mean absolute scaled error: the mean of {@code |y − f|} divided by the mean absolute seasonal
 *       difference of the history the forecast was made from (Hyndman &amp; Koehler, "Another look at measures of
 *       forecast accuracy", <i>IJF</i> 22 (2006) 679-688); below 1 beats the in-sample seasonal naive method.
 *       Points whose history has no change at all (scale 0) are left out of it.
 *   <li>WAPE, weighted absolute percentage error: {@code Σ|y − f| / Σ|y|} in per cent, the retail planner's measure
 *       (volume-weighted, so slow movers do not dominate).
 *   <li>Coverage: the share of actual values inside the 80 % and the 95 % prediction intervals; a calibrated method
 *       scores near 0.80 and 0.95.
 * </ul>
 * A measure nothing was counted for (e.g. MASE of a constant history) is {@code NaN}, the only NaN the library
 * returns: "undefined" rather than a number.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Accuracy {

  private final int horizon;
  /** Per step h (0-based): points counted, Σ sAPE, Σ scaled errors, points with a scale, Σ|e|, Σ|y|, in 80, in 95. */
  private final long[] count;
  private final double[] sape;
  private final double[] scaled;
  private final long[] scaledCount;
  private final double[] absoluteError;
  private final double[] absoluteActual;
  private final long[] in80;
  private final long[] in95;

  Accuracy(int horizon) {
    this.horizon = horizon;
    count = new long[horizon];
    sape = new double[horizon];
    scaled = new double[horizon];
    scaledCount = new long[horizon];
    absoluteError = new double[horizon];
    absoluteActual = new double[horizon];
    in80 = new long[horizon];
    in95 = new long[horizon];
  }

  /** Counts one forecast against {@code actual} (as many steps as both have), with the history's MASE scale. */
  void add(Forecast forecast, double[] actual, int from, int steps, double scale) {
    double[] mean = forecast.mean();
    double[] lo80 = forecast.lower(0.80);
    double[] hi80 = forecast.upper(0.80);
    double[] lo95 = forecast.lower(0.95);
    double[] hi95 = forecast.upper(0.95);
    for (int h = 0; h < steps; h++) {
      double y = actual[from + h];
      double f = mean[h];
      double e = Math.abs(y - f);
      double denominator = Math.abs(y) + Math.abs(f);
      count[h]++;
      sape[h] += denominator == 0 ? 0 : 200 * e / denominator;
      if (scale > 0) {
        scaled[h] += e / scale;
        scaledCount[h]++;
      }
      absoluteError[h] += e;
      absoluteActual[h] += Math.abs(y);
      in80[h] += lo80[h] <= y && y <= hi80[h] ? 1 : 0;
      in95[h] += lo95[h] <= y && y <= hi95[h] ? 1 : 0;
    }
  }

  /**
   * Pools the forecasts behind several accuracies, e.g. one per SKU, into one: each forecast point counts once,
   * so sMAPE and MASE are the means over all series' points (the competitions' averages when every series has the
   * same horizon), WAPE the ratio of the pooled sums.
   *
   * @param parts at least one; the horizon is the longest of theirs
   * @return the pooled accuracy
   * @since 0.1
   */
  public static Accuracy combine(Iterable<Accuracy> parts) {
    checkNotNull(parts, "parts");
    int horizon = 0;
    for (Accuracy a : parts) {
      horizon = Math.max(horizon, checkNotNull(a, "an accuracy").horizon);
    }
    checkArgument(horizon > 0, "nothing to combine");
    Accuracy total = new Accuracy(horizon);
    for (Accuracy a : parts) {
      for (int h = 0; h < a.horizon; h++) {
        total.count[h] += a.count[h];
        total.sape[h] += a.sape[h];
        total.scaled[h] += a.scaled[h];
        total.scaledCount[h] += a.scaledCount[h];
        total.absoluteError[h] += a.absoluteError[h];
        total.absoluteActual[h] += a.absoluteActual[h];
        total.in80[h] += a.in80[h];
        total.in95[h] += a.in95[h];
      }
    }
    return total;
  }

  /**
   * The longest forecast step measured.
   *
   * @return at least 1
   * @since 0.1
   */
  public int horizon() {
    return horizon;
  }

  /**
   * The number of forecast points measured, over all steps.
   *
   * @return the count
   * @since 0.1
   */
  public long points() {
    return sum(count);
  }

  /**
   * sMAPE over all steps.
   *
   * @return from 0 to 200
   * @since 0.1
   */
  public double smape() {
    return sum(sape) / sum(count);
  }

  /**
   * sMAPE of the forecasts {@code step} steps ahead.
   *
   * @param step from 1 to {@link #horizon()}
   * @return from 0 to 200, or NaN if nothing was measured at that step
   * @since 0.1
   */
  public double smape(int step) {
    int h = checkedStep(step);
    return sape[h] / count[h];
  }

  /**
   * MASE over all steps.
   *
   * @return at least 0, or NaN if every history was constant
   * @since 0.1
   */
  public double mase() {
    return sum(scaled) / sum(scaledCount);
  }

  /**
   * MASE of the forecasts {@code step} steps ahead.
   *
   * @param step from 1 to {@link #horizon()}
   * @return at least 0, or NaN
   * @since 0.1
   */
  public double mase(int step) {
    int h = checkedStep(step);
    return scaled[h] / scaledCount[h];
  }

  /**
   * WAPE over all steps, in per cent.
   *
   * @return at least 0, or NaN if every actual value was 0
   * @since 0.1
   */
  public double wape() {
    return 100 * sum(absoluteError) / sum(absoluteActual);
  }

  /**
   * WAPE of the forecasts {@code step} steps ahead, in per cent.
   *
   * @param step from 1 to {@link #horizon()}
   * @return at least 0, or NaN
   * @since 0.1
   */
  public double wape(int step) {
    int h = checkedStep(step);
    return 100 * absoluteError[h] / absoluteActual[h];
  }

  /**
   * The share of actual values inside their 95 % prediction interval.
   *
   * @return from 0 to 1
   * @since 0.1
   */
  public double coverage95() {
    return (double) sum(in95) / sum(count);
  }

  /**
   * The share of actual values inside their 80 % prediction interval.
   *
   * @return from 0 to 1
   * @since 0.1
   */
  public double coverage80() {
    return (double) sum(in80) / sum(count);
  }

  /**
   * The share of actual values {@code step} steps ahead inside their 95 % prediction interval.
   *
   * @param step from 1 to {@link #horizon()}
   * @return from 0 to 1, or NaN
   * @since 0.1
   */
  public double coverage95(int step) {
    int h = checkedStep(step);
    return (double) in95[h] / count[h];
  }

  /**
   * The share of actual values {@code step} steps ahead inside their 80 % prediction interval.
   *
   * @param step from 1 to {@link #horizon()}
   * @return from 0 to 1, or NaN
   * @since 0.1
   */
  public double coverage80(int step) {
    int h = checkedStep(step);
    return (double) in80[h] / count[h];
  }

  private int checkedStep(int step) {
    checkArgument(step >= 1 && step <= horizon, "step must be from 1 to %s, got %s", horizon, step);
    return step - 1;
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Accuracy{points=%d, sMAPE=%.3f, MASE=%.4f, WAPE=%.2f%%, coverage80=%.3f, "
        + "coverage95=%.3f}", points(), smape(), mase(), wape(), coverage80(), coverage95());
  }
}
