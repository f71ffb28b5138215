package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The naive and seasonal naive methods ({@link Forecaster#naive()}, {@link Forecaster#seasonalNaive()}): forecast
 * the value one lag back, where the lag is 1 or the seasonal period.
 *
 * <p>Immutable and thread-safe.
 */
final class LagForecaster implements Forecaster {

  static final LagForecaster NAIVE = new LagForecaster(false);
  static final LagForecaster SEASONAL_NAIVE = new LagForecaster(true);

  private final boolean seasonal;

  private LagForecaster(boolean seasonal) {
    this.seasonal = seasonal;
  }

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] y = series.valuesView();
    int n = y.length;
    int lag = seasonal ? series.period() : 1;
    FitReport report = FitReport.of(seasonal ? "seasonal naive" : "naive");
    if (lag > 1 && n <= lag) {
      lag = 1;
      report = ImmutableFitReport.builder().method("naive").addNotes("seasonal naive needs more than one season ("
          + series.period() + " values) to estimate its error, got " + n + ": used naive").build();
    }
    if (n == 1) {
      report = ImmutableFitReport.builder().method(report.method()).addAllNotes(report.notes())
          .addNotes("one value shows no change to estimate the error from: the intervals have zero width").build();
    }
    double sumOfSquares = 0;
    for (int t = lag; t < n; t++) {
      double change = y[t] - y[t - lag];
      sumOfSquares += change * change;
    }
    double sigma = n > lag ? Math.sqrt(sumOfSquares / (n - lag)) : 0; // one value: no change seen, no spread
    double[] mean = new double[horizon];
    double[] standardError = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      int seasons = (h - 1) / lag; // k: whole lags before step h
      mean[h - 1] = y[n - lag + (h - 1) % lag];
      standardError[h - 1] = sigma * Math.sqrt(lag == 1 ? h : seasons + 1);
    }
    return Forecast.normal(mean, standardError, report);
  }

  @Override
  public String toString() {
    return seasonal ? "Forecaster.seasonalNaive()" : "Forecaster.naive()";
  }
}
