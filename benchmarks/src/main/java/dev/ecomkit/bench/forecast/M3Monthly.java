package dev.ecomkit.bench.forecast;

import dev.ecomkit.forecast.Accuracy;
import dev.ecomkit.forecast.Backtest;
import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.forecast.Forecaster;
import dev.ecomkit.forecast.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The M3 competition's monthly accuracy run (Makridakis &amp; Hibon, "The M3-Competition: results, conclusions and
 * implications", <i>International Journal of Forecasting</i> 16 (2000) 451-476): each of the 1,428 monthly series is
 * forecast 18 months ahead from its training part, on one thread, and compared with its held-out part by
 * {@link Backtest#holdOut}: sMAPE ({@code 200·|y − f| / (|y| + |f|)}, averaged over the 18 steps and then the series,
 * as Hyndman's {@code Mcomp} recalculation) and MASE (scaled by the in-sample mean absolute seasonal difference;
 * Hyndman &amp; Koehler 2006), pooled by {@link Accuracy#combine}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.forecast.M3Monthly ../shared/data/m3/m3-monthly.csv
 *     [method ...]   (naive, snaive, ses, theta, dtheta, ets, arima, et, eta, auto; all by default; -Dm3.limit=N for the first N series only)
 * </pre>
 *
 * <p>The CSV has the columns {@code id,period,type,n,h,start_year,start_cycle,frequency,x,xx}, with the training
 * values {@code x} and the test values {@code xx} space-separated. Not for use as a library.
 */
public final class M3Monthly {

  private M3Monthly() {}

  /** One series: training and test values. */
  record Series(String id, double[] train, double[] test) {}

  /**
   * Runs the accuracy table.
   *
   * @param args the CSV path, then the methods to run
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Series> all = read(Path.of(args[0]));
    int limit = Integer.getInteger("m3.limit", all.size()); // a quick look at the first series only
    all = all.subList(0, Math.min(limit, all.size()));
    Map<String, Forecaster> methods = new LinkedHashMap<>();
    methods.put("naive", Forecaster.naive());
    methods.put("snaive", Forecaster.seasonalNaive());
    methods.put("ses", Forecaster.ets("ANN"));
    methods.put("theta", Forecaster.theta());
    methods.put("dtheta", Forecaster.dynamicTheta());
    methods.put("ets", Forecaster.autoEts());
    methods.put("arima", Forecaster.autoArima());
    methods.put("et", Forecaster.combination(Forecaster.autoEts(), Forecaster.theta()));
    methods.put("eta", Forecaster.combination(Forecaster.autoEts(), Forecaster.theta(), Forecaster.autoArima()));
    methods.put("auto", Forecaster.auto());
    List<String> chosen = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(methods.keySet());
    System.out.printf(Locale.ROOT, "M3 monthly: %d series, horizon 18, one thread%n", all.size());
    System.out.printf(Locale.ROOT, "%-10s %8s %8s %9s %8s %6s%n", "method", "sMAPE", "MASE", "seconds", "cover95",
        "notes");
    for (String name : chosen) {
      Forecaster method = methods.get(name);
      if (method == null) {
        throw new IllegalArgumentException("unknown method " + name + "; known: " + methods.keySet());
      }
      run(name, method, all);
    }
  }

  private static void run(String name, Forecaster method, List<Series> all) {
    List<String> odd = new ArrayList<>();
    int[] noted = {0};
    String[] id = {null};
    Forecaster recording = (series, horizon) -> { // the method, with its reports looked at on the way
      Forecast f = method.forecast(series, horizon);
      if (!f.report().notes().isEmpty()) {
        noted[0]++;
        if (odd.size() < 5) {
          odd.add(id[0] + ": " + f.report().method() + " " + f.report().notes());
        }
      }
      return f;
    };
    List<Accuracy> accuracies = new ArrayList<>();
    long start = System.nanoTime();
    for (Series s : all) {
      id[0] = s.id();
      accuracies.add(Backtest.holdOut(recording, TimeSeries.of(s.train(), 12), s.test()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Accuracy total = Accuracy.combine(accuracies); // every series has 18 points: the means over series
    System.out.printf(Locale.ROOT, "%-10s %8.3f %8.4f %9.2f %8.3f %6d%n", name, total.smape(), total.mase(), seconds,
        total.coverage95(), noted[0]);
    for (String o : odd) {
      System.out.println("    " + o);
    }
  }

  static List<Series> read(Path csv) throws IOException {
    List<Series> all = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.startsWith("id,")) {
        throw new IOException(csv + ": not the M3 CSV (header " + header + ")");
      }
      for (String line; (line = in.readLine()) != null; ) {
        String[] fields = line.split(",");
        all.add(new Series(fields[0], numbers(fields[8]), numbers(fields[9])));
      }
    }
    return all;
  }

  private static double[] numbers(String field) {
    String[] parts = field.trim().split(" ");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Double.parseDouble(parts[i]);
    }
    return values;
  }
}
