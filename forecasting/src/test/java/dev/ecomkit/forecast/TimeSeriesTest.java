package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

  @Test
  void headKeepsTheCalendarAndRefusesABadLength() {
    TimeSeries s = TimeSeries.daily(LocalDate.of(2026, 1, 1), 1, 2, 3, 4, 5, 6, 7, 8);
    TimeSeries h = s.head(3);
    assertArrayEquals(new double[] {1, 2, 3}, h.values());
    assertEquals(s.period(), h.period());
    assertEquals(TimeSeries.Frequency.DAILY, h.frequency());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 4)), h.dateOf(3));
    assertEquals(s, s.head(8));
    assertThrows(ForecastException.class, () -> s.head(0));
    assertThrows(ForecastException.class, () -> s.head(9));
  }

  @Test
  void calendarFactoriesSetThePeriodAndDates() {
    TimeSeries monthly = TimeSeries.monthly(YearMonth.of(2024, 11), 1, 2, 3);
    assertEquals(12, monthly.period());
    assertEquals(TimeSeries.Frequency.MONTHLY, monthly.frequency());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), monthly.dateOf(2));
    assertEquals(Optional.of(LocalDate.of(2025, 2, 1)), monthly.dateOf(3), "a forecast step past the end");

    assertEquals(4, TimeSeries.quarterly(YearMonth.of(2024, 10), 1, 2).period());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), TimeSeries.quarterly(YearMonth.of(2024, 10), 1, 2).dateOf(1));
    assertEquals(52, TimeSeries.weekly(LocalDate.of(2025, 1, 6), 1, 2).period());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 13)), TimeSeries.weekly(LocalDate.of(2025, 1, 6), 1).dateOf(1));
    assertEquals(7, TimeSeries.daily(LocalDate.of(2025, 6, 18), 1).period());
    assertEquals(Optional.empty(), TimeSeries.of(new double[] {1}, 1).dateOf(0));
    assertEquals("TimeSeries{3 values, period 12, monthly from 2024-11-01}", monthly.toString());
  }

  @Test
  void valuesAreCopiedInAndOut() {
    double[] values = {1, 2, 3};
    TimeSeries s = TimeSeries.of(values, 1);
    values[0] = 99;
    s.values()[1] = 99;
    assertArrayEquals(new double[] {1, 2, 3}, s.values());
    assertEquals(3, s.get(2));
    assertEquals(TimeSeries.of(new double[] {1, 2, 3}, 1), s);
    assertNotEquals(TimeSeries.of(new double[] {1, 2, 3}, 3), s);
  }

  @Test
  void badValuesAreRejectedNamingWhereAndHowToFix() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> TimeSeries.of(new double[] {3, Double.NaN, 4}, 1));
    assertEquals("value at index 1 is NaN; give a number, or fill missing values with "
        + "TimeSeries.of(values, period, FillPolicy)", e.getMessage());
    assertEquals(OptionalInt.of(1), e.index());

    e = assertThrows(ForecastException.class,
        () -> TimeSeries.monthly(YearMonth.of(2025, 1), 1, 2, Double.NEGATIVE_INFINITY));
    assertEquals("value at index 2 is -Infinity; give a finite number", e.getMessage());

    e = assertThrows(ForecastException.class, () -> TimeSeries.of(new double[0], 12));
    assertEquals("the series is empty; give at least one value", e.getMessage());
    assertEquals(OptionalInt.empty(), e.index());

    e = assertThrows(ForecastException.class, () -> TimeSeries.of(new double[] {1}, 0));
    assertEquals("the seasonal period must be at least 1 (1 for non-seasonal data), got 0", e.getMessage());

    e = assertThrows(ForecastException.class, () -> TimeSeries.quarterly(YearMonth.of(2025, 2), 1));
    assertEquals("a quarterly series starts in January, April, July or October, not in 2025-02; use "
        + "YearMonth.of(2025, 1)", e.getMessage());

    assertThrows(NullPointerException.class, () -> TimeSeries.of(null, 1));
    assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(new double[] {1}, 1).dateOf(-1));
  }

  @Test
  void missingValuesAreFilledOnlyByAnExplicitPolicy() {
    double nan = Double.NaN;
    double[] gappy = {nan, 4, nan, nan, 10, nan};

    assertArrayEquals(new double[] {0, 4, 0, 0, 10, 0}, TimeSeries.of(gappy, 1, FillPolicy.ZERO).values());
    assertArrayEquals(new double[] {4, 4, 4, 4, 10, 10}, TimeSeries.of(gappy, 1, FillPolicy.PREVIOUS).values());
    assertArrayEquals(new double[] {4, 4, 6, 8, 10, 10}, TimeSeries.of(gappy, 1, FillPolicy.LINEAR).values());

    ForecastException e = assertThrows(ForecastException.class,
        () -> TimeSeries.of(new double[] {nan, nan}, 1, FillPolicy.LINEAR));
    assertEquals("every value of the series is missing (NaN); nothing to fill from", e.getMessage());
    assertThrows(ForecastException.class,
        () -> TimeSeries.of(new double[] {1, Double.POSITIVE_INFINITY}, 1, FillPolicy.ZERO));
  }
}
