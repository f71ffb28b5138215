package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A snapshot taken at any point and restored gives the alerts the uninterrupted engine gives. */
class EngineSnapshotTest {

  @Property(tries = 300)
  void aRestoredEngineEmitsWhatTheUninterruptedOneWould(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 80) int size, @ForAll @IntRange(min = 0, max = 30_000) int lateness,
      @ForAll @IntRange(min = 0, max = 80) int cut) {
    RuleSet rules = RuleEnginePropertyTest.smallRules();
    List<Mention> events = RuleEnginePropertyTest.stream(seed, size);
    // some arrive later than the lateness, so the late list is in the snapshot too
    List<Mention> arrivals = RuleEnginePropertyTest.arrival(events, lateness + 10_000L, seed);
    EngineOptions options = RuleEnginePropertyTest.options(lateness, 5);
    RuleEngine whole = rules.newEngine(options);
    List<String> expected = new ArrayList<>();
    List<String> got = new ArrayList<>();
    RuleEngine part = rules.newEngine(options);
    int at = Math.min(cut, arrivals.size());
    for (int i = 0; i < arrivals.size(); i++) {
      if (i == at) {
        String snapshot = part.snapshot();
        part = rules.restore(snapshot);
        assertEquals(snapshot, part.snapshot(), "restoring and writing again gives the same snapshot");
      }
      whole.accept(arrivals.get(i)).forEach(a -> expected.add(RuleEnginePropertyTest.key(a)));
      part.accept(arrivals.get(i)).forEach(a -> got.add(RuleEnginePropertyTest.key(a)));
    }
    Instant end = Instant.parse("2026-06-19T00:00:00Z");
    whole.advanceTo(end).forEach(a -> expected.add(RuleEnginePropertyTest.key(a)));
    part.advanceTo(end).forEach(a -> got.add(RuleEnginePropertyTest.key(a)));
    assertEquals(expected, got);
    assertEquals(whole.drainLate(), part.drainLate());
    assertEquals(whole.lateDropped(), part.lateDropped());
    assertEquals(whole.duplicatesIgnored(), part.duplicatesIgnored());
    assertEquals(whole.incidents(), part.incidents());
  }

  @Test
  void aSnapshotCarriesOptionsAndWatermark() {
    RuleEngine e = RuleSet.handbookDefaults().newEngine(EngineOptions.builder()
        .allowedLateness(Duration.ofMinutes(10)).zone(java.time.ZoneId.of("UTC")).lateLimit(7).build());
    e.accept(Mention.of("a", "taobao", Instant.parse("2026-11-11T08:00:00Z"), "杂质"));
    RuleEngine r = RuleSet.handbookDefaults().restore(e.snapshot());
    assertEquals(e.options(), r.options());
    assertEquals(Optional.of(Instant.parse("2026-11-11T07:50:00Z")), r.watermark());
    assertTrue(e.snapshot().contains("\"pending\":[{\"mention\":{\"id\":\"a\""), e.snapshot());
  }

  @Test
  void restoringWithChangedRulesKeepsTheRulesThatRemain() {
    RuleEngine e = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ZERO));
    Instant t = Instant.parse("2026-11-11T08:00:00Z");
    e.accept(Mention.of("a", "taobao", t, "杂质 禁止销售"));
    e.accept(Mention.of("b", "taobao", t.plusSeconds(60), "杂质"));
    RuleSet onlyQuality = RuleSet.handbookDefaults().toBuilder().remove("policy").remove("competitor").build();
    RuleEngine r = onlyQuality.restore(e.snapshot());
    assertEquals(1, r.activeWindows());
    assertEquals(1, r.accept(Mention.of("c", "weibo", t.plusSeconds(120), "假冒产品")).size());
  }

  @Test
  void badSnapshotsNameThePath() {
    RuleSet rules = RuleSet.handbookDefaults();
    String good = rules.newEngine(EngineOptions.lateness(Duration.ZERO)).snapshot();
    assertEquals(Optional.of("$.version"), assertThrows(RiskException.class,
        () -> rules.restore(good.replace("\"version\":1", "\"version\":2"))).argument());
    assertEquals(Optional.of("$.options.allowedLatenessMillis"), assertThrows(RiskException.class,
        () -> rules.restore(good.replace("\"allowedLatenessMillis\":0", "\"allowedLatenessMillis\":-5"))).argument());
    assertEquals(Optional.of("$.options.zone"), assertThrows(RiskException.class,
        () -> rules.restore(good.replace("Asia/Shanghai", "Mars/Olympus"))).argument());
    assertEquals(Optional.of("$.extra"), assertThrows(RiskException.class,
        () -> rules.restore(good.replace("{\"version\"", "{\"extra\":1,\"version\""))).argument());
    assertEquals(Optional.of("$"), assertThrows(RiskException.class, () -> rules.restore("[]")).argument());
    assertEquals(Optional.of("$"), assertThrows(RiskException.class, () -> rules.restore("{")).argument());
  }

  @Property(tries = 500)
  void damagedSnapshotsGiveOnlyTheDocumentedException(@ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @IntRange(min = 0, max = 2) int how, @ForAll char c) {
    RuleSet rules = RuleEnginePropertyTest.smallRules();
    RuleEngine e = rules.newEngine(EngineOptions.lateness(Duration.ofSeconds(20)));
    for (Mention m : RuleEnginePropertyTest.stream(7, 40)) {
      e.accept(m);
    }
    String s = e.snapshot();
    int i = at % (s.length() + 1);
    String damaged = how == 0 ? s.substring(0, i) : how == 1 ? s.substring(0, i) + c + s.substring(i)
        : s.substring(0, i) + s.substring(Math.min(s.length(), i + 1));
    try {
      rules.restore(damaged).snapshot();
    } catch (RiskException expected) {
      assertTrue(expected.argument().isPresent() && expected.getMessage().startsWith(expected.argument().get()),
          expected.getMessage());
    }
  }

  @Test
  void aSnapshotSurvivesUtf8EvenWithAnUnpairedSurrogate() {
    RuleEngine e = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    e.accept(Mention.of("s", "weibo", Instant.parse("2026-11-11T01:00:00Z"), "\uD800合规性"));
    String s = e.snapshot();
    String viaBytes = new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(s, RuleSet.handbookDefaults().restore(viaBytes).snapshot());
  }

  @Test
  void snapshotsNearTheTimeLimitsRestore() {
    RuleEngine late = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    for (int i = 0; i < 4; i++) { // an incident due after the year 9999
      late.accept(Mention.of("q" + i, "x", Mention.MAX_TIME.minusSeconds(60 - i), "杂质"));
    }
    late.advanceTo(Mention.MAX_TIME);
    assertEquals(late.snapshot(), RuleSet.handbookDefaults().restore(late.snapshot()).snapshot());
    RuleEngine early = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ofDays(7)));
    early.accept(Mention.of("a", "x", Mention.MIN_TIME, "杂质")); // watermark before the year 1
    assertEquals(early.snapshot(), RuleSet.handbookDefaults().restore(early.snapshot()).snapshot());
  }

  @Test
  void impossibleStateIsRefused() {
    RuleEngine e = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    e.accept(Mention.of("a", "x", Instant.parse("2026-11-11T01:00:00Z"), "nothing"));
    String s = e.snapshot();
    assertEquals(Optional.of("$.watermark"), assertThrows(RiskException.class, () -> RuleSet.handbookDefaults()
        .restore(s.replace("\"watermark\":\"2026-11-11T00:50:00Z\"", "\"watermark\":null"))).argument());
    RuleEngine i = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ZERO));
    for (int k = 0; k < 3; k++) {
      i.accept(Mention.of("q" + k, "x", Instant.parse("2026-11-11T01:00:00Z").plusSeconds(k), "杂质"));
    }
    String t = i.snapshot();
    assertEquals(Optional.of("$.incidents.open[0].id"), assertThrows(RiskException.class,
        () -> RuleSet.handbookDefaults().restore(t.replace("\"counter\":1", "\"counter\":0"))).argument());
  }
}
