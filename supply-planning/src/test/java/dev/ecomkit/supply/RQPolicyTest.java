package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * (r, Q) policies against Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., ch. 5 (S&amp;S)
 * and the converged values of docs/research/inventory-policies.md §5, §10 and §12 items 12-16 and 25. Convention L:
 * demand over the lead time only, demand per year and lead time in years. "Printed" values are the book's rounded
 * figures; the asserted ones are recomputed (R, brute force) as the research note says.
 */
class RQPolicyTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  /** S&S Ex. 5.1: λ = 1300 a year (sd 150), L = 1/12 year, h 0.225, p 7.5, K 8. */
  private static RQPolicy.Builder ex51() {
    return RQPolicy.builder().demand(Demand.normal(1300, 150)).leadTime(LeadTime.fixed(1.0 / 12)).holdingCost(0.225)
        .stockoutCost(7.5).orderCost(8);
  }

  /** S&S Ex. 5.8: Poisson λ = 1.5, L = 2, h 20, p 150, K 100. */
  private static RQPolicy.Builder ex58(double leadTime) {
    return RQPolicy.builder().demand(Demand.poisson(1.5)).leadTime(LeadTime.fixed(leadTime)).holdingCost(20)
        .stockoutCost(150).orderCost(100);
  }

  @Test
  void snyderShenExample51ExactCostAndOptimum() {
    RQPolicy rq = ex51().build();
    // stockpyl test_rq TestrQCost.test_example_5_1 (eq. 5.7, time-weighted backorders)
    assertRelative(78.071162509282942, rq.costAt(126.8, 328.5), 1e-12);
    assertRelative(87.346478028174985, rq.costAt(100, 250), 1e-12);
    // exact optimum (book prints r 126.8, Q 328.5); research item 12: 1e-6 relative
    StockPolicy best = rq.optimize();
    assertRelative(126.8670633676228, best.reorderPoint(), 1e-6);
    assertRelative(328.4491422783851, best.orderQuantity(), 1e-6);
    assertRelative(78.07114627035179, best.expectedCost().getAsDouble(), 1e-10);
    assertEquals(StockPolicy.Kind.REORDER_POINT_QUANTITY, best.kind());
    assertEquals("exact (Snyder-Shen eq. 5.7 optimality conditions)", best.method());
    assertEquals("minimum expected cost (h 0.225, p 7.5, K 8)", best.basis());
    assertRelative(108.3333333333333, best.protectionDemandMean(), 1e-14);
    assertRelative(43.30127018922193, best.protectionDemandStandardDeviation(), 1e-14);
    assertRelative(1300 / best.orderQuantity(), best.ordersPerPeriod(), 1e-14);
    Distribution lt = new NormalDistribution(1300.0 / 12, 150 * Math.sqrt(1.0 / 12));
    double r = best.reorderPoint();
    double q = best.orderQuantity();
    assertRelative(1 - (lt.loss(r) - lt.loss(r + q)) / q, best.fillRate(), 1e-12); // ≈ 0.970
    assertRelative(lt.cdf(r), best.cycleServiceLevel(), 1e-12);
    // the cost is Kλ/Q + h·E[on hand] + p·E[backorders]: on hand and fill rate come from the same formulas
    double backorders = (best.expectedCost().getAsDouble() - 8 * 1300 / best.orderQuantity()
        - 0.225 * best.expectedOnHand()) / 7.5;
    assertRelative(best.expectedOnHand() - (best.safetyStock() + best.orderQuantity() / 2), backorders, 1e-9);
    assertTrue(backorders > 0.1 && backorders < 1, () -> "E[backorders] = " + backorders);
  }

  @Test
  void snyderShenBestReorderPointForAGivenQuantity() {
    // stockpyl TestrQOptimalrForQ; converged values (stockpyl bisects to 1e-6 on the cost difference)
    RQPolicy rq = ex51().build();
    assertRelative(127.7880350282585, rq.reorderPointFor(318), 1e-12);
    assertRelative(147.1949578391578, rq.reorderPointFor(150), 1e-12);
    assertRelative(99.85377347905123, rq.reorderPointFor(750), 1e-12);
    assertRelative(129.4272796976394, rq.reorderPointFor(300), 1e-12);
  }

  @Test
  void snyderShenApproximations() {
    RQPolicy rq = ex51().build();
    // Ex. 5.5 EOQ + SS: Q = EOQ, r = F⁻¹(p/(p+h)); exact cost at those levels
    StockPolicy eoqSs = rq.eoqPlusSafetyStock();
    assertRelative(304.0467800264368, eoqSs.orderQuantity(), 1e-12);
    assertRelative(190.3369965715624, eoqSs.reorderPoint(), 1e-12);
    assertRelative(87.04837003438257, eoqSs.expectedCost().getAsDouble(), 1e-10);
    assertEquals("EOQ + safety stock approximation", eoqSs.method());
    // Ex. 5.2 EIL (Hadley-Whitin): converged values, cost is the approximation's own (p per unit short)
    StockPolicy eil = rq.expectedInventoryLevel();
    assertRelative(213.9704421258051, eil.reorderPoint(), 1e-7);
    assertRelative(318.5901810868702, eil.orderQuantity(), 1e-7);
    assertRelative(95.45114022285195, eil.expectedCost().getAsDouble(), 1e-7);
    assertRelative(92.286876653956, rq.costAt(eil.reorderPoint(), eil.orderQuantity()), 1e-9);
    assertTrue(eil.notes().stream().anyMatch(n -> n.contains("92.28687665")), eil.notes()::toString);
    // Ex. 5.4 EOQ with backorders: Q = √(2Kλ(h+p)/(hp)), r = r(Q)
    StockPolicy eoqb = rq.eoqWithBackorders();
    assertRelative(308.5737801203754, eoqb.orderQuantity(), 1e-12);
    assertRelative(128.6378143115496, eoqb.reorderPoint(), 1e-9);
    // Ex. 5.6 loss-function approximation: converges to the exact optimum here (n(r + Q) ≈ 0); book 126.86706, 328.44914
    StockPolicy lf = rq.lossFunctionApproximation();
    assertRelative(126.8670633676228, lf.reorderPoint(), 1e-6);
    assertRelative(328.4491422783851, lf.orderQuantity(), 1e-6);
    assertEquals("loss-function approximation", lf.method());
  }

  @Test
  void snyderShenExample58PoissonExact() {
    // Ex. 5.8 (eq. 5.48, Federgruen-Zheng): lead-time demand Poisson(3); brute force agrees over r ∈ [−5, 60], Q ∈ [1, 80]
    RQPolicy rq = ex58(2).build();
    StockPolicy best = rq.optimize();
    assertEquals(3, best.reorderPoint());
    assertEquals(5, best.orderQuantity());
    assertRelative(107.9235806331498, best.expectedCost().getAsDouble(), 1e-12);
    assertEquals("exact (Federgruen-Zheng 1992)", best.method());
    assertRelative(242.5281637662021, rq.costAt(8, 12), 1e-12);
    // Problem 5.2: h 4, p 28, K 4, λ 12, L 0.5 (lead-time demand Poisson(6))
    RQPolicy p52 = RQPolicy.builder().demand(Demand.poisson(12)).leadTime(LeadTime.fixed(0.5)).holdingCost(4)
        .stockoutCost(28).orderCost(4).build();
    StockPolicy b52 = p52.optimize();
    assertEquals(6, b52.reorderPoint());
    assertEquals(7, b52.orderQuantity());
    assertRelative(28.241312842169155, b52.expectedCost().getAsDouble(), 1e-12);
    assertRelative(34.264154469469503, p52.costAt(3, 9), 1e-12);
  }

  @Test
  void zeroLeadTimeGivesTheDiscreteNoShortageEoq() {
    // Ex. 5.8 data with L = 0 (self-computed): r = −1, Q = 4, g = Kλ/Q + h(Q − 1)/2 = 67.5; negative r is legitimate
    StockPolicy best = ex58(0).build().optimize();
    assertEquals(-1, best.reorderPoint());
    assertEquals(4, best.orderQuantity());
    assertEquals(67.5, best.expectedCost().getAsDouble(), 1e-12);
    // the time-weighted cost charges nothing for the instant backorder that triggers each order (L = 0: filled at
    // once), but that unit did find the shelf empty: one unit in Q = 4 per cycle, fill rate 3/4, CSL F(−1) = 0
    assertEquals(0.75, best.fillRate(), 1e-15);
    assertEquals(0, best.cycleServiceLevel());
    // normal demand, L = 0: lead-time demand is 0, r(Q) = −hQ/(h + p) and the optimum is the EOQ with backorders
    StockPolicy normal = ex51().leadTime(LeadTime.fixed(0)).build().optimize();
    assertRelative(308.5737801203754, normal.orderQuantity(), 1e-9);
    assertRelative(-308.5737801203754 * 0.225 / 7.725, normal.reorderPoint(), 1e-9);
    // EOQ with backorders cost √(2Kλhp/(h + p)) (S&S eq. 3.27 form; Ex. 3.8 has p = 5, here p = 7.5)
    assertRelative(Math.sqrt(2 * 8 * 1300 * 0.225 * 7.5 / 7.725), normal.expectedCost().getAsDouble(), 1e-12);
  }

  @Test
  void lostSalesReorderPointOfTheExpectedInventoryLevelStep() {
    // research §10 / item 25: Ex. 5.1 data with Q = EOQ; fractiles 0.99303242… (lost) vs 0.99298353… (backorders)
    double eoq = 304.0467800264368;
    assertRelative(214.6994128181943, ex51().build().eilReorderPoint(eoq), 1e-12);
    RQPolicy lost = ex51().shortageModel(ShortageModel.LOST_SALES).build();
    assertRelative(214.8081543737644, lost.eilReorderPoint(eoq), 1e-12);
    StockPolicy eil = lost.expectedInventoryLevel();
    assertEquals(ShortageModel.LOST_SALES, eil.shortageModel());
    assertTrue(eil.reorderPoint() > ex51().build().expectedInventoryLevel().reorderPoint());
    // the exact, time-weighted optimum has no lost-sales form: rejected with the argument named
    SupplyException e = assertThrows(SupplyException.class, lost::optimize);
    assertEquals("shortageModel", e.argument().orElseThrow());
    assertThrows(SupplyException.class, lost::eoqPlusSafetyStock);
    assertTrue(lost.evaluate(200, 300).notes().stream().anyMatch(n -> n.startsWith("lost sales")));
  }

  @Test
  void badInputsNameTheArgument() {
    assertArgument("holdingCost", () -> ex51().holdingCost(0).build());
    assertArgument("holdingCost", () -> ex51().holdingCost(Double.NaN).build());
    assertArgument("stockoutCost", () -> ex51().stockoutCost(-1).build());
    assertArgument("stockoutCost", () -> ex51().stockoutCost(Double.POSITIVE_INFINITY).build());
    assertArgument("orderCost", () -> ex51().orderCost(-0.5).build());
    assertArgument("orderCost", () -> ex51().orderCost(Double.NaN).build());
    assertArgument("demand", () -> RQPolicy.builder().leadTime(LeadTime.fixed(1)).holdingCost(1).stockoutCost(1)
        .orderCost(1).build());
    assertArgument("leadTime", () -> ex51().leadTime(null).build());
    assertArgument("orderCost", () -> RQPolicy.builder().demand(Demand.normal(1, 1)).leadTime(LeadTime.fixed(1))
        .holdingCost(1).stockoutCost(1).build());
    RQPolicy rq = ex51().build();
    assertArgument("orderQuantity", () -> rq.evaluate(100, 0));
    assertArgument("orderQuantity", () -> rq.costAt(100, Double.NaN));
    assertArgument("reorderPoint", () -> rq.costAt(Double.NEGATIVE_INFINITY, 10));
    assertArgument("reorderPoint", () -> ex58(2).build().costAt(2.5, 3));
    assertArgument("orderQuantity", () -> ex58(2).build().costAt(2, 3.5));
    assertArgument("orderCost", () -> ex51().orderCost(0).build().optimize());
    // K = 0 with whole units: Q = 1 is optimal, no error
    assertEquals(1, ex58(2).orderCost(0).build().optimize().orderQuantity());
  }

  private static void assertArgument(String name, org.junit.jupiter.api.function.Executable call) {
    SupplyException e = assertThrows(SupplyException.class, call);
    assertEquals(name, e.argument().orElse(null), e.getMessage());
  }

  @Test
  void resultSerialisesToJson() throws Exception {
    StockPolicy best = ex58(2).build().optimize();
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(best));
    assertEquals("REORDER_POINT_QUANTITY", json.get("kind").asText());
    assertEquals(3, json.get("reorderPoint").asDouble());
    assertEquals(5, json.get("orderQuantity").asDouble());
    assertEquals(107.9235806331498, json.get("expectedCost").asDouble(), 1e-12);
    assertEquals("exact (Federgruen-Zheng 1992)", json.get("method").asText());
    assertEquals("POISSON", json.get("demand").get("kind").asText());
  }

  /** The exact optimum costs no more than the levels of any approximation, for normal demand. */
  @Property(tries = 60)
  void exactOptimumBeatsEveryApproximationNormal(@ForAll @DoubleRange(min = 5, max = 5000) double mean,
      @ForAll @DoubleRange(min = 0.05, max = 1.5) double cv, @ForAll @DoubleRange(min = 0, max = 3) double leadTime,
      @ForAll @DoubleRange(min = 0.01, max = 5) double h, @ForAll @DoubleRange(min = 1.05, max = 200) double pOverH,
      @ForAll @DoubleRange(min = 0.1, max = 500) double k) {
    RQPolicy rq = RQPolicy.builder().demand(Demand.normal(mean, cv * mean)).leadTime(LeadTime.fixed(leadTime))
        .holdingCost(h).stockoutCost(h * pOverH).orderCost(k).build();
    assertBeatsApproximations(rq, 1e-9);
  }

  /** The same for Poisson demand on whole units (Federgruen-Zheng against the rounded approximations). */
  @Property(tries = 60)
  void exactOptimumBeatsEveryApproximationPoisson(@ForAll @DoubleRange(min = 0.1, max = 60) double mean,
      @ForAll @DoubleRange(min = 0, max = 4) double leadTime, @ForAll @DoubleRange(min = 0.05, max = 5) double h,
      @ForAll @DoubleRange(min = 1.5, max = 100) double pOverH, @ForAll @DoubleRange(min = 0.5, max = 500) double k) {
    RQPolicy rq = RQPolicy.builder().demand(Demand.poisson(mean)).leadTime(LeadTime.fixed(leadTime)).holdingCost(h)
        .stockoutCost(h * pOverH).orderCost(k).build();
    assertBeatsApproximations(rq, 1e-12);
    // and every neighbour on the lattice
    StockPolicy best = rq.optimize();
    double c = best.expectedCost().getAsDouble();
    for (int dr = -1; dr <= 1; dr++) {
      for (int dq = -1; dq <= 1; dq++) {
        if (best.orderQuantity() + dq >= 1) {
          assertTrue(c <= rq.costAt(best.reorderPoint() + dr, best.orderQuantity() + dq) * (1 + 1e-12));
        }
      }
    }
  }

  private static void assertBeatsApproximations(RQPolicy rq, double slack) {
    double best = rq.optimize().expectedCost().getAsDouble();
    for (StockPolicy a : new StockPolicy[] {rq.eoqPlusSafetyStock(), rq.eoqWithBackorders(),
        rq.lossFunctionApproximation(), expectedInventoryLevelOrNull(rq)}) {
      if (a == null) {
        continue;
      }
      double exact = rq.costAt(a.reorderPoint(), a.orderQuantity());
      assertTrue(best <= exact * (1 + slack), () -> a.method() + ": optimum " + best + " > " + exact);
    }
  }

  /** EIL needs pλ &gt; Qh; where it does not hold it says so instead of answering. */
  private static StockPolicy expectedInventoryLevelOrNull(RQPolicy rq) {
    try {
      return rq.expectedInventoryLevel();
    } catch (SupplyException e) {
      assertEquals("stockoutCost", e.argument().orElse(null), e.getMessage());
      return null;
    }
  }
}
