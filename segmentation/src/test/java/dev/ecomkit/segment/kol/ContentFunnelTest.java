package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Hand-computed funnels, the formulas' edge cases, and the funnel's invariants. */
class ContentFunnelTest {

  private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");

  static ContentStats.Builder video() {
    return ContentStats.builder().id("v-001").creator("小鹿").platform("douyin").tier("waist").format("short video")
        .cost(8_000).published(T).views(120_000).completions(30_000).likes(4_000).comments(600).shares(300)
        .saves(900).clicks(3_600).addToCart(900).orders(420).repurchases(60).gmv(33_600).refunds(1_200);
  }

  @Test
  void aHandComputedFunnel() {
    FunnelReport r = ContentFunnel.of(video().build()).report();
    assertEquals(0.25, r.completionRate().value(), 1e-12);
    assertEquals(5_800 / 120_000.0, r.engagementRate().value(), 1e-12); // (4,000 + 600 + 300 + 900) / views
    assertEquals(0.03, r.clickRate().value(), 1e-12);
    List<FunnelStage> s = r.stages();
    assertEquals(List.of(120_000L, 3_600L, 900L, 420L, 60L),
        List.of(s.get(0).count(), s.get(1).count(), s.get(2).count(), s.get(3).count(), s.get(4).count()));
    assertEquals(0.25, s.get(2).step().get().value(), 1e-12); // 900 / 3,600
    assertEquals(1 - 420 / 900.0, s.get(3).dropOff(), 1e-12);
    assertEquals(60 / 420.0, s.get(4).step().get().value(), 1e-12);
    assertEquals(420 / 120_000.0, s.get(3).fromViews().value(), 1e-12);
    assertEquals(32_400, r.revenue(), 1e-9);
    assertEquals(8_000 * 1000 / 120_000.0, r.cpm().getAsDouble(), 1e-9);
    assertEquals(8_000 / 5_800.0, r.cpe().getAsDouble(), 1e-9);
    assertEquals(8_000 / 3_600.0, r.cpc().getAsDouble(), 1e-9);
    assertEquals(8_000 / 420.0, r.cpa().getAsDouble(), 1e-9);
    assertEquals(4.05, r.roas().getAsDouble(), 1e-12);
    assertEquals(FunnelReport.RoiBasis.REVENUE, r.roiBasis());
    assertEquals(3.05, r.roi().getAsDouble(), 1e-12);
    assertEquals(32_400 / 420.0, r.breakEvenCpa().getAsDouble(), 1e-9);
    // with the margin given: ROI and break-even CPA from it
    FunnelReport m = ContentFunnel.of(video().margin(9_720).build()).report();
    assertEquals(FunnelReport.RoiBasis.MARGIN, m.roiBasis());
    assertEquals(0.215, m.roi().getAsDouble(), 1e-12);
    assertEquals(9_720 / 420.0, m.breakEvenCpa().getAsDouble(), 1e-9);
  }

  @Test
  void zeroViewsAndZeroCostAreDefined() {
    ContentStats nothing = ContentStats.builder().id("x").creator("c").platform("p").tier("nano").format("note")
        .cost(0).published(T).build();
    FunnelReport r = ContentFunnel.of(nothing).report();
    assertEquals(0, r.clickRate().value());
    assertEquals(OptionalDouble.empty(), r.cpm());
    assertEquals(OptionalDouble.empty(), r.roas());
    assertEquals(OptionalDouble.empty(), r.roi());
    assertEquals(OptionalDouble.empty(), r.cpa());
    assertEquals(0, r.stages().get(3).dropOff());
    FunnelReport none = ContentFunnel.of().report();
    assertEquals(0, none.contents());
    assertEquals(FunnelReport.RoiBasis.REVENUE, none.roiBasis());
  }

  /** A piece with the funnel counts given and the rest of {@link #video()}'s shape. */
  private static ContentStats stats(long views, long likes, long clicks, long carts, long orders, double cost,
      double gmv, double refunds) {
    return ContentStats.builder().id("v-001").creator("小鹿").platform("douyin").tier("waist").format("short video")
        .cost(cost).published(T).views(views).likes(likes).clicks(clicks).addToCart(carts).orders(orders).gmv(gmv)
        .refunds(refunds).build();
  }

  @Test
  void countsThatGrowDownTheFunnelAreRefused() {
    stats(120_000, 4_000, 3_600, 900, 420, 8_000, 33_600, 1_200); // fine
    SegmentException e = assertThrows(SegmentException.class,
        () -> stats(120_000, 4_000, 3_600, 900, 1_000, 8_000, 33_600, 1_200));
    assertEquals("orders", e.argument().get());
    assertEquals("content \"v-001\": orders 1000 exceed addToCart 900; each funnel stage counts users of the stage "
        + "before it, so counts cannot grow down the funnel", e.getMessage());
    assertEquals("clicks", assertThrows(SegmentException.class,
        () -> stats(120_000, 4_000, 200_000, 900, 420, 8_000, 33_600, 1_200)).argument().get());
    assertEquals("likes", assertThrows(SegmentException.class,
        () -> stats(120_000, 130_000, 3_600, 900, 420, 8_000, 33_600, 1_200)).argument().get());
    assertEquals("refunds", assertThrows(SegmentException.class,
        () -> stats(120_000, 4_000, 3_600, 900, 420, 8_000, 33_600, 40_000)).argument().get());
    assertEquals("cost", assertThrows(SegmentException.class,
        () -> stats(120_000, 4_000, 3_600, 900, 420, Double.NaN, 33_600, 1_200)).argument().get());
    assertEquals("views", assertThrows(SegmentException.class,
        () -> stats(-1, 0, 0, 0, 0, 8_000, 0, 0)).argument().get());
  }

  static ContentStats random(Random r, int i) {
    long views = r.nextInt(100_000);
    long completions = views == 0 ? 0 : r.nextInt((int) views + 1);
    long likes = views == 0 ? 0 : r.nextInt((int) views / 2 + 1);
    long clicks = views == 0 ? 0 : r.nextInt((int) views / 10 + 1);
    long carts = r.nextInt((int) clicks + 1);
    long orders = r.nextInt((int) carts + 1);
    long again = r.nextInt((int) orders + 1);
    double gmv = orders * (20 + r.nextInt(200));
    ContentStats.Builder b = ContentStats.builder().id("c" + i).creator("k" + r.nextInt(5)).platform("p")
        .tier("waist").format("video").published(T).cost(r.nextInt(3) == 0 ? 0 : r.nextInt(20_000)).views(views)
        .completions(completions).likes(likes).clicks(clicks).addToCart(carts).orders(orders).repurchases(again)
        .gmv(gmv).refunds(gmv * r.nextInt(10) / 100);
    if (r.nextBoolean()) {
      b.margin(gmv * 0.3);
    }
    return b.build();
  }

  @Property(tries = 300)
  void ratesStayInZeroOneAndPartsAddUpToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    List<ContentStats> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(random(r, i));
    }
    int cut = n == 0 ? 0 : r.nextInt(n + 1);
    FunnelReport whole = ContentFunnel.of(all).report();
    FunnelReport a = ContentFunnel.of(all.subList(0, cut)).report();
    FunnelReport b = ContentFunnel.of(all.subList(cut, n)).report();
    for (FunnelStage.Stage s : FunnelStage.Stage.values()) {
      assertEquals(whole.count(s), a.count(s) + b.count(s));
    }
    assertEquals(whole.views(), a.views() + b.views());
    assertEquals(whole.engagements(), a.engagements() + b.engagements());
    assertEquals(whole.cost(), a.cost() + b.cost(), 1e-6);
    assertEquals(whole.revenue(), a.revenue() + b.revenue(), 1e-6);
    List<Rate> rates = new ArrayList<>(List.of(whole.completionRate(), whole.engagementRate(), whole.clickRate()));
    for (FunnelStage s : whole.stages()) {
      rates.add(s.fromViews());
      s.step().ifPresent(rates::add);
      assertTrue(s.dropOff() >= 0 && s.dropOff() <= 1);
    }
    for (Rate x : rates) {
      assertTrue(0 <= x.lower() && x.lower() <= x.value() && x.value() <= x.upper() && x.upper() <= 1, x.toString());
    }
    for (OptionalDouble d : List.of(whole.cpm(), whole.cpe(), whole.cpc(), whole.cpa(), whole.roas(), whole.roi(),
        whole.breakEvenCpa())) {
      assertTrue(d.isEmpty() || Double.isFinite(d.getAsDouble()));
    }
  }

  @Property(tries = 200)
  void groupsAddUpToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n) {
    Random r = new Random(seed);
    List<ContentStats> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(random(r, i));
    }
    ContentFunnel f = ContentFunnel.of(all);
    FunnelReport whole = f.report();
    for (java.util.SortedMap<String, FunnelReport> groups : List.of(f.byCreator(), f.byTier(), f.byPlatform(),
        f.byFormat())) {
      for (FunnelStage.Stage s : FunnelStage.Stage.values()) {
        assertEquals(whole.count(s), groups.values().stream().mapToLong(g -> g.count(s)).sum());
      }
      assertEquals(whole.contents(), groups.values().stream().mapToInt(FunnelReport::contents).sum());
      assertEquals(whole.cost(), groups.values().stream().mapToDouble(FunnelReport::cost).sum(), 1e-6);
      assertEquals(whole.revenue(), groups.values().stream().mapToDouble(FunnelReport::revenue).sum(), 1e-6);
    }
  }
}
