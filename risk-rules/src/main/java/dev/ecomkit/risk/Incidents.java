package dev.ecomkit.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's incidents and crisis levels ({@link CrisisPolicy}): opening on threshold alerts, counting mentions,
 * escalating on conditions and on response deadlines, acknowledging and resolving.
 *
 * <p>Not thread-safe; the engine's.
 */
final class Incidents {

  /** How many recent mentions an incident keeps as evidence. */
  static final int RECENT = 10;

  /** One incident's mutable state. */
  static final class State {
    final String id;
    final String ruleId;
    final RuleCategory category;
    final RuleScope scope;
    final String key;
    int level;
    Incident.Status status = Incident.Status.OPEN;
    final long opened;
    long due;
    /** When acknowledged at the current level, else {@code Long.MIN_VALUE}. */
    long acknowledged = Long.MIN_VALUE;
    /** When resolved, else {@code Long.MAX_VALUE}; the engine drops it once the watermark passes this time. */
    long resolved = Long.MAX_VALUE;
    int mentions;
    /** Mentions when the current level was reached: growth is counted from here. */
    int mentionsAtLevel;
    final TreeMap<String, Integer> platforms = new TreeMap<>();
    final ArrayDeque<Evidence> recent = new ArrayDeque<>();
    final List<IncidentEvent> timeline = new ArrayList<>();

    State(String id, String ruleId, RuleCategory category, RuleScope scope, String key, long opened) {
      this.id = id;
      this.ruleId = ruleId;
      this.category = category;
      this.scope = scope;
      this.key = key;
      this.opened = opened;
    }

    void add(Evidence e) {
      mentions++;
      platforms.merge(e.platform(), 1, Integer::sum);
      if (recent.size() == RECENT) {
        recent.pollFirst();
      }
      recent.addLast(e);
    }

    long lastEvent() {
      return timeline.get(timeline.size() - 1).time().toEpochMilli();
    }

    /** Adds a step in time order (after the steps of the same time). */
    void record(IncidentEvent e) {
      int i = timeline.size();
      while (i > 0 && timeline.get(i - 1).time().isAfter(e.time())) {
        i--;
      }
      timeline.add(i, e);
    }

    Incident view() {
      Incident.Builder b = Incident.builder().id(id).ruleId(ruleId).category(category).level(level).status(status)
          .opened(Instant.ofEpochMilli(opened)).due(Instant.ofEpochMilli(due)).mentions(mentions)
          .putAllPlatforms(platforms).addAllRecent(recent).addAllTimeline(timeline);
      if (scope != RuleScope.GLOBAL) {
        b.scopeKey(key);
      }
      return b.build();
    }
  }

  private final CrisisPolicy policy;
  private long counter;
  private final LinkedHashMap<String, State> byId = new LinkedHashMap<>();
  /** Rule id to scope key to the unresolved incident. */
  private final Map<String, Map<String, State>> byScope = new HashMap<>();
  /** The earliest response deadline that can escalate, or {@code Long.MAX_VALUE}. */
  private long nextDeadline = Long.MAX_VALUE;

  Incidents(CrisisPolicy policy) {
    this.policy = policy;
  }

  CrisisPolicy policy() {
    return policy;
  }

  boolean covers(Rule r) {
    return policy.categories().contains(r.category());
  }

  /** The incident of a rule and key that a mention at {@code t} belongs to: open, and not resolved by {@code t}. */
  State active(String ruleId, String key, long t) {
    Map<String, State> m = byScope.get(ruleId);
    State s = m == null ? null : m.get(key);
    if (s != null && s.resolved <= t) {
      drop(s);
      return null;
    }
    return s;
  }

  private void drop(State s) {
    byId.remove(s.id);
    Map<String, State> m = byScope.get(s.ruleId);
    m.remove(s.key);
    if (m.isEmpty()) {
      byScope.remove(s.ruleId);
    }
  }

  /** A threshold alert's incident: the one open for its rule and key, with the mention added, or a new one. */
  State onThreshold(Rule r, String key, long t, List<Evidence> window, Evidence mention) {
    State s = active(r.id(), key, t);
    if (s != null) {
      s.add(mention);
      return s;
    }
    s = new State("INC-" + ++counter, r.id(), r.category(), r.scope(), key, t);
    for (Evidence e : window) {
      s.add(e);
    }
    s.level = 3;
    s.due = t + policy.level3().respondWithin().toMillis();
    s.mentionsAtLevel = s.mentions;
    s.timeline.add(IncidentEvent.of(Instant.ofEpochMilli(t), IncidentEvent.Kind.OPENED, 3,
        r.id() + " " + r.threshold()));
    put(s);
    nextDeadline = Math.min(nextDeadline, s.due);
    return s;
  }

  /** Counts a matching mention toward the open incident of its rule and key, if there is one. */
  State onMention(String ruleId, String key, long t, Evidence mention) {
    State s = active(ruleId, key, t);
    if (s != null) {
      s.add(mention);
    }
    return s;
  }

  /** Raises the incident to the level its mentions call for, at time {@code t}; the escalation alert or null. */
  Alert escalate(State s, long t) {
    int target = s.level;
    String why = null;
    int most = 0;
    String where = null;
    for (Map.Entry<String, Integer> p : s.platforms.entrySet()) {
      if (p.getValue() > most) {
        most = p.getValue();
        where = p.getKey();
      }
    }
    if (s.platforms.size() >= policy.level1Platforms()) {
      target = 1;
      why = "mentions on " + s.platforms.size() + " platforms";
    } else if (s.mentions >= policy.level1Mentions()) {
      target = 1;
      why = s.mentions + " mentions";
    } else if (most >= policy.level2MentionsOnOnePlatform()) {
      target = 2;
      why = most + " mentions on " + where;
    } else if (s.level == 3 && s.mentions - s.mentionsAtLevel >= policy.level2Growth()) {
      target = 2;
      why = "still growing: " + (s.mentions - s.mentionsAtLevel) + " more mentions at level 3";
    }
    return target < s.level ? raise(s, target, t, why) : null;
  }

  /**
   * Raises an incident at {@code t}. Steps the caller timed after {@code t} but recorded earlier (the watermark was
   * behind the caller's clock) are applied as if in time order: an acknowledgement after {@code t} acknowledges the
   * new level, a resolution after {@code t} still resolves it.
   */
  private Alert raise(State s, int level, long t, String why) {
    s.level = level;
    boolean acknowledgedAfter = s.acknowledged != Long.MIN_VALUE && s.acknowledged > t;
    if (!acknowledgedAfter) {
      s.acknowledged = Long.MIN_VALUE;
    }
    s.status = s.resolved != Long.MAX_VALUE ? Incident.Status.RESOLVED
        : acknowledgedAfter ? Incident.Status.ACKNOWLEDGED : Incident.Status.OPEN;
    CrisisLevel l = policy.level(level);
    s.due = t + l.respondWithin().toMillis();
    s.mentionsAtLevel = s.mentions;
    Instant at = Instant.ofEpochMilli(t);
    for (int i = 0; i < s.timeline.size(); i++) {
      IncidentEvent e = s.timeline.get(i);
      if (e.time().isAfter(at)) { // later steps now happen at the new level
        s.timeline.set(i, IncidentEvent.of(e.time(), e.kind(), level, e.detail()));
      }
    }
    s.record(IncidentEvent.of(at, IncidentEvent.Kind.ESCALATED, level, why));
    recomputeDeadline();
    Alert.Builder a = Alert.builder().kind(Alert.Kind.ESCALATION).reason(why).incidentId(s.id).level(level)
        .ruleId(s.ruleId).category(s.category).scope(s.scope).time(at).windowStart(Instant.ofEpochMilli(s.opened))
        .windowEnd(at).count(s.mentions).addAllEvidence(s.recent).action(l.action()).owner(l.owner())
        .due(Instant.ofEpochMilli(s.due));
    if (s.scope != RuleScope.GLOBAL) {
      a.scopeKey(s.key);
    }
    return a.build();
  }

  /**
   * Whether a missed deadline escalates the incident: not acknowledged by its due time, not resolved by then, and a
   * level left to go to.
   */
  private boolean overdueEscalates(State s) {
    boolean late = s.acknowledged == Long.MIN_VALUE || s.acknowledged > s.due;
    return late && s.resolved > s.due && (s.level == 3 || (s.level == 2 && policy.level1WhenLevel2Overdue()));
  }

  long nextDeadline() {
    return nextDeadline;
  }

  /**
   * Escalates, in deadline order, every incident whose response was due at or before {@code upTo}, then drops those
   * resolved at or before it.
   */
  void timers(long upTo, List<Alert> out) {
    while (nextDeadline <= upTo) {
      State first = null;
      for (State s : byId.values()) {
        if (overdueEscalates(s) && s.due <= upTo && (first == null || s.due < first.due)) {
          first = s;
        }
      }
      if (first == null) {
        List<State> done = new ArrayList<>();
        for (State s : byId.values()) {
          if (s.resolved <= upTo) {
            done.add(s);
          }
        }
        done.forEach(this::drop);
        recomputeDeadline();
        return;
      }
      Duration within = policy.level(first.level).respondWithin();
      out.add(raise(first, first.level - 1, first.due, "not acknowledged within " + within));
    }
  }

  /** The earliest of the deadlines that escalate and the resolutions still to drop. */
  private void recomputeDeadline() {
    long next = Long.MAX_VALUE;
    for (State s : byId.values()) {
      if (overdueEscalates(s)) {
        next = Math.min(next, s.due);
      }
      next = Math.min(next, s.resolved);
    }
    nextDeadline = next;
  }

  Incident acknowledge(String id, Instant at, String by) {
    State s = find(id, at);
    if (s.acknowledged != Long.MIN_VALUE) {
      throw new RiskException("incidentId", "incident " + id + " is already acknowledged at level " + s.level
          + "; it needs acknowledging again only after an escalation");
    }
    s.status = Incident.Status.ACKNOWLEDGED;
    s.acknowledged = at.toEpochMilli();
    s.record(IncidentEvent.of(at, IncidentEvent.Kind.ACKNOWLEDGED, s.level, "by " + by));
    recomputeDeadline();
    return s.view();
  }

  Incident resolve(String id, Instant at, String note) {
    State s = find(id, at);
    s.status = Incident.Status.RESOLVED;
    s.resolved = at.toEpochMilli();
    s.record(IncidentEvent.of(at, IncidentEvent.Kind.RESOLVED, s.level, note));
    recomputeDeadline();
    return s.view();
  }

  private State find(String id, Instant at) {
    State s = byId.get(id);
    if (s == null || s.resolved != Long.MAX_VALUE) {
      throw new RiskException("incidentId", "no unresolved incident \"" + id + "\"; see RuleEngine.incidents()");
    }
    if (at.toEpochMilli() < s.lastEvent()) {
      throw new RiskException("at", "incident " + id + ": " + at + " is before its last event at "
          + Instant.ofEpochMilli(s.lastEvent()) + "; timeline steps go forward in time");
    }
    return s;
  }

  List<Incident> views() {
    List<Incident> out = new ArrayList<>(byId.size());
    for (State s : byId.values()) {
      if (s.resolved == Long.MAX_VALUE) {
        out.add(s.view());
      }
    }
    return out;
  }

  // ---- for the snapshot

  long counter() {
    return counter;
  }

  Iterable<State> states() {
    return byId.values();
  }

  void restore(long count, List<State> states) {
    counter = count;
    states.forEach(this::put);
    recomputeDeadline();
  }

  private void put(State s) {
    byId.put(s.id, s);
    byScope.computeIfAbsent(s.ruleId, k -> new HashMap<>()).put(s.key, s);
  }
}
