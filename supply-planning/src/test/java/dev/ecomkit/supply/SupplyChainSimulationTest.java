package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated chain against the bullwhip formulas (within the bootstrap interval of the measured ratio), the
 * handbook's "10 % becomes about 50 %" (seed 001 §2), POUT damping, and its edge cases.
 */
class SupplyChainSimulationTest {

  private static final List<String> STAGES = List.of("retailer", "distributor", "manufacturer", "supplier");

  private static SupplyChainSimulation chain(double ti, boolean returns) {
    SupplyChainSimulation.Builder b = SupplyChainSimulation.builder().demand(Demand.normal(100, 10))
        .periods(100_000).allowReturns(returns);
    for (String name : STAGES) {
      b.echelon(Echelon.builder().name(name).leadTime(1).movingAverage(6).smoothing(ti).safetyStock(30)
          .holdingCost(1).backorderCost(9).build());
    }
    return b.build();
  }

  private static void inInterval(double expected, SimulationResult r, String stage, double[] demand) {
    BullwhipRatio measured = Bullwhip.ratio(r.orders(stage), demand);
    assertTrue(measured.lower() <= expected && expected <= measured.upper(), measured + " against " + expected);
    assertEquals(measured.value(), r.echelon(stage).bullwhip(), 1e-9 * measured.value());
  }

  @Test
  void aMovingAverageRetailerMatchesChenEtAl() {
    for (int tp : new int[] {0, 1, 3}) {
      SimulationResult r = SupplyChainSimulation.builder().demand(Demand.normal(100, 10)).periods(20_000)
          .echelon(Echelon.builder().name("retailer").leadTime(tp).movingAverage(5).build()).build().run(3);
      inInterval(Bullwhip.movingAverageLowerBound(tp + 1, 5), r, "retailer", r.endDemand());
    }
  }

  @Test
  void anExponentialSmoothingRetailerMatchesChenRyanSimchiLevi() {
    SimulationResult r = SupplyChainSimulation.builder().demand(Demand.normal(100, 10)).periods(20_000)
        .echelon(Echelon.builder().name("retailer").leadTime(1).exponentialSmoothing(0.3).build()).build().run(4);
    inInterval(Bullwhip.exponentialSmoothingLowerBound(2, 0.3), r, "retailer", r.endDemand());
  }

  @Test
  void proportionalOrderUpToAgainstAKnownMeanMatchesDisneyTowill() {
    for (double ti : new double[] {1, 2, 4}) {
      SimulationResult r = SupplyChainSimulation.builder().demand(Demand.normal(100, 10)).periods(20_000)
          .echelon(Echelon.builder().name("retailer").leadTime(2).knownMean().smoothing(ti).build()).build().run(5);
      inInterval(Bullwhip.proportionalOrderUpTo(ti), r, "retailer", r.endDemand());
      ReorderPlanner planner = ReorderPlanner.builder().demand(Demand.normal(100, 10)).leadTime(LeadTime.fixed(2))
          .smoothing(ti).holdingCost(1).build();
      assertEquals(planner.evaluation().bullwhip(), r.echelon("retailer").bullwhip(), 0.05);
    }
  }

  @Test
  void stockAndBackordersMatchThePlannerWithALeadTime() {
    // the planner's expected stock on hand and backorders come from Var(NS) = σ²(Tp + Ti²/(2Ti − 1)): an order
    // that arrived a period early or late would move both
    for (double ti : new double[] {1, 3}) {
      ReorderPlanner planner = ReorderPlanner.builder().demand(Demand.normal(100, 10)).leadTime(LeadTime.fixed(2))
          .smoothing(ti).serviceLevel(0.9).holdingCost(1).build();
      SmoothingOption o = planner.evaluation();
      SimulationResult r = SupplyChainSimulation.builder().demand(Demand.normal(100, 10)).periods(200_000)
          .echelon(Echelon.builder().name("shop").leadTime(2).knownMean().smoothing(ti)
              .safetyStock(o.safetyStock()).build())
          .build().run(11);
      EchelonResult shop = r.echelon("shop");
      assertEquals(o.expectedOnHand(), shop.averageOnHand(), 0.02 * o.expectedOnHand(), "Ti " + ti);
      assertEquals(o.expectedBackorders(), shop.averageBackorders(), 0.05 * o.expectedBackorders(), "Ti " + ti);
    }
  }

  @Test
  void aStepInAGivenSeriesArrivesAfterTheLeadTime() {
    // known mean 10 (the series' mean), order-up-to, Tp = 2: the 20 in period 3 is reordered at once and the order
    // arrives in period 3 + 2 + 1 = 6
    double[] series = {10, 10, 10, 20, 10, 10, 10, 10, 10, 0};
    SimulationResult r = SupplyChainSimulation.builder().demandSeries(series).warmUp(0)
        .echelon(Echelon.builder().name("shop").leadTime(2).knownMean().safetyStock(5).build()).build().run(0);
    assertEquals(java.util.Arrays.stream(series).boxed().toList(),
        java.util.Arrays.stream(r.orders("shop")).boxed().toList());
    // net stock 5, 5, 5, −5, −5, −5 (periods 3-5), 5 (period 6), 5, 5, 15; a period early or late would show
    EchelonResult shop = r.echelon("shop");
    assertEquals(1.5, shop.averageBackorders(), 1e-12);
    assertEquals(4.5, shop.averageOnHand(), 1e-12);
    // met from stock: 30, then 15 of the 20, 5, 5, then 10 a period: 85 of 100
    assertEquals(0.85, shop.fillRate(), 1e-12);
  }

  @Test
  void eachStageHasItsIntervalAgainstTheDemandItSaw() {
    SimulationResult r = chain(1, true).run(1);
    BullwhipRatio retailer = r.bullwhipInterval("retailer");
    assertEquals(r.echelon("retailer").bullwhip(), retailer.value(), 1e-9);
    BullwhipRatio supplier = r.bullwhipInterval("supplier");
    assertEquals(r.echelon("supplier").bullwhip(), supplier.value(), 1e-9);
    assertTrue(supplier.amplifies(), supplier.toString());
  }

  @Test
  void tenPercentAtTheCustomerIsAboutFiftyAtTheSupplier() {
    // seed 001 §2: "a 10 % change in end demand can swing upstream by 50 %" — four stages ordering up to, six-period
    // moving averages, orders arriving two periods after they are placed
    SimulationResult r = chain(1, true).run(1);
    assertEquals(0.10, r.endDemandSwing(), 0.002);
    double swing = r.echelon("supplier").orderSwing();
    assertTrue(swing > 0.40 && swing < 0.55, r.toString());
    for (int i = 1; i < STAGES.size(); i++) {
      assertTrue(r.echelons().get(i).orderSwing() > r.echelons().get(i - 1).orderSwing(), r.toString());
    }
    // each stage's own ratio is about Chen et al.'s 1 + 2·2/6 + 2·2²/6² = 1.89 at the retailer, growing upstream as
    // the demand it sees is no longer independent
    assertEquals(Bullwhip.movingAverageLowerBound(2, 6), r.echelon("retailer").bullwhip(), 0.05);
  }

  @Test
  void proportionalOrderUpToDampsItAndItsCostShows() {
    SimulationResult plain = chain(1, true).run(1);
    SimulationResult damped = chain(4, true).run(1);
    assertTrue(damped.echelon("supplier").orderSwing() < 0.5 * plain.echelon("supplier").orderSwing(),
        plain + "\n" + damped);
    // the retailer pays for the smoothing with a little more cost; the stages above it save more than that
    assertTrue(damped.echelon("retailer").inventoryCost() > plain.echelon("retailer").inventoryCost());
    assertTrue(damped.echelon("supplier").inventoryCost() < plain.echelon("supplier").inventoryCost());
    assertTrue(damped.echelon("supplier").fillRate() > plain.echelon("supplier").fillRate());
  }

  @Test
  void cumulativeBullwhipIsTheProductOfTheStages() {
    SimulationResult r = chain(1, true).run(2);
    double product = 1;
    for (EchelonResult e : r.echelons()) {
      product *= e.bullwhip();
      assertEquals(product, e.cumulativeBullwhip(), 1e-9 * product);
    }
  }

  @Test
  void theSameSeedGivesTheSameRun() {
    SupplyChainSimulation sim = chain(2, true);
    assertEquals(sim.run(9), sim.run(9));
    assertNotEquals(sim.run(9).echelon("supplier").bullwhip(), sim.run(10).echelon("supplier").bullwhip());
  }

  @Test
  void withoutReturnsNoOrderIsNegative() {
    SimulationResult r = chain(1, false).run(1);
    for (String stage : STAGES) {
      for (double o : r.orders(stage)) {
        assertTrue(o >= 0);
      }
    }
    assertTrue(r.echelon("supplier").ordersCutAtZero() > 0, r.echelon("supplier").toString());
    assertEquals(0, chain(1, true).run(1).echelon("supplier").ordersCutAtZero());
  }

  @Test
  void aGivenSeriesBackordersAtTheStartAndZeroLeadTime() {
    // 10 a period; the retailer starts 25 short (backorders) with no safety stock and a lead time of 0 (next period)
    double[] series = new double[12];
    java.util.Arrays.fill(series, 10);
    SimulationResult r = SupplyChainSimulation.builder().demandSeries(series).warmUp(0)
        .echelon(Echelon.builder().name("shop").leadTime(0).knownMean().startingNetStock(-25).holdingCost(1)
            .backorderCost(2).build())
        .build().run(0);
    EchelonResult shop = r.echelon("shop");
    // period 0: net stock −25 + 10 arriving − 10 = −25, order 10 + 25 = 35; period 1: −25 + 35 − 10 = 0, then level
    double[] orders = r.orders("shop");
    assertEquals(35, orders[0], 1e-12);
    assertEquals(10, orders[1], 1e-12);
    assertEquals(25.0 / 12, shop.averageBackorders(), 1e-12);
    assertEquals(0, shop.averageOnHand(), 1e-12);
    assertEquals(2 * 25.0 / 12, shop.inventoryCost(), 1e-12);
    // period 0's 10 units went to the old backorders first: 11 of 12 periods met from stock
    assertEquals(11.0 / 12, shop.fillRate(), 1e-12);
    assertEquals(0, r.endDemandSwing(), 0);
    assertEquals(Double.POSITIVE_INFINITY, shop.bullwhip());
  }

  @Test
  void poissonDemandAndPrinting() {
    SimulationResult r = SupplyChainSimulation.builder().demand(Demand.poisson(4)).periods(5_000)
        .echelon(Echelon.builder().name("retailer").leadTime(1).exponentialSmoothing(0.2).safetyStock(5).build())
        .build().run(1);
    assertEquals(0.5, r.endDemandSwing(), 0.03);
    assertTrue(r.echelon("retailer").fillRate() > 0.8 && r.echelon("retailer").fillRate() < 1);
    assertTrue(r.toString().contains("retailer"), r.toString());
    assertEquals(5_000, r.endDemand().length);
  }

  @Test
  void badInputIsRefused() {
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().demand(Demand.normal(1, 1)).build());
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder()
        .echelon(Echelon.builder().name("a").leadTime(0).knownMean().build()).build());
    Echelon a = Echelon.builder().name("a").leadTime(0).knownMean().build();
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().echelon(a).echelon(a));
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().demandSeries(1, Double.NaN));
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().demandSeries(1, -1));
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().demandSeries(1, 2, 3).echelon(a)
        .build());
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().demand(Demand.normal(1, 1))
        .demandSeries(1, 2));
    assertThrows(SupplyException.class, () -> SupplyChainSimulation.builder().periods(1));
    assertThrows(SupplyException.class, () -> Echelon.builder().name(" "));
    assertThrows(SupplyException.class, () -> Echelon.builder().leadTime(-1));
    assertThrows(SupplyException.class, () -> Echelon.builder().movingAverage(0));
    assertThrows(SupplyException.class, () -> Echelon.builder().movingAverage(3).knownMean());
    assertThrows(SupplyException.class, () -> Echelon.builder().smoothing(0.5));
    assertThrows(SupplyException.class, () -> Echelon.builder().name("a").leadTime(1).build());
    SimulationResult r = SupplyChainSimulation.builder().demand(Demand.normal(10, 1)).periods(100).echelon(a)
        .build().run(1);
    assertThrows(SupplyException.class, () -> r.orders("b"));
    SupplyChainSimulation.Builder many = SupplyChainSimulation.builder().demand(Demand.normal(10, 1));
    for (int i = 0; i < 64; i++) {
      many.echelon(Echelon.builder().name("e" + i).leadTime(0).knownMean().build());
    }
    assertThrows(SupplyException.class, () -> many.echelon(Echelon.builder().name("more").leadTime(0).knownMean()
        .build()));
    assertThrows(SupplyException.class, () -> many.periods(10_000_000).build());
  }
}
