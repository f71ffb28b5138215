package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Search-volume surges: one alert a surge, none on noise below the growth that counts. */
class SurgeDetectorTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  @Test
  void aStepGivesOneAlertWithItsEvidence() {
    Random r = new Random(5);
    double[] v = new double[60];
    for (int t = 0; t < v.length; t++) {
      double level = t >= 40 && t < 46 ? 16_000 : 10_000; // six weeks of surge, then back
      v[t] = Math.round(level * (1 + 0.04 * r.nextGaussian()));
    }
    List<SurgeAlert> alerts = SurgeDetector.weekly().detect(TimeSeries.weekly(MONDAY, v));
    assertEquals(1, alerts.size(), alerts.toString());
    SurgeAlert a = alerts.get(0);
    assertEquals(40, a.index());
    assertEquals(MONDAY.plusWeeks(40), a.date().orElseThrow());
    assertEquals(0.6, a.growth(), 0.1);
    assertTrue(a.robustZ() >= 5, a.toString());
    assertTrue(a.evidence().startsWith("period of 2026-10-12: "), a.evidence());
    assertTrue(a.evidence().contains("growth ≥ 30 % on the median of 4 periods, z ≥ 5.0 over 26 rises"),
        a.evidence());
    // a second surge after the first has passed is a second alert
    double[] again = java.util.Arrays.copyOf(v, 80);
    for (int t = 60; t < 80; t++) {
      again[t] = t >= 70 ? 25_000 : 10_000;
    }
    List<SurgeAlert> two = SurgeDetector.weekly().detect(TimeSeries.weekly(MONDAY, again));
    assertEquals(List.of(40, 70), two.stream().map(SurgeAlert::index).toList());
    // a higher bar: 80 % growth needed, the first surge (60 %) no longer counts
    assertEquals(List.of(70), SurgeDetector.weekly(0.8).detect(TimeSeries.weekly(MONDAY, again)).stream()
        .map(SurgeAlert::index).toList());
  }

  @Test
  void monthlyVolumesAndEdges() {
    double[] v = new double[30];
    java.util.Arrays.fill(v, 500);
    v[25] = 1_200;
    List<SurgeAlert> alerts = SurgeDetector.monthly().detect(TimeSeries.monthly(java.time.YearMonth.of(2024, 1), v));
    assertEquals(1, alerts.size());
    assertEquals(LocalDate.of(2026, 2, 1), alerts.get(0).date().orElseThrow());
    assertEquals(List.of(), SurgeDetector.weekly().detect(TimeSeries.of(new double[] {1, 2, 300}, 1)));
    ForecastException e = assertThrows(ForecastException.class,
        () -> SurgeDetector.weekly().detect(TimeSeries.of(new double[] {1, -2, 3}, 1)));
    assertEquals(1, e.index().getAsInt());
    assertThrows(ForecastException.class, () -> SurgeDetector.weekly(-0.1));
    assertThrows(ForecastException.class, () -> SurgeDetector.weekly().threshold(0));
    assertThrows(ForecastException.class, () -> SurgeDetector.weekly().windows(0, 10));
  }

  @Test
  void noStormOnNoisyFlatSeries() {
    // 200 flat series of two years with 10 % log-normal noise: a stray alert now and then, no storm
    Random r = new Random(17);
    int total = 0;
    int most = 0;
    for (int s = 0; s < 200; s++) {
      double[] v = new double[104];
      for (int t = 0; t < v.length; t++) {
        v[t] = 5_000 * Math.exp(0.1 * r.nextGaussian());
      }
      int alerts = SurgeDetector.weekly().detect(TimeSeries.weekly(MONDAY, v)).size();
      most = Math.max(most, alerts);
      total += alerts;
    }
    assertTrue(total <= 10 && most <= 1, total + " alerts in 200 flat series, at most " + most + " in one");
  }

  @Property(tries = 300)
  void neverFiresWithoutAStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll @DoubleRange(min = 0, max = 1e6) double level, @ForAll @DoubleRange(min = 0.05, max = 1) double growth) {
    // noise within ±growth/3 around a flat level: no period reaches the growth that counts
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int t = 0; t < n; t++) {
      v[t] = level * (1 + growth / 3 * (2 * r.nextDouble() - 1));
    }
    assertEquals(List.of(), SurgeDetector.weekly(growth).detect(TimeSeries.of(v, 1)));
    assertEquals(List.of(), SurgeDetector.monthly().minGrowth(growth).detect(TimeSeries.of(v, 1)));
  }

  @Property(tries = 200)
  void aClearStepIsFoundWhereItIs(@ForAll long seed, @ForAll @IntRange(min = 30, max = 80) int before,
      @ForAll @DoubleRange(min = 0.6, max = 3) double step) {
    Random r = new Random(seed);
    double[] v = new double[before + 8];
    for (int t = 0; t < v.length; t++) {
      v[t] = 1_000 * (t >= before ? 1 + step : 1) * (1 + 0.05 * (2 * r.nextDouble() - 1));
    }
    List<SurgeAlert> alerts = SurgeDetector.weekly().detect(TimeSeries.of(v, 1));
    assertEquals(List.of(before), alerts.stream().map(SurgeAlert::index).toList());
  }
}
