package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD against Fader, Hardie &amp; Lee's published CDNOW values (their Excel implementation, as the lifetimes
 * package's tests quote them), the likelihood written out by hand, and fits to seeded simulations of the model.
 */
class BgNbdTest {

  /** The paper's CDNOW estimates (weeks), Fader, Hardie &amp; Lee (2005), Table 1 (rounded as published). */
  static final BgNbd CDNOW = BgNbd.of(0.243, 4.414, 0.793, 2.426).inUnit(ChronoUnit.WEEKS);

  @Test
  void theConditionalExpectationOfTheHardieSpreadsheet() {
    // a customer with 2 repeat purchases, the last at 30.43 weeks, observed for 38.86 weeks: 1.226 in 39 weeks
    assertEquals(1.226, CDNOW.expectedPurchases(39, 2, 30.43, 38.86), 5e-4);
  }

  @Test
  void theUnconditionalExpectationOfTheHardieSpreadsheet() {
    // the spreadsheet works with the unrounded estimates; rounding them to the published three decimals moves
    // E[X(t)] by up to 0.16 % here, hence the tolerance of 0.2 % (and 5e-4 for the small values)
    double[] weeks = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < weeks.length; i++) {
      assertEquals(expected[i], CDNOW.expectedPurchases(weeks[i]), Math.max(5e-4, 0.002 * expected[i]),
          "t = " + weeks[i]);
    }
    assertEquals(0, CDNOW.expectedPurchases(0), 0);
  }

  @Test
  void theLikelihoodWrittenOutByHand() {
    // eq. 6 without logs: B(a, b + x)/B(a, b)·Γ(r + x)α^r/(Γ(r)(α + T)^(r+x)) + B(a + 1, b + x − 1)/B(a, b)·…
    double r = 0.243;
    double alpha = 4.414;
    double a = 0.793;
    double b = 2.426;
    double[][] customers = {{2, 30.43, 38.86}, {0, 0, 38.86}, {1, 1.71, 38.86}, {5, 20.5, 30}};
    for (double[] c : customers) {
      double x = c[0];
      double tx = c[1];
      double t = c[2];
      double common = Math.exp(Gamma.logGamma(r + x) - Gamma.logGamma(r)) * Math.pow(alpha, r);
      double likelihood = Math.exp(Beta.logBeta(a, b + x) - Beta.logBeta(a, b)) * common
          / Math.pow(alpha + t, r + x);
      if (x > 0) {
        likelihood += Math.exp(Beta.logBeta(a + 1, b + x - 1) - Beta.logBeta(a, b)) * common
            / Math.pow(alpha + tx, r + x);
      }
      assertEquals(Math.log(likelihood), CDNOW.logLikelihood(x, tx, t), 1e-12, java.util.Arrays.toString(c));
    }
  }

  @Test
  void probabilityAliveByHand() {
    // eq. 11: 1/(1 + a/(b + x − 1)·((α + T)/(α + t_x))^(r+x))
    double expected = 1 / (1 + 0.793 / (2.426 + 2 - 1) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243));
    assertEquals(expected, CDNOW.probabilityAlive(2, 30.43, 38.86), 1e-12);
    assertEquals(1, CDNOW.probabilityAlive(0, 0, 38.86), 0);
  }

  @Test
  void theTransformedSeriesIsTheDirectOne() {
    // for moderate parameters the direct Gauss series of eq. 10 converges; it must agree with the transformed one
    double[][] cases = {{2, 30.43, 38.86, 39}, {0, 0, 20, 10}, {7, 12, 13, 52}, {1, 0.5, 60, 5}};
    BgNbd[] models = {CDNOW, BgNbd.of(1.2, 3, 1.7, 4), BgNbd.of(0.5, 10, 2.5, 0.7)};
    for (BgNbd m : models) {
      for (double[] c : cases) {
        double direct = direct(m, c[3], c[0], c[1], c[2]);
        assertEquals(direct, m.expectedPurchases(c[3], c[0], c[1], c[2]), 1e-10 * Math.max(1, direct),
            m + " " + java.util.Arrays.toString(c));
      }
    }
  }

  /** Eq. 10 with the hypergeometric series summed as written (a ≠ 1 only). */
  private static double direct(BgNbd m, double t, double x, double tx, double bigT) {
    double r = m.r();
    double alpha = m.alpha();
    double a = m.a();
    double b = m.b();
    double z = t / (alpha + bigT + t);
    double aa = r + x;
    double bb = b + x;
    double cc = a + b + x - 1;
    double term = 1;
    double sum = 1;
    for (int k = 0; k < 100_000 && Math.abs(term) > 1e-18 * Math.abs(sum); k++) {
      term *= (aa + k) * (bb + k) / ((cc + k) * (k + 1)) * z;
      sum += term;
    }
    double numerator = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + bigT) / (alpha + bigT + t), r + x) * sum);
    double denominator = 1 + (x > 0 ? a / (b + x - 1) * Math.pow((alpha + bigT) / (alpha + tx), r + x) : 0);
    return numerator / denominator;
  }

  @Test
  void aEqualToOneIsTheLimit() {
    // eq. 10 has (a − 1) in a denominator; the transformed form divides it out, so a = 1 is continuous
    double at = BgNbd.of(0.8, 5, 1, 3).expectedPurchases(20, 3, 10, 15);
    double below = BgNbd.of(0.8, 5, 1 - 1e-7, 3).expectedPurchases(20, 3, 10, 15);
    double above = BgNbd.of(0.8, 5, 1 + 1e-7, 3).expectedPurchases(20, 3, 10, 15);
    assertTrue(Double.isFinite(at) && at > 0);
    assertEquals(at, below, 1e-6 * at);
    assertEquals(at, above, 1e-6 * at);
    assertEquals(direct(BgNbd.of(0.8, 5, 1 + 1e-3, 3), 20, 3, 10, 15), above, 1e-3 * at);
  }

  /** Customers of a known BG/NBD: λ ~ Gamma(r, α), p ~ Beta(a, b), observed for T. Returns {x, t_x, T}. */
  static double[][] simulate(int n, double r, double alpha, double a, double b, long seed, double minT,
      double maxT) {
    GammaDistribution rates = new GammaDistribution(new Well19937c(seed), r, 1 / alpha);
    BetaDistribution dropouts = new BetaDistribution(new Well19937c(seed + 1), a, b);
    SplittableRandom random = new SplittableRandom(seed + 2);
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] bigT = new double[n];
    for (int i = 0; i < n; i++) {
      double lambda = rates.sample();
      double p = dropouts.sample();
      double t = minT + (maxT - minT) * random.nextDouble();
      bigT[i] = t;
      double now = 0;
      while (true) {
        now += -Math.log1p(-random.nextDouble()) / lambda;
        if (now > t) {
          break;
        }
        x[i]++;
        tx[i] = now;
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    return new double[][] {x, tx, bigT};
  }

  @Test
  void aFitRecoversTheParametersOfALargeSimulation() {
    double[][] d = simulate(1_000_000, 0.25, 4, 0.8, 2.5, 20261128, 26, 104);
    BgNbd fit = BgNbd.fit(d[0], d[1], d[2], ChronoUnit.WEEKS);
    assertEquals(0.25, fit.r(), 0.02 * 0.25, fit.toString());
    assertEquals(4, fit.alpha(), 0.02 * 4, fit.toString());
    assertEquals(0.8, fit.a(), 0.02 * 0.8, fit.toString());
    assertEquals(2.5, fit.b(), 0.02 * 2.5, fit.toString());
    assertEquals(ChronoUnit.WEEKS, fit.unit().orElseThrow());
    FitDiagnostics diagnostics = fit.diagnostics().orElseThrow();
    assertTrue(diagnostics.gradientNorm() < 1e-6, diagnostics.toString());
    assertEquals(1_000_000, diagnostics.customers());
    System.out.println(fit + " " + diagnostics);
  }

  @Test
  void standardErrorsCoverTheTruthAndShrinkWithTheData() {
    double[][] d = simulate(100_000, 0.25, 4, 0.8, 2.5, 7, 26, 104);
    BgNbd fit = BgNbd.fit(d[0], d[1], d[2]);
    java.util.List<Double> se = fit.diagnostics().orElseThrow().standardErrors();
    double[] truth = {0.25, 4, 0.8, 2.5};
    double[] estimate = {fit.r(), fit.alpha(), fit.a(), fit.b()};
    for (int i = 0; i < 4; i++) {
      // within 4 standard errors of the truth (a false alarm about once in 4,000 fits), and a few percent of it
      assertTrue(se.get(i) > 0 && se.get(i) < 0.1 * truth[i], fit + " " + se);
      assertTrue(Math.abs(estimate[i] - truth[i]) <= 4 * se.get(i), fit + " " + se);
    }
    // the same customers twice: the same estimates, the information doubled, the errors divided by √2
    double[][] twice = new double[3][];
    for (int j = 0; j < 3; j++) {
      twice[j] = java.util.Arrays.copyOf(d[j], 2 * d[j].length);
      System.arraycopy(d[j], 0, twice[j], d[j].length, d[j].length);
    }
    java.util.List<Double> seTwice = BgNbd.fit(twice[0], twice[1], twice[2]).diagnostics().orElseThrow()
        .standardErrors();
    for (int i = 0; i < 4; i++) {
      assertEquals(se.get(i) / Math.sqrt(2), seTwice.get(i), 1e-4 * se.get(i));
    }
  }

  @Test
  void badInputIsTyped() {
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {1.5}, new double[] {1}, new double[] {2}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {1}, new double[] {3}, new double[] {2}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {0}, new double[] {1}, new double[] {2}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {1}, new double[] {1}, new double[] {0}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {0, 0}, new double[] {0, 0},
        new double[] {2, 3}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(new double[] {1}, new double[] {1, 2}, new double[] {2}));
    assertThrows(SegmentException.class, () -> BgNbd.fit(null, new double[0], new double[0]));
    assertThrows(SegmentException.class, () -> BgNbd.of(0, 1, 1, 1));
    assertThrows(SegmentException.class, () -> CDNOW.expectedPurchases(-1));
    assertThrows(SegmentException.class, () -> CDNOW.probabilityAlive(1, 5, 4));
  }
}
