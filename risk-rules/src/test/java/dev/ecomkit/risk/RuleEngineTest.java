package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The handbook's scenarios (seed 001 §5.1, DOMAIN.md "Risk monitoring") and the engine's event-time rules. */
class RuleEngineTest {

  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  private static Instant at(Duration d) {
    return T0.plus(d);
  }

  private static Instant hours(double h) {
    return T0.plusMillis((long) (h * 3_600_000));
  }

  private static RuleEngine handbook(Duration lateness) {
    return RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(lateness));
  }

  private static List<Alert> feed(RuleEngine e, Mention... ms) {
    List<Alert> out = new ArrayList<>();
    for (Mention m : ms) {
      out.addAll(e.accept(m));
    }
    return out;
  }

  private static List<String> ids(Alert a) {
    return a.evidence().stream().map(Evidence::mentionId).collect(Collectors.toList());
  }

  private static List<Alert> thresholds(List<Alert> alerts) {
    return alerts.stream().filter(a -> a.kind() == Alert.Kind.THRESHOLD).collect(Collectors.toList());
  }

  @Test
  void threeQualityComplaintsWithin24HoursFireOnce() {
    RuleEngine e = handbook(Duration.ZERO);
    assertEquals(List.of(), e.accept(Mention.of("q1", "taobao", hours(0), "这批货有杂质")));
    assertEquals(List.of(), e.accept(Mention.of("q2", "douyin", hours(5), "怀疑是假冒产品")));
    List<Alert> alerts = e.accept(Mention.of("q3", "weibo", hours(23.5), "吃出了杂 质，食品腐败")); // noise skipped
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals("quality", a.ruleId());
    assertEquals(RuleCategory.QUALITY, a.category());
    assertEquals(RuleScope.GLOBAL, a.scope());
    assertEquals(Optional.empty(), a.scopeKey());
    assertEquals(3, a.count());
    assertEquals(List.of("q1", "q2", "q3"), ids(a));
    assertEquals(List.of("杂质", "食品腐败"), a.evidence().get(2).keywords());
    assertEquals(hours(23.5), a.time());
    assertEquals(hours(23.5), a.windowEnd());
    assertEquals(hours(-0.5), a.windowStart());
    assertEquals("QC", a.owner());
    assertEquals(hours(47.5), a.due());
    // a fourth within the window does not fire again
    assertEquals(List.of(), e.accept(Mention.of("q4", "taobao", hours(23.9), "杂质")));
  }

  @Test
  void threeComplaintsSpreadOverMoreThan24HoursDoNotFire() {
    RuleEngine e = handbook(Duration.ZERO);
    List<Alert> alerts = feed(e, Mention.of("q1", "taobao", hours(0), "杂质"),
        Mention.of("q2", "taobao", hours(12), "杂质"), Mention.of("q3", "taobao", hours(24), "杂质"));
    assertEquals(List.of(), alerts, "the window is (t - 24h, t]: the first has left at exactly 24 h");
  }

  @Test
  void fiveCompetitorMentionsOnOnePlatformDoNotFireTheSixthDoes() {
    RuleEngine e = handbook(Duration.ZERO);
    for (int i = 0; i < 5; i++) {
      assertEquals(List.of(), e.accept(Mention.of("c" + i, "xiaohongshu", hours(i), "这家定价过高")));
      // five on another platform do not add up with them
      assertEquals(List.of(), e.accept(Mention.of("d" + i, "douyin", hours(i), "明显是模仿")));
    }
    List<Alert> alerts = e.accept(Mention.of("c5", "xiaohongshu", hours(6), "品质不佳"));
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals("competitor", a.ruleId());
    assertEquals(RuleScope.PLATFORM, a.scope());
    assertEquals(Optional.of("xiaohongshu"), a.scopeKey());
    assertEquals(6, a.count());
    assertEquals("marketing", a.owner());
    assertTrue(a.action().contains("competitor"), a.action());
  }

  @Test
  void aPolicyMentionGivesLegalATaskDueIn24Hours() {
    RuleEngine e = handbook(Duration.ZERO);
    List<Alert> alerts = e.accept(Mention.of("p1", "weibo", hours(3), "新规：该类商品禁止销售"));
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals("policy", a.ruleId());
    assertEquals("legal", a.owner());
    assertEquals(hours(27), a.due());
    assertEquals(List.of("禁止销售"), a.evidence().get(0).keywords());
  }

  @Test
  void aRepeatedPostCountsOnce() {
    RuleEngine e = handbook(Duration.ZERO);
    Mention q = Mention.of("q1", "taobao", hours(0), "杂质");
    List<Alert> alerts = feed(e, q, q, Mention.of("q1", "taobao", hours(1), "杂质 again"),
        Mention.of("q2", "taobao", hours(2), "杂质"));
    assertEquals(List.of(), alerts);
    assertEquals(2, e.duplicatesIgnored());
    // the same id on another platform is another post
    assertEquals(1, feed(e, Mention.of("q1", "weibo", hours(3), "杂质")).size());
  }

  @Test
  void theRuleReArmsOnlyAfterTheCountFallsBelowTheThreshold() {
    RuleEngine e = handbook(Duration.ZERO);
    List<Alert> alerts = new ArrayList<>();
    // a steady stream, one every 6 hours, always 4 in the window: fires once (its incident escalates, apart)
    for (int i = 0; i < 12; i++) {
      alerts.addAll(thresholds(e.accept(Mention.of("s" + i, "taobao", hours(6 * i), "杂质"))));
    }
    assertEquals(1, alerts.size());
    assertEquals(hours(12), alerts.get(0).time());
    // a quiet day, then three more: fires again
    alerts.clear();
    alerts.addAll(thresholds(feed(e, Mention.of("t1", "taobao", hours(100), "杂质"),
        Mention.of("t2", "taobao", hours(101), "杂质"), Mention.of("t3", "taobao", hours(102), "杂质"))));
    assertEquals(1, alerts.size());
    assertEquals(List.of("t1", "t2", "t3"), ids(alerts.get(0)));
  }

  @Test
  void theRuleReArmsWhenTheCountDipsEvenForAMoment() {
    RuleEngine e = handbook(Duration.ZERO);
    List<Alert> alerts = feed(e, Mention.of("a", "x", hours(0), "杂质"), Mention.of("b", "x", hours(1), "杂质"),
        Mention.of("c", "x", hours(2), "杂质"), // fires: a, b, c
        Mention.of("d", "x", hours(24), "杂质"), // a left at 24 h exactly as d came: b, c, d, never below 3
        Mention.of("e", "x", hours(25.5), "杂质")); // b left at 25 h, c and d alone for half an hour: fires
    assertEquals(2, alerts.size());
    assertEquals(List.of("c", "d", "e"), ids(alerts.get(1)));
  }

  @Test
  void outOfOrderWithinTheLatenessGivesTheInOrderAlerts() {
    Mention a = Mention.of("a", "taobao", hours(1), "杂质");
    Mention b = Mention.of("b", "taobao", hours(1.05), "杂质");
    Mention c = Mention.of("c", "taobao", hours(1.1), "杂质");
    Mention d = Mention.of("d", "taobao", hours(1.15), "杂质");
    RuleEngine inOrder = handbook(Duration.ofMinutes(10));
    List<Alert> expected = feed(inOrder, a, b, c, d);
    expected.addAll(inOrder.advanceTo(hours(2)));
    RuleEngine shuffled = handbook(Duration.ofMinutes(10));
    List<Alert> got = feed(shuffled, c, a, d, b); // b arrives 6 minutes behind d: within the 10
    got.addAll(shuffled.advanceTo(hours(2)));
    assertEquals(expected, got);
    assertEquals(1, got.size());
    assertEquals(hours(1.1), got.get(0).time(), "b, arriving last, makes c the crossing mention");
    assertEquals(List.of("a", "b", "c"), ids(got.get(0)));
    assertEquals(List.of(), shuffled.drainLate());
  }

  @Test
  void alertsWaitForTheWatermark() {
    RuleEngine e = handbook(Duration.ofMinutes(10));
    assertEquals(List.of(), e.accept(Mention.of("p", "weibo", hours(1), "合规性")));
    assertEquals(List.of(), e.accept(Mention.of("x", "weibo", hours(1.1), "no keywords")));
    List<Alert> alerts = e.accept(Mention.of("y", "weibo", hours(1.2), "no keywords")); // watermark 1:02
    assertEquals(1, alerts.size());
    assertEquals(hours(1), alerts.get(0).time());
    assertEquals(Optional.of(hours(1.2).minus(Duration.ofMinutes(10))), e.watermark());
  }

  @Test
  void aLateMentionIsReportedNotCounted() {
    RuleEngine e = handbook(Duration.ofMinutes(10));
    feed(e, Mention.of("a", "taobao", hours(5), "杂质"), Mention.of("b", "taobao", hours(5), "杂质"));
    Mention late = Mention.of("c", "taobao", hours(4), "杂质"); // 1 h behind, lateness 10 min
    assertEquals(List.of(), e.accept(late));
    assertEquals(List.of(), e.accept(Mention.of("n", "taobao", hours(3), "nothing to see"))); // matches nothing
    assertEquals(List.of(), e.advanceTo(hours(6)));
    assertEquals(List.of(late), e.drainLate());
    assertEquals(List.of(), e.drainLate());
  }

  @Test
  void theLateListIsBoundedAndCountsWhatItDrops() {
    RuleEngine e = RuleSet.handbookDefaults()
        .newEngine(EngineOptions.builder().allowedLateness(Duration.ZERO).lateLimit(2).build());
    e.accept(Mention.of("now", "x", hours(10), "nothing"));
    for (int i = 0; i < 5; i++) {
      e.accept(Mention.of("l" + i, "x", hours(1), "杂质"));
    }
    assertEquals(List.of("l3", "l4"), e.drainLate().stream().map(Mention::id).collect(Collectors.toList()));
    assertEquals(3, e.lateDropped());
  }

  @Test
  void closedWindowsAreDropped() {
    RuleEngine e = handbook(Duration.ZERO);
    for (int i = 0; i < 100; i++) {
      e.accept(Mention.of("m" + i, "p" + i, hours(0.01 * i), "模仿 杂质"));
    }
    assertEquals(101, e.activeWindows(), "one quality window, 100 competitor windows (one a platform)");
    e.advanceTo(hours(25));
    assertEquals(0, e.activeWindows());
  }

  @Test
  void replacingTheRulesKeepsTheWindowsOfRulesThatRemain() {
    RuleEngine e = handbook(Duration.ZERO);
    feed(e, Mention.of("a", "x", hours(0), "杂质"), Mention.of("b", "x", hours(1), "杂质"));
    Rule quality = RuleSet.handbookDefaults().rule("quality").get();
    Rule more = Rule.builder().id("quality").category(quality.category()).addKeywords("杂质", "异物")
        .threshold(quality.threshold()).action(quality.action()).owner(quality.owner())
        .respondWithin(quality.respondWithin()).build();
    e.replaceRules(RuleSet.handbookDefaults().toBuilder().remove("quality").remove("policy").add(more).build());
    List<Alert> alerts = e.accept(Mention.of("c", "x", hours(2), "有异物"));
    assertEquals(1, alerts.size(), "a and b still count; the new keyword matches c");
    assertEquals(List.of("a", "b", "c"), ids(alerts.get(0)));
    assertEquals(List.of(), e.accept(Mention.of("p", "x", hours(3), "禁止销售")), "policy is gone");
  }

  @Test
  void aSkuRuleCountsOnlyMentionsWithASku() {
    Rule sku = Rule.builder().id("sku-quality").category(RuleCategory.QUALITY).addKeywords("杂质")
        .threshold(Threshold.atLeast(2, Duration.ofDays(1))).scope(RuleScope.SKU).action("pull the lot")
        .owner("QC").respondWithin(Duration.ofHours(4)).build();
    RuleEngine e = RuleSet.builder().add(sku).build().newEngine(EngineOptions.lateness(Duration.ZERO));
    Instant t = hours(1);
    List<Alert> alerts = feed(e, Mention.of("a", "x", t, "杂质"),
        Mention.builder().id("b").platform("x").time(t).text("杂质").sku("TB-01").build(),
        Mention.builder().id("c").platform("x").time(t).text("杂质").sku("TB-02").build(),
        Mention.builder().id("d").platform("y").time(t).text("杂质").sku("TB-01").build());
    assertEquals(1, alerts.size());
    assertEquals(Optional.of("TB-01"), alerts.get(0).scopeKey());
    assertEquals(List.of("b", "d"), ids(alerts.get(0)));
  }

  @Test
  void theWatermarkNeverMovesBackAndBadTimesAreRefused() {
    RuleEngine e = handbook(Duration.ZERO);
    e.advanceTo(hours(5));
    e.advanceTo(hours(1));
    assertEquals(Optional.of(hours(5)), e.watermark());
    RiskException x = assertThrows(RiskException.class, () -> e.advanceTo(Instant.MAX));
    assertEquals(Optional.of("time"), x.argument());
    assertThrows(RiskException.class, () -> Mention.of("a", "x", Instant.parse("+10000-01-01T00:00:00Z"), "杂质"));
  }

  @Test
  void optionsRefuseBadValues() {
    assertThrows(RiskException.class, () -> EngineOptions.lateness(Duration.ofSeconds(-1)));
    assertThrows(RiskException.class, () -> EngineOptions.lateness(Duration.ofDays(8)));
    assertThrows(RiskException.class, () -> EngineOptions.lateness(Duration.ofNanos(1)));
    assertThrows(RiskException.class,
        () -> EngineOptions.builder().allowedLateness(Duration.ZERO).lateLimit(-1).build());
    assertThrows(IllegalStateException.class, () -> EngineOptions.builder().build(), "no hidden default lateness");
    assertEquals(EngineOptions.DEFAULT_ZONE, EngineOptions.lateness(Duration.ZERO).zone());
  }

  @Test
  void describeUsesTheZone() {
    RuleEngine e = handbook(Duration.ZERO);
    Alert a = e.accept(Mention.of("p", "weibo", Instant.parse("2026-11-11T00:30:00Z"), "资质要求")).get(0);
    assertEquals("policy fired: 1 mention in (11-10 08:30, 11-11 08:30], >= 1 within PT24H -> legal: "
        + a.action() + ", due 11-12 08:30", a.describe(e.options().zone()));
  }

  // ---- edges found in review: a window leaving exactly at the watermark, copies with other times

  private static List<String> keys(List<Alert> alerts) {
    return alerts.stream().map(a -> a.kind() + " " + a.ruleId() + "@" + a.time() + " " + ids(a))
        .collect(Collectors.toList());
  }

  private static List<String> replay(RuleEngine e, Mention... ms) {
    List<Alert> out = feed(e, ms);
    out.addAll(e.advanceTo(hours(100)));
    return keys(out);
  }

  @Test
  void aWindowLeavingExactlyAtTheWatermarkIsKeptWhateverTheArrivalOrder() {
    Duration l = Duration.ofMinutes(10);
    Mention a = Mention.of("a", "weibo", hours(0), "合规性");
    Mention b = Mention.of("b", "weibo", hours(24), "合规性"); // a leaves the window exactly as b comes: no dip
    Mention x = Mention.of("x", "weibo", hours(24).plus(l), "nothing");
    Mention y = Mention.of("y", "weibo", hours(24).plus(l).plusSeconds(5), "nothing");
    List<String> one = replay(handbook(l), a, b, x, y);
    assertEquals(one, replay(handbook(l), a, b, y, x));
    assertEquals(1, one.size(), one.toString());
    // with lateness zero, an advanceTo landing on the edge changes nothing
    RuleEngine e = handbook(Duration.ZERO);
    List<Alert> alerts = new ArrayList<>(e.accept(a));
    alerts.addAll(e.advanceTo(hours(24)));
    alerts.addAll(e.accept(b));
    assertEquals(1, alerts.size());
  }

  @Test
  void theEarliestCopyOfAPostCountsWhateverTheArrivalOrder() {
    Duration l = Duration.ofMinutes(10);
    Mention first = Mention.of("p", "weibo", hours(1), "合规性");
    Mention edited = Mention.of("p", "weibo", hours(1).plusSeconds(60), "合规性 edited");
    Mention z = Mention.of("z", "weibo", hours(1).plusSeconds(120), "nothing");
    List<String> one = replay(handbook(l), first, edited, z);
    assertEquals(one, replay(handbook(l), edited, first, z));
    assertTrue(one.get(0).contains("@" + hours(1)), one.toString());
    // a copy a whole window later is a new post
    RuleEngine e = handbook(Duration.ZERO);
    assertEquals(2, feed(e, first, Mention.of("p", "weibo", hours(26), "合规性")).size());
    assertEquals(0, e.duplicatesIgnored());
  }

  @Test
  void aLateCopyIsLateOnceTheCountedCopysWindowsHaveClosed() {
    RuleEngine e = handbook(Duration.ofMinutes(10));
    Mention p = Mention.of("p", "weibo", hours(0), "合规性");
    e.accept(p);
    e.advanceTo(hours(48));
    e.accept(p);
    assertEquals(List.of(p), e.drainLate());
    assertEquals(0, e.duplicatesIgnored());
  }

  @Test
  void aLateCopyOfAPostStillInItsWindowsIsARepeatWhateverTheSweepsAndSnapshots() {
    // the handbook's longest window is a day: redelivered after the watermark passed it, within the day, the copy
    // is a repeat; a day after the counted copy it is late; a late post never seen is late
    for (boolean restored : new boolean[] {false, true}) {
      RuleEngine e = handbook(Duration.ofMinutes(10));
      Mention p = Mention.of("p", "weibo", hours(0), "合规性");
      Mention q = Mention.of("q", "weibo", hours(1), "合规性");
      e.accept(p);
      e.accept(q);
      e.advanceTo(hours(12));
      if (restored) {
        e = RuleSet.handbookDefaults().restore(e.snapshot());
      }
      e.accept(p);
      e.accept(q);
      e.accept(Mention.of("r", "weibo", hours(2), "合规性"));
      assertEquals(2, e.duplicatesIgnored());
      assertEquals(List.of("r"), e.drainLate().stream().map(Mention::id).toList());
      e.advanceTo(hours(24.5)); // p's day is over, q's is not
      e.accept(p);
      e.accept(q);
      assertEquals(3, e.duplicatesIgnored());
      assertEquals(List.of(p), e.drainLate());
    }
    // whether the sweep has dropped p's entry does not matter: q arrives first, so the sweep at 24.51 h stops at q
    // (not yet expired) and keeps p's expired entry; p's late copy is still late
    RuleEngine e = handbook(Duration.ofMinutes(10));
    Mention p = Mention.of("p", "weibo", hours(0.5), "合规性");
    Mention q = Mention.of("q", "weibo", hours(0.55), "合规性");
    e.accept(q);
    e.accept(p); // within the lateness of q: counted
    e.advanceTo(hours(24.51)); // p's day is over, q's is not
    e.accept(p);
    assertEquals(List.of(p), e.drainLate());
    assertEquals(0, e.duplicatesIgnored());
    // a late copy of an older post that reused the id, a whole day before the counted copy, is late too
    RuleEngine f = handbook(Duration.ofMinutes(10));
    f.accept(Mention.of("r", "weibo", hours(30), "合规性"));
    f.accept(Mention.of("r", "weibo", hours(3), "合规性"));
    assertEquals(1, f.drainLate().size());
    assertEquals(0, f.duplicatesIgnored());
  }
}
