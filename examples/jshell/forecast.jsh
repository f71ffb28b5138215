// ecomkit forecasting in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/forecast.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

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

// The Chinese retail calendar: lunar festivals 1901-2099, and the events that move demand, each a window of days.
var cal = RetailCalendar.china();
System.out.println("Spring Festival 2027: " + cal.springFestival(2027) + ", Mid-Autumn 2026: " + cal.midAutumn(2026));
cal.events(java.time.Year.of(2026)).stream().filter(e -> e.name().startsWith("double-11")).
    forEach(e -> System.out.println("  " + e));
var mine = cal.with(EventRule.fixed("brand-day", 8, 8).daysBefore(3).build());

// Daily sales with events: two years of a SKU that triples on Double 11 and doubles on 618, with weekly noise.
var start = java.time.LocalDate.of(2024, 1, 1);
var days = new double[731];
var rnd = new java.util.Random(1);
for (int t = 0; t < days.length; t++) {
  var d = start.plusDays(t);
  double lift = d.getMonthValue() == 11 && d.getDayOfMonth() == 11 ? 3 : d.getMonthValue() == 6 && d.getDayOfMonth() == 18 ? 2 : 1;
  days[t] = Math.round(200 * lift * (d.getDayOfWeek().getValue() >= 6 ? 1.2 : 1) * (1 + 0.05 * rnd.nextGaussian()));
}
var fit = DailyEventModel.builder().calendar(mine).build().fit(TimeSeries.daily(start, days));
fit.effects().stream().filter(e -> e.name().equals("double-11") || e.name().equals("618")).
    forEach(e -> System.out.println("  " + e.describe()));

// Slow movers: Croston, SBA, TSB, or automatic routing by the demand class.
var slow = TimeSeries.monthly(YearMonth.of(2024, 1), 0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 4, 0, 0, 3, 0, 0, 0, 6, 0);
var sba = Forecaster.intermittent().forecast(slow, 3);
System.out.printf("slow mover: %.2f a month by %s, %s%n", sba.mean()[0], sba.report().method(), sba.report().notes());

// Search-volume surges: one alert a surge, with its evidence.
var volume = new double[60];
for (int k = 0; k < volume.length; k++) {
  volume[k] = (k >= 50 ? 17_000 : 10_000) * (1 + 0.03 * rnd.nextGaussian());
}
var alerts = SurgeDetector.weekly().detect(TimeSeries.weekly(java.time.LocalDate.of(2025, 1, 6), volume));
alerts.forEach(a -> System.out.println("  " + a.evidence()));

// The annual forecast table for supply planning: units per quarter with intervals and the stock to hold.
var table = AnnualForecastTable.builder().build(java.util.Map.of("TB-01-M-2504", sales, "TB-09-S-2504", slow),
    java.time.Year.of(2027));
System.out.print(table.toCsv());

System.out.println("Calendar: Spring Festival 2027 is " + cal.springFestival(2027) + ", " + alerts.size()
    + " surge alert, " + table.skus().size() + " SKUs in the 2027 table");

/exit
