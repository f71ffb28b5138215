package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every length from 1 to 2m + 1 for m = 4, 7, 12 and 52: the automatic forecasters give a finite forecast with
 * ordered intervals, and {@link AutoEts#fit} a model or a typed error, never anything else.
 */
class ShortSeriesGridTest {

  @TestFactory
  List<DynamicTest> everyShortLength() {
    List<DynamicTest> tests = new ArrayList<>();
    for (int m : new int[] {4, 7, 12, 52}) {
      for (int n = 1; n <= 2 * m + 1; n++) {
        int period = m;
        int length = n;
        tests.add(DynamicTest.dynamicTest("m=" + m + " n=" + n, () -> check(series(length, period))));
      }
    }
    return tests;
  }

  private static void check(TimeSeries series) {
    for (Forecaster forecaster : List.of(Forecaster.autoEts(), Forecaster.theta(), Forecaster.dynamicTheta(),
        Forecaster.autoArima(), Forecaster.auto())) {
      Forecast f = forecaster.forecast(series, 2 * series.period());
      for (int h = 0; h < f.horizon(); h++) {
        double lo95 = f.lower(0.95)[h];
        double lo80 = f.lower(0.80)[h];
        double mean = f.mean()[h];
        double hi80 = f.upper(0.80)[h];
        double hi95 = f.upper(0.95)[h];
        assertTrue(Double.isFinite(lo95) && Double.isFinite(hi95), forecaster + " h=" + (h + 1));
        assertTrue(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95, forecaster + " h=" + (h + 1));
      }
    }
    try {
      EtsModel model = AutoEts.fit(series);
      int m = series.period();
      boolean enough = series.size() >= 2 * m;
      boolean declaredSeason = m == 7 || m > AutoEts.LONGEST_ESTIMATED_PERIOD; // daily and weekly data
      boolean explained = model.report().notes().stream().anyMatch(note -> note.contains("season"));
      if (model.period() > 1) {
        assertTrue(enough, model.spec() + " on " + series.size() + " values");
      } else if (!enough) {
        assertTrue(explained, model.report()::toString); // fewer than two seasons: the report says so
      } else if (declaredSeason) {
        // daily and weekly series are never silently non-seasonal: only when no seasonal model could be fitted
        assertTrue(explained && model.report().notes().stream().anyMatch(n -> n.contains("could be fitted")),
            model.report()::toString);
      } // m = 4 or 12 with two seasons or more: the AICc decides, as R's ets, and the spec shows it
      if (declaredSeason && series.size() >= 2 * m + 1) {
        assertTrue(model.period() > 1, () -> "a clearly seasonal series: " + model.report());
      }
    } catch (ForecastException e) {
      assertTrue(series.size() < 5, "n=" + series.size() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      fail("n=" + series.size() + ": " + e);
    }
  }

  /** Positive monthly-like sales: a level, a season and noise. */
  private static TimeSeries series(int n, int m) {
    SplittableRandom random = new SplittableRandom(31L * n + m);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = 100 * (1 + 0.3 * Math.sin(2 * Math.PI * t / m)) + 10 * random.nextDouble();
    }
    return TimeSeries.of(y, m);
  }
}
