package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The newsvendor and the base-stock policy against Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd
 * ed., ch. 4 (the values stockpyl's tests assert, each recomputed in R: docs/research/inventory-policies.md §4).
 */
class NewsvendorTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void snyderShenExample4dot3Normal() {
    // h 0.18, p 0.70, demand N(50, 8): S* 56.6040, g* 1.9976; g(40) 7.3561, g(60) 2.1561
    NewsvendorSolution s = Newsvendor.of(Demand.normal(50, 8)).holdingCost(0.18).stockoutCost(0.70).solve();
    assertRelative(56.603955927433887, s.orderUpTo(), 1e-13);
    assertRelative(1.997605193176645, s.expectedCost(), 1e-12);
    assertRelative(7.356131552870388, s.costAt(40), 1e-12);
    assertRelative(2.156131552870387, s.costAt(60), 1e-12);
    assertRelative(0.70 / 0.88, s.criticalRatio(), 1e-15);
    assertRelative(0.70 / 0.88, s.inStockProbability(), 1e-12);
    assertRelative(50 - s.expectedShortage(), s.expectedSales(), 1e-15);
    assertTrue(s.expectedProfit().isEmpty());
  }

  @Test
  void snyderShenExample4dot2FromPrices() {
    // price 1, cost 0.30, salvage 0.12 → h 0.18, p 0.70; expected profit 33.0024 at S*, 27.6439 at 40
    Newsvendor nv = Newsvendor.of(Demand.normal(50, 8)).economics(1, 0.30, 0.12);
    NewsvendorSolution s = nv.solve();
    assertRelative(56.603955927433887, s.orderUpTo(), 1e-13);
    assertRelative(33.002394806823354, s.expectedProfit().getAsDouble(), 1e-12);
    assertRelative(27.643868447129613, nv.evaluate(40).expectedProfit().getAsDouble(), 1e-12);
  }

  @Test
  void snyderShenProblem4dot1() {
    NewsvendorSolution s = Newsvendor.of(Demand.normal(900, 60)).holdingCost(43).stockoutCost(79).solve();
    assertRelative(922.7214038234755, s.orderUpTo(), 1e-13);
    assertRelative(2718.196781782411, s.expectedCost(), 1e-12);
    assertRelative(6044.298415188692, s.costAt(1040), 1e-12);
  }

  @Test
  void snyderShenPoissonNewsvendor() {
    // Example 4.7: h 1, p 4, Poisson(6): S* 8, g 3.5701; g(5) 6.5903
    NewsvendorSolution s = Newsvendor.of(Demand.poisson(6)).holdingCost(1).stockoutCost(4).solve();
    assertEquals(8, s.orderUpTo());
    assertRelative(3.570106945770946, s.expectedCost(), 1e-12);
    assertRelative(6.590296024616344, s.costAt(5), 1e-12);
    assertEquals("exact Poisson", s.method());
    // Problem 4.8a: h 200, p 270, Poisson(18): S* 19, g 786.09; g(13) 1445.75
    NewsvendorSolution p = Newsvendor.of(Demand.poisson(18)).holdingCost(200).stockoutCost(270).solve();
    assertEquals(19, p.orderUpTo());
    assertRelative(786.0884409351115, p.expectedCost(), 1e-12);
    assertRelative(1445.751062891969, p.costAt(13), 1e-12);
  }

  @Test
  void snyderShenProblem4dot7bAsAnEmpiricalSample() {
    // pmf on 1..8 = .25 .05 .10 .20 .15 .10 .10 .05 as 20 observations; h 500,000, p 1,000,000: S* 5, g 1,225,000
    double[] seen = {1, 1, 1, 1, 1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8};
    Newsvendor nv = Newsvendor.of(Demand.empirical(seen)).holdingCost(500_000).stockoutCost(1_000_000);
    NewsvendorSolution s = nv.solve();
    assertEquals(5, s.orderUpTo());
    assertRelative(1_225_000, s.expectedCost(), 1e-13);
    double[] row = {2_900_000, 2_275_000, 1_725_000, 1_325_000, 1_225_000, 1_350_000, 1_625_000, 2_050_000};
    for (int level = 1; level <= 8; level++) {
      assertRelative(row[level - 1], nv.costAt(level), 1e-13);
    }
    // the same sample with a fractional value is treated as observed values, not whole units
    double[] fractional = seen.clone();
    fractional[19] = 8.5;
    assertEquals(5, Newsvendor.of(Demand.empirical(fractional)).holdingCost(500_000).stockoutCost(1_000_000)
        .solve().orderUpTo());
  }

  @Test
  void aTieAtTheCriticalRatioIsNoted() {
    // F(2) = 0.5 exactly and the ratio is 0.5: every level in [2, 3] costs the same
    NewsvendorSolution s = Newsvendor.of(Demand.empirical(new double[] {1, 2, 3, 4})).holdingCost(1).stockoutCost(1)
        .solve();
    assertEquals(2, s.orderUpTo());
    assertEquals(1, s.notes().size());
    assertEquals(s.expectedCost(), s.costAt(3), 1e-15);
  }

  @Test
  void snyderShenBaseStock() {
    // Example 4.4: as 4.3 with lead time 4; Snyder & Shen count L + 1 = 5 periods: S* 264.77, g* 4.4668, g(180) 49.0
    BaseStockPolicy policy = BaseStockPolicy.builder().demand(Demand.normal(50, 8)).leadTime(LeadTime.fixed(4))
        .holdingCost(0.18).stockoutCost(0.70).build();
    StockPolicy p = policy.optimize();
    assertEquals(StockPolicy.Kind.ORDER_UP_TO, p.kind());
    assertRelative(264.7668943741548, p.orderUpToLevel(), 1e-13);
    assertRelative(4.466781004149578, p.expectedCost().getAsDouble(), 1e-12);
    assertRelative(49.000164748034095, policy.costAt(180), 1e-12);
    assertRelative(250, p.protectionDemandMean(), 1e-15);
    assertRelative(0.70 / 0.88, p.cycleServiceLevel(), 1e-12);
    // SCMO Problem 4.19: h 0.08, p 1.25, Poisson 18 a period, L 4 (5 periods, mean 90): S* 105, g 1.5450
    StockPolicy poisson = BaseStockPolicy.builder().demand(Demand.poisson(18)).leadTime(LeadTime.fixed(4))
        .holdingCost(0.08).stockoutCost(1.25).build().optimize();
    assertEquals(105, poisson.orderUpToLevel());
    assertRelative(1.5450188691551778, poisson.expectedCost().getAsDouble(), 1e-12);
  }

  @Test
  void periodicReviewAveragesTheCycle() {
    // R = 3, L = 1, N(50, 8): the optimum makes the average of F over 2, 3, 4 periods equal the ratio, and is a
    // minimum of the cost: cheaper than a step either side
    BaseStockPolicy policy = BaseStockPolicy.builder().demand(Demand.normal(50, 8)).leadTime(LeadTime.fixed(1))
        .holdingCost(0.18).stockoutCost(0.70).reviewPeriod(3).orderCost(10).build();
    StockPolicy p = policy.optimize();
    double s = p.orderUpToLevel();
    double avg = (StandardNormal.cdf((s - 100) / (8 * Math.sqrt(2))) + StandardNormal.cdf((s - 150) / (8 * Math.sqrt(3)))
        + StandardNormal.cdf((s - 200) / 16)) / 3;
    assertRelative(0.70 / 0.88, avg, 1e-12);
    assertTrue(policy.costAt(s - 0.5) > p.expectedCost().getAsDouble());
    assertTrue(policy.costAt(s + 0.5) > p.expectedCost().getAsDouble());
    assertEquals(1.0 / 3, p.ordersPerPeriod(), 1e-15);
  }

  @Test
  void resultsSerialiseToJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode nv = mapper.readTree(mapper.writeValueAsString(
        Newsvendor.of(Demand.poisson(6)).economics(10, 6, 2).solve()));
    assertEquals(6, nv.get("orderUpTo").asDouble());
    assertTrue(nv.has("expectedProfit"));
    assertTrue(!nv.has("problem"));
    JsonNode bs = mapper.readTree(mapper.writeValueAsString(BaseStockPolicy.builder().demand(Demand.normal(50, 8))
        .leadTime(LeadTime.fixed(4)).holdingCost(0.18).stockoutCost(0.70).build().optimize()));
    assertRelative(4.466781004149578, bs.get("expectedCost").asDouble(), 1e-12);
  }

  @Test
  void badInputNamesTheArgument() {
    assertEquals("holdingCost", assertThrows(SupplyException.class, () -> Newsvendor.of(Demand.poisson(3)).holdingCost(0))
        .argument().orElseThrow());
    assertEquals("stockoutCost", assertThrows(SupplyException.class,
        () -> Newsvendor.of(Demand.poisson(3)).holdingCost(1).solve()).argument().orElseThrow());
    assertEquals("salvage", assertThrows(SupplyException.class,
        () -> Newsvendor.of(Demand.poisson(3)).economics(10, 5, 6)).argument().orElseThrow());
    assertEquals("leadTime", assertThrows(SupplyException.class,
        () -> BaseStockPolicy.builder().demand(Demand.poisson(3)).holdingCost(1).stockoutCost(2).build()).argument()
        .orElseThrow());
    assertEquals("periods", assertThrows(SupplyException.class, () -> BaseStockPolicy.builder().reviewPeriod(0))
        .argument().orElseThrow());
    // review findings: mean-0 demand has nothing to replenish (was a NaN fill rate); a critical ratio that rounds
    // to 1 has no finite optimum (was a plain IllegalArgumentException from the quantile)
    assertEquals("demand", assertThrows(SupplyException.class, () -> BaseStockPolicy.builder()
        .demand(Demand.normal(0, 0)).leadTime(LeadTime.fixed(1)).holdingCost(1).stockoutCost(2).build()).argument()
        .orElseThrow());
    assertEquals("stockoutCost", assertThrows(SupplyException.class,
        () -> Newsvendor.of(Demand.normal(10, 2)).holdingCost(1e-6).stockoutCost(1e11).solve()).argument()
        .orElseThrow());
    // demand so large that its square overflows is refused at the door (was NaN in every field)
    assertEquals("mean", assertThrows(SupplyException.class, () -> Demand.normal(1e160, 0)).argument().orElseThrow());
  }

  @Property(tries = 200)
  void theSolutionCostsNoMoreThanAnyOtherLevel(@ForAll @DoubleRange(min = 0.5, max = 80) double mean,
      @ForAll @DoubleRange(min = 0.01, max = 10) double h, @ForAll @DoubleRange(min = 0.01, max = 10) double p,
      @ForAll @IntRange(min = 0, max = 200) int other) {
    for (Demand d : new Demand[] {Demand.poisson(mean), Demand.normal(mean, Math.sqrt(mean))}) {
      NewsvendorSolution s = Newsvendor.of(d).holdingCost(h).stockoutCost(p).solve();
      assertTrue(s.expectedCost() <= s.costAt(other) + 1e-12 * s.costAt(other), d::toString);
    }
  }
}
