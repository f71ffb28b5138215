package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extreme values and periods, user-supplied forecasters, and daily seasons. */
class RobustnessTest {

  private static final List<Forecaster> AUTOMATIC = List.of(Forecaster.auto(), Forecaster.autoEts(),
      Forecaster.theta(), Forecaster.dynamicTheta(), Forecaster.autoArima(), Forecaster.seasonalNaive());

  @Test
  void hugeAndNegativeLevelsForecastFinitely() {
    for (double factor : new double[] {3e10, -3e10, 1e90, 1e-300}) {
      double[] y = Datasets.US_ACCIDENTAL_DEATHS.clone();
      for (int t = 0; t < y.length; t++) {
        y[t] *= factor;
      }
      for (Forecaster forecaster : AUTOMATIC) {
        Forecast f = forecaster.forecast(TimeSeries.of(y, 12), 12);
        for (int h = 0; h < 12; h++) {
          assertTrue(Double.isFinite(f.lower(0.95)[h]) && Double.isFinite(f.upper(0.95)[h]),
              forecaster + " ×" + factor);
          assertTrue(Math.abs(f.mean()[h]) < 3 * 11317 * Math.abs(factor), forecaster + " ×" + factor);
        }
      }
    }
  }

  @Test
  void valuesBeyondTheLimitAreRejectedAtTheDoor() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> TimeSeries.of(new double[] {1, 2e100, 3}, 1));
    assertEquals(1, e.index().getAsInt());
    assertTrue(e.getMessage().contains("limited to ±1e100"), e.getMessage());
  }

  @Test
  void anEnormousPeriodFallsBackInsteadOfOverflowing() {
    double[] y = new double[40];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 + t % 5;
    }
    for (int period : new int[] {Integer.MAX_VALUE, 1_500_000_000}) {
      for (Forecaster forecaster : AUTOMATIC) {
        Forecast f = forecaster.forecast(TimeSeries.of(y, period), 6);
        assertTrue(Double.isFinite(f.mean()[5]), forecaster + " period " + period);
      }
    }
    ForecastException explicit = assertThrows(ForecastException.class,
        () -> Forecaster.ets("ANA").forecast(TimeSeries.of(y, Integer.MAX_VALUE), 6));
    assertTrue(explicit.getMessage().contains("needs more than"), explicit.getMessage());
  }

  @Test
  void aUsersForecasterPlugsIntoCombinationsAndBacktests() {
    Forecaster lastValueTimesTwo = (series, horizon) -> {
      double[] mean = new double[horizon];
      double[] se = new double[horizon];
      java.util.Arrays.fill(mean, 2 * series.get(series.size() - 1));
      java.util.Arrays.fill(se, 1);
      return Forecast.of(mean, se, FitReport.of("double the last", "a toy"));
    };
    TimeSeries s = TimeSeries.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 1);
    Forecast f = Forecaster.combination(lastValueTimesTwo, Forecaster.naive()).forecast(s, 2);

    assertEquals(15, f.mean()[0], 1e-12); // (20 + 10) / 2
    assertEquals("mean of double the last, naive", f.report().method());
    assertEquals(List.of("double the last: a toy"), f.report().notes());
    assertEquals(2, Backtest.singleOrigin(lastValueTimesTwo, s, 2).points());
  }

  @Test
  void aForecasterThatMisbehavesIsLeftOutOfACombinationOrFailsABacktest() {
    Forecaster shortChanging = (series, horizon) -> Forecast.of(new double[] {1}, new double[] {0},
        FitReport.of("one step only"));
    Forecaster throwing = (series, horizon) -> {
      throw new ForecastException("not today");
    };
    TimeSeries s = TimeSeries.of(new double[] {1, 2, 3, 4, 5, 6}, 1);
    Forecast f = Forecaster.combination(shortChanging, throwing, Forecaster.naive()).forecast(s, 3);

    assertEquals(6, f.mean()[2]);
    assertEquals(2, f.report().notes().size(), f.report().toString());
    assertTrue(f.report().notes().get(0).contains("returned 1 steps when asked for 3"), f.report().toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Backtest.singleOrigin(shortChanging, s, 3));
    assertTrue(e.getMessage().contains("when asked for 3 steps"), e.getMessage());
    Forecast allFailed = Forecaster.combination(throwing).forecast(s, 2);
    assertEquals("seasonal naive", allFailed.report().method());
    assertTrue(allFailed.report().notes().get(0).startsWith("every member of the combination failed"));
  }

  @Test
  void forecastOfRejectsNonFiniteSteps() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> Forecast.of(new double[] {1, Double.NaN}, new double[] {1, 1}, FitReport.of("x")));
    assertEquals(1, e.index().getAsInt());
    assertThrows(ForecastException.class, () -> Forecast.of(new double[] {1}, new double[] {-1}, FitReport.of("x")));
    assertThrows(ForecastException.class, () -> Forecast.of(new double[0], new double[0], FitReport.of("x")));
  }

  @Test
  void aDailySeriesWithAWeakWeeklySeasonStaysSeasonal() {
    double[] y = new double[60];
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int t = 0; t < y.length; t++) {
      y[t] = 200 + (t % 7 == 5 ? 15 : 0) + 20 * random.nextDouble();
    }
    EtsModel model = AutoEts.fit(TimeSeries.daily(java.time.LocalDate.of(2026, 1, 1), y));

    assertEquals(7, model.period(), model.toString());
  }
}
