package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * {@link Forecaster#autoEts()}: the {@link AutoEts} model's forecast; if that forecast is not finite, simple
 * exponential smoothing's (ETS(A,N,N)); when no ETS model can be fitted or neither forecast is usable, the seasonal
 * naive forecast (itself naive for a series shorter than a season). The report says which and why.
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
    EtsModel model;
    try {
      model = AutoEts.fit(series);
    } catch (ForecastException e) { // too short for any ETS model, so for a simpler one too
      return Forecast.fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon), "AutoETS: " + e.getMessage());
    }
    try {
      return model.forecast(horizon);
    } catch (IllegalStateException e) { // a non-finite forecast: the simplest ETS model next
      String why = "AutoETS: " + model.spec() + " gave a non-finite forecast";
      try {
        Forecast simple = FixedEtsForecaster.SES.forecast(series, horizon);
        return Forecast.fallBack(simple, why);
      } catch (ForecastException | IllegalStateException again) {
        return Forecast.fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon), why + ", and so did ETS(A,N,N)");
      }
    }
  }

  @Override
  public String toString() {
    return "Forecaster.autoEts()";
  }
}
