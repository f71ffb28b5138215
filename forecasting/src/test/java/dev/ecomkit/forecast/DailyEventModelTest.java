package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daily event model on seeded sales with known effects. */
class DailyEventModelTest {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void recoversEachKnownEffectWithinTenPercent() {
    double[] y = DailySalesGenerator.sales(START, 1096, 7, null);
    DailyEventFit fit = DailyEventModel.standard().fit(TimeSeries.daily(START, y));
    StringBuilder report = new StringBuilder();
    fit.effects().forEach(e -> report.append(e.describe()).append('\n'));
    for (Map.Entry<String, Double> truth : DailySalesGenerator.LIFTS.entrySet()) {
      EventEffect e = fit.effects().stream().filter(x -> x.name().equals(truth.getKey())).findFirst().orElseThrow();
      double error = Math.abs(e.estimate() - truth.getValue()) / Math.abs(truth.getValue());
      assertTrue(error <= 0.10, truth + ": estimated " + e.estimate() + "\n" + report);
      assertTrue(e.lower() <= e.estimate() && e.estimate() <= e.upper(), e.toString());
      assertEquals(3, e.occurrences(), e.toString());
    }
    // events without an effect come out near 0
    EventEffect qixi = fit.effects().stream().filter(x -> x.name().equals("qixi")).findFirst().orElseThrow();
    assertTrue(Math.abs(qixi.estimate()) < 0.15, qixi.toString());
    EventEffect d11 = fit.effects().stream().filter(x -> x.name().equals("double-11")).findFirst().orElseThrow();
    assertTrue(d11.describe().startsWith("double-11 lifts sales by ") && d11.describe().endsWith("over 3 occurrences"),
        d11.describe());
  }

  @Test
  void asAForecasterItFitsAndForecastsAndBacktests() {
    double[] all = DailySalesGenerator.sales(START, 1096, 13, null);
    TimeSeries s = TimeSeries.daily(START, all);
    TimeSeries training = TimeSeries.daily(START, java.util.Arrays.copyOf(all, 1004));
    Forecaster model = DailyEventModel.standard();
    assertEquals(java.util.Arrays.toString(DailyEventModel.standard().fit(training).forecast(92).mean()),
        java.util.Arrays.toString(model.forecast(training, 92).mean()));
    Accuracy a = Backtest.singleOrigin(model, s, 92);
    assertEquals(92, a.horizon());
    assertTrue(a.wape() < 15, a.toString()); // the generator's noise is Poisson around a mean the model can express
    assertThrows(IllegalArgumentException.class, () -> model.forecast(training, 0));
    assertThrows(ForecastException.class, () -> model.forecast(TimeSeries.monthly(java.time.YearMonth.of(2024, 1),
        all), 3));
  }

  @Test
  void eventsCutTheErrorInEventWindowsByAtLeastThirtyPercent() {
    double[] all = DailySalesGenerator.sales(START, 1096, 11, null);
    int train = 731; // 2023 and 2024
    double[] history = java.util.Arrays.copyOf(all, train);
    TimeSeries s = TimeSeries.daily(START, history);
    Forecast aware = DailyEventModel.standard().fit(s).forecast(all.length - train);
    Forecast blind = DailyEventModel.builder().withoutEvents().build().fit(s).forecast(all.length - train);
    List<EventRule> rules = RetailCalendar.china().rules();
    LocalDate first = START.plusDays(train);
    int[] event = DailyEventFit.assign(RetailCalendar.china(), rules, first, all.length - train, null);
    double absAware = 0;
    double absBlind = 0;
    double total = 0;
    for (int h = 0; h < event.length; h++) {
      if (event[h] >= 0 && DailySalesGenerator.LIFTS.containsKey(rules.get(event[h]).name())) {
        absAware += Math.abs(all[train + h] - aware.mean()[h]);
        absBlind += Math.abs(all[train + h] - blind.mean()[h]);
        total += all[train + h];
      }
    }
    double wapeAware = absAware / total;
    double wapeBlind = absBlind / total;
    assertTrue(wapeAware <= 0.7 * wapeBlind, "event-window WAPE " + wapeAware + " against " + wapeBlind);
  }

  @Test
  void anEventOnlyInTheHorizonGetsNoEffectAndANote() {
    // half a year of history: no Double 11 yet
    double[] y = DailySalesGenerator.sales(START, 200, 3, null);
    DailyEventFit fit = DailyEventModel.standard().fit(TimeSeries.daily(START, y));
    assertTrue(fit.notes().get(0).contains("fewer than 365 days"), fit.notes().toString());
    assertTrue(fit.effects().stream().noneMatch(e -> e.name().equals("double-11")));
    Forecast f = fit.forecast(200);
    assertTrue(f.report().notes().contains("event \"double-11\" appears only in the forecast horizon: no effect "
        + "assumed"), f.report().notes().toString());
    for (double m : f.mean()) {
      assertTrue(Double.isFinite(m) && m >= 0);
    }
  }

  @Test
  void overlappingWindowsGiveEachDayOneEvent() {
    RetailCalendar cal = RetailCalendar.china().withoutEvents().with(
        EventRule.fixed("long", 11, 1).daysAfter(20).build(), EventRule.fixed("day", 11, 11).build());
    int[] of = DailyEventFit.assign(cal, cal.rules(), LocalDate.of(2026, 11, 1), 21, null);
    assertEquals(0, of[0]);
    assertEquals(1, of[10]); // 11 November: the nearest anchor
    assertEquals(0, of[11]);
  }

  @Test
  void badSeriesAreRefused() {
    assertThrows(ForecastException.class, () -> DailyEventModel.standard().fit(TimeSeries.of(new double[40], 7)));
    ForecastException e = assertThrows(ForecastException.class,
        () -> DailyEventModel.standard().fit(TimeSeries.daily(START, new double[10])));
    assertTrue(e.getMessage().contains("at least 28 days"), e.getMessage());
    double[] y = new double[60];
    y[5] = -1;
    e = assertThrows(ForecastException.class, () -> DailyEventModel.standard().fit(TimeSeries.daily(START, y)));
    assertEquals(5, e.index().getAsInt());
  }
}
