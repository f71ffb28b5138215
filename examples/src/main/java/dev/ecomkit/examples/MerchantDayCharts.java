package dev.ecomkit.examples;

import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.segment.RfmCustomer;
import dev.ecomkit.segment.kol.FunnelReport;
import dev.ecomkit.segment.kol.FunnelStage;
import dev.ecomkit.supply.EchelonResult;
import dev.ecomkit.supply.SimulationResult;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The four charts of the merchant day ({@link MerchantDay}), written as PNG: the forecast against what happened
 * with its 95 % intervals, the bullwhip per echelon, the KOL funnel per tier, and the RFM segment map.
 *
 * <p>Stateless; not thread-safe (XChart is not); not a library class.
 */
final class MerchantDayCharts {

  static final String FORECAST = "forecast-vs-actual.png";
  static final String BULLWHIP = "bullwhip-per-echelon.png";
  static final String KOL = "kol-funnel.png";
  static final String RFM = "rfm-segment-map.png";
  static final List<String> ALL = List.of(FORECAST, BULLWHIP, KOL, RFM);

  private MerchantDayCharts() {}

  /** Writes the charts into {@code dir} (created if missing); returns their paths in {@link #ALL}'s order. */
  static List<Path> write(MerchantDay.Day day, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    return List.of(save(forecast(day), dir.resolve(FORECAST)), save(bullwhip(day), dir.resolve(BULLWHIP)),
        save(kol(day), dir.resolve(KOL)), save(rfm(day), dir.resolve(RFM)));
  }

  private static Path save(Chart<?, ?> chart, Path file) throws IOException {
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    return file;
  }

  /** Sales since July 2025, last year's Q4 forecast (the backtest) and next quarter's, each with its 95 % band. */
  static XYChart forecast(MerchantDay.Day day) {
    XYChart chart = new XYChartBuilder().width(1200).height(500).title("Down jackets a day: actual, the Q4 2025 "
        + "backtest and the Q4 2026 forecast, with 95 % intervals").xAxisTitle("day").yAxisTitle("units").build();
    chart.getStyler().setDatePattern("yyyy-MM");
    LocalDate first = LocalDate.of(2025, 7, 1);
    double[] y = day.sales().values();
    int from = (int) java.time.temporal.ChronoUnit.DAYS.between(MerchantDayData.SALES_START, first);
    List<Date> x = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    for (int t = from; t < y.length; t++) {
      x.add(ForecastCalendarDemo.date(MerchantDayData.SALES_START.plusDays(t)));
      actual.add(y[t]);
    }
    line(chart, "actual", x, actual, true).setLineColor(new Color(40, 80, 200));
    band(chart, "Q4 2025 backtest", MerchantDayData.DAY.minusYears(1).plusDays(1), day.backtest(),
        new Color(230, 120, 0));
    band(chart, "Q4 2026 forecast", MerchantDayData.DAY.plusDays(1), day.next(), new Color(200, 0, 60));
    return chart;
  }

  private static void band(XYChart chart, String name, LocalDate first, Forecast f, Color color) {
    double[] mean = f.mean();
    double[] lower = f.lower(0.95);
    double[] upper = f.upper(0.95);
    List<Date> x = new ArrayList<>();
    List<Double> m = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    for (int h = 0; h < mean.length; h++) {
      x.add(ForecastCalendarDemo.date(first.plusDays(h)));
      m.add(mean[h]);
      lo.add(Math.max(0, lower[h]));
      hi.add(upper[h]);
    }
    line(chart, name, x, m, true).setLineColor(color);
    for (List<Double> edge : List.of(lo, hi)) {
      XYSeries s = line(chart, name + (edge == lo ? " 95 % low" : " 95 % high"), x, edge, false);
      s.setLineColor(color);
      s.setLineStyle(SeriesLines.DASH_DASH);
    }
  }

  private static XYSeries line(XYChart chart, String name, List<Date> x, List<Double> y, boolean legend) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setShowInLegend(legend);
    return s;
  }

  /** Each stage's order swing (coefficient of variation of its weekly orders), without and with smoothing. */
  static CategoryChart bullwhip(MerchantDay.Day day) {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title("Bullwhip per echelon: how much "
        + "weekly orders swing (CV, %)").xAxisTitle("echelon").yAxisTitle("%").build();
    for (SimulationResult r : new SimulationResult[] {day.chain(), day.smoothed()}) {
      List<String> names = new ArrayList<>(List.of("end demand"));
      List<Double> swing = new ArrayList<>(List.of(100 * r.endDemandSwing()));
      for (EchelonResult e : r.echelons()) {
        names.add(e.name());
        swing.add(100 * e.orderSwing());
      }
      chart.addSeries(r == day.chain() ? "order-up-to" : "smoothed, Ti = 4", names, swing);
    }
    return chart;
  }

  /** Users reaching each funnel step per 1,000 views, per tier. */
  static CategoryChart kol(MerchantDay.Day day) {
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title("Double 11 warm-up: the KOL funnel "
        + "per tier, users per 1,000 views").xAxisTitle("step").yAxisTitle("per 1,000 views").build();
    List<FunnelStage.Stage> steps = List.of(FunnelStage.Stage.CLICK, FunnelStage.Stage.ADD_TO_CART,
        FunnelStage.Stage.ORDER, FunnelStage.Stage.REPURCHASE);
    List<String> names = new ArrayList<>();
    for (FunnelStage.Stage s : steps) {
      names.add(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    for (Map.Entry<String, FunnelReport> tier : day.kol().byTier().entrySet()) {
      List<Double> perThousand = new ArrayList<>();
      for (FunnelStage.Stage s : steps) {
        perThousand.add(1000.0 * tier.getValue().count(s) / tier.getValue().views());
      }
      chart.addSeries(tier.getKey(), names, perThousand);
    }
    return chart;
  }

  /** Every customer by days since the last order and orders, coloured by segment. */
  static XYChart rfm(MerchantDay.Day day) {
    XYChart chart = new XYChartBuilder().width(1000).height(600).title("RFM segment map: days since the last order "
        + "against orders (jittered), one colour a segment").xAxisTitle("days since the last order")
        .yAxisTitle("orders").build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(4);
    Map<String, List<double[]>> bySegment = new LinkedHashMap<>();
    int i = 0;
    for (RfmCustomer c : day.customers().customers()) {
      double jitter = ((i++ * 0.6180339887) % 1 - 0.5) * 0.6;
      bySegment.computeIfAbsent(c.segment(), k -> new ArrayList<>())
          .add(new double[] {c.recencyDays(), c.frequency() + jitter});
    }
    bySegment.forEach((segment, points) -> {
      double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
      double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
      chart.addSeries(segment, x, y).setMarker(SeriesMarkers.CIRCLE);
    });
    return chart;
  }
}
