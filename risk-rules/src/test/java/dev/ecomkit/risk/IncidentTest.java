package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Crisis levels 1/2/3 (seed 001 §5.2) and the incident lifecycle. */
class IncidentTest {

  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  private static Instant hours(double h) {
    return T0.plusMillis((long) (h * 3_600_000));
  }

  private static RuleEngine engine(CrisisPolicy policy) {
    return RuleSet.handbookDefaults().newEngine(
        EngineOptions.builder().allowedLateness(Duration.ZERO).crisis(policy).build());
  }

  private static List<Alert> complaints(RuleEngine e, String prefix, double fromHour, int n, String... platforms) {
    List<Alert> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.addAll(e.accept(Mention.of(prefix + i, platforms[i % platforms.length], hours(fromHour + 0.01 * i),
          "吃出了杂质")));
    }
    return out;
  }

  private static List<Alert> escalations(List<Alert> alerts) {
    return alerts.stream().filter(a -> a.kind() == Alert.Kind.ESCALATION).collect(Collectors.toList());
  }

  @Test
  void aQualityAlertOpensALevel3Incident() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    List<Alert> alerts = complaints(e, "q", 1, 3, "taobao", "douyin");
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals(Alert.Kind.THRESHOLD, a.kind());
    assertEquals("INC-1", a.incidentId().get());
    assertEquals(OptionalInt.of(3), a.level());
    Incident i = e.incidents().get(0);
    assertEquals(3, i.level());
    assertEquals(Incident.Status.OPEN, i.status());
    assertEquals(3, i.mentions());
    assertEquals(Map.of("douyin", 1, "taobao", 2), i.platforms());
    assertEquals(a.time().plus(Duration.ofHours(24)), i.due());
    // competitor and policy alerts open none: the handbook's crisis levels are about complaints
    assertEquals(1, e.accept(Mention.of("p", "weibo", hours(2), "禁止销售")).size());
    assertEquals(1, e.incidents().size());
  }

  @Test
  void aLevel3IncidentLeft24HoursEscalatesWithoutAnotherMention() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 3, "taobao");
    Instant opened = e.incidents().get(0).opened();
    assertEquals(List.of(), e.advanceTo(opened.plus(Duration.ofHours(23))));
    List<Alert> alerts = e.advanceTo(opened.plus(Duration.ofHours(25)));
    assertEquals(1, alerts.size());
    Alert a = alerts.get(0);
    assertEquals(Alert.Kind.ESCALATION, a.kind());
    assertEquals(OptionalInt.of(2), a.level());
    assertEquals(opened.plus(Duration.ofHours(24)), a.time(), "at the deadline, in event time");
    assertEquals("not acknowledged within PT24H", a.reason());
    assertEquals("operations", a.owner());
    assertEquals(a.time().plus(Duration.ofHours(4)), a.due());
    // level 2 not acknowledged within its 4 hours: level 1
    List<Alert> next = e.advanceTo(opened.plus(Duration.ofHours(30)));
    assertEquals(OptionalInt.of(1), next.get(0).level());
    assertEquals("crisis team", next.get(0).owner());
    List<IncidentEvent.Kind> steps = e.incidents().get(0).timeline().stream().map(IncidentEvent::kind)
        .collect(Collectors.toList());
    assertEquals(List.of(IncidentEvent.Kind.OPENED, IncidentEvent.Kind.ESCALATED, IncidentEvent.Kind.ESCALATED),
        steps);
    assertEquals(List.of(), e.advanceTo(opened.plus(Duration.ofDays(30))), "level 1 is the top");
  }

  @Test
  void anAcknowledgedIncidentDoesNotEscalateOnTime() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 3, "taobao");
    Incident i = e.incidents().get(0);
    Incident acked = e.acknowledge(i.id(), i.opened().plus(Duration.ofHours(2)), "Li Wei");
    assertEquals(Incident.Status.ACKNOWLEDGED, acked.status());
    assertEquals("by Li Wei", acked.timeline().get(1).detail());
    assertEquals(List.of(), e.advanceTo(i.opened().plus(Duration.ofDays(3))));
    Incident done = e.resolve(i.id(), i.opened().plus(Duration.ofDays(3)), "batch recalled, users refunded");
    assertEquals(Incident.Status.RESOLVED, done.status());
    assertEquals(List.of(), e.incidents());
    // the next crossing opens a new incident
    List<Alert> again = complaints(e, "r", 100, 3, "taobao");
    assertEquals("INC-2", again.get(0).incidentId().get());
  }

  @Test
  void anAcknowledgementAfterTheDeadlineStillEscalatesAndCountsAtTheLevelOfItsTime() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 3, "taobao");
    Incident i = e.incidents().get(0);
    Instant opened = i.opened();
    e.acknowledge(i.id(), opened.plus(Duration.ofHours(30)), "late responder"); // the watermark is behind
    List<Alert> alerts = e.advanceTo(opened.plus(Duration.ofHours(27))); // level 2's 4 hours not yet over
    assertEquals(1, alerts.size());
    assertEquals(OptionalInt.of(2), alerts.get(0).level());
    assertEquals(opened.plus(Duration.ofHours(24)), alerts.get(0).time());
    Incident now = e.incidents().get(0);
    assertEquals(Incident.Status.ACKNOWLEDGED, now.status(), "the acknowledgement at 30 h is of level 2");
    assertEquals(List.of(IncidentEvent.Kind.OPENED, IncidentEvent.Kind.ESCALATED, IncidentEvent.Kind.ACKNOWLEDGED),
        now.timeline().stream().map(IncidentEvent::kind).collect(Collectors.toList()), "in time order");
    assertEquals(2, now.timeline().get(2).level());
    // but it came after level 2's deadline (28 h) too: level 1 at 28 h, which the acknowledgement at 30 h then covers
    List<Alert> more = e.advanceTo(opened.plus(Duration.ofHours(40)));
    assertEquals(1, more.size());
    assertEquals(OptionalInt.of(1), more.get(0).level());
    assertEquals(opened.plus(Duration.ofHours(28)), more.get(0).time());
    assertEquals(Incident.Status.ACKNOWLEDGED, e.incidents().get(0).status());
    // the same acknowledgement made after the watermark passed 27 h gives the same incident
    RuleEngine f = engine(CrisisPolicy.handbook());
    complaints(f, "q", 1, 3, "taobao");
    f.advanceTo(opened.plus(Duration.ofHours(27)));
    f.acknowledge(i.id(), opened.plus(Duration.ofHours(30)), "late responder");
    f.advanceTo(opened.plus(Duration.ofHours(40)));
    assertEquals(e.incidents(), f.incidents());
  }

  @Test
  void aResolutionTakesEffectAtItsTime() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 3, "taobao");
    String id = e.incidents().get(0).id();
    Instant at = hours(5);
    Incident done = e.resolve(id, at, "recalled");
    assertEquals(Incident.Status.RESOLVED, done.status());
    assertEquals(List.of(), e.incidents(), "no longer listed");
    assertThrows(RiskException.class, () -> e.acknowledge(id, hours(6), "x"), "resolved");
    assertEquals(List.of(), e.advanceTo(hours(40)), "resolved before its deadline: no escalation");
    List<Alert> again = complaints(e, "r", 50, 3, "taobao");
    assertEquals(1, again.size(), "the window re-armed; a new incident opens");
    assertEquals("INC-2", again.get(0).incidentId().get());
  }

  @Test
  void badReviewsConcentratedOnOnePlatformAreLevel2() {
    CrisisPolicy p = CrisisPolicy.builder().level2Growth(1000).build();
    RuleEngine e = engine(p);
    List<Alert> alerts = complaints(e, "q", 1, 10, "xiaohongshu");
    List<Alert> up = escalations(alerts);
    assertEquals(1, up.size());
    assertEquals("10 mentions on xiaohongshu", up.get(0).reason());
    assertEquals(OptionalInt.of(2), up.get(0).level());
    assertEquals(10, up.get(0).count());
    assertEquals(10, up.get(0).evidence().size());
    assertEquals(hours(1.09), up.get(0).time());
  }

  @Test
  void aLevel3IncidentStillGrowingIsLevel2() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    List<Alert> alerts = complaints(e, "q", 1, 8, "a", "b", "c");
    List<Alert> up = escalations(alerts);
    assertEquals(1, up.size(), alerts.toString());
    assertEquals("still growing: 5 more mentions at level 3", up.get(0).reason());
  }

  @Test
  void wideSpreadIsLevel1() {
    RuleEngine e = engine(CrisisPolicy.builder().level2Growth(1000).build());
    List<Alert> up = escalations(complaints(e, "q", 1, 4, "taobao", "douyin", "weibo", "xiaohongshu"));
    assertEquals(1, up.size());
    assertEquals(OptionalInt.of(1), up.get(0).level());
    assertEquals("mentions on 4 platforms", up.get(0).reason());
    RuleEngine volume = engine(CrisisPolicy.builder().level2Growth(1000).level2MentionsOnOnePlatform(1000)
        .level1Mentions(20).build());
    List<Alert> v = escalations(complaints(volume, "q", 1, 20, "taobao", "douyin"));
    assertEquals(List.of("20 mentions"), v.stream().map(Alert::reason).collect(Collectors.toList()));
  }

  @Test
  void level2OverdueStaysWhenSoConfigured() {
    RuleEngine e = engine(CrisisPolicy.builder().level1WhenLevel2Overdue(false).build());
    complaints(e, "q", 1, 3, "taobao");
    Instant opened = e.incidents().get(0).opened();
    assertEquals(1, e.advanceTo(opened.plus(Duration.ofDays(10))).size());
    assertEquals(2, e.incidents().get(0).level());
  }

  @Test
  void lifecycleMistakesAreRefused() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 3, "taobao");
    Incident i = e.incidents().get(0);
    RiskException unknown = assertThrows(RiskException.class, () -> e.acknowledge("INC-9", hours(2), "x"));
    assertEquals("incidentId", unknown.argument().get());
    RiskException back = assertThrows(RiskException.class, () -> e.acknowledge(i.id(), hours(0), "x"));
    assertEquals("at", back.argument().get());
    e.acknowledge(i.id(), hours(2), "x");
    RiskException twice = assertThrows(RiskException.class, () -> e.acknowledge(i.id(), hours(3), "x"));
    assertTrue(twice.getMessage().contains("already acknowledged"), twice.getMessage());
    e.resolve(i.id(), hours(4), "done");
    assertThrows(RiskException.class, () -> e.resolve(i.id(), hours(5), "again"));
  }

  @Test
  void incidentsSurviveASnapshot() {
    RuleEngine e = engine(CrisisPolicy.handbook());
    complaints(e, "q", 1, 4, "taobao", "douyin");
    e.acknowledge("INC-1", hours(2), "Li Wei");
    RuleEngine r = RuleSet.handbookDefaults().restore(e.snapshot());
    assertEquals(e.incidents(), r.incidents());
    assertEquals(e.options().crisis(), r.options().crisis());
  }

  @Test
  void policiesReadAndWriteJson() {
    CrisisPolicy p = CrisisPolicy.builder().level2MentionsOnOnePlatform(7)
        .categories(java.util.EnumSet.of(RuleCategory.QUALITY, RuleCategory.CUSTOM))
        .level2(CrisisLevel.of(Duration.ofHours(2), "ops", "compensate")).build();
    assertEquals(p, CrisisPolicy.fromJson(p.toJson()));
    assertEquals(CrisisPolicy.handbook(), CrisisPolicy.fromJson("{\"version\": 1}"));
    CrisisPolicy partial = CrisisPolicy.fromJson("{\"version\": 1, \"level1\": {\"platforms\": 3}}");
    assertEquals(3, partial.level1Platforms());
    assertEquals(CrisisPolicy.handbook().level1(), partial.level1());
    assertEquals("$.level1.platforms", assertThrows(RiskException.class,
        () -> CrisisPolicy.fromJson("{\"version\": 1, \"level1\": {\"platforms\": 1}}")).argument().get());
    assertEquals("$.level2.respondWithin", assertThrows(RiskException.class,
        () -> CrisisPolicy.fromJson("{\"version\": 1, \"level2\": {\"respondWithin\": \"soon\", \"owner\": \"o\", "
            + "\"action\": \"a\"}}")).argument().get());
    assertEquals("$.level3.owner", assertThrows(RiskException.class,
        () -> CrisisPolicy.fromJson("{\"version\": 1, \"level3\": {\"respondWithin\": \"PT1H\", "
            + "\"action\": \"a\"}}")).argument().get());
    assertEquals("$.categories[1]", assertThrows(RiskException.class,
        () -> CrisisPolicy.fromJson("{\"version\": 1, \"categories\": [\"QUALITY\", \"QUALITY\"]}")).argument()
        .get());
    assertEquals("$.level9", assertThrows(RiskException.class,
        () -> CrisisPolicy.fromJson("{\"version\": 1, \"level9\": {}}")).argument().get());
  }

  @net.jqwik.api.Property(tries = 300)
  void damagedPoliciesGiveOnlyTheDocumentedException(@net.jqwik.api.ForAll int at,
      @net.jqwik.api.ForAll char c) {
    String s = CrisisPolicy.handbook().toJson();
    int i = Math.floorMod(at, s.length() + 1);
    try {
      CrisisPolicy.fromJson(s.substring(0, i) + c + s.substring(i));
    } catch (RiskException expected) {
      assertTrue(expected.getMessage().startsWith(expected.argument().get()), expected.getMessage());
    }
  }
}
