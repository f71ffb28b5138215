package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Demand over the protection interval: Poisson and negative-binomial loss functions against 40-digit references,
 * convolutions and lead-time mixtures against direct sums. References: docs/research/inventory-policies.md §9, values
 * recomputed there with mpmath at 40 digits and in R by direct summation.
 */
class DistributionTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void poissonLossMatchesHighPrecisionSums() {
    // Snyder & Shen, 2nd ed., eq. C.41; stockpyl's loss-function tests use the same points
    assertRelative(0.53600585715849435, Demand.poisson(200).loss(220), 1e-12);
    assertRelative(2.2926001256973054, Demand.poisson(7).loss(5), 1e-12);
    assertRelative(1.5145469394969437, Demand.poisson(47).loss(50), 1e-12);
    assertRelative(0.51760952825847013, Demand.poisson(15).loss(18), 1e-12);
    // below the support the loss is mean − x; between whole numbers it is linear
    assertRelative(17, Demand.poisson(7).loss(-10), 1e-15);
    Distribution p7 = Demand.poisson(7).distribution();
    assertRelative(0.5 * (p7.loss(5) + p7.loss(6)), p7.loss(5.5), 1e-15);
  }

  @Test
  void negativeBinomialLossMatchesDirectSums() {
    // r = 10, p = 0.3 (failures before the 10th success): mean 70/3, sd √700/3; Zipkin (2000) App. C closed form,
    // checked against direct sums to 4e-15 in the research note
    Demand nb = Demand.negativeBinomial(70.0 / 3, Math.sqrt(700) / 3);
    assertRelative(9.740091807848778, nb.loss(14), 1e-12);
    assertRelative(1.805487475041088, nb.loss(28), 1e-12);
    assertRelative(5.533809274627817, Demand.negativeBinomial(15, Math.sqrt(37.5)).loss(10), 1e-12);
  }

  @Test
  void leadTimeDemandOfDiscreteKinds() {
    List<String> notes = new ArrayList<>();
    // Poisson 6 a period over 2 periods is Poisson 12: P(D ≤ 18) = 0.9625835103366081 (R: ppois(18, 12))
    Distribution p12 = ProtectionDemand.over(Demand.poisson(6), LeadTime.fixed(2), 0, notes);
    assertRelative(0.9625835103366081, p12.cdf(18), 1e-13);
    assertEquals(18, p12.quantile(0.95));
    // negative binomial mean 2, sd 3 a period over 3 periods: NB(12/7, 2/9), mean 6, variance 27
    Distribution nb = ProtectionDemand.over(Demand.negativeBinomial(2, 3), LeadTime.fixed(3), 0, notes);
    assertRelative(6, nb.mean(), 1e-13);
    assertRelative(Math.sqrt(27), nb.standardDeviation(), 1e-12);
    assertRelative(0.9115713621603762, nb.cdf(13), 1e-12);
    assertEquals(13, nb.quantile(0.90));
    assertRelative(0.4498827477360136, nb.loss(13), 1e-12);
    // lead time 1, 2 or 3 periods with probabilities .2, .5, .3; Poisson 4 a period: mean 8.4, variance 16.24
    LeadTime observed = LeadTime.empirical(1, 1, 2, 2, 2, 2, 2, 3, 3, 3);
    Distribution mix = ProtectionDemand.over(Demand.poisson(4), observed, 0, notes);
    assertRelative(8.4, mix.mean(), 1e-13);
    assertRelative(Math.sqrt(16.24), mix.standardDeviation(), 1e-12);
    assertRelative(0.9677534605611008, mix.cdf(16), 1e-12);
    assertRelative(0.9492082117194885, mix.cdf(15), 1e-12);
    assertTrue(notes.isEmpty(), notes::toString);
  }

  @Test
  void normalLeadTimeKeepsItsMeanForDiscreteDemand() {
    // Poisson 30 a period; a normal lead time is mixed over cells at their conditional means, not rounded to whole
    // periods: the mean of demand over it is λ·E[L] whatever the lead time's fraction (review finding: rounding
    // turned a lead time of 0.4 ± 0.01 into 0)
    List<String> notes = new ArrayList<>();
    Distribution short0 = ProtectionDemand.over(Demand.poisson(30), LeadTime.normal(0.4, 0.01), 0, notes);
    assertRelative(12, short0.mean(), 1e-9);
    Distribution nearlyFixed = ProtectionDemand.over(Demand.poisson(30), LeadTime.normal(1.3, 1e-6), 0, notes);
    Distribution fixed = ProtectionDemand.over(Demand.poisson(30), LeadTime.fixed(1.3), 0, notes);
    assertEquals(fixed.quantile(0.95), nearlyFixed.quantile(0.95));
    // variance λ·E[L] + λ²·Var[L] = 150 + 900, to the cells' within-cell spread (about 0.3 % of Var[L])
    Distribution spread = ProtectionDemand.over(Demand.poisson(30), LeadTime.normal(5, 1), 0, notes);
    assertRelative(150, spread.mean(), 1e-7); // E[max(L, 0)] exceeds 5 by 1.5e-6·φ-terms: the truncation at 0
    assertRelative(1050, spread.standardDeviation() * spread.standardDeviation(), 5e-3);
    assertTrue(notes.isEmpty(), notes::toString);
    // a lead time with real probability below 0 is truncated there, and the result says so
    ProtectionDemand.over(Demand.poisson(30), LeadTime.normal(1, 5), 0, notes);
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("below 0"), notes::toString);
  }

  @Test
  void zeroLeadTimeIsAPointMassAtZero() {
    List<String> notes = new ArrayList<>();
    for (Demand d : new Demand[] {Demand.poisson(3), Demand.negativeBinomial(3, 4), Demand.normal(3, 1),
        Demand.empirical(new double[] {1, 2, 7})}) {
      Distribution none = ProtectionDemand.over(d, LeadTime.fixed(0), 0, notes);
      assertEquals(0, none.mean(), d::toString);
      assertEquals(0, none.standardDeviation(), d::toString);
      assertEquals(0, none.loss(0), d::toString);
      assertEquals(1, none.cdf(0), d::toString);
    }
  }

  @Test
  void empiricalDemandIsConvolvedExactly() {
    List<String> notes = new ArrayList<>();
    // two periods of {0, 1, 3} equally likely: sums 0,1,2,3,4,6 with counts 1,2,1,2,2,1 over 9
    Distribution two = ProtectionDemand.over(Demand.empirical(new double[] {0, 1, 3}), LeadTime.fixed(2), 0, notes);
    assertRelative(3.0 / 9, two.cdf(1), 1e-15);
    assertRelative(6.0 / 9, two.cdf(3), 1e-15);
    assertRelative(8.0 / 9, two.cdf(5), 1e-15);
    // n(2) = E[(D − 2)⁺] = (1·2 + 2·2 + 1·4)/9 over 3, 4, 6
    assertRelative((2 * 1 + 2 * 2 + 4.0) / 9, two.loss(2), 1e-15);
    assertTrue(notes.isEmpty());
    // fractional observations over two periods: normal approximation, with a note
    Distribution approx = ProtectionDemand.over(Demand.empirical(new double[] {0.5, 1.5}), LeadTime.fixed(2), 0,
        notes);
    assertEquals(2, approx.mean(), 1e-15);
    assertEquals(1, notes.size());
  }

  @Test
  void sampleDistributionOfRealValues() {
    Demand d = Demand.empirical(new double[] {2.5, 0.5, 4, 1});
    assertEquals(0.5, d.cdf(1.2));
    assertEquals(2.5, d.quantile(0.75));
    assertEquals(4, d.quantile(0.76));
    assertRelative((1.5 + 3) / 4, d.loss(1), 1e-15);
    Distribution s = d.distribution();
    // ½·E[((D − 1)⁺)²] = ½·(1.5² + 3²)/4
    assertRelative(0.5 * (2.25 + 9) / 4, s.secondLoss(1), 1e-15);
  }

  @Test
  void tooLargeDiscreteDemandIsATypedError() {
    SupplyException e = assertThrows(SupplyException.class,
        () -> ProtectionDemand.over(Demand.negativeBinomial(1e6, 1e8), LeadTime.fixed(1), 0, new ArrayList<>()));
    assertTrue(e.getMessage().contains("Demand.normal"), e.getMessage());
  }

  @Property(tries = 200)
  void discreteSecondLossIsTheSumOfLosses(@ForAll @DoubleRange(min = 0.05, max = 60) double mean,
      @ForAll @IntRange(min = -5, max = 80) int r, @ForAll @IntRange(min = 1, max = 40) int q) {
    Distribution d = Demand.poisson(mean).distribution();
    double sum = 0;
    for (int y = r + 1; y <= r + q; y++) {
      sum += d.loss(y);
    }
    assertEquals(sum, d.secondLoss(r) - d.secondLoss(r + q), 1e-9 * Math.max(1, sum));
  }

  @Property(tries = 200)
  void normalLossesAgreeWithTheirDefinitions(@ForAll @DoubleRange(min = -6, max = 8) double z) {
    // L₂'(z) = −L(z): a central difference of the second-order loss gives the first
    double h = 1e-4;
    double derivative = (NormalDistribution.secondLossStandard(z - h) - NormalDistribution.secondLossStandard(z + h))
        / (2 * h);
    assertEquals(StandardNormal.loss(z), derivative, 1e-7 * Math.max(1, Math.abs(z)));
    assertTrue(NormalDistribution.secondLossStandard(z) > 0);
  }
}
