package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Watches a stream of {@link Mention}s with a {@link RuleSet} and raises {@link Alert}s (舆情监控): which rule fired,
 * over which platform or SKU, on what evidence, what to do, who owns it and by when.
 *
 * <pre>{@code
 * RuleEngine engine = RuleSet.handbookDefaults().newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
 * for (Mention m : stream) {
 *   engine.accept(m).forEach(alerts::send);
 * }
 * engine.advanceTo(endOfStream).forEach(alerts::send);   // what the last 10 minutes held back
 * engine.drainLate().forEach(review::add);               // mentions that came too late to count
 * }</pre>
 *
 * <h2>Event time</h2>
 *
 * A mention counts at its own time ({@link Mention#time()}, to the millisecond), not at its arrival. The engine's
 * <i>watermark</i> is the newest event time seen minus the allowed lateness ({@link EngineOptions#allowedLateness()}),
 * or a later time given to {@link #advanceTo}; it never moves back. A mention older than the watermark is <i>late</i>:
 * it does not count, and it is kept for {@link #drainLate()} (up to {@link EngineOptions#lateLimit()}, beyond which
 * the oldest are dropped and counted in {@link #lateDropped()}) — never dropped unseen, except a late copy of a
 * post that was counted (see Counting below), which is a repeat. Mentions that match no rule change nothing and are
 * neither kept nor reported.
 *
 * <p>Mentions are fed to the windows in event-time order (ties by platform, then id) once the watermark has passed
 * them. An alert's {@link Alert#time()} is the time at which the count, with the mentions in that order, crossed the
 * threshold, so a late-arriving but not late mention can make it earlier, and the alerts — which, when, on what
 * evidence — do not depend on the order mentions arrive in within the lateness. The price is latency: an alert is
 * emitted when the watermark passes its time, that is up to the allowed lateness after the newest mention. With
 * lateness zero every mention is fed at once, and an alert comes with the mention that crosses the threshold;
 * mentions of the same millisecond then count in arrival order.
 *
 * <h2>Counting</h2>
 *
 * A mention matches a rule when it holds one of the rule's keywords outside the rule's allowed phrases, after the
 * set's normalisation. A repeated post (same platform and id) counts once: a copy whose time is within the longest
 * rule window of the counted copy's is ignored and counted in {@link #duplicatesIgnored()} (a copy later than that is
 * a new post). Which copy counts does not depend on arrival order while they wait for the watermark: the earliest,
 * and of copies of the same time the one with the smallest text (then SKU, then author). A late copy of a counted
 * post within the longest rule window of it is a repeat while the watermark is too (the usual case: a record
 * delivered again after a restart), and late after that. Each rule counts over its scope: all mentions, each
 * platform's, or each SKU's. Re-arm policy: once a rule fires for a scope key, it stays quiet for that key until the
 * count has fallen below the threshold; the next crossing fires again. A burst that keeps the count at or above the threshold fires once.
 *
 * <h2>Crisis levels</h2>
 *
 * A threshold alert of a rule whose category the {@link EngineOptions#crisis()} policy covers opens an {@link
 * Incident} at level 3, or joins the open one of its rule and scope key (its {@link Alert#incidentId()}); every later
 * matching mention of that rule and key counts toward it. The incident escalates to level 2 or 1 when its mentions
 * meet the policy's conditions (at the mention's time) or when its level's response deadline passes unacknowledged
 * (at the deadline, a timer in event time fired by {@link #accept} or {@link #advanceTo} once the watermark passes
 * it); each escalation is an {@link Alert.Kind#ESCALATION} alert. {@link #acknowledge} and {@link #resolve} move an
 * incident on at times the caller gives: the engine reads no clock. A call takes effect at its own time even when the
 * watermark is still behind it: an acknowledgement timed after a deadline lets that escalation happen and then
 * acknowledges the new level; a resolved incident still takes the mentions from before its resolution and escalates
 * on deadlines before it, and is dropped once the watermark passes it.
 *
 * <h2>Memory</h2>
 *
 * Per rule and scope key, the latest {@link Threshold#mentionsToFire()} matching mentions; a key's state is dropped
 * once its newest mention has left the window. Plus the ids of the matching mentions within the longest window, the
 * mentions not yet passed by the watermark, the late list and the unresolved incidents. Memory follows the active
 * keys and the matching traffic of one window, not the history.
 *
 * <p>Not thread-safe: feed one engine from one thread at a time (or guard it with a lock); use one engine per
 * partition of the stream for parallelism.
 *
 * @since 0.1
 */
public final class RuleEngine {

  private static final Comparator<Pending> EVENT_ORDER = Comparator.<Pending>comparingLong(p -> p.time)
      .thenComparing(p -> p.mention.platform()).thenComparing(p -> p.mention.id());

  private final EngineOptions options;
  private final long lateness;
  private RuleSet rules;
  private RuleMatcher matcher;
  private RuleMatcher.Bridge bridge;
  private RuleWindows[] states;
  private final Map<String, RuleWindows> stateById = new HashMap<>();
  /** The longest window of the rules, in milliseconds: how long ids are remembered. */
  private long horizon;
  /** The shortest window of the rules, in milliseconds: the soonest a new window can close. */
  private long shortest;

  /** Mentions older than this (epoch milliseconds) are late. */
  private long watermark = Long.MIN_VALUE;
  private long newestEvent = Long.MIN_VALUE;
  /** The earliest watermark at which a sweep may drop something. */
  private long nextSweep = Long.MAX_VALUE;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>(EVENT_ORDER);
  /** Counted posts (platform and id) to their copy that counts, in arrival order. */
  private final LinkedHashMap<String, Seen> seen = new LinkedHashMap<>();
  private final ArrayDeque<Mention> late = new ArrayDeque<>();
  private long lateDropped;
  private long duplicates;

  private final Matches matches = new Matches();
  private final Incidents incidents;
  /** Alerts of the call under way. */
  private final ArrayList<Alert> emitted = new ArrayList<>();

  RuleEngine(RuleSet rules, EngineOptions options) {
    this.options = checkNotNull(options, "options");
    this.lateness = options.allowedLateness().toMillis();
    this.incidents = new Incidents(options.crisis());
    install(checkNotNull(rules, "rules"));
  }

  /** Takes a rule set, keeping the state of the rules whose ids it still has. */
  private void install(RuleSet set) {
    List<Rule> list = set.rules();
    RuleWindows[] next = new RuleWindows[list.size()];
    Map<String, RuleWindows> kept = new HashMap<>();
    long longest = 0;
    long least = Long.MAX_VALUE;
    for (int i = 0; i < next.length; i++) {
      Rule r = list.get(i);
      RuleWindows w = stateById.get(r.id());
      if (w == null) {
        w = new RuleWindows(r);
      } else {
        w.update(r);
      }
      next[i] = w;
      kept.put(r.id(), w);
      longest = Math.max(longest, w.windowMillis());
      least = Math.min(least, w.windowMillis());
    }
    for (RuleWindows old : stateById.values()) {
      if (!kept.containsKey(old.rule().id())) {
        old.remove();
      }
    }
    stateById.clear();
    stateById.putAll(kept);
    states = next;
    horizon = longest;
    shortest = least;
    rules = set;
    matcher = set.matcher();
    bridge = matcher.bridge(matches);
    matches.resize(next.length);
    nextSweep = Long.MIN_VALUE; // a changed window changes what may be dropped
  }

  /**
   * Takes a mention: counts it if it matches a rule, is not late and is not a repeat, and returns the alerts it lets
   * out — its own crossing with lateness zero, otherwise those of earlier mentions the advanced watermark passed.
   *
   * @param mention the mention
   * @return the alerts, in event-time order; often none
   */
  public List<Alert> accept(Mention mention) {
    checkNotNull(mention, "mention");
    long t = mention.time().toEpochMilli();
    Matches found = matches.of(matcher, bridge, mention.text());
    if (found.count > 0) {
      if (t < watermark) {
        Seen counted = seen.get(post(mention));
        if (counted != null && watermark < counted.time + horizon && t > counted.time - horizon) {
          duplicates++; // a late copy of a post still in its windows: a repeat (a redelivery), not news
        } else {
          keepLate(mention);
        }
        return List.of();
      }
      String id = post(mention);
      Seen first = seen.get(id);
      if (first != null && t < first.time + horizon) {
        duplicates++;
        if (first.pending != null && comesBefore(mention, t, first.pending)) {
          // the earliest copy counts, whatever the arrival order, while it still waits for the watermark
          pending.remove(first.pending);
          first.time = t;
          first.pending = found.pending(mention, t, states, first);
          pending.add(first.pending);
        }
      } else {
        Seen entry = new Seen(t);
        entry.pending = found.pending(mention, t, states, entry);
        pending.add(entry.pending);
        seen.put(id, entry);
        nextSweep = Math.min(nextSweep, t + shortest);
      }
    }
    if (t > newestEvent) {
      newestEvent = t;
      if (t - lateness > watermark) {
        watermark = t - lateness;
      }
    }
    return pending.isEmpty() && watermark < nextSweep && watermark < incidents.nextDeadline() ? List.of()
        : advance();
  }

  /**
   * Whether a copy of a post at {@code t} goes before the pending copy: earlier; or as early with a smaller text,
   * then SKU, then author (absent first). A total order, so the copy that counts does not depend on arrival order.
   */
  private static boolean comesBefore(Mention m, long t, Pending p) {
    if (t != p.time) {
      return t < p.time;
    }
    Mention q = p.mention;
    int c = m.text().compareTo(q.text());
    if (c == 0) {
      c = compare(m.sku(), q.sku());
    }
    if (c == 0) {
      c = compare(m.author(), q.author());
    }
    return c < 0;
  }

  private static int compare(Optional<String> a, Optional<String> b) {
    if (a.isPresent() != b.isPresent()) {
      return a.isPresent() ? 1 : -1;
    }
    return a.isPresent() ? a.get().compareTo(b.get()) : 0;
  }

  /**
   * Moves the watermark to a time, if it is later than the current one: mentions before it are counted, their
   * alerts returned, windows that closed dropped. Call it when the stream is quiet (a timer, the end of a batch) so
   * that held-back alerts come out without waiting for the next mention.
   *
   * @param time the new watermark; mentions older than it will be late
   * @return the alerts, in event-time order
   * @throws RiskException if the time is outside {@link Mention#MIN_TIME} to {@link Mention#MAX_TIME}
   */
  public List<Alert> advanceTo(Instant time) {
    long w = checkTime(time, "time").toEpochMilli();
    if (w > watermark) {
      watermark = w;
    }
    return advance();
  }

  /**
   * Feeds the mentions the watermark has passed, in event-time order, with the response deadlines that fall between
   * them, and drops what has closed.
   */
  private List<Alert> advance() {
    // with lateness zero a mention at the watermark is fed at once; otherwise only those before it
    long limit = lateness == 0 || watermark == Long.MIN_VALUE ? watermark : watermark - 1;
    while (!pending.isEmpty() && pending.peek().time <= limit) {
      Pending p = pending.poll();
      if (p.seen != null) {
        p.seen.pending = null;
      }
      if (incidents.nextDeadline() < p.time) {
        incidents.timers(p.time - 1, emitted); // deadlines before this mention
      }
      for (int i = 0; i < p.rules.length; i++) {
        RuleWindows r = p.rules[i];
        if (!r.removed()) {
          feed(r, p, p.evidence[i]);
        }
      }
    }
    if (incidents.nextDeadline() <= limit) {
      incidents.timers(limit, emitted);
    }
    if (watermark >= nextSweep) {
      sweep();
    }
    if (emitted.isEmpty()) {
      return List.of();
    }
    List<Alert> out = List.copyOf(emitted);
    emitted.clear();
    return out;
  }

  /** One matching mention through one rule's window and incident. */
  private void feed(RuleWindows r, Pending p, Evidence e) {
    String key = r.key(p.mention.platform(), p.mention.sku().orElse(null));
    if (key == null) {
      return;
    }
    Rule rule = r.rule();
    Window fired = r.offer(key, p.time, e);
    Incidents.State s;
    if (fired != null) {
      s = incidents.covers(rule) ? incidents.onThreshold(rule, key, p.time, fired.evidence(), e) : null;
      emitted.add(r.thresholdAlert(key, p.time, fired, s));
    } else {
      s = incidents.onMention(rule.id(), key, p.time, e);
    }
    if (s != null) {
      Alert escalation = incidents.escalate(s, p.time);
      if (escalation != null) {
        emitted.add(escalation);
      }
    }
  }

  private void sweep() {
    long next = Long.MAX_VALUE;
    for (RuleWindows r : states) {
      next = Math.min(next, r.evict(watermark));
    }
    Iterator<Seen> it = seen.values().iterator();
    while (it.hasNext()) {
      long expires = it.next().time + horizon;
      if (expires > watermark) {
        next = Math.min(next, expires);
        break;
      }
      it.remove();
    }
    nextSweep = next;
  }

  private void keepLate(Mention m) {
    if (options.lateLimit() == 0) {
      lateDropped++;
      return;
    }
    if (late.size() == options.lateLimit()) {
      late.pollFirst();
      lateDropped++;
    }
    late.addLast(m);
  }

  /**
   * The late mentions kept since the last call, in arrival order, and forgets them.
   *
   * @return the late mentions that matched a rule
   */
  public List<Mention> drainLate() {
    List<Mention> out = new ArrayList<>(late);
    late.clear();
    return out;
  }

  /**
   * The incidents not yet resolved, in the order they opened.
   *
   * @return copies of their state now
   */
  public List<Incident> incidents() {
    return incidents.views();
  }

  /**
   * Records that an incident's owner took it on at {@code at}. An incident acknowledged after its level's response
   * deadline still escalates when the watermark passes the deadline (the acknowledgement came late), and the
   * acknowledgement then counts for the new level.
   *
   * @param incidentId the incident's id
   * @param at when, no earlier than the incident's last timeline step
   * @param by who
   * @return the incident after the step
   * @throws RiskException if there is no such unresolved incident, it is already acknowledged at its level, or the
   *     time goes back
   */
  public Incident acknowledge(String incidentId, Instant at, String by) {
    checkNotNull(incidentId, "incidentId");
    checkNotNull(by, "by");
    return incidents.acknowledge(incidentId, checkTime(at, "at"), by);
  }

  /**
   * Closes an incident at {@code at}: it leaves {@link #incidents()}; mentions before {@code at} still count toward it
   * and deadlines before {@code at} still escalate it until the watermark passes {@code at}, when the engine forgets
   * it. The next threshold alert of its rule and scope after that opens a new one.
   *
   * @param incidentId the incident's id
   * @param at when, no earlier than the incident's last timeline step
   * @param note what was done
   * @return the incident, {@link Incident.Status#RESOLVED}, with its whole timeline
   * @throws RiskException if there is no such unresolved incident or the time goes back
   */
  public Incident resolve(String incidentId, Instant at, String note) {
    checkNotNull(incidentId, "incidentId");
    checkNotNull(note, "note");
    return incidents.resolve(incidentId, checkTime(at, "at"), note);
  }

  private static Instant checkTime(Instant t, String name) {
    checkNotNull(t, name);
    if (!Mention.inRange(t)) {
      throw new RiskException(name, "the time " + t + " is outside the years 1 to 9999");
    }
    return t;
  }

  /**
   * How many late mentions were dropped because more than {@link EngineOptions#lateLimit()} waited to be drained.
   *
   * @return the count since the engine started
   */
  public long lateDropped() {
    return lateDropped;
  }

  /**
   * How many repeated posts (same platform and id as a counted one) were ignored.
   *
   * @return the count since the engine started
   */
  public long duplicatesIgnored() {
    return duplicates;
  }

  /**
   * The watermark: mentions older than it are late.
   *
   * @return the watermark, or empty before the first mention or {@link #advanceTo}
   */
  public Optional<Instant> watermark() {
    return watermark == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(watermark));
  }

  /**
   * How many (rule, scope key) windows hold mentions: what the engine's memory grows with.
   *
   * @return the count
   */
  public int activeWindows() {
    int n = 0;
    for (RuleWindows r : states) {
      n += r.windows().size();
    }
    return n;
  }

  /**
   * Replaces the rule set, keeping the windows of the rules whose ids it still has (a rule whose scope changed
   * starts afresh; one whose threshold dropped keeps its latest mentions). Mentions accepted but not yet passed by
   * the watermark keep the matches they were accepted with and count for the rules that remain.
   *
   * @param next the new rules
   */
  public void replaceRules(RuleSet next) {
    install(checkNotNull(next, "next"));
  }

  /**
   * The rules in force.
   *
   * @return the rule set
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public EngineOptions options() {
    return options;
  }

  /**
   * The engine's whole state as versioned JSON: options, watermark, windows, remembered ids, mentions waiting for
   * the watermark, late mentions not yet drained. {@link RuleSet#restore(String)} makes an engine that, fed the rest
   * of the stream, emits exactly what this one would.
   *
   * @return the JSON
   */
  public String snapshot() {
    return EngineSnapshot.write(this);
  }

  // ---- for EngineSnapshot

  RuleWindows[] states() {
    return states;
  }

  long watermarkMillis() {
    return watermark;
  }

  long newestEventMillis() {
    return newestEvent;
  }

  List<Pending> pendingInOrder() {
    List<Pending> out = new ArrayList<>(pending);
    out.sort(EVENT_ORDER);
    return out;
  }

  Map<String, Seen> seen() {
    return seen;
  }

  List<Mention> late() {
    return new ArrayList<>(late);
  }

  Incidents incidentState() {
    return incidents;
  }

  RuleWindows state(String ruleId) {
    return stateById.get(ruleId);
  }

  void restoreCounters(long watermarkMillis, long newestEventMillis, long dropped, long duplicatesIgnored) {
    watermark = watermarkMillis;
    newestEvent = newestEventMillis;
    lateDropped = dropped;
    duplicates = duplicatesIgnored;
    nextSweep = Long.MIN_VALUE;
  }

  void restorePending(Pending p) {
    pending.add(p);
  }

  /** Remembers a post; links it to its pending copy (the post's pending mention, if any), when of the same time. */
  void restoreSeen(String post, long time, Pending copy) {
    Seen entry = new Seen(time);
    if (copy != null && copy.time == time) {
      entry.pending = copy;
      copy.seen = entry;
    }
    seen.put(post, entry);
  }

  void restoreLate(Mention m) {
    late.addLast(m);
  }

  /** The key under which a post is remembered. */
  static String post(Mention m) {
    return m.platform().length() + ":" + m.platform() + m.id();
  }

  /** A counted post: the time of the copy that counts, and that copy while it waits for the watermark. */
  static final class Seen {
    long time;
    Pending pending;

    Seen(long time) {
      this.time = time;
    }
  }

  /** A matching mention waiting for the watermark. */
  static final class Pending {
    final long time;
    final Mention mention;
    final RuleWindows[] rules;
    final Evidence[] evidence;
    /** Its post's entry, told when the mention is fed. */
    Seen seen;

    Pending(long time, Mention mention, RuleWindows[] rules, Evidence[] evidence) {
      this.time = time;
      this.mention = mention;
      this.rules = rules;
      this.evidence = evidence;
    }
  }

  /** Collects a text's matches per rule without allocating when there are none. */
  private static final class Matches implements RuleMatcher.Hit {
    private int[] stamp = new int[0];
    private int epoch;
    private int[] rules = new int[0];
    private int count;
    private List<String>[] keywords;

    @SuppressWarnings("unchecked")
    void resize(int n) {
      stamp = new int[n];
      rules = new int[n];
      keywords = new List[n];
      epoch = 0;
    }

    Matches of(RuleMatcher m, RuleMatcher.Bridge b, String text) {
      count = 0;
      if (++epoch == 0) {
        java.util.Arrays.fill(stamp, 0);
        epoch = 1;
      }
      m.match(text, b);
      return this;
    }

    @Override
    public void accept(int rule, String keyword, int start, int end) {
      if (stamp[rule] != epoch) {
        stamp[rule] = epoch;
        rules[count++] = rule;
        keywords[rule] = new ArrayList<>(2);
      }
      if (!keywords[rule].contains(keyword)) {
        keywords[rule].add(keyword);
      }
    }

    Pending pending(Mention m, long t, RuleWindows[] states, Seen seen) {
      java.util.Arrays.sort(rules, 0, count); // alerts of one mention in rule order
      RuleWindows[] rs = new RuleWindows[count];
      Evidence[] es = new Evidence[count];
      for (int i = 0; i < count; i++) {
        rs[i] = states[rules[i]];
        es[i] = Evidence.of(m, keywords[rules[i]]);
        keywords[rules[i]] = null;
      }
      Pending p = new Pending(t, m, rs, es);
      p.seen = seen;
      return p;
    }
  }
}
