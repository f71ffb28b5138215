package dev.ecomkit.bench.forecast;

import dev.ecomkit.forecast.CalendarEvent;
import dev.ecomkit.forecast.DailyEventFit;
import dev.ecomkit.forecast.DailyEventModel;
import dev.ecomkit.forecast.RetailCalendar;
import dev.ecomkit.forecast.TimeSeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting the daily event model to three years of one SKU's daily sales (1,096 days), one thread, time per fit:
 *
 * <ul>
 *   <li>{@code fit_ecomkit}: {@code DailyEventModel.standard().fit(series)}: 4 Fourier pairs, the 15 events of
 *       {@code RetailCalendar.china()}, robust quasi-Poisson IRLS. Target: at most 20 ms.
 *   <li>{@code fit_olsLog}: the quick alternative a developer reaches for first: commons-math's {@code
 *       OLSMultipleLinearRegression} of log(sales + 1) on the same kind of columns (trend, weekday, Fourier,
 *       event dummies), building the design included; one least-squares solve, not robust, biased on the log scale.
 * </ul>
 *
 * <p>Data from a fixed seed: 300 units a day growing 18 % a year, a weekday pattern, a yearly swing, Double 11
 * ×4 and its pre-sale ×1.4, 618 ×2.5, the Spring Festival shutdown ×0.45, Poisson noise.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable DailyEventBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class DailyEventBenchmark {

  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final int DAYS = 1096;
  private static final Map<String, Double> LIFTS = Map.of("double-11", 3.0, "double-11-presale", 0.4, "618", 1.5,
      "logistics-shutdown", -0.55);

  private TimeSeries series;
  private double[] values;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261128);
    List<CalendarEvent> events = RetailCalendar.china().events(START, START.plusDays(DAYS - 1));
    values = new double[DAYS];
    for (int t = 0; t < DAYS; t++) {
      LocalDate d = START.plusDays(t);
      double mu = 300 * Math.exp(0.18 * t / 365.25 + 0.12 * Math.sin(2 * Math.PI * d.getDayOfYear() / 365.25)
          + (d.getDayOfWeek().getValue() >= 6 ? 0.2 : 0));
      for (CalendarEvent e : events) {
        if (e.contains(d) && LIFTS.containsKey(e.name())) {
          mu *= 1 + LIFTS.get(e.name());
          break;
        }
      }
      values[t] = Math.max(0, Math.round(mu + Math.sqrt(mu) * gaussian(random)));
    }
    series = TimeSeries.daily(START, values);
  }

  private static double gaussian(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  @Benchmark
  public DailyEventFit fit_ecomkit() {
    return DailyEventModel.standard().fit(series);
  }

  @Benchmark
  public double[] fit_olsLog() {
    RetailCalendar calendar = RetailCalendar.china();
    List<CalendarEvent> events = calendar.events(START, START.plusDays(DAYS - 1));
    List<String> names = calendar.rules().stream().map(r -> r.name()).toList();
    int p = 1 + 6 + 8 + names.size(); // trend, weekday, Fourier, events (OLS adds the intercept)
    double[][] x = new double[DAYS][p];
    double[] y = new double[DAYS];
    for (int t = 0; t < DAYS; t++) {
      LocalDate d = START.plusDays(t);
      double[] row = x[t];
      row[0] = ChronoUnit.DAYS.between(START, d) / 365.25;
      int dow = d.getDayOfWeek().getValue();
      if (dow > 1) {
        row[dow - 1] = 1;
      }
      double angle = 2 * Math.PI * d.toEpochDay() / 365.25;
      for (int k = 1; k <= 4; k++) {
        row[5 + 2 * k] = Math.sin(k * angle);
        row[6 + 2 * k] = Math.cos(k * angle);
      }
      for (CalendarEvent e : events) {
        if (e.contains(d)) {
          row[15 + names.indexOf(e.name())] = 1;
          break;
        }
      }
      y[t] = Math.log(values[t] + 1);
    }
    boolean[] used = new boolean[p]; // an event no day falls to would make the matrix singular
    int kept = 0;
    for (int j = 0; j < p; j++) {
      for (int t = 0; t < DAYS && !used[j]; t++) {
        used[j] = x[t][j] != 0;
      }
      kept += used[j] ? 1 : 0;
    }
    double[][] design = new double[DAYS][kept];
    for (int t = 0; t < DAYS; t++) {
      for (int j = 0, c = 0; j < p; j++) {
        if (used[j]) {
          design[t][c++] = x[t][j];
        }
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, design);
    return ols.estimateRegressionParameters();
  }
}
