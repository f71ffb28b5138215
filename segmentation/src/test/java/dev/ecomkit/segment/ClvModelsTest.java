package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma, CLV and the BG/NBD's invariants; heavy buyers at scale. */
class ClvModelsTest {

  private static final GammaGamma SPEND = GammaGamma.of(6.25, 3.74, 15.44);

  @Test
  void gammaGammaByHand() {
    // f(m | x) = Γ(px+q)/(Γ(px)Γ(q))·γ^q·m^(px−1)·x^(px)/(γ + x m)^(px+q)
    double p = 6.25;
    double q = 3.74;
    double v = 15.44;
    for (double[] c : new double[][] {{1, 20}, {2, 35.5}, {6, 12.25}}) {
      double x = c[0];
      double m = c[1];
      double f = Math.exp(Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) - Gamma.logGamma(q))
          * Math.pow(v, q) * Math.pow(m, p * x - 1) * Math.pow(x, p * x) / Math.pow(v + x * m, p * x + q);
      assertEquals(Math.log(f), SPEND.logLikelihood(x, m), 1e-10);
    }
    // E[M | m, x] = p(γ + x m)/(px + q − 1), between the population mean pγ/(q − 1) and m
    assertEquals(6.25 * (15.44 + 2 * 35.5) / (12.5 + 2.74), SPEND.expectedSpend(2, 35.5), 1e-12);
    assertEquals(6.25 * 15.44 / 2.74, SPEND.expectedSpend(), 1e-12);
    assertEquals(SPEND.expectedSpend(), SPEND.expectedSpend(0, 0), 0);
  }

  @Test
  void gammaGammaRecoversItsParameters() {
    int n = 400_000;
    GammaDistribution nu = new GammaDistribution(new Well19937c(7), 3.74, 1 / 15.44);
    Well19937c random = new Well19937c(8);
    SplittableRandom counts = new SplittableRandom(9);
    double[] x = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      double rate = nu.sample();
      int k = 1 + counts.nextInt(12);
      GammaDistribution amount = new GammaDistribution(random, 6.25, 1 / rate);
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += amount.sample();
      }
      x[i] = k;
      m[i] = sum / k;
    }
    GammaGamma fit = GammaGamma.fit(x, m);
    assertEquals(6.25, fit.p(), 0.02 * 6.25, fit.toString());
    assertEquals(3.74, fit.q(), 0.02 * 3.74, fit.toString());
    assertEquals(15.44, fit.v(), 0.02 * 15.44, fit.toString());
    assertTrue(fit.diagnostics().orElseThrow().gradientNorm() < 1e-6);
  }

  @Test
  void gammaGammaRefusesWhatItCannotModel() {
    SegmentException zero = assertThrows(SegmentException.class,
        () -> GammaGamma.fit(new double[] {2, 0}, new double[] {10, 10}));
    assertEquals("x", zero.argument().orElseThrow());
    assertTrue(zero.getMessage().contains("customer 1"), zero.getMessage());
    SegmentException spend = assertThrows(SegmentException.class,
        () -> GammaGamma.fit(new double[] {2, 3}, new double[] {10, -1}));
    assertEquals("meanSpend", spend.argument().orElseThrow());
    assertThrows(SegmentException.class, () -> GammaGamma.fit(new double[] {2}, new double[] {0}));
    assertThrows(SegmentException.class, () -> GammaGamma.fit(new double[] {2}, new double[] {Double.NaN}));
    assertThrows(SegmentException.class, () -> GammaGamma.of(1, 0.5, 1).expectedSpend());
  }

  @Test
  void clvWithoutDiscountIsSpendTimesPurchases() {
    Clv clv = Clv.of(BgNbdTest.CDNOW, SPEND).horizon(39);
    double expected = SPEND.expectedSpend(2, 35.5) * BgNbdTest.CDNOW.expectedPurchases(39, 2, 30.43, 38.86);
    assertEquals(expected, clv.value(2, 30.43, 38.86, 35.5), 1e-9 * expected);
    // a new customer (x = 0) gets the population's mean spend
    assertEquals(SPEND.expectedSpend() * BgNbdTest.CDNOW.expectedPurchases(39, 0, 0, 38.86),
        clv.value(0, 0, 38.86, 1), 1e-9);
  }

  @Test
  void unitsAreConverted() {
    Clv clv = Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.01, ChronoUnit.MONTHS);
    double months = clv.horizon(12, ChronoUnit.MONTHS).value(2, 30.43, 38.86, 35.5);
    double weeks = clv.horizon(52, ChronoUnit.WEEKS).value(2, 30.43, 38.86, 35.5);
    double sameLength = clv.horizon(12 * 30.436875 / 7).value(2, 30.43, 38.86, 35.5);
    assertEquals(sameLength, months, 1e-12 * months);
    assertEquals(months, weeks, 0.005 * months); // 52 weeks is 0.24 % shorter than 12 months
    assertTrue(weeks < months);
    double year = clv.horizon(1, ChronoUnit.YEARS).value(2, 30.43, 38.86, 35.5);
    assertEquals(months, year, 1e-12 * months);
    // more discount, less value
    assertTrue(Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.05, ChronoUnit.MONTHS).horizon(12, ChronoUnit.MONTHS)
        .value(2, 30.43, 38.86, 35.5) < months);
    BgNbd noUnit = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    SegmentException x = assertThrows(SegmentException.class,
        () -> Clv.of(noUnit, SPEND).horizon(12, ChronoUnit.MONTHS));
    assertTrue(x.getMessage().contains("no time unit"), x.getMessage());
    assertThrows(SegmentException.class, () -> Clv.of(BgNbdTest.CDNOW, SPEND).value(1, 1, 2, 3));
    assertThrows(SegmentException.class, () -> Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(1.5));
    double[] many = Clv.of(BgNbdTest.CDNOW, SPEND).horizon(12, ChronoUnit.MONTHS).discountRate(0.01,
        ChronoUnit.MONTHS).values(new double[] {2, 0}, new double[] {30.43, 0}, new double[] {38.86, 38.86},
        new double[] {35.5, 0});
    assertEquals(months, many[0], 1e-12 * months);
  }

  @Property(tries = 300)
  void probabilityAliveIsAProbability(@ForAll @DoubleRange(min = 0.01, max = 20) double r,
      @ForAll @DoubleRange(min = 0.01, max = 100) double alpha, @ForAll @DoubleRange(min = 0.01, max = 20) double a,
      @ForAll @DoubleRange(min = 0.01, max = 20) double b, @ForAll @IntRange(min = 0, max = 1_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double last, @ForAll @DoubleRange(min = 0.01, max = 1_000) double T) {
    BgNbd m = BgNbd.of(r, alpha, a, b);
    double tx = x == 0 ? 0 : last * T;
    double alive = m.probabilityAlive(x, tx, T);
    assertTrue(alive >= 0 && alive <= 1, m + " x " + x + " tx " + tx + " T " + T + ": " + alive);
    if (x == 0) {
      assertEquals(1, alive, 0);
    }
    assertTrue(Double.isFinite(m.logLikelihood(x, tx, T)));
  }

  @Property(tries = 200)
  void expectedPurchasesGrowWithTime(@ForAll @DoubleRange(min = 0.05, max = 10) double r,
      @ForAll @DoubleRange(min = 0.1, max = 50) double alpha, @ForAll @DoubleRange(min = 0.05, max = 10) double a,
      @ForAll @DoubleRange(min = 0.05, max = 10) double b, @ForAll @IntRange(min = 0, max = 1_000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double last, @ForAll @DoubleRange(min = 1, max = 500) double T,
      @ForAll @DoubleRange(min = 0, max = 200) double t, @ForAll @DoubleRange(min = 0.01, max = 100) double more) {
    BgNbd m = BgNbd.of(r, alpha, a, b);
    double tx = x == 0 ? 0 : last * T;
    double sooner = m.expectedPurchases(t, x, tx, T);
    double later = m.expectedPurchases(t + more, x, tx, T);
    assertTrue(Double.isFinite(sooner) && sooner >= 0, m + ": " + sooner);
    assertTrue(later >= sooner * (1 - 1e-12), m + " x " + x + ": " + sooner + " then " + later);
  }

  @Test
  void heavyBuyersAtScaleGiveNoNaN() {
    // 2.5 million customers, a tenth buying 300-1,000 times in a year (copies of 25,000 simulated ones: the fit
    // sees distinct rows with weights)
    double[][] light = BgNbdTest.simulate(22_500, 0.25, 4, 0.8, 2.5, 3, 26, 52);
    SplittableRandom random = new SplittableRandom(4);
    int distinct = 25_000;
    double[] x = new double[2_500_000];
    double[] tx = new double[x.length];
    double[] bigT = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int k = i % distinct;
      if (k < light[0].length) {
        x[i] = light[0][k];
        tx[i] = light[1][k];
        bigT[i] = light[2][k];
      } else {
        SplittableRandom heavy = new SplittableRandom(k);
        bigT[i] = 52;
        x[i] = 300 + heavy.nextInt(701);
        tx[i] = 52 * Math.pow(heavy.nextDouble(), 1 / x[i]); // the last of x uniform purchase times
      }
    }
    BgNbd fit = BgNbd.fit(x, tx, bigT, ChronoUnit.WEEKS);
    assertTrue(fit.diagnostics().orElseThrow().distinctRows() <= distinct);
    for (double p : new double[] {fit.r(), fit.alpha(), fit.a(), fit.b()}) {
      assertTrue(Double.isFinite(p) && p > 0, fit.toString());
    }
    double[] alive = fit.probabilityAlive(x, tx, bigT);
    double[] ahead = fit.expectedPurchases(52, x, tx, bigT);
    for (int i = 0; i < x.length; i += 997) {
      assertTrue(alive[i] >= 0 && alive[i] <= 1, "customer " + i);
      assertTrue(Double.isFinite(ahead[i]) && ahead[i] >= 0, "customer " + i + ": " + ahead[i]);
      assertTrue(Double.isFinite(fit.logLikelihood(x[i], tx[i], bigT[i])));
    }
    // a heavy buyer who bought until the end is expected to keep buying at about her rate
    assertTrue(fit.expectedPurchases(52, 1_000, 51.9, 52) > 500, fit.toString());
  }
}
