package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** ROI rankings with thin data flagged, and comparisons of two funnels. */
class RoiRankingTest {

  private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");

  private static ContentStats piece(String id, String tier, double cost, long views, long clicks, long orders,
      double gmv) {
    return ContentStats.builder().id(id).creator("k-" + id).platform("douyin").tier(tier).format("short video")
        .published(T).cost(cost).views(views).completions(views / 3).likes(views / 20).clicks(clicks)
        .addToCart(clicks / 2).orders(orders).gmv(gmv).build();
  }

  @Test
  void thinDataAreFlaggedNotRankedFirst() {
    ContentFunnel f = ContentFunnel.of(
        piece("steady", "waist", 10_000, 200_000, 4_000, 400, 30_000), // ROI 2.0 on 400 orders
        piece("lucky", "nano", 200, 900, 30, 3, 2_000), // ROI 9.0 on 3 orders: thin
        piece("good", "amateur", 5_000, 80_000, 2_000, 200, 20_000), // ROI 3.0 on 200 orders
        piece("edge", "amateur", 1_000, 5_000, 100, 10, 1_500), // ROI 0.5, exactly 10 orders: ranked
        piece("gift", "nano", 0, 3_000, 60, 12, 900)); // no cost, no ROI
    RoiRanking ranking = f.rankByRoi();
    assertEquals(List.of("good", "steady", "edge", "lucky", "gift"),
        ranking.entries().stream().map(RoiRank::key).collect(Collectors.toList()));
    assertEquals(List.of(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), OptionalInt.empty(),
        OptionalInt.empty()), ranking.entries().stream().map(RoiRank::rank).collect(Collectors.toList()));
    assertEquals(List.of(RoiRank.Standing.RANKED, RoiRank.Standing.RANKED, RoiRank.Standing.RANKED,
        RoiRank.Standing.THIN, RoiRank.Standing.NO_COST),
        ranking.entries().stream().map(RoiRank::standing).collect(Collectors.toList()));
    assertEquals(3, ranking.ranked().size());
    assertEquals("lucky", ranking.thin().get(0).key());
    assertEquals(9.0, ranking.thin().get(0).roi().orElseThrow().value(), 1e-12);
    assertEquals(3.0, ranking.entries().get(0).roi().orElseThrow().value(), 1e-12);
    assertTrue(ranking.toString().startsWith("#1 good ROI 3.0000"), ranking.toString());
    assertTrue(ranking.toString().contains("THIN lucky ROI 9.0000"), ranking.toString());
    // the rule at its edges
    assertTrue(RoiRanking.isThin(ContentFunnel.of(piece("x", "w", 1, 29, 20, 10, 1)).report())); // 29 views
    assertTrue(!RoiRanking.isThin(ContentFunnel.of(piece("x", "w", 1, 30, 20, 10, 1)).report()));
    assertTrue(RoiRanking.isThin(ContentFunnel.of(piece("x", "w", 1, 30, 20, 9, 1)).report())); // 9 orders
    // by tier: the groups rank the same way
    RoiRanking tiers = RoiRanking.of(f.byTier());
    // nano pools lucky and gift: 15 orders, cost 200, revenue 2,900, ROI 13.5 — enough orders to rank, and first
    assertEquals(List.of("nano", "amateur", "waist"),
        tiers.entries().stream().map(RoiRank::key).collect(Collectors.toList()));
    assertEquals(RoiRank.Standing.RANKED, tiers.entries().get(0).standing());
    assertEquals(13.5, tiers.entries().get(0).roi().orElseThrow().value(), 1e-12);
    assertEquals(15_500 / 6_000.0, tiers.entries().get(1).roi().orElseThrow().value(), 1e-12);
  }

  @Test
  void equalRoisBreakTiesByTheLowerEndThenTheKey() {
    // the same ROI 1.0; more orders give a tighter interval, a higher lower end
    ContentFunnel f = ContentFunnel.of(piece("small", "w", 1_000, 10_000, 300, 20, 2_000),
        piece("big", "w", 10_000, 100_000, 3_000, 200, 20_000), piece("big2", "w", 10_000, 100_000, 3_000, 200,
            20_000));
    assertEquals(List.of("big", "big2", "small"),
        f.rankByRoi().entries().stream().map(RoiRank::key).collect(Collectors.toList()));
  }

  @Property(tries = 200)
  void everyLineOnceRankedLinesInOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 25) int n) {
    Random r = new Random(seed);
    List<ContentStats> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(ContentFunnelTest.random(r, i));
    }
    RoiRanking ranking = ContentFunnel.of(all).rankByRoi();
    assertEquals(n, ranking.entries().size());
    int stage = 0;
    double last = Double.POSITIVE_INFINITY;
    for (RoiRank e : ranking.entries()) {
      assertTrue(e.standing().ordinal() >= stage, "ranked, then thin, then without cost");
      if (e.standing().ordinal() > stage) {
        last = Double.POSITIVE_INFINITY;
      }
      stage = e.standing().ordinal();
      assertEquals(e.standing() == RoiRank.Standing.RANKED, e.rank().isPresent());
      assertEquals(e.standing() == RoiRank.Standing.THIN, e.roi().isPresent() && RoiRanking.isThin(e.report()));
      if (e.roi().isPresent()) {
        assertTrue(e.roi().get().value() <= last);
        last = e.roi().get().value();
      }
    }
    for (int i = 0; i < ranking.ranked().size(); i++) {
      assertEquals(OptionalInt.of(i + 1), ranking.ranked().get(i).rank());
    }
  }

  @Test
  void comparisonsUseNewcombesIntervalAndRefuseThinData() {
    // Newcombe (1998b) example (a): 56/70 − 48/80, 95 % CI 0.0524 to 0.3339
    FunnelReport a = ContentFunnel.of(piece("a", "waist", 100, 70, 56, 0, 0)).report();
    FunnelReport b = ContentFunnel.of(piece("b", "amateur", 100, 80, 48, 0, 0)).report();
    FunnelComparison c = FunnelComparison.of(a, b);
    RateDifference clicks = c.clickRate();
    assertEquals(0.2, clicks.difference(), 1e-12);
    assertEquals(0.0524, clicks.lower(), 1e-4);
    assertEquals(0.3339, clicks.upper(), 1e-4);
    assertEquals(RateDifference.Verdict.A_HIGHER, clicks.verdict());
    assertEquals(c.clickRate(), c.fromViews(FunnelStage.Stage.CLICK));
    // add to cart: 28/56 against 24/48 — the same rate, no clear difference
    assertEquals(RateDifference.Verdict.NO_CLEAR_DIFFERENCE, c.step(FunnelStage.Stage.ADD_TO_CART).verdict());
    // orders: none on either side — too thin to call
    assertEquals(RateDifference.Verdict.TOO_THIN, c.fromViews(FunnelStage.Stage.ORDER).verdict());
    SegmentException e = assertThrows(SegmentException.class, () -> c.step(FunnelStage.Stage.VIEW));
    assertTrue(e.getMessage().contains("no step conversion"), e.getMessage());
    // two tiers of one funnel
    Map<String, FunnelReport> tiers = ContentFunnel.of(piece("a", "waist", 100, 70, 56, 0, 0),
        piece("b", "amateur", 100, 80, 48, 0, 0)).byTier();
    assertEquals(clicks, FunnelComparison.of(tiers.get("waist"), tiers.get("amateur")).clickRate());
  }
}
