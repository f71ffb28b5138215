package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases an independent review found in the calendar, the daily model, surges and the quarter table. */
class ReviewFixesTest {

  private static final RetailCalendar CAL = RetailCalendar.china();

  @Test
  void windowsThatReachFarAreFound() {
    RetailCalendar c = CAL.withoutEvents().with(EventRule.fixed("x", 1, 5).daysBefore(10).build(),
        EventRule.dates("y", LocalDate.of(2022, 12, 31)).daysAfter(366).build(),
        EventRule.springFestival("z", 366).daysAfter(366).build());
    assertTrue(c.events(Year.of(2099)).toString().contains("x 2099-12-26..2100-01-05"), c.events(Year.of(2099))
        .toString());
    assertTrue(c.events(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).toString().contains("y 2022-12-31"));
    assertTrue(c.events(LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 10)).stream()
        .anyMatch(e -> e.name().equals("z")));
    ForecastException e = assertThrows(ForecastException.class,
        () -> EventRule.dates("d", LocalDate.of(2026, 1, 1), null));
    assertTrue(e.getMessage().contains("date 1 is null"), e.getMessage());
    e = assertThrows(ForecastException.class,
        () -> EventRule.dates("d", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).build());
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
  }

  @Test
  void aHolidayOfOneYearThatFallsInTheNextIsFound() {
    HolidaySchedule s = HolidaySchedule.fromJson(new StringReader("{\"version\": 1, \"years\": [{\"year\": 2025, "
        + "\"holidays\": [{\"name\": \"new-year-2026\", \"from\": \"2026-01-01\", \"to\": \"2026-01-03\"}], "
        + "\"workdays\": [\"2026-01-04\"]}]}"));
    assertTrue(s.isHoliday(LocalDate.of(2026, 1, 2)));
    assertTrue(s.isMakeUpWorkday(LocalDate.of(2026, 1, 4)));
    assertTrue(!s.isWorkday(LocalDate.of(2026, 1, 2)));
  }

  @Test
  void theDailyModelOnZeroesHugeValuesAndCollinearEvents() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    ForecastException e = assertThrows(ForecastException.class,
        () -> DailyEventModel.standard().fit(TimeSeries.daily(start, new double[400])));
    assertTrue(e.getMessage().contains("no sales"), e.getMessage());
    // the same sales in units or in units of 1e18: the same effects
    double[] y = DailySalesGenerator.sales(start, 1096, 7, null);
    double[] huge = Arrays.stream(y).map(v -> v * 1e18).toArray();
    DailyEventFit a = DailyEventModel.standard().fit(TimeSeries.daily(start, y));
    DailyEventFit b = DailyEventModel.standard().fit(TimeSeries.daily(start, huge));
    for (int i = 0; i < a.effects().size(); i++) {
      assertEquals(a.effects().get(i).estimate(), b.effects().get(i).estimate(), 1e-6, a.effects().get(i).name());
    }
    assertEquals(a.forecast(10).mean()[3] * 1e18, b.forecast(10).mean()[3], 1e-6 * b.forecast(10).mean()[3]);
    // an event over the whole history is the intercept again: refused, not an effect of +600 %
    RetailCalendar always = CAL.withoutEvents().with(EventRule.fixed("always", 3, 1).daysAfter(59).build());
    double[] sixty = new double[60];
    Arrays.fill(sixty, 10);
    e = assertThrows(ForecastException.class, () -> DailyEventModel.builder().calendar(always).build()
        .fit(TimeSeries.daily(LocalDate.of(2026, 3, 1), sixty)));
    assertTrue(e.getMessage().contains("collinear"), e.getMessage());
    // two sales in three years: no estimate settles, and the fit says so
    double[] sparse = new double[1096];
    sparse[100] = 1;
    sparse[700] = 2;
    DailyEventFit thin = DailyEventModel.standard().fit(TimeSeries.daily(start, sparse));
    assertTrue(thin.notes().stream().anyMatch(n -> n.contains("did not settle")), thin.notes().toString());
    // without events, the calendar is not needed to forecast past 2099
    double[] late = new double[120];
    Arrays.fill(late, 5);
    Forecast f = DailyEventModel.builder().withoutEvents().build()
        .fit(TimeSeries.daily(LocalDate.of(2099, 7, 1), late)).forecast(120);
    assertEquals(5, f.mean()[100], 0.5);
  }

  @Test
  void surgesOnLowCountsAndSecondSteps() {
    Random r = new Random(9);
    int total = 0;
    for (int s = 0; s < 200; s++) {
      double lambda = new double[] {0.2, 0.5, 1, 3}[s % 4];
      double[] v = new double[104];
      for (int t = 0; t < v.length; t++) {
        double l = Math.exp(-lambda);
        double p = 1;
        int k = 0;
        do {
          k++;
          p *= r.nextDouble();
        } while (p > l);
        v[t] = k - 1;
      }
      total += SurgeDetector.weekly().detect(TimeSeries.of(v, 1)).size();
    }
    assertTrue(total <= 5, total + " alerts on 200 flat low-count series");
    double[] steps = new double[120];
    for (int t = 0; t < steps.length; t++) {
      steps[t] = (t < 40 ? 1_000 : t < 80 ? 2_000 : 10_000) * (1 + 0.02 * r.nextGaussian());
    }
    assertEquals(List.of(40, 80), SurgeDetector.weekly().detect(TimeSeries.of(steps, 1)).stream()
        .map(SurgeAlert::index).toList());
    double[] fromZero = new double[40];
    fromZero[35] = 5_000;
    SurgeAlert a = SurgeDetector.weekly().detect(TimeSeries.of(fromZero, 1)).get(0);
    assertTrue(a.evidence().contains("5,000 from a baseline of 0"), a.evidence());
  }

  @Test
  void theTableNeverForecastsNegativeUnitsAndAStoppedSkuIsASlowMover() {
    double[] falling = new double[36];
    for (int t = 0; t < falling.length; t++) {
      falling[t] = 400 - 11 * t;
    }
    AnnualForecastTable t = AnnualForecastTable.builder().forecaster(Forecaster.ets("AAN"))
        .build(Map.of("F", TimeSeries.monthly(YearMonth.of(2024, 1), falling)), Year.of(2027));
    for (QuarterForecast q : t.skus().get(0).quarters()) {
      assertTrue(q.units() >= 0 && q.lower() <= q.units() && q.units() <= q.upper(), q.toString());
    }
    double[] stopped = new double[36];
    Arrays.fill(stopped, 0, 12, 20);
    assertTrue(IntermittentForecaster.adi(stopped) >= 1.32);
    assertTrue(Forecaster.intermittent().forecast(TimeSeries.of(stopped, 12), 3).report().method().startsWith("SBA"));
    assertEquals("intermittent (no demand)",
        Forecaster.intermittent().forecast(TimeSeries.of(new double[5], 1), 1).report().method());
  }
}
