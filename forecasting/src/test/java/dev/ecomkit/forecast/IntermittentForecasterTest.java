package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Croston, SBA, TSB and the demand classes: by hand, on a seeded intermittent generator, and their invariants. */
class IntermittentForecasterTest {

  private static TimeSeries series(double... y) {
    return TimeSeries.of(y, 1);
  }

  @Test
  void crostonAndSbaByHand() {
    // sizes 3, 5, 4 smoothed from 3: 3.2, 3.28; intervals 3, 2, 3 from 3: 2.9, 2.91
    TimeSeries s = series(0, 0, 3, 0, 5, 0, 0, 4);
    Forecast c = Forecaster.croston().forecast(s, 3);
    assertEquals(3.28 / 2.91, c.mean()[0], 1e-12);
    assertEquals(3.28 / 2.91, c.mean()[2], 1e-12);
    assertEquals("Croston (α 0.10)", c.report().method());
    assertEquals(0.95 * 3.28 / 2.91, Forecaster.sba().forecast(s, 1).mean()[0], 1e-12);
  }

  @Test
  void tsbByHand() {
    // first demand at 1 (size 2); p starts at the share of periods with demand, 2/6
    double p = 2 / 6.0;
    p += 0.1 * (0 - p); // t = 2
    p += 0.1 * (0 - p); // t = 3
    p += 0.1 * (1 - p); // t = 4, size 4: z = 2 + 0.1 · (4 − 2) = 2.2
    p += 0.1 * (0 - p); // t = 5
    assertEquals(p * 2.2, Forecaster.tsb().forecast(series(0, 2, 0, 0, 4, 0), 1).mean()[0], 1e-12);
    // a SKU that stopped selling: TSB decays, Croston does not
    double[] dying = new double[60];
    for (int t = 0; t < 30; t += 3) {
      dying[t] = 5;
    }
    double tsb = Forecaster.tsb().forecast(TimeSeries.of(dying, 1), 1).mean()[0];
    double croston = Forecaster.croston().forecast(TimeSeries.of(dying, 1), 1).mean()[0];
    assertTrue(tsb < 0.2 * croston, tsb + " vs " + croston);
  }

  @Test
  void theDemandClasses() {
    // ADI = periods up to the last demand / demands; CV² of the non-zero sizes
    double[] smooth = {5, 6, 5, 4, 6, 5, 5, 6};
    double[] erratic = {1, 20, 2, 30, 1, 25, 2, 40};
    double[] intermittent = {0, 0, 5, 0, 0, 6, 0, 0, 5};
    double[] lumpy = {0, 0, 1, 0, 0, 40, 0, 0, 2};
    assertEquals(IntermittentForecaster.DemandClass.SMOOTH, IntermittentForecaster.classify(smooth));
    assertEquals(IntermittentForecaster.DemandClass.ERRATIC, IntermittentForecaster.classify(erratic));
    assertEquals(IntermittentForecaster.DemandClass.INTERMITTENT, IntermittentForecaster.classify(intermittent));
    assertEquals(IntermittentForecaster.DemandClass.LUMPY, IntermittentForecaster.classify(lumpy));
    assertEquals(3.0, IntermittentForecaster.adi(intermittent), 1e-12);
    double mean = 16 / 3.0;
    assertEquals(((5 - mean) * (5 - mean) * 2 + (6 - mean) * (6 - mean)) / 3 / (mean * mean),
        IntermittentForecaster.cv2(intermittent), 1e-12);
    Forecast routed = Forecaster.intermittent().forecast(TimeSeries.of(lumpy, 1), 2);
    assertTrue(routed.report().method().startsWith("SBA"), routed.report().toString());
    assertTrue(routed.report().notes().get(0).startsWith("demand class lumpy (ADI 3.00"), routed.report().notes()
        .toString());
    // erratic demand that sells every period (a seasonal SKU) stays with the regular forecaster
    Forecast seasonal = Forecaster.intermittent().forecast(TimeSeries.of(erratic, 1), 2);
    assertTrue(seasonal.report().notes().get(0).startsWith("demand class erratic"), seasonal.report().toString());
    assertTrue(!seasonal.report().method().startsWith("SBA"), seasonal.report().toString());
    Forecast regular = Forecaster.intermittent().forecast(TimeSeries.of(smooth, 1), 2);
    assertTrue(regular.report().notes().get(0).startsWith("demand class smooth"), regular.report().toString());
    assertEquals(Forecaster.auto().forecast(TimeSeries.of(smooth, 1), 2).mean()[0], regular.mean()[0], 1e-12);
  }

  @Test
  void onASeededIntermittentGeneratorSbaIsNearlyUnbiasedAndCrostonIsNot() {
    // 400 SKUs of 240 periods: demand with probability 0.25 (ADI 4), sizes 2, 3 or 4 (mean 3, CV² 0.07)
    Random random = new Random(20261128);
    double trueRate = 0.25 * 3;
    double croston = 0;
    double sba = 0;
    int skus = 400;
    for (int i = 0; i < skus; i++) {
      double[] y = new double[240];
      for (int t = 0; t < y.length; t++) {
        if (random.nextDouble() < 0.25) {
          y[t] = 2 + random.nextInt(3);
        }
      }
      TimeSeries s = TimeSeries.of(y, 1);
      croston += Forecaster.croston().forecast(s, 1).mean()[0] / skus;
      sba += Forecaster.sba().forecast(s, 1).mean()[0] / skus;
      assertEquals(IntermittentForecaster.DemandClass.INTERMITTENT, IntermittentForecaster.classify(y));
    }
    double crostonBias = croston / trueRate - 1;
    double sbaBias = sba / trueRate - 1;
    assertTrue(Math.abs(sbaBias) < 0.03, "SBA bias " + sbaBias);
    assertTrue(crostonBias > 0.02 && crostonBias > Math.abs(sbaBias), "Croston bias " + crostonBias + ", SBA "
        + sbaBias);
  }

  @Test
  void noDemandAndNegativeValues() {
    Forecast none = Forecaster.sba().forecast(series(0, 0, 0), 2);
    assertEquals(0, none.mean()[1]);
    assertTrue(none.report().notes().get(0).contains("no demand in 3 periods"));
    ForecastException e = assertThrows(ForecastException.class, () -> Forecaster.tsb().forecast(series(0, 2, -1), 1));
    assertEquals(2, e.index().getAsInt());
    assertTrue(e.getMessage().contains("value at index 2 is -1.0"), e.getMessage());
    assertEquals(7.0, Forecaster.croston().forecast(series(7), 1).mean()[0], 1e-12); // one demand in one period
  }

  @Property(tries = 300)
  void forecastsAreFiniteAndNotNegative(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int n) {
    Random r = new Random(seed);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = r.nextInt(4) == 0 ? r.nextInt(50) : 0;
    }
    for (Forecaster f : new Forecaster[] {Forecaster.croston(), Forecaster.sba(), Forecaster.tsb(),
        Forecaster.intermittent()}) {
      Forecast fc = f.forecast(TimeSeries.of(y, 1), 4);
      for (int h = 0; h < 4; h++) {
        assertTrue(Double.isFinite(fc.mean()[h]) && Double.isFinite(fc.standardError()[h]), f + " " + fc);
        assertTrue(fc.mean()[h] >= 0 || fc.report().notes().stream().anyMatch(x -> x.contains("smooth")),
            f + " " + fc);
      }
    }
  }
}
