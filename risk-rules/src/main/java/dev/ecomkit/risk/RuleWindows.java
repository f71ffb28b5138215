package dev.ecomkit.risk;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule's windows, one per scope key, in the order they were last fed — which, as mentions are fed in event-time
 * order, is the order of their newest mentions, so windows whose mentions have all left are found at the head.
 *
 * <p>Not thread-safe; the engine's.
 */
final class RuleWindows {

  /** The key of a {@link RuleScope#GLOBAL} rule's one window. */
  static final String GLOBAL_KEY = "";

  private Rule rule;
  private int n;
  private long window;
  /** Whether the rule left the set: its pending mentions are skipped. */
  private boolean removed;
  private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true);

  RuleWindows(Rule rule) {
    set(rule);
  }

  private void set(Rule r) {
    rule = r;
    n = r.threshold().mentionsToFire();
    window = r.threshold().window().toMillis();
  }

  Rule rule() {
    return rule;
  }

  long windowMillis() {
    return window;
  }

  boolean removed() {
    return removed;
  }

  void remove() {
    removed = true;
    windows.clear();
  }

  /**
   * Takes a changed rule of the same id: windows are kept unless the scope changed (their keys would mean something
   * else); a lower threshold keeps each window's latest mentions.
   */
  void update(Rule r) {
    if (r.scope() != rule.scope()) {
      windows.clear();
    }
    set(r);
    windows.values().forEach(w -> w.trim(n));
  }

  Map<String, Window> windows() {
    return windows;
  }

  /** The window key of a mention, or null when the rule does not count it (a SKU rule, a mention without SKU). */
  String key(String platform, String sku) {
    switch (rule.scope()) {
      case GLOBAL:
        return GLOBAL_KEY;
      case PLATFORM:
        return platform;
      default:
        return sku;
    }
  }

  /** Puts back a snapshot's window (windows in the order they were written, oldest-fed first). */
  void restore(String key, boolean armed, List<Evidence> evidence) {
    long[] ts = new long[evidence.size()];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = evidence.get(i).time().toEpochMilli();
    }
    windows.put(key, Window.restore(ts, evidence, armed, n));
  }

  /** Feeds one matching mention (in event-time order); the window if the rule fires, else null. */
  Window offer(String key, long t, Evidence e) {
    Window w = windows.get(key);
    if (w == null) {
      w = new Window(n);
      windows.put(key, w);
    }
    return w.add(t, e, n, window) ? w : null;
  }

  /** The alert of a firing at {@code t}, with its incident if it has one. */
  Alert thresholdAlert(String key, long t, Window w, Incidents.State incident) {
    Instant end = Instant.ofEpochMilli(t);
    Alert.Builder a = Alert.builder().kind(Alert.Kind.THRESHOLD).reason(rule.threshold().toString())
        .ruleId(rule.id()).category(rule.category()).scope(rule.scope()).time(end)
        .windowStart(Instant.ofEpochMilli(t - window)).windowEnd(end).count(w.size()).addAllEvidence(w.evidence())
        .action(rule.action()).owner(rule.owner()).due(end.plus(rule.respondWithin()));
    if (rule.scope() != RuleScope.GLOBAL) {
      a.scopeKey(key);
    }
    if (incident != null) {
      a.incidentId(incident.id).level(incident.level);
    }
    return a.build();
  }

  /**
   * Drops the windows that can no longer matter: those whose newest mention left the window strictly before
   * {@code frontier}, the earliest time a mention still to come can have. Such a window would re-arm at the next
   * mention anyway; a window whose newest mention leaves exactly at {@code frontier} is kept, because a mention at
   * {@code frontier} does not re-arm it (the count does not dip: see {@link Window}).
   *
   * @return the earliest frontier at which a remaining window could be dropped, or {@code Long.MAX_VALUE}
   */
  long evict(long frontier) {
    Iterator<Window> it = windows.values().iterator();
    while (it.hasNext()) {
      long expires = it.next().newest() + window;
      if (expires >= frontier) {
        return expires + 1;
      }
      it.remove();
    }
    return Long.MAX_VALUE;
  }
}
