package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecomkit.supply.DiscountedEoq.Candidate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * EOQ, EOQ with backorders and EOQ with quantity discounts: the worked examples of docs/research/inventory-policies.md
 * §7 (recomputed there independently; "converged" = full-precision value, "printed" = the book's rounded figure, here
 * exact), properties of the cost curves, JSON, and the input checks.
 */
class EoqTest {

  private static final double REL = 1e-9;

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.abs(expected), what);
  }

  // ---------------------------------------------------------------------------------------------------- examples

  @Test
  void snyderShenExample3_1() {
    // Snyder & Shen, Fundamentals of Supply Chain Theory 2nd ed., Example 3.1 (converged values, as stockpyl)
    Eoq eoq = Eoq.of(8, 0.225, 1300);
    assertClose(304.0467800264368, eoq.orderQuantity(), "Q*");
    assertClose(68.410525505948272, eoq.cost(), "g*");
    assertClose(69.725, eoq.costAt(250), "g(250)");
    assertClose(304.0467800264368 / 1300, eoq.cycleTime(), "cycle time");
    assertClose(1300 / 304.0467800264368, eoq.ordersPerPeriod(), "orders a period");
    // ordering and holding are equal at the optimum
    assertClose(eoq.cost() / 2, eoq.fixedCost() * eoq.demandRate() / eoq.orderQuantity(), "ordering half");
  }

  @Test
  void snyderShenProblem3_1() {
    // Snyder & Shen 2nd ed., Problem 3.1 (converged values)
    Eoq eoq = Eoq.of(2250, 275, 182500);
    assertClose(1728.109844993551, eoq.orderQuantity(), "Q*");
    assertClose(475230.2073732266, eoq.cost(), "g*");
  }

  @Test
  void snyderShenExample3_8Backorders() {
    // Snyder & Shen 2nd ed., Example 3.8, EOQ with planned backorders, p = 5 (converged values, as stockpyl)
    BackorderEoq b = Eoq.withBackorders(8, 0.225, 5, 1300);
    assertClose(310.8125551589646, b.orderQuantity(), "Q*");
    assertClose(0.043062200956938, b.stockoutFraction(), "x*");
    assertClose(66.921363550973254, b.cost(), "g*");
    assertClose(b.cost(), b.costAt(b.orderQuantity()), "g(Q*)");
    assertClose(0.043062200956938 * 310.8125551589646, b.maxBackorders(), "x*Q*");
    assertTrue(b.cost() < Eoq.of(8, 0.225, 1300).cost(), "backorders can only lower the cost");
    assertTrue(b.assumption().contains("backorders"), b.assumption());
    // dear backorders: the EOQ again
    assertClose(Eoq.of(8, 0.225, 1300).orderQuantity(), Eoq.withBackorders(8, 0.225, 1e15, 1300).orderQuantity(),
        "p → ∞");
  }

  @Test
  void snyderShenExample3_6AllUnits() {
    // Snyder & Shen 2nd ed., Example 3.6 (stockpyl instance example_3_5): all-units, the second break is optimal;
    // g = 978.60 is exact (884 + 13 + 81.6)
    DiscountedEoq d = Eoq.withDiscounts(8, 0.3, 1300, exampleBreaks(PriceBreaks.allUnits()));
    assertEquals(800, d.orderQuantity());
    assertEquals(2, d.region());
    assertEquals(0.68, d.unitPrice());
    assertEquals(0.68, d.averageUnitPrice(), 1e-15);
    assertClose(978.60, d.cost(), "g*");
    assertClose(978.60, d.costAt(800), "g(800)");
    // candidates: region 0's Q* (realizable), break 400, break 800; regions 1 and 2's Q* (310, 319) lie below them
    assertEquals(3, d.candidates().size());
    assertClose(304.0467800264368, d.candidates().get(0).orderQuantity(), "Q*_0");
    assertFalse(d.candidates().get(0).atBreakpoint());
    assertClose(1043.410525505948, d.candidates().get(0).cost(), "g_0(Q*_0)");
    assertClose(1005.2, d.candidates().get(1).cost(), "g_1(400)");
    assertTrue(d.candidates().get(2).atBreakpoint());
  }

  @Test
  void snyderShenExample3_7Incremental() {
    // Snyder & Shen 2nd ed., Example 3.7: same data, incremental discounts; region 0's EOQ wins (converged values)
    DiscountedEoq d = Eoq.withDiscounts(8, 0.3, 1300, exampleBreaks(PriceBreaks.incremental()));
    assertClose(304.0467800264368, d.orderQuantity(), "Q*");
    assertEquals(0, d.region());
    assertClose(1043.410525505948, d.cost(), "g*");
    assertEquals(0.75, d.unitPrice());
    Candidate chosen = d.candidates().stream().filter(c -> c.cost() == d.cost()).findFirst().orElseThrow();
    assertFalse(chosen.atBreakpoint());
    assertTrue(d.assumption().contains("incremental"), d.assumption());
  }

  @Test
  void snyderShenProblem3_12() {
    // Snyder & Shen 2nd ed., Problem 3.12 (a) all-units and (b) incremental (converged values, as stockpyl's tests)
    DiscountedEoq all = Eoq.withDiscounts(2250, 0.25, 182500,
        PriceBreaks.allUnits().from(0, 1490).from(1200, 1220).from(2400, 1100).build());
    assertEquals(2400, all.orderQuantity());
    assertEquals(2, all.region());
    assertClose(201251093.75, all.cost(), "g* all-units");
    DiscountedEoq inc = Eoq.withDiscounts(2250, 0.25, 182500,
        PriceBreaks.incremental().from(0, 1490).from(1200, 1220).from(2400, 1100).build());
    assertClose(28553.06065428491, inc.orderQuantity(), "Q* incremental");
    assertEquals(2, inc.region());
    assertClose(208678591.6799284, inc.cost(), "g* incremental");
    // C(Q)/Q: 1100 on the units above 2,400, more on the first ones
    double paid = 1490 * 1200 + 1220 * 1200 + 1100 * (inc.orderQuantity() - 2400);
    assertClose(paid / inc.orderQuantity(), inc.averageUnitPrice(), "average unit price");
  }

  @Test
  void stockpylDocstringExamples() {
    // stockpyl eoq.py docstrings (companion code of Snyder & Shen): all-units and incremental examples
    DiscountedEoq all = Eoq.withDiscounts(200, 0.2, 1000,
        PriceBreaks.allUnits().from(0, 500).from(200, 475).from(500, 450).build());
    assertEquals(500, all.orderQuantity());
    assertEquals(2, all.region());
    assertClose(472900, all.cost(), "g* all-units");
    DiscountedEoq inc = Eoq.withDiscounts(150, 0.25, 2400,
        PriceBreaks.incremental().from(0, 100).from(300, 90).from(600, 80).build());
    assertClose(1481.8906842274164, inc.orderQuantity(), "Q* incremental");
    assertEquals(2, inc.region());
    assertClose(222762.8136845483, inc.cost(), "g* incremental");
  }

  @Test
  void chopraMeindlDrugsOnline() {
    // Chopra & Meindl, Supply Chain Management, cycle-inventory chapter, Drugs Online (inputs as recalled in the
    // research note, UNVERIFIED against the book; arithmetic verified): 10,000 bottles a month, $100 an order,
    // holding 20 % a year, $3.00, $2.96 from 5,000, $2.92 from 10,000. Book: all-units 10,000 at TC $354,520;
    // incremental 16,961 (converged 16960.87...)
    DiscountedEoq all = Eoq.withDiscounts(100, 0.2, 120_000,
        PriceBreaks.allUnits().from(0, 3.00).from(5000, 2.96).from(10_000, 2.92).build());
    assertEquals(10_000, all.orderQuantity());
    assertClose(354_520, all.cost(), "TC all-units");
    DiscountedEoq inc = Eoq.withDiscounts(100, 0.2, 120_000,
        PriceBreaks.incremental().from(0, 3.00).from(5000, 2.96).from(10_000, 2.92).build());
    assertClose(16960.87358825342, inc.orderQuantity(), "Q incremental");
    assertClose(360365.15017554, inc.cost(), "TC incremental");
  }

  @Test
  void oneBreakIsTheEoqPlusPurchaseCost() {
    DiscountedEoq d = Eoq.withDiscounts(8, 0.3, 1300, PriceBreaks.allUnits().from(0, 0.75).build());
    Eoq plain = Eoq.of(8, 0.3 * 0.75, 1300);
    assertClose(plain.orderQuantity(), d.orderQuantity(), "Q*");
    assertClose(plain.cost() + 0.75 * 1300, d.cost(), "g* + cλ");
    assertClose(plain.cycleTime(), d.cycleTime(), "cycle time");
    assertClose(plain.ordersPerPeriod(), d.ordersPerPeriod(), "orders a period");
  }

  private static PriceBreaks exampleBreaks(PriceBreaks.Builder kind) {
    return kind.from(0, 0.75).from(400, 0.72).from(800, 0.68).build();
  }

  // -------------------------------------------------------------------------------------------- values and JSON

  @Test
  void resultsAreValuesAndSerialiseToCleanJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Eoq eoq = Eoq.of(8, 0.225, 1300);
    assertEquals(eoq, Eoq.of(8, 0.225, 1300));
    assertTrue(eoq.toString().contains("orderQuantity=304.04678"), eoq.toString());
    JsonNode e = json.readTree(json.writeValueAsString(eoq));
    assertEquals(List.of("fixedCost", "holdingCost", "demandRate", "orderQuantity", "cost", "cycleTime",
        "ordersPerPeriod", "assumption"), fields(e));
    assertEquals(eoq.orderQuantity(), e.get("orderQuantity").doubleValue());

    JsonNode b = json.readTree(json.writeValueAsString(Eoq.withBackorders(8, 0.225, 5, 1300)));
    assertEquals(List.of("fixedCost", "holdingCost", "backorderCost", "demandRate", "orderQuantity",
        "stockoutFraction", "maxBackorders", "cost", "cycleTime", "ordersPerPeriod", "assumption"), fields(b));

    DiscountedEoq d = Eoq.withDiscounts(8, 0.3, 1300, exampleBreaks(PriceBreaks.allUnits()));
    assertEquals(d, Eoq.withDiscounts(8, 0.3, 1300, exampleBreaks(PriceBreaks.allUnits())));
    JsonNode t = json.readTree(json.writeValueAsString(d));
    assertEquals(List.of("fixedCost", "holdingRate", "demandRate", "priceBreaks", "orderQuantity", "region",
        "unitPrice", "averageUnitPrice", "cost", "cycleTime", "ordersPerPeriod", "candidates", "assumption"),
        fields(t));
    assertEquals(List.of("kind", "quantities", "prices"), fields(t.get("priceBreaks")));
    assertEquals("ALL_UNITS", t.get("priceBreaks").get("kind").textValue());
    assertEquals(800, t.get("priceBreaks").get("quantities").get(2).doubleValue());
    assertEquals(3, t.get("candidates").size());
    assertEquals(List.of("region", "orderQuantity", "unitPrice", "cost", "atBreakpoint"),
        fields(t.get("candidates").get(2)));
    assertTrue(t.get("candidates").get(2).get("atBreakpoint").booleanValue());
    assertEquals(978.6, t.get("cost").doubleValue(), 1e-9);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // -------------------------------------------------------------------------------------------------- properties

  // the properties draw magnitudes as powers of 10, so that small and large costs and rates are tried alike

  @Property(tries = 500)
  void eoqIsTheCheapestQuantity(@ForAll @DoubleRange(min = -2, max = 5) double logK,
      @ForAll @DoubleRange(min = -3, max = 3) double logH, @ForAll @DoubleRange(min = -2, max = 7) double logLambda,
      @ForAll @DoubleRange(min = -3, max = 3) double logFactor, @ForAll @DoubleRange(min = -3, max = 9) double logQ) {
    Eoq eoq = Eoq.of(Math.pow(10, logK), Math.pow(10, logH), Math.pow(10, logLambda));
    double factor = Math.pow(10, logFactor);
    double q = Math.pow(10, logQ);
    assertEquals(eoq.cost(), eoq.costAt(eoq.orderQuantity()), 1e-12 * eoq.cost());
    assertTrue(eoq.costAt(factor * eoq.orderQuantity()) >= eoq.cost() * (1 - 1e-12));
    assertTrue(eoq.costAt(q) >= eoq.cost() * (1 - 1e-12));
    BackorderEoq b = Eoq.withBackorders(eoq.fixedCost(), eoq.holdingCost(), factor, eoq.demandRate());
    assertEquals(b.cost(), b.costAt(b.orderQuantity()), 1e-12 * b.cost());
    assertTrue(b.costAt(q) >= b.cost() * (1 - 1e-12));
    assertTrue(b.costAt(factor * b.orderQuantity()) >= b.cost() * (1 - 1e-12));
    assertTrue(b.cost() <= eoq.cost() && b.orderQuantity() >= eoq.orderQuantity());
    assertEquals(eoq.holdingCost() / (eoq.holdingCost() + factor), b.stockoutFraction(), 1e-15);
  }

  @Property(tries = 500)
  void costCurveIsConvexWithItsMinimumAtTheEoq(@ForAll @DoubleRange(min = -2, max = 5) double logK,
      @ForAll @DoubleRange(min = -3, max = 3) double logH, @ForAll @DoubleRange(min = -2, max = 7) double logLambda,
      @ForAll @DoubleRange(min = -2, max = 2) double log1, @ForAll @DoubleRange(min = -2, max = 2) double log2,
      @ForAll @DoubleRange(min = 0, max = 1) double t) {
    Eoq eoq = Eoq.of(Math.pow(10, logK), Math.pow(10, logH), Math.pow(10, logLambda));
    double q1 = Math.pow(10, log1) * eoq.orderQuantity();
    double q2 = Math.pow(10, log2) * eoq.orderQuantity();
    double between = eoq.costAt(t * q1 + (1 - t) * q2);
    double chord = t * eoq.costAt(q1) + (1 - t) * eoq.costAt(q2);
    assertTrue(between <= chord * (1 + 1e-12), between + " > " + chord);
    // falling before the optimum, rising after it
    double q = eoq.orderQuantity();
    assertTrue(eoq.costAt(q * 0.999) > eoq.costAt(q * 0.9995) && eoq.costAt(q * 0.9995) > eoq.cost());
    assertTrue(eoq.costAt(q * 1.001) > eoq.costAt(q * 1.0005) && eoq.costAt(q * 1.0005) > eoq.cost());
  }

  @Property(tries = 1000)
  void discountedEoqBeatsEveryBreakEveryCandidateAndEveryQuantity(@ForAll("breaks") PriceBreaks breaks,
      @ForAll @DoubleRange(min = -2, max = 4) double logK, @ForAll @DoubleRange(min = -2, max = 0.3) double logI,
      @ForAll @DoubleRange(min = 0, max = 6) double logLambda, @ForAll @DoubleRange(min = -2, max = 5) double logQ) {
    double k = Math.pow(10, logK);
    double i = Math.pow(10, logI);
    double lambda = Math.pow(10, logLambda);
    double q = Math.pow(10, logQ);
    DiscountedEoq d = Eoq.withDiscounts(k, i, lambda, breaks);
    double floor = d.cost() * (1 - 1e-12);
    assertEquals(d.cost(), d.costAt(d.orderQuantity()), 1e-12 * d.cost());
    double[] b = breaks.quantities();
    for (int j = 1; j < b.length; j++) {
      assertTrue(d.costAt(b[j]) >= floor, "break " + b[j]);
    }
    for (Candidate c : d.candidates()) {
      assertTrue(c.cost() >= d.cost(), c.toString());
      assertEquals(c.cost(), d.costAt(c.orderQuantity()), 1e-12 * c.cost(), c.toString());
    }
    assertTrue(d.costAt(q) >= floor, "Q = " + q);
    assertTrue(d.costAt(d.orderQuantity() * 1.001) >= floor && d.costAt(d.orderQuantity() * 0.999) >= floor);
    assertEquals(breaks.prices()[d.region()], d.unitPrice());
  }

  /** 1 to 5 breaks up to a few thousand units, prices falling by up to 30 % at each, sometimes not at all. */
  @Provide
  Arbitrary<PriceBreaks> breaks() {
    Arbitrary<List<Double>> gaps = Arbitraries.doubles().between(1, 5000).list().ofMaxSize(4);
    Arbitrary<List<Double>> cuts = Arbitraries.doubles().between(0, 0.3).list().ofSize(4);
    Arbitrary<Double> first = Arbitraries.doubles().between(0.01, 5000);
    return Combinators.combine(gaps, cuts, first, Arbitraries.of(true, false)).as((gap, cut, price, allUnits) -> {
      PriceBreaks.Builder builder = (allUnits ? PriceBreaks.allUnits() : PriceBreaks.incremental()).from(0, price);
      double q = 0;
      double p = price;
      for (int j = 0; j < gap.size(); j++) {
        q += gap.get(j);
        p *= 1 - cut.get(j);
        builder.from(q, p);
      }
      return builder.build();
    });
  }

  // ------------------------------------------------------------------------------------------------------ errors

  @Property(tries = 50)
  void badNumbersAreTypedErrorsNamingTheArgument(@ForAll("bad") double bad, @ForAll @IntRange(min = 0, max = 3) int n) {
    String[] names = {"fixedCost", "holdingCost", "backorderCost", "demandRate"};
    double[] args = {8, 0.225, 5, 1300};
    args[n] = bad;
    assertArgument(names[n], () -> Eoq.withBackorders(args[0], args[1], args[2], args[3]));
    if (n != 2) {
      assertArgument(names[n], () -> Eoq.of(args[0], args[1], args[3]));
      String name = n == 1 ? "holdingRate" : names[n];
      assertArgument(name, () -> Eoq.withDiscounts(args[0], args[1], args[3], exampleBreaks(PriceBreaks.allUnits())));
    }
    assertArgument("quantity", () -> Eoq.of(8, 0.225, 1300).costAt(bad));
    assertArgument("quantity", () -> Eoq.withBackorders(8, 0.225, 5, 1300).costAt(bad));
    assertArgument("quantity", () -> Eoq.withDiscounts(8, 0.3, 1300, exampleBreaks(PriceBreaks.incremental()))
        .costAt(bad));
    assertArgument("unitPrice", () -> PriceBreaks.allUnits().from(0, bad));
    if (!(bad == 0)) {
      assertArgument("quantity", () -> PriceBreaks.incremental().from(bad, 1));
    }
  }

  @Provide
  Arbitrary<Double> bad() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -1.0,
        -Double.MIN_VALUE, -1e300);
  }

  @Test
  void badPriceBreaksAndAZeroFixedCostAreExplained() {
    assertMessage("quantity", "the first price break must be from quantity 0, got 100.0",
        () -> PriceBreaks.allUnits().from(100, 1));
    assertMessage("quantity", "quantity must exceed the previous break's 400.0 (breaks in strictly increasing order "
        + "of quantity), got 400.0", () -> PriceBreaks.allUnits().from(0, 0.75).from(400, 0.72).from(400, 0.7));
    assertArgument("quantity", () -> PriceBreaks.allUnits().from(0, 0.75).from(400, 0.72).from(300, 0.7));
    assertMessage("unitPrice", "unitPrice must not exceed the previous break's 0.72 (a price break is a discount), "
        + "got 0.75 from quantity 800.0",
        () -> PriceBreaks.incremental().from(0, 0.75).from(400, 0.72).from(800, 0.75));
    SupplyException empty = assertThrows(SupplyException.class, () -> PriceBreaks.allUnits().build());
    assertTrue(empty.argument().isEmpty());
    assertEquals(1.0, PriceBreaks.allUnits().from(0, 1).from(10, 1).build().prices()[1], "equal prices allowed");
    assertEquals("PriceBreaks.INCREMENTAL{from 0.0: 0.75, from 400.0: 0.72}",
        PriceBreaks.incremental().from(-0.0, 0.75).from(400, 0.72).build().toString());
    SupplyException zero = assertThrows(SupplyException.class, () -> Eoq.of(0, 0.225, 1300));
    assertEquals("fixedCost", zero.argument().orElseThrow());
    assertTrue(zero.getMessage().contains("clerical cost of an order"), zero.getMessage());
    assertMessage("holdingCost", "holdingCost must be a finite number above 0, got -1.0", () -> Eoq.of(8, -1, 1300));
    assertThrows(NullPointerException.class, () -> Eoq.withDiscounts(8, 0.3, 1300, null));
  }

  private static void assertArgument(String name, Executable call) {
    assertEquals(name, assertThrows(SupplyException.class, call).argument().orElseThrow());
  }

  private static void assertMessage(String name, String message, Executable call) {
    SupplyException e = assertThrows(SupplyException.class, call);
    assertEquals(name, e.argument().orElseThrow());
    assertEquals(message, e.getMessage());
  }
}
