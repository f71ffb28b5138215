// ecomkit forecasting in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests
//   jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/forecast.jsh
// (leave out the script name for an interactive session with the same class path)

import dev.ecomkit.forecast.*;
import java.time.YearMonth;

// Four years of a winter jacket's monthly unit sales, Jan 2022 to Dec 2025: Double 11 in November, growing.
// (TB-01-L-2201 of the demo's bundled sales-sample.csv.)
var sales = TimeSeries.monthly(YearMonth.of(2022, 1),
    531, 409, 244, 151, 137, 205, 114, 124, 353, 591, 1299, 1041,
    673, 400, 341, 201, 203, 271, 162, 196, 332, 855, 1652, 1289,
    757, 488, 359, 229, 196, 367, 162, 243, 461, 935, 2025, 1482,
    1017, 657, 487, 249, 261, 420, 217, 292, 592, 1288, 2703, 1880);

// AutoETS fits every admissible exponential smoothing model and keeps the one with the smallest AICc.
var model = AutoEts.fit(sales);
System.out.printf("AutoETS: %s, AICc %.1f, alpha %.3f%n", model.spec(), model.aicc(), model.alpha());

// The recommended automatic method: 12 months ahead with 95 % prediction intervals.
var forecast = Forecaster.auto().forecast(sales, 12);
double[] mean = forecast.mean(), lo = forecast.lower(0.95), hi = forecast.upper(0.95);
for (int h = 0; h < forecast.horizon(); h++) {
  System.out.printf("  %s %6.0f  [%5.0f, %5.0f]%n", YearMonth.from(sales.dateOf(sales.size() + h).orElseThrow()),
      mean[h], lo[h], hi[h]);
}

// Every forecast says how it was made, and any fallback it took.
System.out.println("method: " + forecast.report().method() + ", notes " + forecast.report().notes());

// Backtest: 12-month forecasts from the last 3 month-ends that leave 12 months to check, against seasonal naive.
var auto = Backtest.rollingOrigin(Forecaster.auto(), sales, 12, 3);
var naive = Backtest.rollingOrigin(Forecaster.seasonalNaive(), sales, 12, 3);
System.out.printf("backtest: auto sMAPE %.1f MASE %.2f, seasonal naive sMAPE %.1f MASE %.2f%n", auto.smape(),
    auto.mase(), naive.smape(), naive.mase());

// A new SKU with five months of sales: no seasonal model yet, but still a forecast, and the report says why.
var young = Forecaster.auto().forecast(TimeSeries.monthly(YearMonth.of(2025, 8), 40, 55, 61, 150, 90), 3);
System.out.println("new SKU: " + young.report().method() + ", notes " + young.report().notes());

// Bad data is stopped at the door with a typed error saying what and where.
try {
  TimeSeries.monthly(YearMonth.of(2025, 1), 12, Double.NaN, 15);
} catch (ForecastException e) {
  System.out.println("bad data: " + e.getMessage());
}

System.out.printf("Forecast: %,.0f units in 2026 by %s%n", java.util.Arrays.stream(mean).sum(),
    forecast.report().method());

/exit
