package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Frequency as purchase rows, distinct purchase days or distinct orders (order-line data). */
class FrequencyTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate D3 = LocalDate.of(2026, 11, 3);
  private static final LocalDate ASOF = LocalDate.of(2026, 11, 30);

  /**
   * A: order 10 of two lines and order 11 on the 1st, order 12 on the 3rd, part of 12 refunded on the 4th — 4 purchase
   * rows, 2 purchase days, 3 orders. B: one order of three lines on the 3rd — 3 rows, 1 day, 1 order. C: a refund only.
   */
  private static RfmAggregate orderLines() {
    RfmAggregate agg = RfmAggregate.builder().keep(Frequency.PURCHASE_DAYS, Frequency.ORDERS).build();
    agg.add("A", "10", D1, 30.00);
    agg.add("A", "10", D1, 20.00);
    agg.add("A", "11", D1, 40.00);
    agg.add("A", "12", D3, 60.00);
    agg.add("A", "12", D3.plusDays(1), -15.00);
    agg.add("B", "20", D3, 10.00);
    agg.add("B", "20", D3, 10.00);
    agg.add("B", "20", D3, 10.00);
    agg.add("C", "30", D3, -5.00);
    return agg;
  }

  private static Map<String, RfmCustomer> byId(RfmResult r) {
    Map<String, RfmCustomer> map = new HashMap<>();
    r.customers().forEach(c -> map.put(c.id(), c));
    return map;
  }

  @Test
  void eachBasisCountsByHand() {
    RfmAggregate agg = orderLines();
    assertEquals(EnumSet.allOf(Frequency.class), agg.frequencies());
    RfmScorer scorer = RfmScorer.standard(ASOF);
    Map<String, RfmCustomer> rows = byId(scorer.score(agg));
    Map<String, RfmCustomer> days = byId(scorer.frequency(Frequency.PURCHASE_DAYS).score(agg));
    Map<String, RfmCustomer> orders = byId(scorer.frequency(Frequency.ORDERS).score(agg));
    assertEquals(4, rows.get("A").frequency());
    assertEquals(2, days.get("A").frequency());
    assertEquals(3, orders.get("A").frequency());
    assertEquals(3, rows.get("B").frequency());
    assertEquals(1, days.get("B").frequency());
    assertEquals(1, orders.get("B").frequency());
    assertEquals(2, orders.size()); // C bought nothing: unscored
    // average basket per order: A (150 − 15) / 3 orders = 45, B 30 / 1 = 30
    Map<String, RfmCustomer> average = byId(scorer.frequency(Frequency.ORDERS).monetary(RfmScorer.Monetary.AVERAGE)
        .score(agg));
    assertEquals(45.0, average.get("A").monetary(), 1e-12);
    assertEquals(30.0, average.get("B").monetary(), 1e-12);
    // by rows A has the higher frequency score; by orders too; B's single order ranks below
    assertTrue(orders.get("A").f() > orders.get("B").f());
  }

  @Test
  void aBasisTheAggregateDidNotKeepIsAClearError() {
    RfmAggregate plain = RfmAggregate.create();
    plain.add(1L, D1, 10);
    SegmentException e = assertThrows(SegmentException.class,
        () -> RfmScorer.standard(ASOF).frequency(Frequency.ORDERS).score(plain));
    assertTrue(e.getMessage().contains("RfmAggregate.builder().keep(Frequency.ORDERS)"), e.getMessage());
    SegmentException noOrders = assertThrows(SegmentException.class, () -> plain.add(1L, 7L, D1, 10));
    assertEquals("orderId", noOrders.argument().orElseThrow());
    RfmAggregate orders = RfmAggregate.builder().keep(Frequency.ORDERS).build();
    SegmentException missing = assertThrows(SegmentException.class, () -> orders.add(1L, D1, 10));
    assertTrue(missing.getMessage().contains("order id"), missing.getMessage());
    assertEquals(0, orders.size());
    RfmAggregate days = RfmAggregate.builder().keep(Frequency.PURCHASE_DAYS).build();
    days.add(1L, D1, 10);
    RfmAggregate copy = RfmAggregate.fromBytes(plain.toBytes());
    assertThrows(SegmentException.class, () -> plain.merge(days));
    assertEquals(copy, plain); // unchanged
  }

  @Test
  void bytesAndJsonKeepTheDaysAndOrders() {
    RfmAggregate agg = orderLines();
    assertEquals(agg, RfmAggregate.fromBytes(agg.toBytes()));
    String json = agg.toJson();
    assertTrue(json.contains("\"keep\":[\"PURCHASE_DAYS\",\"ORDERS\"]"), json);
    assertTrue(json.contains("\"purchaseDays\":[\"2026-11-01\",\"2026-11-03\"]"), json);
    assertEquals(agg, RfmAggregate.fromJson(json));
    // a kept day outside the customer's first-to-last range is caught on reading, with the path
    String bad = json.replace("\"purchaseDays\":[\"2026-11-01\",\"2026-11-03\"]",
        "\"purchaseDays\":[\"2026-11-01\",\"2026-11-09\"]");
    SegmentException e = assertThrows(SegmentException.class, () -> RfmAggregate.fromJson(bad));
    assertTrue(e.getMessage().contains("$.customers") && e.getMessage().contains("2026-11-09"), e.getMessage());
    // a plain aggregate's JSON has no pairs
    RfmAggregate plain = RfmAggregate.create();
    plain.add(5L, D1, 1);
    assertTrue(!plain.toJson().contains("keep"), plain.toJson());
  }

  @Test
  void csvOrderLinesCountAsOrders() throws Exception {
    String good = "order,buyer,day,amount\n"
        + "10,A,2026-11-01,30\n"
        + "10,A,2026-11-01,20\n"
        + "11,A,2026-11-02,40\n";
    String bad = good + ",A,2026-11-02,40\n"; // line 5: no order id
    RfmAggregate agg = RfmAggregate.builder().keep(Frequency.ORDERS).build();
    TransactionCsv reader = TransactionCsv.columns("buyer", "day", "amount").orderColumn("order");
    SegmentException e = assertThrows(SegmentException.class, () -> reader.read(new StringReader(bad), agg));
    assertEquals(5, e.line().orElseThrow());
    assertEquals("order", e.argument().orElseThrow());
    assertEquals(0, agg.size());
    assertEquals(3, reader.read(new StringReader(good), agg));
    RfmResult r = RfmScorer.standard(ASOF).frequency(Frequency.ORDERS).score(agg);
    assertEquals(2, r.customers().get(0).frequency());
  }

  private record Line(long customer, long order, int day, double amount) {}

  private static List<Line> lines(long seed, int count, int customers) {
    Random random = new Random(seed);
    List<Line> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long customer = random.nextInt(customers);
      long order = customer * 100 + random.nextInt(6); // a few orders a customer, several lines each
      int day = 20_000 + (int) (order % 7) + random.nextInt(2);
      double amount = random.nextInt(8) == 0 ? -random.nextInt(1000) / 100.0 : random.nextInt(50_000) / 100.0;
      list.add(new Line(customer, order, day, amount));
    }
    return list;
  }

  private static RfmAggregate aggregate(List<Line> lines) {
    RfmAggregate agg = RfmAggregate.builder().keep(Frequency.ORDERS, Frequency.PURCHASE_DAYS).build();
    for (Line l : lines) {
      agg.add(l.customer(), l.order(), LocalDate.ofEpochDay(l.day()), l.amount());
    }
    return agg;
  }

  @Property(tries = 100)
  void keptPairsMergeLikeTheUnionAndRoundTrip(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 300) int count, @ForAll @IntRange(min = 1, max = 40) int customers,
      @ForAll @IntRange(min = 2, max = 4) int parts) {
    List<Line> all = lines(seed, count, customers);
    RfmAggregate whole = aggregate(all);
    List<Line> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed + 1));
    Random random = new Random(seed + 2);
    List<List<Line>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ArrayList<>());
    }
    shuffled.forEach(l -> split.get(random.nextInt(parts)).add(l));
    RfmAggregate merged = RfmAggregate.builder().keep(Frequency.PURCHASE_DAYS, Frequency.ORDERS).build();
    split.forEach(part -> merged.merge(aggregate(part)));
    assertEquals(whole, merged);
    assertEquals(whole.hashCode(), merged.hashCode());
    assertEquals(whole, RfmAggregate.fromBytes(merged.toBytes()));
    assertEquals(whole, RfmAggregate.fromJson(merged.toJson()));
    // columnar order lines give the same aggregate
    RfmAggregate columns = RfmAggregate.builder().keep(Frequency.PURCHASE_DAYS, Frequency.ORDERS).build();
    columns.addAll(all.stream().mapToLong(Line::customer).toArray(), all.stream().mapToLong(Line::order).toArray(),
        all.stream().mapToInt(Line::day).toArray(), all.stream().mapToDouble(Line::amount).toArray());
    assertEquals(whole, columns);
    // distinct counts never exceed purchase rows, and each scored customer has at least one
    if (whole.size() > 0) {
      RfmScorer scorer = RfmScorer.standard(LocalDate.ofEpochDay(20_010));
      Map<String, RfmCustomer> rows = byId(scorer.score(whole));
      for (Frequency f : new Frequency[] {Frequency.PURCHASE_DAYS, Frequency.ORDERS}) {
        Map<String, RfmCustomer> distinct = byId(scorer.frequency(f).score(whole));
        assertEquals(rows.keySet(), distinct.keySet());
        distinct.forEach((id, c) -> assertTrue(c.frequency() >= 1 && c.frequency() <= rows.get(id).frequency()));
      }
    }
  }
}
