package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Naive and seasonal naive against R's {@code forecast} 8.20 ({@code naive(Nile, h = 3)}, {@code snaive(USAccDeaths, h = 14)}). */
class LagForecasterTest {

  @Test
  void seasonalNaiveMatchesR() {
    Forecast f = Forecaster.seasonalNaive().forecast(
        TimeSeries.monthly(YearMonth.of(1973, 1), Datasets.US_ACCIDENTAL_DEATHS), 14);

    assertArrayEquals(new double[] {7836, 6892, 7791, 8192, 9115, 9434, 10484, 9827, 9110, 9070, 8633, 9240, 7836,
        6892}, f.mean());
    // R: snaive(USAccDeaths, h = 14)$lower / $upper, rows 1, 12, 13 and 14
    assertEquals(7119.09319290, f.lower(0.80)[0], 1e-6);
    assertEquals(6739.58565355, f.lower(0.95)[0], 1e-6);
    assertEquals(8523.09319290, f.lower(0.80)[11], 1e-6);
    assertEquals(6822.14067045, f.lower(0.80)[12], 1e-6);
    assertEquals(5341.43596127, f.lower(0.95)[13], 1e-6);
    assertEquals(8552.90680710, f.upper(0.80)[0], 1e-6);
    assertEquals(9386.56403873, f.upper(0.95)[12], 1e-6);
    assertEquals("seasonal naive", f.report().method());
    assertEquals(List.of(), f.report().notes());
  }

  @Test
  void naiveMatchesR() {
    Forecast f = Forecaster.naive().forecast(TimeSeries.of(Datasets.NILE, 1), 3);

    assertArrayEquals(new double[] {740, 740, 740}, f.mean());
    // R: naive(Nile, h = 3)$lower / $upper
    assertArrayEquals(new double[] {525.564844879, 436.742895378, 368.587416401}, f.lower(0.80), 1e-6);
    assertArrayEquals(new double[] {412.049730688, 276.208281356, 171.973471196}, f.lower(0.95), 1e-6);
    assertArrayEquals(new double[] {954.435155121, 1043.257104622, 1111.412583599}, f.upper(0.80), 1e-6);
    assertArrayEquals(new double[] {1067.95026931, 1203.79171864, 1308.02652880}, f.upper(0.95), 1e-6);
  }

  @Test
  void seasonalNaiveOfLessThanTwoSeasonsFallsBackToNaiveAndSaysSo() {
    Forecast f = Forecaster.seasonalNaive().forecast(TimeSeries.of(new double[] {3, 5, 4, 6}, 4), 2);

    assertArrayEquals(new double[] {6, 6}, f.mean());
    assertEquals("naive", f.report().method());
    assertTrue(f.report().notes().get(0).startsWith("seasonal naive needs more than one season (4 values)"),
        f.report().notes().toString());
  }

  @Test
  void oneValueGivesAFlatForecastWithZeroWidthIntervalsAndANote() {
    Forecast f = Forecaster.naive().forecast(TimeSeries.of(new double[] {42}, 1), 3);

    assertArrayEquals(new double[] {42, 42, 42}, f.mean());
    assertArrayEquals(f.mean(), f.lower(0.95));
    assertEquals(1, f.report().notes().size());
  }

  @Test
  void badHorizonsAndLevelsAreRejected() {
    TimeSeries s = TimeSeries.of(Datasets.NILE, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Forecaster.naive().forecast(s, 0));
    assertEquals("horizon must be at least 1, got 0", e.getMessage());
    Forecast f = Forecaster.naive().forecast(s, 1);
    e = assertThrows(IllegalArgumentException.class, () -> f.lower(95));
    assertEquals("level must be above 0 and below 1 (e.g. 0.95), got 95.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> f.upper(0));
  }
}
