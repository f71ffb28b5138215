package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bullwhip formulas (values computed from them, as listed in docs/research/bullwhip.md) and the measured ratio
 * against simulations of the policies they describe.
 */
class BullwhipTest {

  @Test
  void theFormulas() {
    assertEquals(5.0, Bullwhip.movingAverageLowerBound(1, 1), 1e-12);
    assertEquals(1.625, Bullwhip.movingAverageLowerBound(1, 4), 1e-12);
    assertEquals(2.5, Bullwhip.movingAverageLowerBound(2, 4), 1e-12);
    assertEquals(7 / 3.0, Bullwhip.exponentialSmoothingLowerBound(1, 0.5), 1e-12);
    assertEquals(1 + 1.2 + 2 * 0.36 / 1.7, Bullwhip.exponentialSmoothingLowerBound(2, 0.3), 1e-12);
    assertEquals(1.0, Bullwhip.proportionalOrderUpTo(1), 1e-12);
    assertEquals(1 / 3.0, Bullwhip.proportionalOrderUpTo(2), 1e-12);
    assertThrows(SupplyException.class, () -> Bullwhip.movingAverageLowerBound(0, 4));
    assertThrows(SupplyException.class, () -> Bullwhip.exponentialSmoothingLowerBound(1, 0));
    assertThrows(SupplyException.class, () -> Bullwhip.proportionalOrderUpTo(0.5));
  }

  /** Order-up-to with a moving-average forecast: q_t = D_{t−1} + L·(F_t − F_{t−1}), F the mean of p periods. */
  private static double[][] movingAverageOrders(int n, int lead, int p, long seed) {
    Random r = new Random(seed);
    double[] d = new double[n + p + 1];
    for (int t = 0; t < d.length; t++) {
      d[t] = 100 + 10 * r.nextGaussian();
    }
    double[] orders = new double[n];
    double[] demand = new double[n];
    for (int i = 0; i < n; i++) {
      int t = i + p + 1;
      double f = 0;
      double fPrev = 0;
      for (int k = 1; k <= p; k++) {
        f += d[t - k] / p;
        fPrev += d[t - 1 - k] / p;
      }
      orders[i] = d[t - 1] + lead * (f - fPrev);
      demand[i] = d[t - 1];
    }
    return new double[][] {orders, demand};
  }

  @Test
  void aSimulatedMovingAveragePolicyMatchesTheFormula() {
    double[][] s = movingAverageOrders(20_000, 2, 4, 1);
    BullwhipRatio r = Bullwhip.ratio(s[0], s[1]);
    double expected = Bullwhip.movingAverageLowerBound(2, 4);
    assertTrue(r.lower() <= expected && expected <= r.upper(), r + " against " + expected);
    assertTrue(r.amplifies());
    assertEquals(expected, r.value(), 0.1);
  }

  @Test
  void aSimulatedExponentialSmoothingPolicyMatchesTheFormula() {
    Random rnd = new Random(2);
    int n = 20_000;
    double alpha = 0.3;
    int lead = 2;
    double f = 100;
    double[] orders = new double[n];
    double[] demand = new double[n];
    double prevD = 100 + 10 * rnd.nextGaussian();
    for (int t = 0; t < n; t++) {
      double fNext = alpha * prevD + (1 - alpha) * f;
      orders[t] = prevD + lead * (fNext - f);
      demand[t] = prevD;
      f = fNext;
      prevD = 100 + 10 * rnd.nextGaussian();
    }
    BullwhipRatio r = Bullwhip.ratio(orders, demand);
    double expected = Bullwhip.exponentialSmoothingLowerBound(lead, alpha);
    assertTrue(r.lower() <= expected && expected <= r.upper(), r + " against " + expected);
  }

  @Test
  void noBullwhipAndBadSeries() {
    Random rnd = new Random(3);
    double[] d = new double[500];
    for (int t = 0; t < d.length; t++) {
      d[t] = 50 + 5 * rnd.nextGaussian();
    }
    BullwhipRatio same = Bullwhip.ratio(d, d);
    assertEquals(1.0, same.value(), 1e-12);
    assertTrue(same.lower() <= 1 && same.upper() >= 1 && !same.amplifies(), same.toString());
    assertEquals(same, Bullwhip.ratio(d, d)); // the same interval every run
    SupplyException e = assertThrows(SupplyException.class, () -> Bullwhip.ratio(new double[9], new double[9]));
    assertTrue(e.getMessage().contains("demand does not vary"), e.getMessage());
    assertThrows(SupplyException.class, () -> Bullwhip.ratio(new double[9], new double[8]));
    assertThrows(SupplyException.class, () -> Bullwhip.ratio(new double[3], new double[3]));
    double[] bad = d.clone();
    bad[7] = Double.NaN;
    e = assertThrows(SupplyException.class, () -> Bullwhip.ratio(bad, d));
    assertTrue(e.getMessage().contains("period 7"), e.getMessage());
  }
}
