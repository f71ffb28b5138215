package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every forecaster built so far: finite, ordered intervals; scaling the series scales the forecast. */
class ForecastProperties {

  @Property(tries = 300)
  void forecastsAreFiniteWithOrderedIntervals(@ForAll("series") TimeSeries series,
      @ForAll @IntRange(min = 1, max = 60) int horizon, @ForAll("forecasters") Forecaster forecaster) {
    Forecast f = forecaster.forecast(series, horizon);

    assertEquals(horizon, f.horizon());
    double[] mean = f.mean();
    double[] lo95 = f.lower(0.95);
    double[] lo80 = f.lower(0.80);
    double[] hi80 = f.upper(0.80);
    double[] hi95 = f.upper(0.95);
    for (int h = 0; h < horizon; h++) {
      assertTrue(Double.isFinite(lo95[h]) && Double.isFinite(hi95[h]));
      assertTrue(lo95[h] <= lo80[h] && lo80[h] <= mean[h] && mean[h] <= hi80[h] && hi80[h] <= hi95[h]);
    }
  }

  @Property(tries = 200)
  void scalingTheSeriesScalesTheForecast(@ForAll("series") TimeSeries series,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double c, @ForAll("forecasters") Forecaster forecaster) {
    double[] scaled = series.values();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= c;
    }
    Forecast f = forecaster.forecast(series, 13);
    Forecast g = forecaster.forecast(TimeSeries.of(scaled, series.period()), 13);
    for (int h = 0; h < 13; h++) {
      // the fitted ones work on the series divided to a fixed size, so they see the same numbers up to rounding,
      // which the optimiser's search can carry to its stopping tolerance
      boolean fitted = forecaster != Forecaster.naive() && forecaster != Forecaster.seasonalNaive();
      double tolerance = (fitted ? 1e-3 : 1e-9) * Math.max(1, Math.abs(c * f.upper(0.95)[h]));
      assertEquals(c * f.mean()[h], g.mean()[h], tolerance, f.report().method() + " h=" + (h + 1));
      assertEquals(c * f.upper(0.95)[h], g.upper(0.95)[h], tolerance, f.report().method() + " h=" + (h + 1));
    }
  }

  @Provide
  Arbitrary<TimeSeries> series() {
    return Arbitraries.oneOf(noise(), seasonalSales());
  }

  /** Any values, negative ones included. */
  private static Arbitrary<TimeSeries> noise() {
    return Arbitraries.integers().between(1, 100).flatMap(n -> Arbitraries.doubles().between(-1e6, 1e6)
        .array(double[].class).ofSize(n).flatMap(values -> Arbitraries.of(1, 4, 7, 12, 52)
            .map(period -> TimeSeries.of(values, period))));
  }

  /** Positive sales-like series: level, trend, a season and multiplicative noise, some with zeros. */
  private static Arbitrary<TimeSeries> seasonalSales() {
    return Arbitraries.integers().between(1, 130).flatMap(n -> Arbitraries.of(1, 4, 7, 12, 52).flatMap(period ->
        Arbitraries.longs().map(seed -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          double level = 10 + random.nextDouble() * 1000;
          double trend = (random.nextDouble() - 0.5) * level / 50;
          double amplitude = random.nextDouble() * 0.6;
          double noise = random.nextDouble() * 0.3;
          boolean zeros = random.nextInt(5) == 0;
          double[] y = new double[n];
          for (int t = 0; t < n; t++) {
            double season = 1 + amplitude * Math.sin(2 * Math.PI * t / period);
            double value = Math.max(0, (level + trend * t) * season * (1 + noise * (random.nextDouble() - 0.5)));
            y[t] = zeros && random.nextInt(4) == 0 ? 0 : Math.rint(value);
          }
          return TimeSeries.of(y, period);
        })));
  }

  @Provide
  Arbitrary<Forecaster> forecasters() {
    return Arbitraries.of(Forecaster.naive(), Forecaster.seasonalNaive(), Forecaster.theta(),
        Forecaster.dynamicTheta(), Forecaster.autoEts(), Forecaster.autoArima(), Forecaster.auto());
  }
}
