package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** The columnar batch agrees with the one-SKU calculator, SKU by SKU. */
class SkuBatchTest {

  private static SkuBatch randomBatch(long seed, int n, double[][] columns) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] lead = new double[n];
    double[] leadSd = new double[n];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = random.nextDouble(0.5, 5000);
      sd[i] = mean[i] * random.nextDouble(0, 1.5);
      lead[i] = random.nextInt(6) == 0 ? 0 : random.nextDouble(0.2, 30);
      leadSd[i] = random.nextBoolean() ? 0 : lead[i] * random.nextDouble(0, 0.5);
      q[i] = mean[i] * random.nextDouble(0.05, 20);
    }
    columns[0] = mean;
    columns[1] = sd;
    columns[2] = lead;
    columns[3] = leadSd;
    columns[4] = q;
    return SkuBatch.builder().demandMean(mean).demandSd(sd).leadTime(lead).leadTimeSd(leadSd).build();
  }

  @Property(tries = 30)
  void agreesWithSafetyStockSkuBySku(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double target) {
    double[][] c = new double[5][];
    SkuBatch batch = randomBatch(seed, 200, c);
    double[] r = new double[200];
    double[] ss = new double[200];
    batch.forCycleServiceLevel(target, r, ss);
    double[] rFill = new double[200];
    batch.forFillRate(target, c[4], rFill, null);
    double[] alphas = new double[200];
    java.util.Arrays.fill(alphas, target);
    double[] rPerSku = new double[200];
    batch.forCycleServiceLevel(alphas, rPerSku, null);
    for (int i = 0; i < 200; i++) {
      SafetyStock one = SafetyStock.of(Demand.normal(c[0][i], c[1][i]), LeadTime.normal(c[2][i], c[3][i]));
      StockPolicy alpha = one.forCycleServiceLevel(target);
      double scale = Math.max(1, alpha.protectionDemandStandardDeviation());
      assertEquals(alpha.reorderPoint(), r[i], 1e-12 * Math.max(1, Math.abs(r[i])));
      assertEquals(alpha.safetyStock(), ss[i], 1e-9 * scale);
      assertEquals(r[i], rPerSku[i]);
      StockPolicy beta = one.orderQuantity(c[4][i]).forFillRate(target);
      assertEquals(beta.reorderPoint(), rFill[i], 1e-11 * scale, "SKU " + i);
    }
  }

  @Test
  void powerApproximationMatchesSnyderShenAndSsPolicy() {
    // Snyder & Shen Example 4.8: h 0.18, p 0.70, K 2.5, N(50, 8), lead time 0: s 40.1946, S 74.2902
    SkuBatch batch = SkuBatch.builder().demandMean(new double[] {50, 190, 0, 120}).demandSd(new double[] {8, 48, 0, 30})
        .leadTime(new double[] {0, 0, 3, 2}).leadTimeSd(new double[] {0, 0, 0, 0.5}).build();
    double[] s = new double[4];
    double[] bigS = new double[4];
    batch.forMinMaxPowerApproximation(0.18, 0.70, 2.5, s, bigS);
    assertEquals(40.194616956474071, s[0], 1e-12 * 40);
    assertEquals(74.290170109805786, bigS[0], 1e-12 * 74);
    assertEquals(0, s[2]);
    assertEquals(0, bigS[2]);
    StockPolicy one = SSPolicy.builder().demand(Demand.normal(120, 30)).leadTime(LeadTime.normal(2, 0.5))
        .holdingCost(0.18).stockoutCost(0.70).orderCost(2.5).build().powerApproximation();
    assertEquals(one.reorderPoint(), s[3], 1e-12 * s[3]);
    assertEquals(one.orderUpToLevel(), bigS[3], 1e-12 * bigS[3]);
    // Problem 4.32: h 2, p 36, K 60, N(190, 48): s 226.6138, S 324.3798
    batch.forMinMaxPowerApproximation(2, 36, 60, s, bigS);
    assertEquals(226.6137928222839, s[1], 1e-12 * 226);
    assertEquals(324.3797868133974, bigS[1], 1e-12 * 324);
  }

  @Test
  void baseStockMatchesTheSingleSkuPolicyAndTheNewsvendor() {
    // Snyder & Shen Ex. 4.4 (L = 4: S 264.77) and Ex. 4.3 (L = 0, the newsvendor: S 56.60), h 0.18, p 0.70
    SkuBatch batch = SkuBatch.builder().demandMean(new double[] {50, 50, 120}).demandSd(new double[] {8, 8, 30})
        .leadTime(new double[] {4, 0, 2}).leadTimeSd(new double[] {0, 0, 0.5}).build();
    double[] s = new double[3];
    batch.forBaseStock(0.18, 0.70, s);
    assertEquals(264.7668943741548, s[0], 1e-12 * 264);
    assertEquals(56.603955927433887, s[1], 1e-12 * 56);
    StockPolicy one = BaseStockPolicy.builder().demand(Demand.normal(120, 30)).leadTime(LeadTime.normal(2, 0.5))
        .holdingCost(0.18).stockoutCost(0.70).build().optimize();
    assertEquals(one.orderUpToLevel(), s[2], 1e-12 * s[2]);
  }

  @Test
  void badColumnsNameColumnAndIndex() {
    SupplyException e = assertThrows(SupplyException.class, () -> SkuBatch.builder()
        .demandMean(new double[] {1, 2}).demandSd(new double[] {1, -1}).leadTime(new double[] {1, 1}).build());
    assertEquals("demandSd", e.argument().orElseThrow());
    assertEquals("demandSd[1] must be a finite number from 0 to 1e100, got -1.0", e.getMessage());
    assertEquals("leadTime", assertThrows(SupplyException.class, () -> SkuBatch.builder()
        .demandMean(new double[] {1, 2}).demandSd(new double[] {1, 1}).leadTime(new double[] {1}).build()).argument()
        .orElseThrow());
    SkuBatch ok = SkuBatch.builder().demandMean(new double[] {1, 2}).demandSd(new double[] {1, 1})
        .leadTime(new double[] {1, 1}).build();
    assertEquals("alpha", assertThrows(SupplyException.class,
        () -> ok.forCycleServiceLevel(new double[] {0.9, 1.0}, new double[2], null)).getMessage().substring(0, 5));
    assertEquals("reorderPoint", assertThrows(SupplyException.class,
        () -> ok.forCycleServiceLevel(0.9, new double[3], null)).argument().orElseThrow());
    assertEquals("orderQuantity", assertThrows(SupplyException.class,
        () -> ok.forFillRate(0.9, new double[] {1, 0}, new double[2], null)).argument().orElseThrow());
  }
}
