package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The standard normal functions against a 50-digit reference and R. */
class StandardNormalTest {

  private static final MathContext MC = new MathContext(50);

  /** {@code exp(x)} by its Taylor series, to 50 digits (|x| ≤ 40 here). */
  private static BigDecimal exp(BigDecimal x) {
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int k = 1; k < 400; k++) {
      term = term.multiply(x, MC).divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
    }
    return sum;
  }

  /** φ(z), 1 − Φ(z) and L(z) to about 40 significant digits, from Φ(z) = ½ + φ(z)·Σ z^(2k+1)/(2k+1)!!. */
  private static BigDecimal[] reference(double zd) {
    BigDecimal z = new BigDecimal(zd);
    BigDecimal half = new BigDecimal("0.5");
    BigDecimal twoPi = new BigDecimal("6.2831853071795864769252867665590057683943387987502");
    BigDecimal phi = BigDecimal.ONE.divide(exp(z.multiply(z, MC).multiply(half, MC)), MC)
        .divide(twoPi.sqrt(MC), MC);
    BigDecimal term = z;
    BigDecimal sum = z;
    BigDecimal z2 = z.multiply(z, MC);
    for (int k = 3; k < 2000; k += 2) {
      term = term.multiply(z2, MC).divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
    }
    BigDecimal upper = half.subtract(phi.multiply(sum, MC), MC);
    BigDecimal loss = phi.subtract(z.multiply(upper, MC), MC);
    return new BigDecimal[] {phi, upper, loss};
  }

  @Test
  void lossAndTailMatchA50DigitReferenceTo1e12() {
    for (double z = -8; z <= 8; z += 0.125) {
      BigDecimal[] r = reference(z);
      double loss = r[2].doubleValue();
      double upper = r[1].doubleValue();
      assertEquals(loss, StandardNormal.loss(z), 1e-12 * loss, "L(" + z + ")");
      assertEquals(upper, StandardNormal.complementaryCdf(z), 1e-12 * upper, "1 − Φ(" + z + ")");
      assertEquals(1 - upper, StandardNormal.cdf(z), 1e-15, "Φ(" + z + ")");
      assertEquals(r[0].doubleValue(), StandardNormal.pdf(z), 1e-15 * r[0].doubleValue(), "φ(" + z + ")");
    }
  }

  @Test
  void inverseLossRecoversTheSafetyFactor() {
    // Chopra & Meindl, fill rate 0.975 with Q = 10,000 and σ_L = 707.1: L(k) = 250/707.1 → k = 0.0943245910250249
    assertEquals(0.094324591025024905874, StandardNormal.inverseLoss(250 / (500 * Math.sqrt(2))), 1e-15);
    // Nahmias, Harvey's: L(z) = 0.08 → z = 1.0212388775430121656
    assertEquals(1.0212388775430121656, StandardNormal.inverseLoss(0.08), 1e-14);
    for (double k = -37; k <= 36; k += 0.0625) {
      double t = StandardNormal.loss(k);
      double back = StandardNormal.inverseLoss(t);
      // the loss is flat where it is tiny: compare losses there, safety factors elsewhere
      assertEquals(t, StandardNormal.loss(back), 4e-15 * t * Math.max(1, k * k), "L⁻¹(L(" + k + "))");
      if (k < 8) {
        assertEquals(k, back, 1e-13 * Math.max(1, Math.abs(k)), "L⁻¹(L(" + k + "))");
      }
    }
    assertEquals(-1e6, StandardNormal.inverseLoss(1e6));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.inverseLoss(0));
    assertThrows(IllegalArgumentException.class, () -> StandardNormal.inverseLoss(Double.NaN));
  }

  @Test
  void matchesR() {
    // R 4.2.2: dnorm(z) - z * pnorm(z, lower.tail = FALSE), whose subtraction costs R a few ulps: to 1e-13
    double[] z = {-8, -3, -1, 0, 0.5, 1, 1.6448536269514722, 3, 5, 8};
    double[] loss = {8.0000000000000000e+00, 3.0003821543170477e+00, 1.0833154705876864e+00,
        3.9894228040143270e-01, 1.9779655740130606e-01, 8.3315470587686319e-02, 2.0892959027797711e-02,
        3.8215431704772401e-04, 5.3461655338328172e-08, 7.5502624119464844e-17};
    for (int i = 0; i < z.length; i++) {
      assertEquals(loss[i], StandardNormal.loss(z[i]), 1e-13 * loss[i], "L(" + z[i] + ")");
    }
    // R 4.2.2: qnorm(p), which is AS 241
    double[] p = {1e-300, 1e-20, 1e-10, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.95, 0.975, 0.999, 1 - 1e-10};
    double[] q = {-37.04709629936120052, -9.26234008979840517, -6.36134090240405570, -3.09023230616781319,
        -1.95996398454005383, -1.28155156554460081, -0.52440051270804067, 0, 0.52440051270804067,
        1.64485362695147153, 1.95996398454005361, 3.09023230616781319, 6.36134088969742084};
    for (int i = 0; i < p.length; i++) {
      assertEquals(q[i], StandardNormal.quantile(p[i]), 2e-15 * Math.max(1, Math.abs(q[i])), "p=" + p[i]);
    }
  }

  @Property(tries = 2000)
  void quantileInvertsTheCdf(
      @ForAll @DoubleRange(min = 1e-12, max = 0.999999999999) @net.jqwik.api.constraints.Scale(15) double p) {
    double z = StandardNormal.quantile(p);
    double back = p < 0.5 ? StandardNormal.cdf(z) : StandardNormal.complementaryCdf(z);
    double target = p < 0.5 ? p : 1 - p;
    assertEquals(target, back, 1e-13 * target);
  }

  @Property(tries = 1000)
  void lossIsDecreasingAndConvex(
      @ForAll @DoubleRange(min = -10, max = 10) @net.jqwik.api.constraints.Scale(6) double z) {
    double h = 1e-3;
    double left = StandardNormal.loss(z - h);
    double mid = StandardNormal.loss(z);
    double right = StandardNormal.loss(z + h);
    // L'(z) = −(1 − Φ(z)) and L''(z) = φ(z)
    assertEquals(-StandardNormal.complementaryCdf(z), (right - left) / (2 * h), 1e-6);
    assertEquals(StandardNormal.pdf(z), (right - 2 * mid + left) / (h * h), 1e-4 + 1e-3 * StandardNormal.pdf(z));
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenInterval() {
    for (double p : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(p));
      assertEquals("p must be strictly between 0 and 1, got " + p, e.getMessage());
    }
  }
}
