package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    assertEquals(8_000 * 1000 / 120_000.0, r.cpm().orElseThrow().value(), 1e-9);
    assertEquals(8_000 / 5_800.0, r.cpe().orElseThrow().value(), 1e-9);
    assertEquals(8_000 / 3_600.0, r.cpc().orElseThrow().value(), 1e-9);
    assertEquals(8_000 / 420.0, r.cpa().orElseThrow().value(), 1e-9);
    assertEquals(4.05, r.roas().orElseThrow().value(), 1e-12);
    assertEquals(FunnelReport.RoiBasis.REVENUE, r.roiBasis());
    assertEquals(3.05, r.roi().orElseThrow().value(), 1e-12);
    assertEquals(32_400 / 420.0, r.breakEvenCpa().orElseThrow().value(), 1e-9);
    // with the margin given: ROI and break-even CPA from it
    FunnelReport m = ContentFunnel.of(video().margin(9_720).build()).report();
    assertEquals(FunnelReport.RoiBasis.MARGIN, m.roiBasis());
    assertEquals(0.215, m.roi().orElseThrow().value(), 1e-12);
    assertEquals(9_720 / 420.0, m.breakEvenCpa().orElseThrow().value(), 1e-9);
  }

  private static ContentStats.Builder newcombe() {
    return newcombe(1_000);
  }

  private static ContentStats.Builder newcombe(double cost) {
    return ContentStats.builder().id("n").creator("c").platform("p").tier("waist").format("note").published(T)
        .cost(cost).views(263).clicks(81).addToCart(81).orders(81).gmv(8_100);
  }

  @Test
  void moneyIntervalsCarryTheWilsonIntervalOfTheRateBehind() {
    // Newcombe (1998) table I: 81/263 → 95 % CI 0.2553-0.3662. As a funnel: 263 views, 81 clicking, carting and
    // ordering users, 1,000 spent, 100 an order.
    FunnelReport r = ContentFunnel.of(newcombe().build()).report();
    Estimate cpa = r.cpa().orElseThrow();
    assertEquals(1_000 / 81.0, cpa.value(), 1e-9);
    assertEquals(1_000 / (263 * 0.3662), cpa.lower(), 2e-3); // cost / (views · upper rate)
    assertEquals(1_000 / (263 * 0.2553), cpa.upper(), 2e-3);
    assertEquals(cpa, r.cpc().orElseThrow()); // every click an order here
    Estimate roas = r.roas().orElseThrow();
    assertEquals(8.1, roas.value(), 1e-12);
    assertEquals(100 * 263 * 0.2553 / 1_000, roas.lower(), 2e-3);
    assertEquals(100 * 263 * 0.3662 / 1_000, roas.upper(), 2e-3);
    Estimate roi = r.roi().orElseThrow();
    assertEquals(7.1, roi.value(), 1e-12);
    assertEquals(roas.lower() - 1, roi.lower(), 1e-9);
    assertEquals(roas.upper() - 1, roi.upper(), 1e-9);
    // exact: CPM given the views, break-even CPA given the orders
    assertEquals(Estimate.exact(1_000_000 / 263.0), r.cpm().orElseThrow());
    assertEquals(Estimate.exact(100), r.breakEvenCpa().orElseThrow());
    // a negative margin turns the interval round, and it still holds the value
    Estimate loss = ContentFunnel.of(newcombe().margin(-500).build()).report().roi()
        .orElseThrow();
    assertEquals(-1.5, loss.value(), 1e-12);
    assertTrue(loss.lower() < -1.5 && loss.upper() > -1.5, loss.toString());
    // no cost: a cost per event of 0, no ROI
    FunnelReport free = ContentFunnel.of(newcombe(0).build()).report();
    assertEquals(Estimate.exact(0), free.cpa().orElseThrow());
    assertEquals(Optional.empty(), free.roi());
  }

  @Test
  void extremeNumbersGiveTypedErrorsOrEmptyRatiosNeverAnotherException() {
    ContentStats.Builder base = ContentStats.builder().id("x").creator("c").platform("p").tier("nano")
        .format("note").published(T).cost(1);
    SegmentException e = assertThrows(SegmentException.class, () -> ContentStats.builder().id("x").creator("c")
        .platform("p").tier("nano").format("note").published(T).cost(1).views(10).likes(Long.MAX_VALUE)
        .comments(Long.MAX_VALUE).shares(2).build());
    assertTrue(e.getMessage().contains("exceed the views 10"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> ContentStats.builder().id("x").creator("c").platform("p")
        .tier("nano").format("note").published(T).cost(1).gmv(Double.MAX_VALUE).build());
    assertTrue(e.getMessage().contains("gmv must be a finite amount from 0 to 1.0E15"), e.getMessage());
    e = assertThrows(SegmentException.class, () -> ContentStats.builder().id("x").creator("c").platform("p")
        .tier("nano").format("note").published(T).cost(1).margin(-2e15).build());
    assertTrue(e.getMessage().contains("margin must be a finite number of at most 1.0E15"), e.getMessage());
    ContentStats big = base.views(Long.MAX_VALUE).build();
    e = assertThrows(SegmentException.class, () -> ContentFunnel.of(big, big).report());
    assertTrue(e.getMessage().contains("add up to more than 2^63"), e.getMessage());
    // a cost of almost nothing against the largest GMV: the ratios are too large for a double, so empty
    FunnelReport r = ContentFunnel.of(ContentStats.builder().id("x").creator("c").platform("p").tier("nano")
        .format("note").published(T).cost(Double.MIN_VALUE).views(1).clicks(1).addToCart(1).orders(1)
        .gmv(ContentStats.MAX_AMOUNT).build()).report();
    assertEquals(Optional.empty(), r.roas());
    assertEquals(Optional.empty(), r.roi());
    assertTrue(r.cpa().isPresent() && r.cpm().isPresent());
    assertTrue(r.toJson().contains("\"roas\" : null"));
  }

  @Test
  void zeroViewsAndZeroCostAreDefined() {
    ContentStats nothing = ContentStats.builder().id("x").creator("c").platform("p").tier("nano").format("note")
        .cost(0).published(T).build();
    FunnelReport r = ContentFunnel.of(nothing).report();
    assertEquals(0, r.clickRate().value());
    assertEquals(Optional.empty(), r.cpm());
    assertEquals(Optional.empty(), r.roas());
    assertEquals(Optional.empty(), r.roi());
    assertEquals(Optional.empty(), r.cpa());
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

  @Property(tries = 300)
  void anyCountAboveTheStageBeforeIsRefusedByName(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 4) int stage, @ForAll @IntRange(min = 1, max = 1_000_000) int excess) {
    Random r = new Random(seed);
    long[] counts = new long[5]; // views, clicks, carts, orders, repurchases: shrinking, then one stage too big
    counts[0] = r.nextInt(100_000);
    for (int i = 1; i < 5; i++) {
      counts[i] = r.nextInt((int) counts[i - 1] + 1);
    }
    String[] names = {"views", "clicks", "addToCart", "orders", "repurchases"};
    int bad = stage == 0 ? 1 : stage; // views have nothing before them: bump the clicks then
    counts[bad] = counts[bad - 1] + excess;
    SegmentException e = assertThrows(SegmentException.class, () -> ContentStats.builder().id("c").creator("k")
        .platform("p").tier("waist").format("video").published(T).cost(1).views(counts[0]).clicks(counts[1])
        .addToCart(counts[2]).orders(counts[3]).repurchases(counts[4]).build());
    assertEquals(names[bad], e.argument().get(), e.getMessage());
    assertTrue(e.getMessage().contains(names[bad] + " " + counts[bad] + " exceed " + names[bad - 1] + " "
        + counts[bad - 1]) && e.getMessage().contains("cannot grow down the funnel"), e.getMessage());
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
    for (Optional<Estimate> d : List.of(whole.cpm(), whole.cpe(), whole.cpc(), whole.cpa(), whole.roas(), whole.roi(),
        whole.breakEvenCpa())) {
      d.ifPresent(e -> assertTrue(Double.isFinite(e.value()) && e.lower() <= e.value() && e.value() <= e.upper()
          && !Double.isNaN(e.lower() + e.upper()), e.toString()));
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
