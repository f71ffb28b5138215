package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Forecasts for the next steps of a series: the point forecast (the mean of the forecast distribution) and
 * prediction intervals at any level, with a {@link FitReport} of how they were made.
 *
 * <pre>{@code
 * Forecast f = Forecaster.seasonalNaive().forecast(sales, 12);
 * double[] point = f.mean();
 * double[] lo = f.lower(0.95), hi = f.upper(0.95);   // 95 % prediction interval per step
 * f.report().method();                              // "seasonal naive"
 * }</pre>
 *
 * <p>Intervals are {@code mean ± z·se}, with {@code z} the standard normal quantile at {@code (1 + level) / 2} and
 * {@code se} the forecast standard error of each step, which the method computes (Hyndman &amp; Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.5, "Prediction intervals").
 *
 * <p>Instances are immutable and thread-safe; arrays are copied out.
 *
 * @since 0.1
 */
public final class Forecast {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private final double[] mean;
  private final double[] standardError;
  private final FitReport report;

  private Forecast(double[] mean, double[] standardError, FitReport report) {
    this.mean = mean;
    this.standardError = standardError;
    this.report = report;
  }

  /** A forecast whose step {@code h} is normal with mean {@code mean[h]} and s.d. {@code standardError[h]}. */
  static Forecast normal(double[] mean, double[] standardError, FitReport report) {
    checkArgument(mean.length == standardError.length, "%s means, %s standard errors", mean.length,
        standardError.length);
    for (int h = 0; h < mean.length; h++) {
      if (!Double.isFinite(mean[h]) || !Double.isFinite(standardError[h]) || standardError[h] < 0) {
        throw new IllegalStateException(report.method() + " produced a non-finite forecast at step " + (h + 1)
            + ": mean " + mean[h] + ", standard error " + standardError[h]); // a defect, never bad data
      }
    }
    return new Forecast(mean, standardError, report);
  }

  /**
   * A forecast whose step {@code h} is normal with mean {@code mean[h]} and standard deviation
   * {@code standardError[h]}: what a user's own {@link Forecaster} returns.
   *
   * @param mean the point forecasts, one per step; copied
   * @param standardError the forecast standard errors, one per step, at least 0; copied
   * @param report how the forecast was made
   * @return the forecast
   * @throws ForecastException if the arrays are empty or differ in length, or a value is not finite or a
   *     standard error is negative (the exception names the step)
   * @since 0.1
   */
  public static Forecast of(double[] mean, double[] standardError, FitReport report) {
    checkNotNull(mean, "mean");
    checkNotNull(standardError, "standardError");
    checkNotNull(report, "report");
    if (mean.length == 0 || mean.length != standardError.length) {
      throw new ForecastException("a forecast needs as many standard errors as means, at least one: got "
          + mean.length + " means and " + standardError.length + " standard errors");
    }
    for (int h = 0; h < mean.length; h++) {
      if (!Double.isFinite(mean[h]) || !Double.isFinite(standardError[h]) || standardError[h] < 0) {
        throw new ForecastException(h, "step " + (h + 1) + " has mean " + mean[h] + " and standard error "
            + standardError[h] + "; give finite values and a standard error of at least 0");
      }
    }
    return new Forecast(mean.clone(), standardError.clone(), report);
  }

  /** What {@code forecaster} returned for {@code horizon} steps, checked to be a forecast of that many steps. */
  static Forecast checked(Forecast forecast, int horizon, Forecaster forecaster) {
    if (forecast == null || forecast.horizon() != horizon) {
      throw new IllegalStateException(forecaster + " returned " + (forecast == null ? "null" : forecast.horizon()
          + " steps") + " when asked for " + horizon + " steps");
    }
    return forecast;
  }

  /**
   * {@code fallback}, the forecast of a simpler method, with why the first method was not used as its first note.
   */
  static Forecast fallBack(Forecast fallback, String why) {
    FitReport report = fallback.report;
    return new Forecast(fallback.mean, fallback.standardError, ImmutableFitReport.builder().method(report.method())
        .addNotes(why + ": fell back to " + report.method()).addAllNotes(report.notes()).build());
  }

  /**
   * The number of steps forecast.
   *
   * @return at least 1
   * @since 0.1
   */
  public int horizon() {
    return mean.length;
  }

  /**
   * The point forecasts, one per step.
   *
   * @return a copy; finite
   * @since 0.1
   */
  public double[] mean() {
    return mean.clone();
  }

  /**
   * The forecast standard error of each step.
   *
   * @return a copy; finite, not negative
   * @since 0.1
   */
  public double[] standardError() {
    return standardError.clone();
  }

  /**
   * The lower ends of the prediction intervals.
   *
   * @param level the coverage, above 0 and below 1, e.g. {@code 0.95}
   * @return one value per step, a copy
   * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
   * @since 0.1
   */
  public double[] lower(double level) {
    return bound(level, -1);
  }

  /**
   * The upper ends of the prediction intervals.
   *
   * @param level the coverage, above 0 and below 1, e.g. {@code 0.95}
   * @return one value per step, a copy
   * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
   * @since 0.1
   */
  public double[] upper(double level) {
    return bound(level, 1);
  }

  private double[] bound(double level, int sign) {
    checkArgument(level > 0 && level < 1, "level must be above 0 and below 1 (e.g. 0.95), got %s", level);
    double z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
    double[] bound = new double[mean.length];
    for (int h = 0; h < bound.length; h++) {
      bound[h] = mean[h] + sign * z * standardError[h];
    }
    return bound;
  }

  /**
   * How the forecast was made.
   *
   * @return the report
   * @since 0.1
   */
  public FitReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "Forecast{" + report.method() + ", mean " + Arrays.toString(mean) + "}";
  }
}
