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
    // the standard errors are small and cover the truth (4 of them: a false alarm about once in 5,000 fits)
    java.util.List<Double> se = fit.diagnostics().orElseThrow().standardErrors();
    double[] truth = {6.25, 3.74, 15.44};
    double[] estimate = {fit.p(), fit.q(), fit.v()};
    for (int i = 0; i < 3; i++) {
      assertTrue(se.get(i) > 0 && se.get(i) < 0.05 * truth[i], i + ": " + se);
      assertTrue(Math.abs(estimate[i] - truth[i]) <= 4 * se.get(i), i + ": " + se);
    }
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
  void twoStepsByHand() {
    // horizon 2 model periods, 10 % per period: spend·(E[Y(1)]/1.1 + (E[Y(2)] − E[Y(1)])/1.21)
    double y1 = BgNbdTest.CDNOW.expectedPurchases(1, 2, 30.43, 38.86);
    double y2 = BgNbdTest.CDNOW.expectedPurchases(2, 2, 30.43, 38.86);
    double expected = SPEND.expectedSpend(2, 35.5) * (y1 / 1.1 + (y2 - y1) / 1.21);
    assertEquals(expected, Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.1).horizon(2).value(2, 30.43, 38.86, 35.5),
        1e-12 * expected);
    // the same rate per day, in a model of weeks: a week is 7 discount periods, (1.1)^(−7) and (1.1)^(−14)
    double perDay = SPEND.expectedSpend(2, 35.5) * (y1 / Math.pow(1.1, 7) + (y2 - y1) / Math.pow(1.1, 14));
    assertEquals(perDay, Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.1, java.time.temporal.ChronoUnit.DAYS)
        .horizon(2).value(2, 30.43, 38.86, 35.5), 1e-12 * perDay);
  }

  @Test
  void unitsAreConverted() {
    Clv clv = Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.01, ChronoUnit.MONTHS);
    double months = clv.horizon(12, ChronoUnit.MONTHS).value(2, 30.43, 38.86, 35.5);
    double weeks = clv.horizon(52, ChronoUnit.WEEKS).value(2, 30.43, 38.86, 35.5);
    double sameLength = clv.horizon(12 * 30.436875 / 7).value(2, 30.43, 38.86, 35.5);
    assertEquals(sameLength, months, 1e-12 * months);
    assertEquals(months, weeks, 0.005 * months); // 52 weeks is 0.34 % shorter than 12 months
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

  @Test
  void valuesForManyCustomersAgreeWithValueForEach() {
    // the batch takes each horizon step's expectations for all customers at once (interpolated where many are alike)
    double[][] sim = BgNbdTest.simulate(4_000, 0.243, 4.414, 0.793, 2.426, 21, 1, 78);
    double[] spend = new double[sim[0].length];
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < spend.length; i++) {
      spend[i] = sim[0][i] == 0 ? 0 : 5 + 60 * random.nextDouble();
    }
    Clv clv = Clv.of(BgNbdTest.CDNOW, SPEND).discountRate(0.01, ChronoUnit.MONTHS).horizon(26);
    double[] many = clv.values(sim[0], sim[1], sim[2], spend);
    for (int i = 0; i < spend.length; i++) {
      double one = clv.value(sim[0][i], sim[1][i], sim[2][i], spend[i]);
      assertTrue(one > 0);
      assertEquals(one, many[i], 1e-11 * one, "customer " + i);
    }
    SegmentException e = assertThrows(SegmentException.class, () -> clv.values(new double[] {1, -1},
        new double[] {1, 0}, new double[] {2, 2}, new double[] {3, 3}));
    assertTrue(e.getMessage().contains("customer 1"), e.getMessage());
    assertThrows(SegmentException.class, () -> Clv.of(BgNbdTest.CDNOW, SPEND).values(new double[] {1},
        new double[] {1}, new double[] {2}, new double[] {3}));
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
  void weightsAreCustomers() {
    // the compressed, weighted likelihood equals the sum of the customers' own
    double[][] d = BgNbdTest.simulate(2_000, 0.5, 3, 0.9, 2.2, 21, 10, 40);
    double[] x = new double[6_000];
    double[] tx = new double[x.length];
    double[] t = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = d[0][i % 2_000];
      tx[i] = d[1][i % 2_000];
      t[i] = Math.rint(d[2][i % 2_000]);
      tx[i] = Math.min(Math.rint(tx[i]), t[i]);
      if (x[i] == 0) {
        tx[i] = 0;
      }
    }
    BgNbdData data = BgNbdData.of(x, tx, t);
    assertTrue(data.rows < 2_000, "rows " + data.rows);
    BgNbd m = BgNbd.of(0.5, 3, 0.9, 2.2);
    double[] theta = {Math.log(0.5), Math.log(3), Math.log(0.9), Math.log(2.2)};
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += m.logLikelihood(x[i], tx[i], t[i]);
    }
    assertEquals(sum, new BgNbdLikelihood(data).valueAndGradient(theta, new double[4]), 1e-9 * Math.abs(sum));
    // and tripling the data leaves the fit where it was
    double[] x1 = java.util.Arrays.copyOf(x, 2_000);
    double[] tx1 = java.util.Arrays.copyOf(tx, 2_000);
    double[] t1 = java.util.Arrays.copyOf(t, 2_000);
    BgNbd once = BgNbd.fit(x1, tx1, t1);
    BgNbd thrice = BgNbd.fit(x, tx, t);
    assertEquals(once.r(), thrice.r(), 1e-6 * once.r());
    assertEquals(once.b(), thrice.b(), 1e-6 * once.b());
    assertEquals(3 * once.diagnostics().orElseThrow().logLikelihood(),
        thrice.diagnostics().orElseThrow().logLikelihood(), 1e-6 * Math.abs(thrice.diagnostics().orElseThrow()
            .logLikelihood()));
    assertEquals(sum, BgNbd.fit(x, tx, t).diagnostics().orElseThrow().logLikelihood(), Math.abs(sum) * 0.05);
  }

  @Test
  void theUnitOfTimeDoesNotMatter() {
    // the same customers in weeks and in seconds: α scales, r, a, b do not, and the fit does not fail
    double[][] d = BgNbdTest.simulate(20_000, 0.3, 4, 0.8, 2.5, 31, 20, 60);
    double secondsPerWeek = 604_800;
    double[] tx = d[1].clone();
    double[] t = d[2].clone();
    for (int i = 0; i < t.length; i++) {
      tx[i] *= secondsPerWeek;
      t[i] *= secondsPerWeek;
    }
    BgNbd weeks = BgNbd.fit(d[0], d[1], d[2], ChronoUnit.WEEKS);
    BgNbd seconds = BgNbd.fit(d[0], tx, t);
    assertEquals(weeks.r(), seconds.r(), 1e-6 * weeks.r());
    assertEquals(weeks.alpha() * secondsPerWeek, seconds.alpha(), 1e-6 * seconds.alpha());
    assertEquals(weeks.b(), seconds.b(), 1e-6 * weeks.b());
  }

  @Test
  void dataThatDoNotIdentifyTheModelThrow() {
    // every customer buys at exactly the same pace and never drops out: the dropout shapes run away
    double[] x = new double[5_000];
    double[] tx = new double[x.length];
    double[] t = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = 10;
      tx[i] = 50;
      t[i] = 50;
    }
    SegmentException e = assertThrows(SegmentException.class, () -> BgNbd.fit(x, tx, t));
    assertTrue(e.getMessage().contains("BG/NBD fit"), e.getMessage());
    assertThrows(SegmentException.class, () -> BgNbd.fit(x, tx, t, ChronoUnit.FOREVER));
    assertThrows(SegmentException.class, () -> BgNbdTest.CDNOW.inUnit(ChronoUnit.MILLIS));
  }

  @Test
  void extremeParametersGiveNoNaN() {
    // a large a: the series is carried with its own exponent
    BgNbd m = BgNbd.of(0.5, 10, 200, 800);
    double far = m.expectedPurchases(2_000);
    assertTrue(Double.isFinite(far) && far > 0, String.valueOf(far));
    assertEquals(far, BgNbd.of(0.5, 10, 200.0001, 800).expectedPurchases(2_000), 1e-4 * far);
    assertTrue(Double.isFinite(m.expectedPurchases(2_000, 3, 5, 10)));
    // a log-normal too wide for baskets is refused rather than turned into NaN
    assertThrows(SegmentException.class, () -> CouponEvaluator.logNormal(4, 38));
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
