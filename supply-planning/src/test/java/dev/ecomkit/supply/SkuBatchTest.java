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
      assertEquals(beta.reorderPoint(), rFill[i], 1e-9 * scale, "SKU " + i);
    }
  }

  @Test
  void badColumnsNameColumnAndIndex() {
    SupplyException e = assertThrows(SupplyException.class, () -> SkuBatch.builder()
        .demandMean(new double[] {1, 2}).demandSd(new double[] {1, -1}).leadTime(new double[] {1, 1}).build());
    assertEquals("demandSd", e.argument().orElseThrow());
    assertEquals("demandSd[1] must be a finite number of at least 0, got -1.0", e.getMessage());
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
