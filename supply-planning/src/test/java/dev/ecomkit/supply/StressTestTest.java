package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The 48-hour stress test by hand, against Erlang C, and monotone in the multiplier. */
class StressTestTest {

  @Test
  void stockRunsOutWhenDoubledDemandMeetsTheShelf() {
    StressReport r = StressTest.builder()
        .sku("A", 500, 6)     // 12 an hour doubled: 576 in 48 h, out after 500/12 = 41.67 h
        .sku("B", 120, 4)     // 8 an hour: out after 15 h; 200 arrive in 20 h (hour 20): short 5 h × 8 = 40
        .inbound("B", Duration.ofHours(20), 200)
        .sku("C", 1_000, 1)   // holds
        .build().run();
    assertFalse(r.holds());
    assertEquals(2, r.failedCount());
    assertEquals(3, r.skuCount());
    List<SkuStress> first = r.failedFirst(10);
    assertEquals("B", first.get(0).sku());
    assertEquals(15.0, first.get(0).hoursToStockOut().getAsDouble(), 1e-12);
    // B: 120 last 15 h, 40 short to hour 20, then 200 cover 25 h of the remaining 28: 3 h × 8 = 24 short more
    assertEquals(64, first.get(0).unitsShort(), 1e-9);
    assertEquals(384, first.get(0).demand(), 1e-9);
    assertEquals("A", first.get(1).sku());
    assertEquals(500 / 12.0, first.get(1).hoursToStockOut().getAsDouble(), 1e-9);
    assertEquals(76, first.get(1).unitsShort(), 1e-9);
    assertTrue(r.sku("C").hoursToStockOut().isEmpty());
    assertFalse(r.sku("C").fails());
    assertEquals(140, r.totalUnitsShort(), 1e-9);
    assertEquals(576 + 384 + 96, r.totalDemand(), 1e-9);
    assertEquals(1, r.failedFirst(1).size());
    assertTrue(r.toString().contains("BREAKS"), r.toString());
    assertTrue(r.staffing().isEmpty());
  }

  @Test
  void anArrivalCountsFromTheNextWholeHour() {
    StressReport r = StressTest.builder().sku("A", 10, 5).inbound("A", Duration.ofMinutes(61), 100)
        .trafficMultiplier(1).horizon(Duration.ofHours(3)).build().run();
    // hour 0: 10 → 5, hour 1: 5 → 0, hour 2: +100 (61 min → hour 2) → 95
    assertTrue(r.holds(), r.toString());
    StressReport late = StressTest.builder().sku("A", 9, 5).inbound("A", Duration.ofMinutes(61), 100)
        .trafficMultiplier(1).horizon(Duration.ofHours(3)).build().run();
    assertEquals(1.8, late.sku("A").hoursToStockOut().getAsDouble(), 1e-12);
    assertEquals(1, late.sku("A").unitsShort(), 1e-12);
  }

  @Test
  void aProfileShapesTheDayAndKeepsItsTotal() {
    double[] weights = new double[24];
    weights[20] = 1; // all of a day's demand in hour 20
    StressReport r = StressTest.builder().sku("A", 47, 1).trafficProfile(weights).trafficMultiplier(1).build()
        .run();
    assertEquals(48, r.sku("A").demand(), 1e-9);
    // 24 units in hour 20 of each day: 23 left after day one, out 23/24 into hour 44
    assertEquals(44 + 23 / 24.0, r.sku("A").hoursToStockOut().getAsDouble(), 1e-9);
    StressReport own = StressTest.builder().sku("A", 0, 0).hourlyDemand("A", 3).horizon(Duration.ofHours(2))
        .build().run();
    assertEquals(12, own.sku("A").unitsShort(), 1e-12);
    assertEquals(0, own.sku("A").hoursToStockOut().getAsDouble(), 0);
  }

  @Test
  void aSkuWithItsOwnForecastInOneCall() {
    double[] perHour = {1, 2, 3, 4};
    StressReport one = StressTest.builder().sku("A", 5, perHour).horizon(Duration.ofHours(4)).trafficMultiplier(1)
        .build().run();
    StressReport two = StressTest.builder().sku("A", 5, 0).hourlyDemand("A", perHour).horizon(Duration.ofHours(4))
        .trafficMultiplier(1).build().run();
    assertEquals(two.sku("A").toString(), one.sku("A").toString());
    assertEquals(10, one.sku("A").demand(), 1e-12);
    assertEquals(5, one.sku("A").unitsShort(), 1e-12);
    double[] mine = {1, 2, 3, 4};
    StressTest.Builder copied = StressTest.builder().sku("A", 5, mine).horizon(Duration.ofHours(4))
        .trafficMultiplier(1);
    mine[0] = 100; // after the call: the builder holds a copy
    assertEquals(10, copied.build().run().sku("A").demand(), 1e-12);
    // a bad value adds nothing: the id stays free
    StressTest.Builder b = StressTest.builder();
    assertThrows(SupplyException.class, () -> b.sku("A", 5, new double[] {1, -1}));
    assertThrows(SupplyException.class, () -> b.sku("A", 5, new double[0]));
    assertEquals(3, b.sku("A", 0, 3).horizon(Duration.ofHours(1)).trafficMultiplier(1).build().run().sku("A")
        .demand(), 1e-12);
  }

  @Test
  void customerServiceAgainstTheRoster() {
    // R ErlangC's worked example scaled: 100 calls in 30 min = 200 an hour, 180 s handle → 14 agents for 80/20;
    // doubled from 100 an hour
    StressReport r = StressTest.builder().sku("A", 1_000, 1).contactsPerHour(100).handleTime(Duration.ofMinutes(3))
        .roster(14).build().run();
    assertEquals(48, r.staffing().size());
    StaffingHour h = r.staffing().get(0);
    assertEquals(200, h.contacts(), 1e-12);
    assertEquals(14, h.agentsNeeded());
    assertEquals(0.88835, h.serviceLevel(), 1e-5);
    assertTrue(r.holds(), r.toString());
    int[] roster = new int[24];
    java.util.Arrays.fill(roster, 14);
    roster[21] = 11;
    StressReport thin = StressTest.builder().sku("A", 1_000, 1).contactsPerHour(100)
        .handleTime(Duration.ofMinutes(3)).roster(roster).build().run();
    assertEquals(List.of(21, 45), thin.understaffedHours().stream().map(StaffingHour::hour).toList());
    assertEquals(1 - 0.6821182 * Math.exp(-(11 - 10) * 20 / 180.0), thin.staffing().get(21).serviceLevel(), 1e-6);
    assertFalse(thin.holds());
    assertTrue(thin.toString().contains("2 of 48 hours understaffed"), thin.toString());
  }

  @Property(tries = 100)
  void moreTrafficNeverHelps(@ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 500) Double> stock,
      @ForAll @DoubleRange(min = 0, max = 20) double rate, @ForAll @IntRange(min = 0, max = 60) int arrival,
      @ForAll @DoubleRange(min = 0, max = 300) double arriving, @ForAll @DoubleRange(min = 0, max = 3) double m,
      @ForAll @DoubleRange(min = 0, max = 3) double more, @ForAll @DoubleRange(min = 0, max = 300) double contacts) {
    StressReport low = test(stock, rate, arrival, arriving, m, contacts);
    StressReport high = test(stock, rate, arrival, arriving, m + more, contacts);
    for (int i = 0; i < stock.size(); i++) {
      SkuStress a = low.sku("S" + i);
      SkuStress b = high.sku("S" + i);
      assertTrue(b.hoursToStockOut().orElse(Double.POSITIVE_INFINITY)
          <= a.hoursToStockOut().orElse(Double.POSITIVE_INFINITY) + 1e-9, a + " / " + b);
      assertTrue(b.unitsShort() >= a.unitsShort() - 1e-9, a + " / " + b);
    }
    assertTrue(high.failedCount() >= low.failedCount());
    for (int h = 0; h < low.staffing().size(); h++) {
      assertTrue(high.staffing().get(h).agentsNeeded() >= low.staffing().get(h).agentsNeeded());
      assertTrue(high.staffing().get(h).serviceLevel() <= low.staffing().get(h).serviceLevel() + 1e-12);
    }
  }

  private static StressReport test(List<Double> stock, double rate, int arrival, double arriving, double m,
      double contacts) {
    StressTest.Builder b = StressTest.builder().trafficMultiplier(m).handleTime(Duration.ofMinutes(4)).roster(8);
    for (int i = 0; i < stock.size(); i++) {
      b.sku("S" + i, stock.get(i), rate * (i + 1) / stock.size());
      b.inbound("S" + i, Duration.ofHours(arrival + i), arriving);
    }
    return b.contactsPerHour(contacts).build().run();
  }

  @Property(tries = 50)
  void theFirstToFailAreTheHeadOfTheFullRanking(@ForAll @IntRange(min = 1, max = 400) int skus,
      @ForAll @IntRange(min = 0, max = 80) int limit, @ForAll long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    StressTest.Builder b = StressTest.builder();
    for (int i = 0; i < skus; i++) {
      // few distinct values, so ties in hours and units short happen
      b.sku("S" + i, 10 * random.nextInt(5), random.nextInt(4));
    }
    StressReport r = b.build().run();
    List<SkuStress> all = r.failedFirst(Integer.MAX_VALUE);
    assertEquals(r.failedCount(), all.size());
    assertEquals(all.subList(0, Math.min(limit, all.size())), r.failedFirst(limit));
    for (int i = 1; i < all.size(); i++) {
      SkuStress a = all.get(i - 1);
      SkuStress c = all.get(i);
      double ha = a.hoursToStockOut().getAsDouble();
      double hc = c.hoursToStockOut().getAsDouble();
      assertTrue(ha < hc || (ha == hc && a.unitsShort() >= c.unitsShort()), a + " before " + c);
      if (ha == hc && a.unitsShort() == c.unitsShort()) {
        assertTrue(Integer.parseInt(a.sku().substring(1)) < Integer.parseInt(c.sku().substring(1)));
      }
    }
  }

  @Test
  void edgesOfTheHorizonAndTheDesk() {
    // stock that covers 48 hours exactly holds, whatever the rounding of the hourly subtraction
    for (int daily = 1; daily < 200; daily++) {
      for (double m : new double[] {1, 1.5, 2, 3}) {
        double hourly = daily / 24.0;
        StressReport r = StressTest.builder().sku("A", hourly * m * 48, hourly).trafficMultiplier(m).build().run();
        assertTrue(r.holds(), daily + " a day, x" + m + ": " + r);
      }
    }
    // an arrival with no date ("forever") never arrives; one at the horizon does not count either
    StressReport never = StressTest.builder().sku("A", 0, 1).inbound("A", java.time.temporal.ChronoUnit.FOREVER
        .getDuration(), 1_000).inbound("A", Duration.ofHours(48), 1_000).build().run();
    assertEquals(96, never.sku("A").unitsShort(), 1e-9);
    // quiet, unstaffed nights are not understaffed
    double[] contacts = new double[24];
    int[] roster = new int[24];
    contacts[12] = 50;
    roster[12] = 8;
    StressReport quiet = StressTest.builder().sku("A", 1_000, 1).contactsPerHour(contacts)
        .handleTime(Duration.ofMinutes(3)).roster(roster).build().run();
    assertTrue(quiet.holds(), quiet.toString());
    assertEquals(0, quiet.staffing().get(0).agentsNeeded());
    assertEquals(1, quiet.staffing().get(0).serviceLevel(), 0);
    assertTrue(quiet.staffing().get(12).agentsNeeded() > 0);
    // the busiest hour must stay within what the test sizes
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, 1).contactsPerHour(1e9)
        .handleTime(Duration.ofMinutes(3)).roster(10).build());
    assertThrows(SupplyException.class, () -> StressTest.builder().roster(10_001));
    assertThrows(UnsupportedOperationException.class, () -> quiet.failedFirst(3).add(null));
  }

  @Test
  void badInputIsRefused() {
    assertThrows(SupplyException.class, () -> StressTest.builder().build());
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, 1).sku("A", 1, 1));
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", -1, 1));
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, Double.NaN));
    assertThrows(SupplyException.class, () -> StressTest.builder().inbound("X", Duration.ZERO, 1));
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, 1)
        .inbound("A", Duration.ofHours(-1), 1));
    assertThrows(SupplyException.class, () -> StressTest.builder().trafficMultiplier(-1));
    assertThrows(SupplyException.class, () -> StressTest.builder().horizon(Duration.ofMinutes(90)));
    assertThrows(SupplyException.class, () -> StressTest.builder().horizon(Duration.ZERO));
    assertThrows(SupplyException.class, () -> StressTest.builder().trafficProfile(1, 2));
    assertThrows(SupplyException.class, () -> StressTest.builder().trafficProfile(new double[24]));
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, 1).contactsPerHour(10).build());
    assertThrows(SupplyException.class, () -> StressTest.builder().sku("A", 1, 1).hourlyDemand("A", 1, 2, 3)
        .build());
    assertThrows(SupplyException.class, () -> StressTest.builder().roster(-1));
    assertThrows(SupplyException.class, () -> StressTest.builder().answerTarget(1, Duration.ofSeconds(20)));
    StressReport r = StressTest.builder().sku("A", 1, 1).build().run();
    assertThrows(SupplyException.class, () -> r.sku("B"));
    assertThrows(SupplyException.class, () -> r.failedFirst(-1));
  }
}
