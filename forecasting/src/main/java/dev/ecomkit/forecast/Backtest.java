package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Evaluates any {@link Forecaster} on history by forecasting from past points in time and comparing with what
 * happened next (FPP3 §5.10, "Time series cross-validation"; Tashman, "Out-of-sample tests of forecasting accuracy",
 * <i>IJF</i> 16 (2000) 437-450).
 *
 * <pre>{@code
 * Accuracy ets = Backtest.rollingOrigin(Forecaster.autoEts(), sales, 12, 6);  // 6 origins, 12 steps each
 * Accuracy naive = Backtest.rollingOrigin(Forecaster.seasonalNaive(), sales, 12, 6);
 * ets.mase() < naive.mase();                                                  // ETS beats seasonal naive?
 * }</pre>
 *
 * <ul>
 *   <li>{@link #singleOrigin}: the competitions' evaluation: the last {@code horizon} values are held out and
 *       forecast from the rest once (M3, Makridakis &amp; Hibon 2000).
 *   <li>{@link #rollingOrigin}: the forecast origin rolls forward one step at a time over the last values, each
 *       origin forecasting {@code horizon} steps (as many as remain known), so every step ahead is measured on
 *       several origins.
 *   <li>{@link #holdOut}: for data that come already split, like the M3 files: a training series and the values
 *       that followed it.
 * </ul>
 * Combine many series' results with {@link Accuracy#combine}. A forecaster that throws for one origin fails the
 * backtest: use one that falls back (the library's automatic forecasters do) for batch evaluation. A forecaster that
 * returns a forecast of the wrong length is a defect: {@link IllegalStateException}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Backtest {

  private Backtest() {}

  /**
   * Holds out the last {@code horizon} values of {@code series}, forecasts them from the rest and measures the
   * forecast.
   *
   * @param forecaster the method
   * @param series the history, longer than {@code horizon}
   * @param horizon the steps held out, at least 1
   * @return the accuracy of the one forecast
   * @throws ForecastException if the series is not longer than {@code horizon}, or the forecaster fails
   * @since 0.1
   */
  public static Accuracy singleOrigin(Forecaster forecaster, TimeSeries series, int horizon) {
    return rollingOrigin(forecaster, series, horizon, 1);
  }

  /**
   * Forecasts from each of {@code origins} successive points in time near the end of {@code series}, and measures
   * each forecast on the values that followed. The last origin leaves exactly {@code horizon} values to forecast;
   * each earlier one starts a step earlier and is measured on the full {@code horizon} too.
   *
   * @param forecaster the method
   * @param series the history
   * @param horizon the steps forecast from each origin, at least 1
   * @param origins how many origins, at least 1; the first one must leave at least one value of history
   * @return the accuracy over all origins
   * @throws ForecastException if the series is too short for that many origins, or the forecaster fails
   * @since 0.1
   */
  public static Accuracy rollingOrigin(Forecaster forecaster, TimeSeries series, int horizon, int origins) {
    checkNotNull(forecaster, "forecaster");
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    checkArgument(origins >= 1, "origins must be at least 1, got %s", origins);
    int n = series.size();
    int firstTrain = n - horizon - origins + 1;
    if (firstTrain < 1) {
      throw new ForecastException("a backtest of " + origins + " origin(s) forecasting " + horizon
          + " step(s) needs more than " + (horizon + origins - 1) + " values, got " + n);
    }
    double[] y = series.valuesView();
    Accuracy accuracy = new Accuracy(horizon);
    for (int train = firstTrain; train <= n - horizon; train++) {
      TimeSeries history = series.head(train);
      Forecast f = Forecast.checked(forecaster.forecast(history, horizon), horizon, forecaster);
      accuracy.add(f, y, train, horizon, scale(y, train, series.period()));
    }
    return accuracy;
  }

  /**
   * Forecasts the values that followed {@code training} and measures the forecast against them.
   *
   * @param forecaster the method
   * @param training the history
   * @param actual what happened next; its length is the horizon; finite values
   * @return the accuracy of the one forecast
   * @throws ForecastException if {@code actual} is empty or not finite, or the forecaster fails
   * @since 0.1
   */
  public static Accuracy holdOut(Forecaster forecaster, TimeSeries training, double[] actual) {
    checkNotNull(forecaster, "forecaster");
    checkNotNull(training, "training");
    checkActual(actual);
    return holdOut(Forecast.checked(forecaster.forecast(training, actual.length), actual.length, forecaster),
        training, actual);
  }

  /**
   * Measures a forecast already made from {@code training} against what happened next: {@link #holdOut(Forecaster,
   * TimeSeries, double[])} without fitting again, for when the forecast is also wanted, e.g. for a chart.
   *
   * @param forecast the forecast made from {@code training}, at least as many steps as {@code actual}
   * @param training the history it was made from (for MASE's scale)
   * @param actual what happened next; its length is the horizon; finite values
   * @return the accuracy of the forecast
   * @throws ForecastException if {@code actual} is empty, not finite, or longer than the forecast
   * @since 0.1
   */
  public static Accuracy holdOut(Forecast forecast, TimeSeries training, double[] actual) {
    checkNotNull(forecast, "forecast");
    checkNotNull(training, "training");
    checkActual(actual);
    if (forecast.horizon() < actual.length) {
      throw new ForecastException("the forecast has " + forecast.horizon() + " steps, fewer than the "
          + actual.length + " actual values");
    }
    Accuracy accuracy = new Accuracy(actual.length);
    double[] y = training.valuesView();
    accuracy.add(forecast, actual, 0, actual.length, scale(y, y.length, training.period()));
    return accuracy;
  }

  private static void checkActual(double[] actual) {
    checkNotNull(actual, "actual");
    if (actual.length == 0) {
      throw new ForecastException("no actual values to measure the forecast against");
    }
    for (int i = 0; i < actual.length; i++) {
      if (!Double.isFinite(actual[i])) {
        throw new ForecastException(i, "actual value at index " + i + " is " + actual[i] + "; give a finite number");
      }
    }
  }

  /** The MASE scale of {@code y[0..length)}: its mean absolute change over one season (one step if too short). */
  static double scale(double[] y, int length, int period) {
    int lag = length > period ? period : 1;
    if (length <= lag) {
      return 0;
    }
    double sum = 0;
    for (int t = lag; t < length; t++) {
      sum += Math.abs(y[t] - y[t - lag]);
    }
    return sum / (length - lag);
  }
}
