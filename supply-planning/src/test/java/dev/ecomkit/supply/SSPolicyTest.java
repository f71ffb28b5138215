package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * (s, S) policies against Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., §4.5 (S&amp;S), and
 * Zheng &amp; Federgruen (1991)'s table, as recomputed in docs/research/inventory-policies.md §6 and §12 items 17-19.
 * Convention L + 1: the book's one-period model is {@code LeadTime.fixed(0)}.
 */
class SSPolicyTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  private static SSPolicy policy(Demand demand, double leadTime, double h, double p, double k) {
    return SSPolicy.builder().demand(demand).leadTime(LeadTime.fixed(leadTime)).holdingCost(h).stockoutCost(p)
        .orderCost(k).build();
  }

  @Test
  void snyderShenExample47AndProblem431Exact() {
    // Ex. 4.7: h 1, p 4, K 5, Poisson(6), one period (L = 0); brute force over all (s, S) agrees
    SSPolicy ex47 = policy(Demand.poisson(6), 0, 1, 4, 5);
    StockPolicy best = ex47.optimize();
    assertEquals(4, best.reorderPoint());
    assertEquals(10, best.orderUpToLevel());
    assertEquals(6, best.orderQuantity());
    assertEquals(1, best.reviewPeriod());
    assertEquals(StockPolicy.Kind.MIN_MAX, best.kind());
    assertRelative(8.034111561471644, best.expectedCost().getAsDouble(), 1e-12);
    assertEquals("exact (Zheng-Federgruen 1991)", best.method());
    assertEquals("minimum expected cost (h 1, p 4, K 5)", best.basis());
    assertRelative(10.193798671644046, ex47.costAt(6, 18), 1e-12);
    // Problem 4.31: h 40, p 125, K 150, Poisson(4)
    SSPolicy p431 = policy(Demand.poisson(4), 0, 40, 125, 150);
    StockPolicy b431 = p431.optimize();
    assertEquals(2, b431.reorderPoint());
    assertEquals(7, b431.orderUpToLevel());
    assertRelative(223.5748295669688, b431.expectedCost().getAsDouble(), 1e-12);
    assertRelative(262.2755613772775, p431.costAt(4, 10), 1e-12);
  }

  /** Zheng & Federgruen (1991) Table: h 1, p 9, K 64, Poisson μ, one period; cost to 3 decimals as printed. */
  @Test
  void zhengFedergruenTwentyFourInstances() {
    int[] mu = {10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 21, 22, 23, 24, 51, 52, 59, 61, 63, 64};
    int[] s = {6, 10, 14, 19, 23, 28, 33, 37, 42, 47, 52, 56, 62, 67, 15, 16, 17, 18, 43, 44, 51, 52, 54, 55};
    int[] bigS = {40, 49, 62, 56, 66, 77, 87, 97, 108, 118, 129, 75, 81, 86, 65, 68, 52, 54, 110, 112, 126, 131, 73, 74};
    double[] c = {35.022, 42.698, 49.173, 54.262, 57.819, 61.215, 64.512, 67.776, 70.975, 74.149, 77.306, 78.518,
        79.037, 79.554, 50.406, 51.632, 52.757, 53.518, 71.611, 72.246, 76.679, 77.929, 78.287, 78.402};
    for (int i = 0; i < mu.length; i++) {
      StockPolicy best = policy(Demand.poisson(mu[i]), 0, 1, 9, 64).optimize();
      String at = "μ = " + mu[i];
      if (mu[i] == 75) {
        // (66, 86) and (67, 86) cost the same to the last bit (research §6): either is optimal
        assertTrue(best.reorderPoint() == 66 || best.reorderPoint() == 67, at);
      } else {
        assertEquals(s[i], best.reorderPoint(), at);
      }
      assertEquals(bigS[i], best.orderUpToLevel(), 1e-3, at);
      assertEquals(c[i], best.expectedCost().getAsDouble(), 1e-3, at);
    }
    // recomputed to more digits (research §6)
    assertRelative(35.021555272, policy(Demand.poisson(10), 0, 1, 9, 64).costAt(6, 40), 1e-10);
    assertRelative(78.518233210, policy(Demand.poisson(65), 0, 1, 9, 64).costAt(56, 75), 1e-10);
  }

  @Test
  void powerApproximationSnyderShen() {
    // Ex. 4.8: h 0.18, p 0.70, K 2.5, N(50, 8), one period (S&S eq. 4.77-4.80; exact closed form)
    StockPolicy ex48 = policy(Demand.normal(50, 8), 0, 0.18, 0.70, 2.5).powerApproximation();
    assertRelative(40.194616956474071, ex48.reorderPoint(), 1e-12);
    assertRelative(74.290170109805786, ex48.orderUpToLevel(), 1e-12);
    assertEquals("power approximation (Ehrhardt-Mosier 1984)", ex48.method());
    // Problem 4.32: h 2, p 36, K 60, N(190, 48)
    StockPolicy p432 = policy(Demand.normal(190, 48), 0, 2, 36, 60).powerApproximation();
    assertRelative(226.6137928222839, p432.reorderPoint(), 1e-12);
    assertRelative(324.3797868133974, p432.orderUpToLevel(), 1e-12);
    // for normal demand optimize() is the power approximation, with a note saying so
    StockPolicy opt = policy(Demand.normal(50, 8), 0, 0.18, 0.70, 2.5).optimize();
    assertEquals(ex48.reorderPoint(), opt.reorderPoint());
    assertTrue(opt.notes().stream().anyMatch(n -> n.contains("power approximation")), opt.notes()::toString);
  }

  @Test
  void baseStockCaseMatchesTheOrderUpToPolicy() {
    // s = S − 1 orders every period: the (R = 1, S) policy of SafetyStock, same L + 1 protection interval
    Demand demand = Demand.poisson(6);
    StockPolicy ss = policy(demand, 2, 1, 4, 5).evaluate(20, 21);
    StockPolicy ous = SafetyStock.of(demand, LeadTime.fixed(2)).reviewPeriod(1).evaluate(21);
    assertRelative(ous.cycleServiceLevel(), ss.cycleServiceLevel(), 1e-12);
    assertRelative(ous.fillRate(), ss.fillRate(), 1e-12);
    assertRelative(ous.expectedOnHand(), ss.expectedOnHand(), 1e-12);
    assertRelative(ous.expectedShortagePerCycle(), ss.expectedShortagePerCycle(), 1e-12);
    // an order whenever the period had any demand: 1 − P(D = 0) = 1 − e⁻⁶ (M(1) = m(0) = 1/(1 − p₀))
    assertRelative(1 - Math.exp(-6), ss.ordersPerPeriod(), 1e-12);
  }

  /** A simulation of the policy, period by period, against the renewal formulas. */
  @Test
  void stationaryMetricsAgreeWithASimulation() {
    simulate(Demand.poisson(6), 2, 1, 4, 5, 8, 20, false);
    simulate(Demand.normal(50, 8), 1, 0.18, 0.70, 2.5, 90, 124, true);
  }

  private static void simulate(Demand demand, int leadTime, double h, double p, double k, double s, double bigS,
      boolean normal) {
    SSPolicy policy = policy(demand, leadTime, h, p, k);
    StockPolicy result = policy.evaluate(s, bigS);
    Random random = new Random(20_240_601L);
    int periods = 400_000;
    double[] pipeline = new double[leadTime + 1];
    double net = bigS;
    double position = bigS;
    double cost = 0;
    double held = 0;
    double orders = 0;
    double shortPeriods = 0;
    double unmet = 0;
    double total = 0;
    for (int t = 0; t < periods; t++) {
      if (position <= s) { // review at the start of the period
        pipeline[leadTime] += bigS - position;
        position = bigS;
        cost += k;
        orders++;
      }
      net += pipeline[0]; // arrives before demand (L = 0: this period's own order)
      System.arraycopy(pipeline, 1, pipeline, 0, leadTime);
      pipeline[leadTime] = 0;
      double d = normal ? 50 + 8 * random.nextGaussian() : poisson(random, 6);
      unmet += Math.min(d, Math.max(0, d - Math.max(0, net)));
      total += d;
      net -= d;
      position -= d;
      cost += h * Math.max(0, net) + p * Math.max(0, -net);
      held += Math.max(0, net);
      shortPeriods += net < 0 ? 1 : 0;
    }
    assertRelative(result.expectedCost().getAsDouble(), cost / periods, 0.01);
    assertRelative(result.expectedOnHand(), held / periods, 0.01);
    assertRelative(result.ordersPerPeriod(), orders / periods, 0.01);
    assertEquals(result.cycleServiceLevel(), 1 - shortPeriods / periods, 0.005);
    assertEquals(result.fillRate(), 1 - unmet / total, 0.005);
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  @Test
  void badInputsNameTheArgument() {
    SSPolicy ss = policy(Demand.poisson(6), 0, 1, 4, 5);
    assertArgument("orderUpToLevel", () -> ss.evaluate(10, 10));
    assertArgument("orderUpToLevel", () -> ss.costAt(10, 4));
    assertArgument("reorderPoint", () -> ss.costAt(Double.NaN, 4));
    assertArgument("reorderPoint", () -> ss.costAt(1.5, 4));
    assertArgument("orderUpToLevel", () -> ss.costAt(1, Double.POSITIVE_INFINITY));
    assertArgument("holdingCost", () -> policy(Demand.poisson(6), 0, -1, 4, 5));
    assertArgument("stockoutCost", () -> policy(Demand.poisson(6), 0, 1, 0, 5));
    assertArgument("orderCost", () -> policy(Demand.poisson(6), 0, 1, 4, -5));
    assertArgument("orderCost", () -> policy(Demand.poisson(6), 0, 1, 4, Double.NaN));
    assertArgument("stockoutCost", () -> SSPolicy.builder().demand(Demand.poisson(6)).leadTime(LeadTime.fixed(0))
        .holdingCost(1).orderCost(1).build());
    assertArgument("leadTime", () -> SSPolicy.builder().demand(Demand.poisson(6)).holdingCost(1).stockoutCost(1)
        .orderCost(1).build());
    assertArgument("orderCost", () -> policy(Demand.normal(50, 8), 0, 1, 4, 0).powerApproximation());
    // K = 0: ordering every period is optimal, S the newsvendor level (S&S Ex. 4.7 data: Poisson(6), S* = 8)
    StockPolicy base = policy(Demand.poisson(6), 0, 1, 4, 0).optimize();
    assertEquals(8, base.orderUpToLevel());
    assertEquals(7, base.reorderPoint());
    assertRelative(3.570106945770946, base.expectedCost().getAsDouble(), 1e-12);
  }

  @Test
  void anExactSearchTooLargeEndsWithATypedErrorNotAHang() {
    // Poisson 5,000 a period, K 10⁶: S − s near 10⁵ levels; the search stops at its bound of summed terms (≈ 6 s)
    SupplyException e = assertThrows(SupplyException.class,
        () -> policy(Demand.poisson(5000), 2, 1, 10, 1e6).optimize());
    assertTrue(e.getMessage().contains("Zheng-Federgruen"), e.getMessage());
  }

  private static void assertArgument(String name, org.junit.jupiter.api.function.Executable call) {
    SupplyException e = assertThrows(SupplyException.class, call);
    assertEquals(name, e.argument().orElse(null), e.getMessage());
  }

  @Test
  void resultSerialisesToJson() throws Exception {
    StockPolicy best = policy(Demand.poisson(6), 0, 1, 4, 5).optimize();
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(best));
    assertEquals("MIN_MAX", json.get("kind").asText());
    assertEquals(4, json.get("reorderPoint").asDouble());
    assertEquals(10, json.get("orderUpToLevel").asDouble());
    assertEquals(8.034111561471644, json.get("expectedCost").asDouble(), 1e-12);
  }

  /** The Zheng-Federgruen optimum costs no more than any neighbour (s ± 1, S ± 1). */
  @Property(tries = 80)
  void optimumBeatsItsNeighbours(@ForAll @DoubleRange(min = 0.2, max = 80) double mean,
      @ForAll @IntRange(min = 0, max = 3) int leadTime, @ForAll @DoubleRange(min = 0.05, max = 5) double h,
      @ForAll @DoubleRange(min = 1.1, max = 60) double pOverH, @ForAll @DoubleRange(min = 0, max = 300) double k,
      @ForAll boolean negativeBinomial) {
    Demand demand = negativeBinomial ? Demand.negativeBinomial(mean, Math.sqrt(2.5 * mean)) : Demand.poisson(mean);
    SSPolicy ss = policy(demand, leadTime, h, h * pOverH, k);
    StockPolicy best = ss.optimize();
    double c = best.expectedCost().getAsDouble();
    double s = best.reorderPoint();
    double bigS = best.orderUpToLevel();
    for (int ds = -1; ds <= 1; ds++) {
      for (int dS = -1; dS <= 1; dS++) {
        double s2 = s + ds;
        double bigS2 = bigS + dS;
        if (bigS2 > s2) {
          double neighbour = ss.costAt(s2, bigS2);
          assertTrue(c <= neighbour * (1 + 1e-12), () -> "c(" + s2 + ", " + bigS2 + ") = " + neighbour + " < " + c);
        }
      }
    }
  }
}
