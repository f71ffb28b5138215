package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The reorder planner against the closed forms of the proportional order-up-to policy (Disney &amp; Towill 2003;
 * Chen, Ryan &amp; Simchi-Levi 2000 for Ti = 1 with exponential smoothing), part 1's safety stock, and a simulation
 * of its own orders.
 */
class ReorderPlannerTest {

  private static ReorderPlanner.Builder plan(int tp) {
    return ReorderPlanner.builder().demand(Demand.normal(100, 20)).leadTime(LeadTime.fixed(tp)).holdingCost(0.5);
  }

  @Test
  void aKnownMeanGivesTheClosedForms() {
    for (int tp : new int[] {0, 1, 2, 5, 20}) {
      for (double ti : new double[] {0.6, 1, 1.618, 2, 4, 10, 200}) {
        SmoothingOption o = plan(tp).smoothing(ti).build().evaluation();
        assertEquals(1 / (2 * ti - 1), o.bullwhip(), 1e-9 * o.bullwhip(), "bullwhip Ti " + ti + " Tp " + tp);
        assertEquals(Bullwhip.proportionalOrderUpTo(ti), o.bullwhip(), 1e-9 * o.bullwhip());
        double nsAmp = tp + ti * ti / (2 * ti - 1);
        assertEquals(nsAmp, o.netStockAmplification(), 1e-9 * nsAmp, "NSAmp Ti " + ti + " Tp " + tp);
      }
    }
  }

  @Test
  void orderUpToWithExponentialSmoothingIsChenRyanSimchiLevi() {
    for (int tp : new int[] {0, 1, 3}) {
      for (double alpha : new double[] {0.1, 0.3, 0.5, 1}) {
        SmoothingOption o = plan(tp).forecastSmoothing(alpha).build().evaluation();
        double expected = Bullwhip.exponentialSmoothingLowerBound(tp + 1, alpha);
        assertEquals(expected, o.bullwhip(), 1e-9 * expected, "alpha " + alpha + " Tp " + tp);
      }
    }
  }

  @Test
  void withoutSmoothingTheSafetyStockIsPartOnes() {
    for (int tp : new int[] {0, 3, 7}) {
      double expected = SafetyStock.of(Demand.normal(100, 20), LeadTime.fixed(tp)).reviewPeriod(1)
          .forCycleServiceLevel(0.95).safetyStock();
      assertEquals(expected, plan(tp).build().evaluation().safetyStock(), 1e-9 * expected);
    }
  }

  @Test
  void theGoldenRatioMinimisesBullwhipPlusInventoryVariance() {
    // Disney, Towill & Van de Velde (2004): with a known mean, bullwhip + NSAmp is least at Ti = (1 + √5)/2
    double best = Double.NaN;
    double least = Double.POSITIVE_INFINITY;
    for (double ti = 0.8; ti <= 3; ti += 0.001) {
      SmoothingOption o = plan(2).smoothing(ti).build().evaluation();
      double sum = o.bullwhip() + o.netStockAmplification();
      if (sum < least) {
        least = sum;
        best = ti;
      }
    }
    assertEquals((1 + Math.sqrt(5)) / 2, best, 0.001);
  }

  @Test
  void anOrderIsTheForecastPlusAFractionOfTheGaps() {
    ReorderPlanner planner = plan(2).smoothing(3).build();
    SmoothingOption o = planner.evaluation();
    // NSAmp = 2 + 9/5 = 3.8, safety stock = z(0.95)·20·√3.8
    assertEquals(1.6448536269514722 * 20 * Math.sqrt(3.8), o.safetyStock(), 1e-9);
    ReorderDecision d = planner.order(180, 190, 100);
    assertEquals(o.safetyStock() - 180, d.stockGap(), 1e-9);
    assertEquals(10, d.pipelineGap(), 1e-12);
    assertEquals(100 + (o.safetyStock() - 180 + 10) / 3, d.quantity(), 1e-9);
    assertEquals(d.quantity(), d.unconstrained(), 0);
    assertSame(o, d.costs());
    ReorderDecision over = planner.order(1_000, 200, 100);
    assertEquals(0, over.quantity(), 0);
    assertTrue(over.unconstrained() < 0);
  }

  @Test
  void costsFollowTheNormalNetStock() {
    SmoothingOption o = ReorderPlanner.builder().demand(Demand.normal(100, 20)).leadTime(LeadTime.fixed(0))
        .serviceLevel(0.5).holdingCost(2).backorderCost(3).build().evaluation();
    // Tp 0, Ti 1: the net stock is N(0, 20²); E[NS⁺] = E[NS⁻] = 20·φ(0)
    double half = 20 / Math.sqrt(2 * Math.PI);
    assertEquals(0, o.safetyStock(), 1e-12);
    assertEquals(half, o.expectedOnHand(), 1e-9);
    assertEquals(half, o.expectedBackorders(), 1e-9);
    assertEquals(2 * half, o.holdingCost(), 1e-9);
    assertEquals(5 * half, o.totalCost(), 1e-9);
  }

  /** Runs the planner's own orders against random demand: the measured variances are the computed ones. */
  @Test
  void aSimulationOfItsOrdersMatchesItsVariances() {
    int tp = 2;
    double alpha = 0.3;
    ReorderPlanner planner = plan(tp).smoothing(2).forecastSmoothing(alpha).build();
    SmoothingOption o = planner.evaluation();
    int n = 200_000;
    int warmUp = 1_000;
    SplittableRandom random = new SplittableRandom(7);
    double[] orders = new double[n];
    double[] demand = new double[n];
    double[] ring = new double[tp + 1];
    java.util.Arrays.fill(ring, 100);
    double forecast = 100;
    double netStock = o.safetyStock();
    double pipeline = (tp + 1) * 100; // the ring: orders placed in the last Tp + 1 periods
    double squares = 0;
    double sum = 0;
    int covered = 0;
    for (int t = 0; t < n + warmUp; t++) {
      double d = 100 + 20 * normal(random);
      forecast += alpha * (d - forecast);
      int slot = t % (tp + 1);
      netStock += ring[slot] - d;
      pipeline -= ring[slot];
      double order = planner.order(netStock, pipeline, forecast).unconstrained();
      ring[slot] = order;
      pipeline += order;
      if (t >= warmUp) {
        orders[t - warmUp] = order;
        demand[t - warmUp] = d;
        sum += netStock;
        squares += netStock * netStock;
        covered += netStock >= 0 ? 1 : 0;
      }
    }
    BullwhipRatio measured = Bullwhip.ratio(orders, demand);
    assertTrue(measured.lower() <= o.bullwhip() && o.bullwhip() <= measured.upper(), measured + " against " + o);
    double netVariance = squares / n - (sum / n) * (sum / n);
    assertEquals(o.netStockAmplification(), netVariance / 400, 0.04 * o.netStockAmplification());
    assertEquals(o.safetyStock(), sum / n, 0.05 * o.netStockStandardDeviation());
    assertEquals(0.95, (double) covered / n, 0.005);
  }

  private static double normal(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }

  @Test
  void aSlowForecastWithALongDelaySettles() {
    // found by the property below: a running pipeline sum kept its rounding error and the response never settled
    SmoothingTradeOff table = plan(23).forecastSmoothing(0.03).build().tradeOffTable(14.39, 15);
    assertTrue(table.rows().get(1).bullwhip() < table.rows().get(0).bullwhip(), table.toString());
  }

  @Property(tries = 200)
  void moreSmoothingLessBullwhipMoreSafetyStock(@ForAll @DoubleRange(min = 1, max = 50) double ti,
      @ForAll @DoubleRange(min = 0.01, max = 5) double more, @ForAll @IntRange(min = 0, max = 30) int tp,
      @ForAll("alphas") double alpha) {
    ReorderPlanner.Builder b = plan(tp);
    if (alpha > 0) {
      b.forecastSmoothing(alpha);
    }
    SmoothingTradeOff table = b.build().tradeOffTable(ti, ti + more);
    SmoothingOption less = table.rows().get(0);
    SmoothingOption smoother = table.rows().get(1);
    assertTrue(smoother.bullwhip() < less.bullwhip(), table.toString());
    if (alpha == 0) {
      // with a known mean the net stock varies more the more the orders are smoothed; with a smoothed forecast
      // a little smoothing can lower both (the forecast's own noise is damped too)
      assertTrue(smoother.safetyStock() >= less.safetyStock() - 1e-9, table.toString());
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Double> alphas() {
    return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.just(0.0),
        net.jqwik.api.Arbitraries.doubles().between(0.01, 1));
  }

  @Test
  void theTradeOffTable() {
    SmoothingTradeOff table = plan(2).build().tradeOffTable(1, 2, 4);
    assertEquals(3, table.rows().size());
    assertEquals(1.0, table.rows().get(0).bullwhip(), 1e-9);
    assertEquals(1 / 7.0, table.rows().get(2).bullwhip(), 1e-9);
    assertEquals(1.0, table.cheapest().smoothing(), 0);
    assertTrue(table.toString().contains("bullwhip"));
    assertTrue(table.toString().lines().count() == 4, table.toString());
    // with a smoothed forecast a little smoothing damps the forecast's own noise too: the net stock varies least,
    // and costs least, at Ti = 1.25 of these
    SmoothingTradeOff smoothed = ReorderPlanner.builder().demand(Demand.normal(100, 20)).leadTime(LeadTime.fixed(0))
        .holdingCost(1).backorderCost(9).forecastSmoothing(0.3).build().tradeOffTable(1, 1.25, 1.5, 2, 3);
    assertEquals(1.25, smoothed.cheapest().smoothing(), 0, smoothed.toString());
    assertTrue(smoothed.cheapest().backorderCost() > 0);
    assertEquals(smoothed.rows().get(1), smoothed.cheapest());
  }

  @Test
  void badInputIsRefused() {
    assertThrows(SupplyException.class, () -> plan(2).smoothing(0.5));
    assertThrows(SupplyException.class, () -> plan(2).smoothing(0.54));
    assertThrows(SupplyException.class, () -> plan(2).forecastSmoothing(1e-6));
    assertThrows(SupplyException.class, () -> plan(2).smoothing(Double.NaN));
    assertThrows(SupplyException.class, () -> plan(2).smoothing(1_001));
    assertThrows(SupplyException.class, () -> plan(2).forecastSmoothing(0));
    assertThrows(SupplyException.class, () -> plan(2).serviceLevel(1));
    assertThrows(SupplyException.class, () -> plan(2).holdingCost(-1));
    assertThrows(SupplyException.class, () -> ReorderPlanner.builder().leadTime(LeadTime.fixed(1.5)));
    assertThrows(SupplyException.class, () -> ReorderPlanner.builder().leadTime(LeadTime.normal(3, 1)));
    SupplyException missing = assertThrows(SupplyException.class,
        () -> ReorderPlanner.builder().leadTime(LeadTime.fixed(1)).holdingCost(1).build());
    assertEquals("demand", missing.argument().orElseThrow());
    ReorderPlanner planner = plan(1).build();
    assertThrows(SupplyException.class, () -> planner.order(Double.NaN, 0, 100));
    assertThrows(SupplyException.class, () -> planner.order(0, Double.NaN, 100));
    assertThrows(SupplyException.class, () -> planner.order(0, 0, -1));
    assertThrows(SupplyException.class, () -> planner.order(0, 0, Double.POSITIVE_INFINITY));
    assertThrows(SupplyException.class, () -> planner.tradeOffTable());
    assertThrows(SupplyException.class, () -> planner.tradeOffTable(0.4));
  }
}
