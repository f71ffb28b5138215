package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine against a model written from the definitions: the count of the window ending at {@code t} is the number
 * of mentions in {@code (t − D, t]}; a rule fires at the first mention (in event-time order) that brings it to the
 * threshold while armed, and re-arms once the count has been below the threshold at some instant.
 */
class RuleEnginePropertyTest {

  private static final Instant T0 = Instant.parse("2026-06-18T00:00:00Z");
  private static final String[] PLATFORMS = {"taobao", "douyin", "weibo"};
  private static final String[] TEXTS = {"杂质", "假冒产品", "模仿", "杂质 模仿", "nothing", "定价过高", "合规性"};

  static RuleSet smallRules() {
    return RuleSet.builder()
        .add(rule("q", RuleScope.GLOBAL, Threshold.atLeast(3, Duration.ofSeconds(60)), "杂质", "假冒产品"))
        .add(rule("c", RuleScope.PLATFORM, Threshold.moreThan(1, Duration.ofSeconds(40)), "模仿", "定价过高"))
        .add(rule("s", RuleScope.SKU, Threshold.atLeast(2, Duration.ofSeconds(30)), "杂质"))
        .add(rule("p", RuleScope.GLOBAL, Threshold.atLeast(1, Duration.ofSeconds(20)), "合规性"))
        .build();
  }

  /** Crisis levels over the small rules, with numbers the random streams reach, so that incidents escalate. */
  static CrisisPolicy smallCrisis() {
    return CrisisPolicy.builder().categories(java.util.EnumSet.of(RuleCategory.CUSTOM))
        .level3(CrisisLevel.of(Duration.ofSeconds(30), "cs", "respond"))
        .level2(CrisisLevel.of(Duration.ofSeconds(20), "ops", "compensate"))
        .level1(CrisisLevel.of(Duration.ofSeconds(10), "crisis", "act"))
        .level2MentionsOnOnePlatform(4).level2Growth(3).level1Platforms(3).level1Mentions(12).build();
  }

  static EngineOptions options(long lateness, int lateLimit) {
    return EngineOptions.builder().allowedLateness(Duration.ofMillis(lateness)).lateLimit(lateLimit)
        .crisis(smallCrisis()).build();
  }

  private static Rule rule(String id, RuleScope scope, Threshold th, String... keywords) {
    return Rule.builder().id(id).category(RuleCategory.CUSTOM).addKeywords(keywords).threshold(th).scope(scope)
        .action("act").owner("team").respondWithin(Duration.ofMinutes(5)).build();
  }

  /** A random stream in event-time order: times in milliseconds over ten minutes, with ties and repeats. */
  static List<Mention> stream(long seed, int size) {
    Random r = new Random(seed);
    List<Mention> out = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < size; i++) {
      t += r.nextInt(4) == 0 ? 0 : r.nextInt(15_000);
      if (i > 0 && r.nextInt(10) == 0) {
        out.add(out.get(r.nextInt(out.size()))); // a repeated post, as a crawler sends it again
        continue;
      }
      Mention.Builder b = Mention.builder().id("m" + i).platform(PLATFORMS[r.nextInt(PLATFORMS.length)])
          .time(T0.plusMillis(t)).text(TEXTS[r.nextInt(TEXTS.length)]);
      if (r.nextBoolean()) {
        b.sku("SKU-" + r.nextInt(2));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Arrival order: each mention delayed by up to {@code lateness}, so none is late. */
  static List<Mention> arrival(List<Mention> events, long lateness, long seed) {
    Random r = new Random(seed);
    Map<Mention, Long> at = new LinkedHashMap<>();
    List<Mention> out = new ArrayList<>();
    for (Mention m : events) {
      long arrives = m.time().toEpochMilli() + (lateness == 0 ? 0 : (long) r.nextInt((int) lateness + 1));
      at.putIfAbsent(m, arrives);
      out.add(m);
    }
    out.sort(Comparator.comparingLong(at::get)); // stable: ties keep their order
    return out;
  }

  static List<String> run(RuleEngine e, List<Mention> arrivals) {
    List<Alert> alerts = new ArrayList<>();
    for (Mention m : arrivals) {
      alerts.addAll(e.accept(m));
    }
    alerts.addAll(e.advanceTo(T0.plus(Duration.ofDays(1))));
    return alerts.stream().map(RuleEnginePropertyTest::key).collect(Collectors.toList());
  }

  static String key(Alert a) {
    return (a.kind() == Alert.Kind.ESCALATION ? "E" + a.level().getAsInt() + " " + a.reason() + " " : "")
        + a.ruleId() + a.scopeKey().map(k -> "[" + k + "]").orElse("") + "@" + a.time().toEpochMilli() + " "
        + a.evidence().stream().map(Evidence::mentionId).collect(Collectors.toList());
  }

  /** The model: every rule and key, mentions sorted by (time, platform, id), counts from the definition. */
  static List<String> model(RuleSet rules, List<Mention> events) {
    Set<String> seen = new HashSet<>();
    List<Mention> unique = new ArrayList<>();
    for (Mention m : events) {
      if (seen.add(m.platform() + "/" + m.id())) {
        unique.add(m);
      }
    }
    unique.sort(Comparator.comparing(Mention::time).thenComparing(Mention::platform).thenComparing(Mention::id));
    List<String[]> fired = new ArrayList<>(); // time, rule index, text
    for (int ri = 0; ri < rules.rules().size(); ri++) {
      Rule rule = rules.rules().get(ri);
      long d = rule.threshold().window().toMillis();
      int n = rule.threshold().mentionsToFire();
      Map<String, List<Mention>> byKey = new LinkedHashMap<>();
      for (Mention m : unique) {
        if (rule.keywords().stream().noneMatch(m.text()::contains)) {
          continue;
        }
        String k = rule.scope() == RuleScope.GLOBAL ? "" : rule.scope() == RuleScope.PLATFORM ? m.platform()
            : m.sku().orElse(null);
        if (k != null) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
      }
      for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
        List<Mention> ms = e.getValue();
        boolean armed = true;
        for (int i = 0; i < ms.size(); i++) {
          long t = ms.get(i).time().toEpochMilli();
          if (!armed && ms.get(i - 1).time().toEpochMilli() < t) {
            // the count just before t: mentions not yet out of the window at t - 1 ms
            int before = 0;
            for (int j = 0; j < i; j++) {
              before += ms.get(j).time().toEpochMilli() >= t - d ? 1 : 0;
            }
            armed = before < n;
          }
          int count = 0;
          for (int j = 0; j <= i; j++) {
            count += ms.get(j).time().toEpochMilli() > t - d ? 1 : 0;
          }
          if (armed && count >= n) {
            armed = false;
            List<String> evidence = ms.subList(i + 1 - n, i + 1).stream().map(Mention::id)
                .collect(Collectors.toList());
            String scope = rule.scope() == RuleScope.GLOBAL ? "" : "[" + e.getKey() + "]";
            fired.add(new String[] {String.format("%020d", t), ms.get(i).platform() + "/" + ms.get(i).id(),
                String.format("%03d", ri), rule.id() + scope + "@" + t + " " + evidence});
          }
        }
      }
    }
    // emitted in event order of the crossing mention, then rule order
    fired.sort(Comparator.<String[], String>comparing(f -> f[0]).thenComparing(f -> f[1]).thenComparing(f -> f[2]));
    return fired.stream().map(f -> f[3]).collect(Collectors.toList());
  }

  @org.junit.jupiter.api.Test
  void theStreamsFireEveryRuleAndReArm() {
    Map<String, Integer> fired = new LinkedHashMap<>();
    for (long seed = 0; seed < 20; seed++) {
      for (String a : model(smallRules(), stream(seed, 80))) {
        fired.merge(a.substring(0, 1), 1, Integer::sum);
      }
    }
    // not a vacuous property: each rule fires, and more often than once a stream
    for (String rule : List.of("q", "c", "s", "p")) {
      org.junit.jupiter.api.Assertions.assertTrue(fired.getOrDefault(rule, 0) > 20, rule + ": " + fired);
    }
    Map<String, Integer> escalated = new LinkedHashMap<>();
    for (long seed = 0; seed < 20; seed++) {
      for (String a : run(smallRules().newEngine(options(0, 100)), stream(seed, 80))) {
        if (a.startsWith("E")) {
          escalated.merge(a.substring(0, 2) + (a.contains("not acknowledged") ? " overdue" : ""), 1, Integer::sum);
        }
      }
    }
    for (String kind : List.of("E2", "E1", "E2 overdue", "E1 overdue")) {
      org.junit.jupiter.api.Assertions.assertTrue(escalated.getOrDefault(kind, 0) > 5, kind + ": " + escalated);
    }
  }

  @Property(tries = 300)
  void inOrderTheEngineIsTheModel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size) {
    RuleSet rules = smallRules();
    List<Mention> events = stream(seed, size);
    List<Mention> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(Mention::time).thenComparing(Mention::platform).thenComparing(Mention::id));
    assertEquals(model(rules, events), thresholds(run(rules.newEngine(options(0, 100)), ordered)));
  }

  static List<String> thresholds(List<String> keys) {
    return keys.stream().filter(k -> !k.startsWith("E")).collect(Collectors.toList());
  }

  @Property(tries = 300)
  void arrivalOrderWithinTheLatenessDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size,
      @ForAll @IntRange(min = 1, max = 60_000) int lateness) {
    RuleSet rules = smallRules();
    List<Mention> events = stream(seed, size);
    RuleEngine e = rules.newEngine(options(lateness, 100));
    List<String> shuffled = run(e, arrival(events, lateness, seed ^ 0x5DEECE66DL));
    assertEquals(model(rules, events), thresholds(shuffled));
    assertEquals(List.of(), e.drainLate());
    // escalations and incidents too: as in event-time order
    List<Mention> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(Mention::time).thenComparing(Mention::platform).thenComparing(Mention::id));
    RuleEngine inOrder = rules.newEngine(options(lateness, 100));
    assertEquals(run(inOrder, ordered), shuffled);
    assertEquals(inOrder.incidents(), e.incidents());
  }

  /** Times on a 5-second grid, so that mentions, window edges and watermarks coincide. */
  static List<Mention> grid(Random r, int size) {
    List<Mention> out = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < size; i++) {
      t += 5000L * r.nextInt(4);
      if (i > 0 && r.nextInt(10) == 0) {
        Mention m = out.get(r.nextInt(out.size())); // a repost, maybe edited and timed a little later
        out.add(Mention.builder().id(m.id()).platform(m.platform()).time(m.time().plusSeconds(5L * r.nextInt(2)))
            .text(m.text() + (r.nextBoolean() ? "" : " 合规性")).build());
        continue;
      }
      Mention.Builder b = Mention.builder().id("m" + i).platform(PLATFORMS[r.nextInt(PLATFORMS.length)])
          .time(T0.plusMillis(t)).text(TEXTS[r.nextInt(TEXTS.length)]);
      if (r.nextBoolean()) {
        b.sku("SKU-" + r.nextInt(2));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Feeds the mentions as they arrive (each up to the lateness after its time), with {@code advanceTo} calls that
   * never make a mention late and, if asked, a snapshot and restore now and then.
   */
  static List<String> replay(RuleSet rules, EngineOptions options, List<Mention> events, Random r, boolean jitter) {
    long lateness = options.allowedLateness().toMillis();
    List<long[]> arrivals = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      long delay = jitter && lateness > 0 ? r.nextInt((int) lateness + 1) : 0;
      arrivals.add(new long[] {events.get(i).time().toEpochMilli() + delay, i});
    }
    arrivals.sort(Comparator.comparingLong(a -> a[0]));
    RuleEngine e = rules.newEngine(options);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < arrivals.size(); k++) {
      e.accept(events.get((int) arrivals.get(k)[1])).forEach(a -> out.add(key(a)));
      if (jitter && r.nextInt(3) == 0) {
        long next = Long.MAX_VALUE; // the earliest time still to come bounds a safe watermark
        for (int j = k + 1; j < arrivals.size(); j++) {
          next = Math.min(next, events.get((int) arrivals.get(j)[1]).time().toEpochMilli());
        }
        if (next != Long.MAX_VALUE) {
          e.advanceTo(Instant.ofEpochMilli(next - 5000L * r.nextInt(2))).forEach(a -> out.add(key(a)));
        }
      }
      if (jitter && r.nextInt(4) == 0) {
        e = rules.restore(e.snapshot());
      }
    }
    e.advanceTo(T0.plus(Duration.ofDays(1))).forEach(a -> out.add(key(a)));
    return out;
  }

  @Property(tries = 500)
  void onAGridWithAdvancesAndRestoresArrivalOrderDoesNotMatter(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll @IntRange(min = 1, max = 6) int steps) {
    RuleSet rules = smallRules();
    Random r = new Random(seed);
    List<Mention> events = grid(r, size);
    EngineOptions options = options(5000L * steps, 100);
    List<Mention> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(Mention::time).thenComparing(Mention::platform).thenComparing(Mention::id)
        .thenComparing(Mention::text).thenComparing(m -> m.sku().map(k -> "1" + k).orElse("0")));
    List<String> reference = replay(rules, options, ordered, r, false);
    assertEquals(reference, replay(rules, options, events, r, true));
  }
}
