package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Backtests and accuracy measures, computed by hand on small series. */
class BacktestTest {

  @Test
  void singleOriginOfNaiveByHand() {
    // history 10 12 11, held out 14 9: naive forecasts 11 11
    Accuracy a = Backtest.singleOrigin(Forecaster.naive(), TimeSeries.of(new double[] {10, 12, 11, 14, 9}, 1), 2);

    double sape1 = 200.0 * 3 / 25;
    double sape2 = 200.0 * 2 / 20;
    assertEquals((sape1 + sape2) / 2, a.smape(), 1e-12);
    assertEquals(sape1, a.smape(1), 1e-12);
    assertEquals(sape2, a.smape(2), 1e-12);
    double scale = (2 + 1) / 2.0; // mean |Δy| of 10 12 11
    assertEquals((3 / scale + 2 / scale) / 2, a.mase(), 1e-12);
    assertEquals(100.0 * 5 / 23, a.wape(), 1e-12);
    assertEquals(2, a.points());
  }

  @Test
  void rollingOriginCountsEveryOrigin() {
    double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
    Accuracy a = Backtest.rollingOrigin(Forecaster.naive(), TimeSeries.of(y, 1), 2, 3);

    // origins after 4, 5 and 6 values: naive errors 1 and 2 at steps 1 and 2; the scale of 1, 2, 3… is 1
    assertEquals(6, a.points());
    assertEquals(1, a.mase(1), 1e-12);
    assertEquals(2, a.mase(2), 1e-12);
    assertEquals(1.5, a.mase(), 1e-12);
    double wape1 = 100.0 * 3 / (5 + 6 + 7);
    assertEquals(wape1, a.wape(1), 1e-12);
  }

  @Test
  void combinePoolsPoints() {
    Accuracy a = Backtest.singleOrigin(Forecaster.naive(), TimeSeries.of(new double[] {10, 12, 11, 14, 9}, 1), 2);
    Accuracy b = Backtest.singleOrigin(Forecaster.naive(), TimeSeries.of(new double[] {5, 5, 6, 6}, 1), 1);
    Accuracy both = Accuracy.combine(List.of(a, b));

    assertEquals(3, both.points());
    assertEquals(2, both.horizon());
    assertEquals((a.smape() * 2 + b.smape()) / 3, both.smape(), 1e-12);
    assertEquals(100.0 * (5 + 0) / (23 + 6), both.wape(), 1e-12);
  }

  @Test
  void perfectForecastsAreCoveredAndScoreZero() {
    double[] season = {3, 5, 7, 3, 5, 7, 3, 5, 7, 3, 5, 7};
    Accuracy a = Backtest.rollingOrigin(Forecaster.seasonalNaive(), TimeSeries.of(season, 3), 3, 4);

    assertEquals(0, a.smape());
    assertEquals(0, a.wape());
    assertEquals(1, a.coverage95());
    assertEquals(1, a.coverage80());
    assertTrue(Double.isNaN(a.mase()), "a history without change has no MASE scale");
  }

  @Test
  void holdOutMeasuresAgainstGivenActuals() {
    Accuracy a = Backtest.holdOut(Forecaster.naive(), TimeSeries.of(new double[] {10, 12, 11}, 1),
        new double[] {14, 9});

    assertEquals(100.0 * 5 / 23, a.wape(), 1e-12);
  }

  @Test
  void aForecastAlreadyMadeMeasuresAsTheForecasterWould() {
    TimeSeries training = TimeSeries.of(new double[] {10, 12, 11, 15, 13}, 1);
    double[] actual = {14, 9, 16};
    Forecast f = Forecaster.naive().forecast(training, 5); // longer than the actuals: the first 3 steps count
    Accuracy made = Backtest.holdOut(f, training, actual);
    Accuracy fitted = Backtest.holdOut(Forecaster.naive(), training, actual);
    assertEquals(fitted.toString(), made.toString());
    assertEquals(fitted.mase(), made.mase(), 0);
    assertEquals(fitted.coverage95(), made.coverage95(), 0);
    ForecastException shorter = assertThrows(ForecastException.class,
        () -> Backtest.holdOut(Forecaster.naive().forecast(training, 2), training, actual));
    assertTrue(shorter.getMessage().contains("2 steps, fewer than the 3 actual"), shorter.getMessage());
    assertThrows(ForecastException.class, () -> Backtest.holdOut(f, training, new double[0]));
  }

  @Test
  void badInputIsATypedError() {
    TimeSeries s = TimeSeries.of(new double[] {1, 2, 3}, 1);
    ForecastException tooShort = assertThrows(ForecastException.class,
        () -> Backtest.rollingOrigin(Forecaster.naive(), s, 2, 2));
    assertTrue(tooShort.getMessage().contains("needs more than 3 values, got 3"), tooShort.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Backtest.singleOrigin(Forecaster.naive(), s, 0));
    ForecastException nan = assertThrows(ForecastException.class,
        () -> Backtest.holdOut(Forecaster.naive(), s, new double[] {1, Double.NaN}));
    assertEquals(1, nan.index().getAsInt());
    assertThrows(IllegalArgumentException.class, () -> Accuracy.combine(List.of()));
  }

  @Test
  void coverageCountsActualsOutsideTheInterval() {
    // naive on 10 12 11: σ² = (4 + 1)/2, se = √2.5·√h; 95 % half-widths 3.10 and 4.38 at steps 1 and 2
    Accuracy a = Backtest.holdOut(Forecaster.naive(), TimeSeries.of(new double[] {10, 12, 11}, 1),
        new double[] {16, 13});

    assertEquals(0, a.coverage95(1)); // 16 is 5 above 11
    assertEquals(1, a.coverage95(2)); // 13 is 2 above 11
    assertEquals(0.5, a.coverage95(), 1e-12);
    assertEquals(0, a.coverage80(1)); // 80 %: half-widths 2.03 and 2.87
    assertEquals(1, a.coverage80(2));
  }
}
