package dev.ecomkit.examples;

import dev.ecomkit.forecast.Accuracy;
import dev.ecomkit.forecast.AutoEts;
import dev.ecomkit.forecast.Backtest;
import dev.ecomkit.forecast.EtsModel;
import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.forecast.ForecastException;
import dev.ecomkit.forecast.Forecaster;
import dev.ecomkit.forecast.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The forecasting section of the demo, on a CSV of monthly unit sales per SKU (the bundled {@code sales-sample.csv}
 * written by {@link SalesSampleGenerator}, or a file given as argument; columns {@code sku,month,units} with the
 * month as {@code 2025-12}, first line a header, each SKU's months consecutive and in order). For each SKU:
 * <ol>
 *   <li>the model {@link AutoEts} chooses, and the methods {@link Forecaster#auto()} combines;
 *   <li>the next 12 months forecast by {@link Forecaster#auto()}, with 95 % prediction intervals (unit sales are
 *       not negative: an interval end below 0 is shown as 0);
 *   <li>a backtest ({@link Backtest#rollingOrigin}): 12-month forecasts from up to 6 past month-ends, each fitted
 *       on at least 24 months, scored against what was sold, for {@link Forecaster#auto()} and the seasonal naive
 *       benchmark (same month last year); a SKU with less history than that is not backtested;
 *   <li>the notes of the fit reports: any fallback taken, and why.
 * </ol>
 * Then the backtests pooled over all SKUs ({@link Accuracy#combine}).
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class ForecastDemo {

  static final String SAMPLE = "sales-sample.csv";
  static final int HORIZON = 12;
  static final int MAX_ORIGINS = 6;
  /** The shortest history a backtest fits on: two full years, so that seasonal models are in the running. */
  static final int MIN_TRAINING = 24;

  /** One SKU's monthly sales. */
  record History(String sku, TimeSeries series) {}

  private ForecastDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String name = SampleFiles.name(args, SAMPLE);
    List<History> histories;
    try (Reader csv = SampleFiles.open(args, SAMPLE)) {
      histories = read(csv, name);
    }
    out.print(report(histories, name));
    out.print(ForecastCalendarDemo.report(histories, chartDirectory()));
  }

  /** examples/target when the demo runs from the project root, else target. */
  static java.nio.file.Path chartDirectory() {
    java.nio.file.Path examples = java.nio.file.Path.of("examples", "target");
    return java.nio.file.Files.isDirectory(examples) ? examples : java.nio.file.Path.of("target");
  }

  /**
   * Reads {@code sku,month,units} lines into one monthly series per SKU, in the order the SKUs first appear.
   *
   * @throws IllegalArgumentException naming the file and line, for a malformed line or a month out of sequence
   */
  static List<History> read(Reader reader, String name) throws IOException {
    Map<String, List<Double>> units = new LinkedHashMap<>();
    Map<String, YearMonth> starts = new LinkedHashMap<>();
    Map<String, YearMonth> lastMonth = new LinkedHashMap<>();
    BufferedReader csv = new BufferedReader(reader);
    csv.readLine(); // header
    int lineNumber = 1;
    for (String line; (line = csv.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length < 3) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": expected sku,month,units, got \""
            + line + "\"");
      }
      String sku = fields[0].trim();
      YearMonth month;
      double value;
      try {
        month = YearMonth.parse(fields[1].trim());
        value = Double.parseDouble(fields[2].trim());
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": expected a month like 2025-12 and a "
            + "number of units, got \"" + line + "\"", e);
      }
      YearMonth previous = lastMonth.put(sku, month);
      if (previous == null) {
        starts.put(sku, month);
      } else if (!month.equals(previous.plusMonths(1))) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": " + sku + " has " + month + " after "
            + previous + "; give every month in order, 0 for a month without sales");
      }
      units.computeIfAbsent(sku, k -> new ArrayList<>()).add(value);
    }
    List<History> histories = new ArrayList<>();
    units.forEach((sku, values) -> histories.add(new History(sku,
        TimeSeries.monthly(starts.get(sku), values.stream().mapToDouble(Double::doubleValue).toArray()))));
    return histories;
  }

  static String report(List<History> histories, String name) {
    StringBuilder sb = new StringBuilder("== Forecasts (ecomkit-forecasting) ==\n");
    sb.append(String.format(Locale.ROOT, "Monthly unit sales of %d SKU%s from %s. Per SKU: the model AutoETS "
        + "chooses; the next%n%d months by Forecaster.auto() with 95 %% prediction intervals (ends below 0 shown as "
        + "0); a backtest:%n%d-month forecasts made at up to %d past month-ends (origins), each from at least %d "
        + "months of history,%nscored against what sold by sMAPE (0-200) and MASE (below 1: better than same month "
        + "last year in the%nhistory), for auto and for the seasonal naive benchmark.%n",
        histories.size(), histories.size() == 1 ? "" : "s", name, HORIZON, HORIZON, MAX_ORIGINS, MIN_TRAINING));
    List<Accuracy> autoParts = new ArrayList<>();
    List<Accuracy> naiveParts = new ArrayList<>();
    int autoWins = 0;
    for (History history : histories) {
      Accuracy[] backtest = skuReport(history, sb);
      if (backtest != null) {
        autoParts.add(backtest[0]);
        naiveParts.add(backtest[1]);
        autoWins += backtest[0].mase() < backtest[1].mase() ? 1 : 0;
      }
    }
    if (!autoParts.isEmpty()) {
      Accuracy auto = Accuracy.combine(autoParts);
      Accuracy naive = Accuracy.combine(naiveParts);
      sb.append(String.format(Locale.ROOT, "%nBacktests pooled over %d SKU%s (%,d forecast months): auto sMAPE "
          + "%s, MASE %s, WAPE %s %%, 95 %% interval%nheld %s %% of actuals; seasonal naive sMAPE %s, MASE %s, "
          + "WAPE %s %%. Auto has the lower MASE on %d of %d.%n", autoParts.size(),
          autoParts.size() == 1 ? "" : "s", auto.points(),
          number(auto.smape(), 1), number(auto.mase(), 2), number(auto.wape(), 1),
          number(100 * auto.coverage95(), 0), number(naive.smape(), 1), number(naive.mase(), 2),
          number(naive.wape(), 1), autoWins, autoParts.size()));
    }
    return sb.toString();
  }

  /** Appends one SKU's section; returns the backtest accuracies of auto and seasonal naive, or null if none. */
  private static Accuracy[] skuReport(History history, StringBuilder sb) {
    TimeSeries series = history.series();
    int n = series.size();
    double[] y = series.values();
    sb.append(String.format(Locale.ROOT, "%n%s  %d months %s..%s", history.sku(), n, month(series, 0),
        month(series, n - 1)));
    if (n >= 2 * HORIZON) {
      double last = sum(y, n - HORIZON, n);
      double before = sum(y, n - 2 * HORIZON, n - HORIZON);
      String change = before == 0 ? "none in the 12 before"
          : String.format(Locale.ROOT, "%+.0f %% on the 12 before", 100 * (last / before - 1));
      sb.append(String.format(Locale.ROOT, ", last 12 months %,.0f units (%s)", last, change));
    }
    sb.append('\n');

    Set<String> notes = new LinkedHashSet<>();
    Forecast forecast = Forecaster.auto().forecast(series, HORIZON);
    String method = "Forecaster.auto() is the " + forecast.report().method();
    try {
      EtsModel model = AutoEts.fit(series);
      sb.append(String.format(Locale.ROOT, "  AutoETS chooses %s (AICc %.1f); %s%n", model.spec(), model.aicc(),
          method));
    } catch (ForecastException e) { // too short for any ETS model; Forecaster.auto() falls back
      sb.append("  AutoETS: ").append(e.getMessage()).append("\n  ").append(method).append('\n');
    }
    notes.addAll(forecast.report().notes());
    forecastTable(series, forecast, sb);

    Accuracy[] result = null;
    int origins = Math.min(MAX_ORIGINS, n - HORIZON - MIN_TRAINING + 1);
    if (origins < 1) {
      sb.append(String.format(Locale.ROOT, "  backtest: not done, %d months are too few (%d to fit, %d to check)%n",
          n, MIN_TRAINING, HORIZON));
    } else {
      Accuracy auto = Backtest.rollingOrigin(Forecaster.auto(), series, HORIZON, origins);
      Accuracy naive = Backtest.rollingOrigin(Forecaster.seasonalNaive(), series, HORIZON, origins);
      String from = month(series, n - HORIZON - origins).toString();
      String to = month(series, n - HORIZON - 1).toString();
      sb.append(String.format(Locale.ROOT, "  backtest, origins %s: auto sMAPE %s, MASE %s | seasonal naive "
          + "sMAPE %s, MASE %s%n", origins == 1 ? from : from + ".." + to,
          number(auto.smape(), 1), number(auto.mase(), 2), number(naive.smape(), 1), number(naive.mase(), 2)));
      result = new Accuracy[] {auto, naive};
    }
    for (String note : notes) {
      sb.append("  note: ").append(note).append('\n');
    }
    return result;
  }

  /** The forecast as three rows of 12 months: mean, and the ends of the 95 % interval. */
  private static void forecastTable(TimeSeries series, Forecast forecast, StringBuilder sb) {
    int n = series.size();
    double[] mean = forecast.mean();
    double[] lo = forecast.lower(0.95);
    double[] hi = forecast.upper(0.95);
    YearMonth first = YearMonth.from(series.dateOf(n).orElseThrow());
    YearMonth last = first.plusMonths(forecast.horizon() - 1L);
    String years = first.getYear() == last.getYear() ? Integer.toString(first.getYear())
        : first.getYear() + "/" + String.format(Locale.ROOT, "%02d", last.getYear() % 100);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-12s", years));
    StringBuilder meanRow = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "forecast"));
    StringBuilder loRow = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "95 % from"));
    StringBuilder hiRow = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "95 % to"));
    for (int h = 0; h < forecast.horizon(); h++) {
      header.append(String.format(Locale.ROOT, "%6s",
          first.plusMonths(h).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
      meanRow.append(String.format(Locale.ROOT, "%6.0f", mean[h]));
      loRow.append(String.format(Locale.ROOT, "%6.0f", Math.max(lo[h], 0)));
      hiRow.append(String.format(Locale.ROOT, "%6.0f", hi[h]));
    }
    sb.append(header).append('\n').append(meanRow).append('\n').append(loRow).append('\n').append(hiRow).append('\n');
  }

  private static YearMonth month(TimeSeries series, int index) {
    LocalDate date = series.dateOf(index).orElseThrow();
    return YearMonth.from(date);
  }

  /** The sum of {@code values[from..to)}. */
  static double sum(double[] values, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += values[i];
    }
    return s;
  }

  /** {@code value} with {@code decimals} decimals, or {@code n/a} for NaN (a measure nothing was counted for). */
  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
