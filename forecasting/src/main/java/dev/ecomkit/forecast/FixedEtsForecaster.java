package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * {@link Forecaster#ets(String)}: one given ETS model, fitted by maximum likelihood as {@link AutoEts} fits its
 * candidates (initial states all estimated for periods up to 24).
 *
 * <p>Immutable and thread-safe.
 */
final class FixedEtsForecaster implements Forecaster {

  /** Simple exponential smoothing, ETS(A,N,N). */
  static final FixedEtsForecaster SES = new FixedEtsForecaster("ANN");

  private final EtsType type;

  FixedEtsForecaster(String model) {
    checkNotNull(model, "model");
    try {
      this.type = EtsType.parse(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model must be an ETS class such as \"ANN\" or \"MAdM\" (error A or M, "
          + "trend N, A or Ad, season N, A or M), got \"" + model + "\": " + e.getMessage(), e);
    }
    checkArgument(!(type.error == EtsType.Form.ADDITIVE && type.season == EtsType.Form.MULTIPLICATIVE),
        "%s: an additive error with a multiplicative season is numerically unstable (R's ets forbids it by "
            + "default) and has no analytic forecast variance; use ETS(M,*,M)", type);
  }

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] y = series.valuesView();
    int m = series.period();
    if (type.hasSeason() && m == 1) {
      throw new ForecastException(type + " is seasonal, but the series has period 1");
    }
    if (type.needsPositiveData()) {
      for (int t = 0; t < y.length; t++) {
        if (y[t] <= 0) {
          throw new ForecastException(t, type + " needs positive values; the value at index " + t + " is " + y[t]);
        }
      }
    }
    EtsFit.Result fit = EtsFit.fit(type, y, m, type.hasSeason() && m > AutoEts.LONGEST_ESTIMATED_PERIOD, 0,
        EtsFit.TOLERANCE);
    try {
      return EtsModel.of(fit, y, m, FitReport.of(type.toString())).forecast(horizon);
    } catch (IllegalStateException e) {
      throw new ForecastException(type + " gave a non-finite forecast for this series: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "Forecaster.ets(\"" + type.toString().replace("ETS(", "").replace(")", "").replace(",", "") + "\")";
  }
}
