package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Coupon economics by hand, the log-normal closed forms against a large sample, and the invariants. */
class CouponEvaluatorTest {

  private static final double[] BASKETS = {50, 70, 85, 90, 100, 120, 150, 200};

  @Test
  void spendHundredGetTwentyByHand() {
    CouponEconomics e = CouponEvaluator.of(BASKETS).margin(0.4).evaluate(Coupon.spendGet(100, 20));
    assertEquals(0.5, e.reach(), 1e-12);               // 100, 120, 150, 200
    assertEquals(0.25, e.raisedShare(), 1e-12);        // 85 and 90 are within 20 of 100
    assertEquals(12.5, e.averageRaise(), 1e-12);       // raised by 15 and 10
    assertEquals(0.75, e.redemptionShare(), 1e-12);
    assertEquals(770 / 6.0, e.averageRedeemedBasket(), 1e-12); // 100 + 120 + 150 + 200 + 100 + 100
    assertEquals(20 / (770 / 6.0), e.effectiveDiscountRate(), 1e-12);
    assertEquals(2 / 3.0, e.deadweightShare(), 1e-12);
    assertEquals(25 / 8.0, e.extraSpendPerBasket(), 1e-12);
    assertEquals(20 - 0.4 * (25 / 8.0) / 0.75, e.costPerRedemption(), 1e-12);
    assertEquals(0.75 * e.costPerRedemption(), e.costPerBasket(), 1e-12);
    // no top-ups: only reach
    CouponEconomics none = CouponEvaluator.of(BASKETS).topUpWindow(0).evaluate(Coupon.spendGet(100, 20));
    assertEquals(0, none.raisedShare(), 0);
    assertEquals(20, none.costPerRedemption(), 0);
    assertEquals("spend 100 get 20 off (满100减20)", Coupon.spendGet(100, 20).toString());
  }

  @Test
  void theHandbooksTwoCoupons() {
    // seed 001 §3.2: 满100减20 into 满80减15 — on these baskets the lower threshold reaches more orders at a lower
    // effective rate, and costs less per basket
    CouponComparison c = CouponEvaluator.of(BASKETS).compare(Coupon.spendGet(100, 20), Coupon.spendGet(80, 15));
    CouponEconomics hundred = c.rows().get(0);
    CouponEconomics eighty = c.rows().get(1);
    assertEquals(0.75, eighty.reach(), 1e-12);        // 85 and up
    assertEquals(0.125, eighty.raisedShare(), 1e-12); // 70
    assertTrue(eighty.redemptionShare() > hundred.redemptionShare());
    assertTrue(eighty.effectiveDiscountRate() < hundred.effectiveDiscountRate());
    assertEquals(0.875 * 15, eighty.costPerBasket(), 1e-12);
    assertEquals(0.75 * 20, hundred.costPerBasket(), 1e-12);
    assertTrue(c.toString().contains("满80减15"), c.toString());
    assertEquals(3, c.toString().lines().count());
  }

  @Test
  void logNormalClosedFormsAgreeWithALargeSample() {
    double mu = Math.log(85);
    double sigma = 0.55;
    double[] sample = new LogNormalDistribution(new Well19937c(11), mu, sigma, 1e-9).sample(1_000_000);
    CouponEvaluator exact = CouponEvaluator.logNormal(mu, sigma).margin(0.3);
    CouponEvaluator empirical = CouponEvaluator.of(sample).margin(0.3);
    CouponEvaluator fitted = CouponEvaluator.fitLogNormal(sample).margin(0.3);
    for (Coupon coupon : List.of(Coupon.spendGet(100, 20), Coupon.spendGet(80, 15), Coupon.spendGet(300, 50))) {
      CouponEconomics a = exact.evaluate(coupon);
      for (CouponEconomics b : List.of(empirical.evaluate(coupon), fitted.evaluate(coupon))) {
        assertEquals(a.reach(), b.reach(), 0.003, coupon.toString());
        assertEquals(a.raisedShare(), b.raisedShare(), 0.003, coupon.toString());
        assertEquals(a.averageRaise(), b.averageRaise(), 0.01 * a.averageRaise(), coupon.toString());
        assertEquals(a.averageRedeemedBasket(), b.averageRedeemedBasket(), 0.01 * a.averageRedeemedBasket());
        assertEquals(a.costPerRedemption(), b.costPerRedemption(), 0.01 * a.costPerRedemption());
      }
    }
  }

  @Property(tries = 300)
  void moreThresholdLessReach(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 1, max = 1_000) Double> baskets,
      @ForAll @DoubleRange(min = 1, max = 1_000) double threshold, @ForAll @DoubleRange(min = 0, max = 500) double more,
      @ForAll @DoubleRange(min = 0.01, max = 1) double discountShare) {
    CouponEvaluator evaluator = CouponEvaluator.of(baskets.stream().mapToDouble(Double::doubleValue).toArray());
    for (CouponEvaluator e : List.of(evaluator, CouponEvaluator.logNormal(4, 0.8))) {
      CouponEconomics low = e.evaluate(Coupon.spendGet(threshold, discountShare * threshold));
      CouponEconomics high = e.evaluate(Coupon.spendGet(threshold + more, discountShare * threshold));
      assertTrue(high.reach() <= low.reach() + 1e-12, low + " / " + high);
      for (CouponEconomics c : List.of(low, high)) {
        assertTrue(c.reach() >= 0 && c.redemptionShare() <= 1 + 1e-12, c.toString());
        assertTrue(c.effectiveDiscountRate() <= c.coupon().headlineRate() + 1e-12, c.toString());
        assertTrue(c.averageRaise() >= 0 && c.averageRaise() <= c.coupon().discount() + 1e-9, c.toString());
      }
    }
  }

  @Test
  void badInputIsTyped() {
    assertThrows(SegmentException.class, () -> Coupon.spendGet(100, 0));
    assertThrows(SegmentException.class, () -> Coupon.spendGet(100, 120));
    assertThrows(SegmentException.class, () -> Coupon.spendGet(Double.NaN, 1));
    assertThrows(SegmentException.class, () -> CouponEvaluator.of(new double[0]));
    SegmentException bad = assertThrows(SegmentException.class, () -> CouponEvaluator.of(new double[] {10, -1}));
    assertTrue(bad.getMessage().contains("basket 1"), bad.getMessage());
    assertThrows(SegmentException.class, () -> CouponEvaluator.fitLogNormal(new double[] {5, 5}));
    assertThrows(SegmentException.class, () -> CouponEvaluator.logNormal(1, 0));
    assertThrows(SegmentException.class, () -> CouponEvaluator.of(BASKETS).margin(1.5));
    assertThrows(SegmentException.class, () -> CouponEvaluator.of(BASKETS).topUpWindow(-1));
    assertThrows(SegmentException.class, () -> CouponEvaluator.of(BASKETS).compare());
  }
}
