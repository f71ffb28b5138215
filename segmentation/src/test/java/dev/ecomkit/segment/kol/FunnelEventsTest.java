package dev.ecomkit.segment.kol;

import static dev.ecomkit.segment.kol.ConversionEvent.ADD_TO_CART;
import static dev.ecomkit.segment.kol.ConversionEvent.CLICK;
import static dev.ecomkit.segment.kol.ConversionEvent.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnels from an event log, worked by hand: repeated rows, rows out of step order, the window's edge. */
class FunnelEventsTest {

  private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");
  private static final long T0 = T.toEpochMilli();
  private static final long MIN = 60_000;
  private static final Duration WINDOW = Duration.ofMinutes(30);

  static ContentStats describe(String id, long views) {
    return ContentStats.builder().id(id).creator("小鹿").platform("douyin").tier("waist").format("short video")
        .cost(8_000).published(T).views(views).completions(views / 4).likes(views / 10).gmv(5_000).refunds(200)
        .build();
  }

  private static FunnelEvents.Builder log() {
    return FunnelEvents.builder().content(describe("v", 1_000));
  }

  /** The conversion counts of the one piece "v": clicks, add to cart, orders, repurchases. */
  private static List<Long> counts(FunnelEvents.Builder log, Duration window) {
    ContentStats s = ContentFunnel.fromEvents(log.build(), window).contents().get(0);
    return List.of(s.clicks(), s.addToCart(), s.orders(), s.repurchases());
  }

  private static List<Long> counts(FunnelEvents.Builder log) {
    return counts(log, WINDOW);
  }

  @Test
  void aHandWorkedLog() {
    FunnelEvents.Builder b = log();
    // user 1: click, cart, order, order — all steps, a repurchase
    b.add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + MIN, "v").add(1, ORDER, T0 + 2 * MIN, "v")
        .add(1, ORDER, T0 + 20 * MIN, "v");
    // user 2: click, cart — stops at the cart
    b.add(2, CLICK, T0, "v").add(2, ADD_TO_CART, T0 + 5 * MIN, "v");
    // user 3: clicks only
    b.add(3, CLICK, T0 + 3 * MIN, "v");
    // user 4: an order with no cart and a cart with no click count for nothing; the click after them counts
    b.add(4, ORDER, T0, "v").add(4, ADD_TO_CART, T0 + MIN, "v").add(4, CLICK, T0 + 2 * MIN, "v");
    // user 5: click, then the cart 31 minutes later — outside the window
    b.add(5, CLICK, T0, "v").add(5, ADD_TO_CART, T0 + 31 * MIN, "v");
    assertEquals(List.of(5L, 2L, 1L, 1L), counts(b));
  }

  @Test
  void theDescriptionKeepsItsOwnNumbers() {
    FunnelEvents log = FunnelEvents.builder().content(describe("a", 1_000)).content(describe("b", 500))
        .add(1, CLICK, T, "b").add(1, ADD_TO_CART, T.plusSeconds(1), "b").add(1, ORDER, T.plusSeconds(2), "b")
        .build();
    assertEquals(3, log.size());
    List<ContentStats> out = ContentFunnel.fromEvents(log, WINDOW).contents();
    assertEquals(List.of("a", "b"), List.of(out.get(0).id(), out.get(1).id()));
    assertEquals(0, out.get(0).clicks()); // described, no rows: zeros
    ContentStats b = out.get(1);
    assertEquals(List.of(1L, 1L, 1L, 0L), List.of(b.clicks(), b.addToCart(), b.orders(), b.repurchases()));
    assertEquals(describe("b", 500).withConversions(1, 1, 1, 0), b);
    assertEquals(500, b.views());
    assertEquals(8_000, b.cost());
    FunnelReport r = ContentFunnel.fromEvents(log, WINDOW).report();
    assertEquals(1, r.count(FunnelStage.Stage.ORDER));
    assertEquals(1_500, r.views());
  }

  @Test
  void repeatedRowsCountOncePerUserAndStep() {
    FunnelEvents.Builder b = log();
    for (int i = 0; i < 5; i++) {
      b.add(1, CLICK, T0 + i * MIN, "v").add(1, ADD_TO_CART, T0 + i * MIN + 1, "v");
    }
    b.add(1, ORDER, T0 + 10 * MIN, "v");
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(b));
    // three orders: one order and one repurchase
    b.add(1, ORDER, T0 + 11 * MIN, "v").add(1, ORDER, T0 + 12 * MIN, "v");
    assertEquals(List.of(1L, 1L, 1L, 1L), counts(b));
  }

  @Test
  void aRowDeliveredTwiceIsOneRow() {
    FunnelEvents.Builder b = log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + 1, "v").add(1, ORDER, T0 + 2, "v")
        .add(1, ORDER, T0 + 2, "v");
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(b)); // the duplicated order is no repurchase
    assertEquals(List.of(1L, 1L, 1L, 1L), counts(b.add(1, ORDER, T0 + 3, "v"))); // a millisecond later it is
  }

  @Test
  void rowsAtTheSameMillisecondTakeStepOrder() {
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(log().add(1, ORDER, T0, "v").add(1, ADD_TO_CART, T0, "v")
        .add(1, CLICK, T0, "v")));
  }

  @Test
  void theWindowsEdgeIsInside() {
    long w = WINDOW.toMillis();
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + w, "v")
        .add(1, ORDER, T0 + w, "v")));
    assertEquals(List.of(1L, 1L, 0L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + w - 1, "v")
        .add(1, ORDER, T0 + w + 1, "v")));
    // the window is measured from the chain's click, not the step before; a repurchase too
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + 1, "v")
        .add(1, ORDER, T0 + 2, "v").add(1, ORDER, T0 + w + 1, "v")));
    // a zero window: only steps at the click's millisecond
    assertEquals(List.of(2L, 1L, 0L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0, "v")
        .add(1, ORDER, T0 + 1, "v").add(2, CLICK, T0, "v"), Duration.ZERO));
    // a window too long for milliseconds is unbounded
    assertEquals(List.of(1L, 1L, 1L, 1L), counts(log().add(1, CLICK, -FunnelEvents.TIME_LIMIT, "v")
        .add(1, ADD_TO_CART, 0, "v").add(1, ORDER, 0, "v").add(1, ORDER, FunnelEvents.TIME_LIMIT, "v"),
        Duration.ofSeconds(Long.MAX_VALUE)));
  }

  @Test
  void aLaterClickStartsAChainThatCanReachFurther() {
    long w = WINDOW.toMillis();
    // the first chain times out at the cart; the second, from the later click, reaches the order
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, CLICK, T0 + 10 * MIN, "v")
        .add(1, ADD_TO_CART, T0 + w + MIN, "v").add(1, ORDER, T0 + w + 2 * MIN, "v")));
    // a chain that reached the cart keeps it when a later click comes, and goes on within its own window
    assertEquals(List.of(1L, 1L, 1L, 0L), counts(log().add(1, CLICK, T0, "v").add(1, ADD_TO_CART, T0 + MIN, "v")
        .add(1, CLICK, T0 + 2 * MIN, "v").add(1, ORDER, T0 + 3 * MIN, "v")));
    // negative times are times like any other
    assertEquals(List.of(1L, 1L, 0L, 0L), counts(log().add(1, CLICK, -5_000, "v").add(1, ADD_TO_CART, -4_000, "v")));
  }

  @Test
  void manyRowsOfOneUserAreSortedToo() {
    FunnelEvents.Builder b = log();
    for (int i = 40; i > 0; i--) {
      b.add(9, ORDER, T0 + i * 1000L, "v");
    }
    b.add(9, ADD_TO_CART, T0 + 500, "v").add(9, CLICK, T0, "v");
    assertEquals(List.of(1L, 1L, 1L, 1L), counts(b));
  }

  @Test
  void badLogsAreRefusedByName() {
    SegmentException e = assertThrows(SegmentException.class, () -> log().add(1, CLICK, T, "v")
        .add(2, CLICK, T, "w").add(3, ORDER, T, "w").build());
    assertTrue(e.getMessage().contains("row 1 (CLICK by user 2) names content \"w\", which is not described"),
        e.getMessage());
    // described after the rows that name it: fine
    assertEquals(1, FunnelEvents.builder().add(1, CLICK, T, "w").content(describe("w", 10)).build().size());
    e = assertThrows(SegmentException.class, () -> log().content(describe("v", 5)));
    assertTrue(e.getMessage().contains("\"v\" is described twice"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> FunnelEvents.builder()
        .content(ContentFunnelTest.video().build()));
    assertTrue(e.getMessage().contains("must have 0 clicks, add to cart, orders and repurchases"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> log().add(1, CLICK, FunnelEvents.TIME_LIMIT + 1, "v"));
    assertTrue(e.getMessage().contains("row 0: time"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> log().add(1, CLICK, Instant.MAX, "v"));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> ContentFunnel.fromEvents(log().build(), Duration.ofMillis(-1)));
    assertTrue(e.getMessage().contains("window must be 0 or more"), e.getMessage());
    FunnelEvents.Builder crowded = FunnelEvents.builder().content(describe("v", 2));
    for (int u = 0; u < 3; u++) {
      crowded.add(u, CLICK, T, "v");
    }
    e = assertThrows(SegmentException.class, () -> ContentFunnel.fromEvents(crowded.build(), WINDOW));
    assertTrue(e.getMessage().contains("\"v\": 3 users clicked in the event log but the description gives 2 views"),
        e.getMessage());
    assertThrows(NullPointerException.class, () -> log().add(1, null, T, "v"));
  }
}
