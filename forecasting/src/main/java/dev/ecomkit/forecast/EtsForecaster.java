package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * {@link Forecaster#autoEts()}: the {@link AutoEts} model's forecast, or, when no ETS model can be fitted or its
 * forecast is unusable, the seasonal naive forecast (itself naive for a series shorter than a season), with the
 * reason in the report.
 *
 * <p>Immutable and thread-safe.
 */
final class EtsForecaster implements Forecaster {

  static final EtsForecaster INSTANCE = new EtsForecaster();

  private EtsForecaster() {}

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    String why;
    try {
      return AutoEts.fit(series).forecast(horizon);
    } catch (ForecastException e) {
      why = e.getMessage();
    } catch (IllegalStateException e) { // a non-finite forecast: numerically exploding model
      why = e.getMessage();
    }
    return fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon), "AutoETS: " + why);
  }

  /** {@code forecast} with {@code note} put before its own notes. */
  static Forecast fallBack(Forecast forecast, String note) {
    FitReport report = forecast.report();
    return forecast.withReport(ImmutableFitReport.builder().method(report.method())
        .addNotes(note + ": fell back to " + report.method()).addAllNotes(report.notes()).build());
  }

  @Override
  public String toString() {
    return "Forecaster.autoEts()";
  }
}
