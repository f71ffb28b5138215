package dev.ecomkit.examples;

import dev.ecomkit.forecast.AnnualForecastTable;
import dev.ecomkit.forecast.CalendarEvent;
import dev.ecomkit.forecast.DailyEventFit;
import dev.ecomkit.forecast.DailyEventModel;
import dev.ecomkit.forecast.EventEffect;
import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.forecast.QuarterForecast;
import dev.ecomkit.forecast.RetailCalendar;
import dev.ecomkit.forecast.SkuForecast;
import dev.ecomkit.forecast.SurgeAlert;
import dev.ecomkit.forecast.SurgeDetector;
import dev.ecomkit.forecast.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The calendar part of the forecast section: the Chinese retail calendar, the event effects of the bundled three
 * years of a SKU's daily sales ({@link DailySalesSampleGenerator}), the next year's daily forecast as a chart, the
 * annual quarter table of the monthly sample, and a search-volume surge.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class ForecastCalendarDemo {

  static final String CHART = "forecast-daily.png";
  static final String EFFECTS_CHART = "event-effects.png";

  private ForecastCalendarDemo() {}

  static String report(List<ForecastDemo.History> monthly, Path chartDir) throws IOException {
    StringBuilder sb = new StringBuilder("\n== Forecasts: the retail calendar and daily events ==\n");
    RetailCalendar cal = RetailCalendar.china();
    sb.append("Spring Festival (春节): ");
    for (int y = 2025; y <= 2028; y++) {
      sb.append(y == 2025 ? "" : ", ").append(cal.springFestival(y));
    }
    sb.append(String.format(Locale.ROOT, "; Mid-Autumn 2026 %s; Qingming 2026 %s%n", cal.midAutumn(2026),
        cal.qingming(2026)));
    sb.append("Events of 2026, each a window of days:\n");
    List<String> names = new ArrayList<>();
    for (CalendarEvent e : cal.events(Year.of(2026))) {
      names.add(e.toString());
    }
    for (int i = 0; i < names.size(); i += 3) {
      sb.append("  ").append(String.join("; ", names.subList(i, Math.min(names.size(), i + 3)))).append('\n');
    }

    double[] daily = readDaily();
    TimeSeries sales = TimeSeries.daily(DailySalesSampleGenerator.START, daily);
    DailyEventFit fit = DailyEventModel.standard().fit(sales);
    sb.append(String.format(Locale.ROOT, "%nEvent effects in %d days of a gift box's sales (%s bundled, %s to %s), "
        + "estimated by DailyEventModel:%n", daily.length, DailySalesSampleGenerator.DAILY,
        DailySalesSampleGenerator.START, DailySalesSampleGenerator.START.plusDays(daily.length - 1)));
    EventEffect d11 = null;
    for (EventEffect e : fit.effects()) {
      boolean clear = e.lower() > 0 || e.upper() < 0;
      if (clear) {
        sb.append("  ").append(e.describe()).append('\n');
      }
      if (e.name().equals("double-11")) {
        d11 = e;
      }
    }
    sb.append("  (events whose interval holds 0 are left out)\n");
    Forecast next = fit.forecast(365);
    Path chart = chart(chartDir, sales, next);
    double total = 0;
    for (double m : next.mean()) {
      total += m;
    }
    Path effectsChart = effectsChart(chartDir, fit.effects());
    sb.append(String.format(Locale.ROOT, "2026 forecast: %,.0f units. Charts: the last year and the forecast with its "
        + "95 %% band in %s, the effects with their intervals in %s%n", total, chart, effectsChart));

    Map<String, TimeSeries> histories = new LinkedHashMap<>();
    for (ForecastDemo.History h : monthly) {
      histories.put(h.sku(), h.series());
    }
    Year nextYear = Year.of(lastMonth(monthly) + 1);
    AnnualForecastTable table = AnnualForecastTable.builder().ranking(AnnualForecastTable.Ranking.UNITS)
        .build(histories, nextYear);
    sb.append(String.format(Locale.ROOT, "%nAnnual forecast table %s (年度销售预测表), units per quarter (95 %% "
        + "interval) and the stock to hold for 95 %% service:%n", nextYear));
    sb.append(String.format(Locale.ROOT, "  %-14s %-22s %-22s %-22s %-22s%n", "SKU", "Q1", "Q2", "Q3", "Q4"));
    for (SkuForecast s : table.skus()) {
      sb.append(String.format(Locale.ROOT, "  %-14s", s.sku()));
      for (QuarterForecast q : s.quarters()) {
        sb.append(String.format(Locale.ROOT, " %-22s", String.format(Locale.ROOT, "%.0f (%.0f-%.0f) %.0f",
            q.units(), q.lower(), q.upper(), q.stock())));
      }
      sb.append("   ").append(s.method().startsWith("SBA") ? "slow mover: SBA" : "").append('\n');
    }
    for (int q = 1; q <= 4; q++) {
      sb.append(q == 1 ? "  lead products by units: " : "; ").append("Q").append(q).append(' ')
          .append(table.leadProducts(q, 1).get(0).sku());
    }
    sb.append('\n');

    List<SurgeAlert> alerts = SurgeDetector.weekly().detect(readSearch());
    sb.append(String.format(Locale.ROOT, "%nSearch volume of the category keyword, %d weeks (%s bundled): %d surge "
        + "alert%s%n", 104, DailySalesSampleGenerator.SEARCH, alerts.size(), alerts.size() == 1 ? "" : "s"));
    for (SurgeAlert a : alerts) {
      sb.append("  ").append(a.evidence()).append('\n');
    }
    sb.append(String.format(Locale.ROOT, "%nCalendar: Spring Festival 2027 is %s; %s; %d surge alert%s%n",
        cal.springFestival(2027), d11 == null ? "no Double 11 in the history" : d11.describe(), alerts.size(),
        alerts.size() == 1 ? "" : "s"));
    return sb.toString();
  }

  private static int lastMonth(List<ForecastDemo.History> monthly) {
    int year = Integer.MIN_VALUE;
    for (ForecastDemo.History h : monthly) {
      year = Math.max(year, h.series().dateOf(h.series().size() - 1).orElseThrow().getYear());
    }
    return year;
  }

  private static double[] readDaily() throws IOException {
    List<Double> units = new ArrayList<>();
    try (Reader r = SampleFiles.open(new String[0], DailySalesSampleGenerator.DAILY);
        BufferedReader csv = new BufferedReader(r)) {
      csv.readLine();
      for (String line = csv.readLine(); line != null; line = csv.readLine()) {
        units.add(Double.parseDouble(line.substring(line.indexOf(',') + 1)));
      }
    }
    return units.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static TimeSeries readSearch() throws IOException {
    List<Double> volume = new ArrayList<>();
    try (Reader r = SampleFiles.open(new String[0], DailySalesSampleGenerator.SEARCH);
        BufferedReader csv = new BufferedReader(r)) {
      csv.readLine();
      for (String line = csv.readLine(); line != null; line = csv.readLine()) {
        volume.add(Double.parseDouble(line.substring(line.indexOf(',') + 1)));
      }
    }
    return TimeSeries.weekly(DailySalesSampleGenerator.FIRST_WEEK,
        volume.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The last 365 days and the forecast with its 95 % band, as a PNG; returns its path. */
  static Path chart(Path dir, TimeSeries sales, Forecast next) throws IOException {
    System.setProperty("java.awt.headless", "true");
    double[] y = sales.values();
    int from = Math.max(0, y.length - 365);
    List<Date> hx = new ArrayList<>();
    List<Double> hy = new ArrayList<>();
    for (int t = from; t < y.length; t++) {
      hx.add(date(sales.dateOf(t).orElseThrow()));
      hy.add(y[t]);
    }
    List<Date> fx = new ArrayList<>();
    List<Double> fm = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    double[] mean = next.mean();
    double[] lower = next.lower(0.95);
    double[] upper = next.upper(0.95);
    for (int h = 0; h < mean.length; h++) {
      fx.add(date(sales.dateOf(y.length + h).orElseThrow()));
      fm.add(mean[h]);
      lo.add(Math.max(0, lower[h]));
      hi.add(upper[h]);
    }
    XYChart chart = new XYChartBuilder().width(1200).height(500).title("Daily sales and forecast with events")
        .xAxisTitle("day").yAxisTitle("units").build();
    chart.getStyler().setDatePattern("yyyy-MM");
    XYSeries history = chart.addSeries("history", hx, hy);
    history.setMarker(SeriesMarkers.NONE);
    XYSeries band = chart.addSeries("95 % interval", fx, fm, null);
    band.setMarker(SeriesMarkers.NONE);
    XYSeries forecast = chart.addSeries("forecast", fx, fm);
    forecast.setMarker(SeriesMarkers.NONE);
    XYSeries low = chart.addSeries("lower", fx, lo);
    low.setMarker(SeriesMarkers.NONE);
    low.setShowInLegend(false);
    XYSeries high = chart.addSeries("upper", fx, hi);
    high.setMarker(SeriesMarkers.NONE);
    high.setShowInLegend(false);
    chart.removeSeries("95 % interval");
    Files.createDirectories(dir);
    Path file = dir.resolve(CHART);
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    return file;
  }

  /** The event effects in % with their 95 % intervals as error bars, as a PNG; returns its path. */
  static Path effectsChart(Path dir, List<EventEffect> effects) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (EventEffect e : effects) {
      if (e.kind() != dev.ecomkit.forecast.EventRule.Effect.MULTIPLICATIVE) {
        continue;
      }
      names.add(e.name());
      values.add(100 * e.estimate());
      errors.add(100 * (e.upper() - e.lower()) / 2);
    }
    org.knowm.xchart.CategoryChart chart = new org.knowm.xchart.CategoryChartBuilder().width(1200).height(500)
        .title("Event effects on daily sales, % (bars: ± half the 95 % interval, which is not symmetric)").xAxisTitle("event").yAxisTitle("%").build();
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("effect", names, values, errors);
    Files.createDirectories(dir);
    Path file = dir.resolve(EFFECTS_CHART);
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    return file;
  }

  /** The start of the day in UTC, as the charts take dates. */
  static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
