/**
 * Demand forecasting for merchants (销售预测), per seed 001 §2.1 of the merchants' handbook: fit several years of
 * sales history and build a seasonal model.
 *
 * <p>Front doors: a {@link dev.ecomkit.forecast.TimeSeries} (values, seasonal period, optional calendar start) goes
 * into a {@link dev.ecomkit.forecast.Forecaster}, which returns a {@link dev.ecomkit.forecast.Forecast}: point
 * forecasts, prediction intervals and a {@link dev.ecomkit.forecast.FitReport} saying which method produced it.
 * Bad data gets a {@link dev.ecomkit.forecast.ForecastException} saying what is wrong and where.
 *
 * <pre>{@code
 * TimeSeries sales = TimeSeries.monthly(YearMonth.of(2022, 1), 120, 135, 160, ...);
 * Forecast f = Forecaster.seasonalNaive().forecast(sales, 12);
 * f.mean();  f.lower(0.95);  f.upper(0.95);
 * }</pre>
 *
 * <p>Built so far: time series with explicit fill policies for gaps, and the benchmark forecasters naive and
 * seasonal naive. Exponential smoothing with automatic model choice, Theta, combinations and backtests come next
 * (issue 15), then the Chinese retail calendar (issue 21).
 *
 * <p>Every public class says whether it is thread-safe; series, forecasters and forecasts are immutable.
 */
@ForecastStyle
package dev.ecomkit.forecast;
