package dev.ecomkit.forecast;

/**
 * A forecasting method: a series in, a {@link Forecast} out. The library's methods come from the static factories;
 * a user's own method implements this interface and plugs into the same batch and evaluation code.
 *
 * <pre>{@code
 * Forecast f = Forecaster.seasonalNaive().forecast(TimeSeries.monthly(YearMonth.of(2022, 1), sales), 12);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and must answer every valid series with a finite
 * forecast or a {@link ForecastException} saying why the series cannot be forecast by this method.
 *
 * @since 0.1
 */
public interface Forecaster {

  /**
   * Forecasts the next {@code horizon} steps of a series.
   *
   * @param series the history
   * @param horizon how many steps to forecast, at least 1
   * @return the forecast, with {@code horizon} steps
   * @throws ForecastException if the series cannot be forecast by this method
   * @throws IllegalArgumentException if {@code horizon} is below 1
   * @since 0.1
   */
  Forecast forecast(TimeSeries series, int horizon);

  /**
   * The naive method (random walk): every step forecasts the last value. The benchmark every method must beat
   * (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.2). Its standard
   * error at step {@code h} is {@code σ·√h}, with {@code σ²} the mean squared one-step change of the history
   * (§5.5, as R's {@code forecast::naive}).
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster naive() {
    return LagForecaster.NAIVE;
  }

  /**
   * The seasonal naive method: each step forecasts the value one season earlier ({@code ŷ(T+h) = y(T+h−m·(k+1))},
   * {@code k = ⌊(h−1)/m⌋}), standard error {@code σ·√(k+1)} with {@code σ²} the mean squared change over one season
   * (FPP3 §5.2, §5.5, as R's {@code forecast::snaive}). For a series shorter than one season, or of period 1, it
   * is the naive method, and the report says so.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster seasonalNaive() {
    return LagForecaster.SEASONAL_NAIVE;
  }
}
