/**
 * Demand forecasting for merchants (销售预测), per seed 001 §2.1 of the merchants' handbook: fit several years of
 * sales history and build a seasonal model.
 *
 * <p>Front doors: a {@link dev.ecomkit.forecast.TimeSeries} (values, seasonal period, optional calendar start) goes
 * into a {@link dev.ecomkit.forecast.Forecaster}, which returns a {@link dev.ecomkit.forecast.Forecast}: point
 * forecasts, prediction intervals and a {@link dev.ecomkit.forecast.FitReport} saying which method produced it and
 * any fallback taken. Bad data gets a {@link dev.ecomkit.forecast.ForecastException} saying what is wrong and where.
 *
 * <pre>{@code
 * TimeSeries sales = TimeSeries.monthly(YearMonth.of(2022, 1), 120, 135, 160, ...);
 * Forecast f = Forecaster.auto().forecast(sales, 12);          // ETS, Theta and dynamic Theta combined
 * f.mean();  f.lower(0.95);  f.upper(0.95);  f.report().notes();
 * EtsModel model = AutoEts.fit(sales);                          // "ETS(M,A,M)": the model, its AICc, forecasts
 * Accuracy a = Backtest.rollingOrigin(Forecaster.auto(), sales, 12, 6);   // sMAPE, MASE, WAPE, coverage
 * }</pre>
 *
 * <ul>
 *   <li>Methods ({@link dev.ecomkit.forecast.Forecaster}'s factories): {@code auto()}, {@code autoEts()}
 *       ({@link dev.ecomkit.forecast.AutoEts}, {@link dev.ecomkit.forecast.EtsModel}), {@code ets(model)},
 *       {@code theta()}, {@code dynamicTheta()}, {@code autoArima()}, {@code naive()}, {@code seasonalNaive()},
 *       and {@code combination(...)} of any of them or of a user's own {@code Forecaster}
 *       ({@link dev.ecomkit.forecast.Forecast#of}, {@link dev.ecomkit.forecast.FitReport#of}).
 *   <li>Evaluation: {@link dev.ecomkit.forecast.Backtest} (single-origin, rolling-origin, hold-out) and
 *       {@link dev.ecomkit.forecast.Accuracy}, per step and pooled over series.
 *   <li>Slow movers: {@code croston()}, {@code sba()}, {@code tsb()} and {@code intermittent()}, which routes by
 *       the Syntetos-Boylan-Croston demand classes.
 *   <li>The Chinese retail calendar: {@link dev.ecomkit.forecast.RetailCalendar} (lunar festivals and Qingming for
 *       1901-2099, events as windows from {@link dev.ecomkit.forecast.EventRule}s, your own from JSON) and the
 *       announced days off as data ({@link dev.ecomkit.forecast.HolidaySchedule}).
 *   <li>Daily sales with event effects: {@link dev.ecomkit.forecast.DailyEventModel} →
 *       {@link dev.ecomkit.forecast.DailyEventFit} ({@link dev.ecomkit.forecast.EventEffect}s, forecasts).
 *   <li>The annual forecast table for supply planning ({@link dev.ecomkit.forecast.AnnualForecastTable}) and
 *       search-volume surges ({@link dev.ecomkit.forecast.SurgeDetector}).
 * </ul>
 *
 * <p>The automatic forecasters never fail on a valid series: they fall back to simpler methods and say so in the
 * report. Formulas cite their sources in each class's javadoc and are tested against R's {@code forecast} package.
 * Every public class says whether it is thread-safe; series, forecasters, models and forecasts are immutable.
 */
@ForecastStyle
package dev.ecomkit.forecast;
