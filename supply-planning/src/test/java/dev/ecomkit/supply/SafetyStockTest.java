package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Safety stock and reorder points against the textbooks' worked examples. Each test names the book, the example and
 * its lead-time convention; "printed" values are the book's rounded figures, the asserted ones are recomputed exactly
 * (docs/research/inventory-policies.md §2-§3, R and mpmath).
 */
class SafetyStockTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  /** Chopra & Meindl's B&M / Lego example: weekly demand 2,500 (sd 500), lead time 2 weeks. Convention L. */
  private static final SafetyStock LEGO = SafetyStock.of(Demand.normal(2500, 500), LeadTime.fixed(2));

  @Test
  void chopraMeindlCycleServiceLevelOfAGivenReorderPoint() {
    // Example 12-1: Q = 10,000, ROP = 6,000: ss 1,000, CSL 0.92 (printed)
    StockPolicy p = LEGO.orderQuantity(10_000).evaluate(6000);
    assertRelative(707.1067811865476, p.protectionDemandStandardDeviation(), 1e-14);
    assertRelative(1000, p.safetyStock(), 1e-14);
    assertRelative(0.9213503964748574, p.cycleServiceLevel(), 1e-12);
    // fill rate example with the same data: ESC 25.13, fill rate 0.9975 (printed)
    assertRelative(25.12727083000608, p.expectedShortagePerCycle(), 1e-9);
    assertRelative(0.9974872729169993, p.fillRate(), 1e-12);
    assertEquals(0.25, p.ordersPerPeriod());
    // the book's printed, rounded figures
    assertEquals(0.92, p.cycleServiceLevel(), 0.005);
    assertEquals(25.13, p.expectedShortagePerCycle(), 0.005);
    assertEquals(0.9975, p.fillRate(), 0.00005);
    // lost sales instead: Q/(Q + ESC) (Silver, Pyke & Peterson's form)
    assertRelative(0.9974935708893075,
        LEGO.orderQuantity(10_000).shortageModel(ShortageModel.LOST_SALES).evaluate(6000).fillRate(), 1e-12);
  }

  @Test
  void chopraMeindlSafetyStockForTargets() {
    // CSL 0.90: ss = z·σ_L = 906 (printed)
    StockPolicy csl = LEGO.forCycleServiceLevel(0.90);
    assertRelative(906.1938024368235, csl.safetyStock(), 1e-12);
    assertRelative(5906.1938024368235, csl.reorderPoint(), 1e-14);
    assertRelative(0.90, csl.cycleServiceLevel(), 1e-14);
    assertEquals("normal", csl.method());
    // fill rate 0.975 with Q = 10,000: ESC = 250, L(k) = 0.35355, ss = 67 (printed)
    StockPolicy fr = LEGO.orderQuantity(10_000).forFillRate(0.975);
    assertRelative(66.69755794644287, fr.safetyStock(), 1e-9);
    assertEquals(906, csl.safetyStock(), 0.5); // printed
    assertEquals(67, fr.safetyStock(), 0.5); // printed
    assertRelative(0.975, fr.fillRate(), 1e-12);
  }

  @Test
  void chopraMeindlLeadTimeUncertainty() {
    // Dell: daily demand 2,500 (sd 500), lead time 7 days (sd 7), CSL 0.90: σ 17,550, ss 22,491 (printed)
    SafetyStock dell = SafetyStock.of(Demand.normal(2500, 500), LeadTime.normal(7, 7));
    StockPolicy p = dell.forCycleServiceLevel(0.90);
    assertRelative(17549.92877478424, p.protectionDemandStandardDeviation(), 1e-13);
    assertRelative(22491.13869652099, p.safetyStock(), 1e-12);
    assertEquals(17550, p.protectionDemandStandardDeviation(), 0.5); // printed
    assertEquals(22491, p.safetyStock(), 0.5); // printed
    // the book's table as the lead-time sd falls to 0: ss 1,695 (printed)
    assertRelative(1695.333367368253, SafetyStock.of(Demand.normal(2500, 500), LeadTime.normal(7, 0))
        .forCycleServiceLevel(0.90).safetyStock(), 1e-12);
  }

  @Test
  void chopraMeindlPeriodicReview() {
    // review every 4 weeks, lead time 2, CSL 0.90: protection T + L = 6 weeks; σ 1,225, ss 1,570, OUL 16,570 (printed)
    StockPolicy p = LEGO.reviewPeriod(4).forCycleServiceLevel(0.90);
    assertEquals(StockPolicy.Kind.ORDER_UP_TO, p.kind());
    assertRelative(1224.744871391589, p.protectionDemandStandardDeviation(), 1e-13);
    assertRelative(1569.573707324612, p.safetyStock(), 1e-12);
    assertRelative(16569.57370732461, p.orderUpToLevel(), 1e-14);
    assertEquals(1570, p.safetyStock(), 0.5); // printed
    assertEquals(16570, p.orderUpToLevel(), 0.5); // printed
    assertEquals(10_000, p.orderQuantity());
    assertEquals(0.25, p.ordersPerPeriod());
  }

  @Test
  void chopraMeindlExercise11dash4SolutionSheet() {
    // HP printers at Sam's Club: weekly 250 (sd 150), L 2, Q 1,000, ROP 600: printed CSL 0.68, ESC 43.86, fr 0.96
    StockPolicy p = SafetyStock.of(Demand.normal(250, 150), LeadTime.fixed(2)).orderQuantity(1000).evaluate(600);
    assertRelative(0.6813240558830314, p.cycleServiceLevel(), 1e-12);
    // the sheet's ESC is σ_L·L(k); the exact n(r) − n(r + Q) is smaller by n(1600) ≈ 6.3e-6
    assertRelative(43.86125881265185, p.expectedShortagePerCycle(), 1e-6);
    assertRelative(0.9561387411873481, p.fillRate(), 1e-8);
  }

  @Test
  void nahmiasTypeOneAndTypeTwoService() {
    // Harvey's Specialty Shop (inputs as recalled): lead-time demand N(100, 25); Type 1 98 %: R = 151.34
    SafetyStock harvey = SafetyStock.of(Demand.normal(100, 25), LeadTime.fixed(1));
    assertRelative(151.3437227657955, harvey.forCycleServiceLevel(0.98).reorderPoint(), 1e-13);
    // Type 2 98 % with Q = EOQ = 100: the book solves n(R) = 2, L(z) = 0.08, R = 125.53; the exact backorder form
    // n(R) − n(R + Q) = 2 differs by n(R + Q) ≈ 1.3e-6, which moves R by 8e-6
    assertRelative(125.5309719385753, harvey.orderQuantity(100).forFillRate(0.98).reorderPoint(), 1e-7);
  }

  @Test
  void discreteDemandUsesWholeLevelsAndExactDistributions() {
    // Poisson 6 a period, lead time 2: Poisson(12); α 0.95 → r = 18 (17 gives 0.9370)
    StockPolicy p = SafetyStock.of(Demand.poisson(6), LeadTime.fixed(2)).forCycleServiceLevel(0.95);
    assertEquals(18, p.reorderPoint());
    assertEquals(6, p.safetyStock(), 1e-12);
    assertRelative(0.9625835103366081, p.cycleServiceLevel(), 1e-13);
    assertEquals("exact Poisson", p.method());
    // fill rate 0.98 with Q = 20: r = 16 (fill rate 0.98768); r = 15 gives 0.97990, just short
    SafetyStock q20 = SafetyStock.of(Demand.poisson(6), LeadTime.fixed(2)).orderQuantity(20);
    StockPolicy fr = q20.forFillRate(0.98);
    assertEquals(16, fr.reorderPoint());
    assertRelative(0.9876821978213876, fr.fillRate(), 1e-12);
    assertRelative(0.9799029813053005, q20.evaluate(15).fillRate(), 1e-12);
    // negative binomial mean 2, sd 3 a period, lead time 3: α 0.90 → r = 13
    assertEquals(13, SafetyStock.of(Demand.negativeBinomial(2, 3), LeadTime.fixed(3)).forCycleServiceLevel(0.90)
        .reorderPoint());
    // lead time 1, 2, 3 periods with probabilities .2, .5, .3 and Poisson 4: α 0.95 → r = 16 (normal approx. 15.03)
    StockPolicy mix = SafetyStock.of(Demand.poisson(4), LeadTime.empirical(1, 1, 2, 2, 2, 2, 2, 3, 3, 3))
        .forCycleServiceLevel(0.95);
    assertEquals(16, mix.reorderPoint());
    assertRelative(0.9677534605611008, mix.cycleServiceLevel(), 1e-12);
    // periodic review R = 1, L = 0, Poisson 6: the protection interval is one period, S = 10
    assertEquals(10, SafetyStock.of(Demand.poisson(6), LeadTime.fixed(0)).reviewPeriod(1).forCycleServiceLevel(0.95)
        .orderUpToLevel());
  }

  @Test
  void zeroLeadTimeNeedsNoSafetyStockUnderContinuousReview() {
    StockPolicy p = SafetyStock.of(Demand.normal(100, 30), LeadTime.fixed(0)).forCycleServiceLevel(0.99);
    assertEquals(0, p.reorderPoint());
    assertEquals(1, p.cycleServiceLevel());
    assertEquals(1, p.fillRate());
    assertEquals(0, SafetyStock.of(Demand.poisson(3), LeadTime.fixed(0)).forFillRate(0.99).reorderPoint());
  }

  @Test
  void resultSerialisesToJson() throws Exception {
    StockPolicy p = LEGO.forCycleServiceLevel(0.90);
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(p));
    assertEquals("REORDER_POINT_QUANTITY", json.get("kind").asText());
    assertRelative(906.1938024368235, json.get("safetyStock").asDouble(), 1e-15);
    assertEquals("NORMAL", json.get("demand").get("kind").asText());
    assertEquals(2, json.get("leadTime").get("mean").asDouble());
    assertEquals("cycle service level 0.9", json.get("basis").asText());
    assertTrue(!json.has("expectedCost"), json::toString);
  }

  @Test
  void badInputNamesTheArgument() {
    assertEquals("alpha", assertThrows(SupplyException.class, () -> LEGO.forCycleServiceLevel(1)).argument()
        .orElseThrow());
    assertEquals("alpha", assertThrows(SupplyException.class, () -> LEGO.forCycleServiceLevel(0)).argument()
        .orElseThrow());
    assertEquals("beta", assertThrows(SupplyException.class, () -> LEGO.forFillRate(Double.NaN)).argument()
        .orElseThrow());
    assertEquals("quantity", assertThrows(SupplyException.class, () -> LEGO.orderQuantity(-1)).argument()
        .orElseThrow());
    assertEquals("quantity", assertThrows(SupplyException.class,
        () -> SafetyStock.of(Demand.poisson(3), LeadTime.fixed(1)).orderQuantity(2.5).forFillRate(0.9)).argument()
        .orElseThrow());
    assertEquals("periods", assertThrows(SupplyException.class, () -> LEGO.orderQuantity(10).reviewPeriod(2))
        .argument().orElseThrow());
    assertEquals("level", assertThrows(SupplyException.class, () -> LEGO.evaluate(Double.POSITIVE_INFINITY))
        .argument().orElseThrow());
  }

  @Property(tries = 300)
  void reorderPointRisesWithServiceLeadTimeAndSpread(@ForAll @DoubleRange(min = 0.5, max = 0.995) @Scale(4) double alpha,
      @ForAll @DoubleRange(min = 0, max = 0.004) @Scale(4) double more, @ForAll @DoubleRange(min = 0, max = 20) double lead,
      @ForAll @DoubleRange(min = 0, max = 200) double sd) {
    Demand d = Demand.normal(100, sd);
    double r = SafetyStock.of(d, LeadTime.fixed(lead)).forCycleServiceLevel(alpha).reorderPoint();
    assertTrue(SafetyStock.of(d, LeadTime.fixed(lead)).forCycleServiceLevel(alpha + more).reorderPoint() >= r);
    assertTrue(SafetyStock.of(d, LeadTime.fixed(lead + 1)).forCycleServiceLevel(alpha).reorderPoint() >= r);
    assertTrue(SafetyStock.of(Demand.normal(100, sd + 1), LeadTime.fixed(lead)).forCycleServiceLevel(alpha)
        .reorderPoint() >= r);
  }

  @Property(tries = 300)
  void fillRateIsAShareAndRisesWithTheReorderPoint(@ForAll @DoubleRange(min = 0.2, max = 40) double mean,
      @ForAll @IntRange(min = 0, max = 6) int lead, @ForAll @IntRange(min = 1, max = 60) int q,
      @ForAll @IntRange(min = -10, max = 120) int r) {
    SafetyStock s = SafetyStock.of(Demand.poisson(mean), LeadTime.fixed(lead)).orderQuantity(q);
    double fr = s.evaluate(r).fillRate();
    assertTrue(fr >= 0 && fr <= 1, () -> "fill rate " + fr);
    assertTrue(s.evaluate(r + 1).fillRate() >= fr);
  }

  @Property(tries = 200)
  void fillRateTargetIsMetByTheSmallestLevel(@ForAll @DoubleRange(min = 0.5, max = 30) double mean,
      @ForAll @IntRange(min = 1, max = 5) int lead, @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double beta) {
    SafetyStock s = SafetyStock.of(Demand.poisson(mean), LeadTime.fixed(lead));
    StockPolicy p = s.forFillRate(beta);
    assertTrue(p.fillRate() >= beta);
    Assume.that(p.reorderPoint() > -50);
    assertTrue(s.evaluate(p.reorderPoint() - 1).fillRate() < beta);
  }
}
