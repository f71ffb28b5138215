package dev.ecomkit.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One scope key's sliding window for one rule: the latest {@code n} matching mentions (n = the rule's {@link
 * Threshold#mentionsToFire()}), fed in event-time order, and whether the rule is armed for this key.
 *
 * <p>The count of the window ending at {@code t} reaches {@code n} exactly when the {@code n}-th latest mention is
 * later than {@code t − D}, so the latest {@code n} are all the state a threshold needs: memory is bounded by the
 * threshold, not by the traffic.
 *
 * <p>Re-arm policy: after firing, the rule stays quiet for this key until the count has fallen below {@code n} at
 * some instant (the oldest of the latest {@code n} left the window before the next mention came); the next crossing
 * fires again. A burst that keeps the count at or above the threshold fires once.
 *
 * <p>Not thread-safe; the engine's.
 */
final class Window {

  private long[] times;
  private Evidence[] items;
  /** Index of the oldest entry. */
  private int head;
  private int size;
  private boolean armed = true;

  Window(int capacity) {
    int c = Math.min(capacity, 8);
    times = new long[c];
    items = new Evidence[c];
  }

  int size() {
    return size;
  }

  boolean armed() {
    return armed;
  }

  long newest() {
    return times[(head + size - 1) % times.length];
  }

  private long oldest() {
    return times[head];
  }

  /**
   * Adds a mention at {@code t} (no earlier than any before) and says whether the rule fires with it.
   *
   * @param n mentions to fire
   * @param window the window in milliseconds
   */
  boolean add(long t, Evidence e, int n, long window) {
    if (!armed && (size < n || oldest() + window < t)) {
      armed = true; // the count fell below n between the last mention and this one
    }
    while (size > n - 1 && size > 0) {
      drop(); // keep n - 1, so n with this one
    }
    if (size == times.length) {
      grow(n);
    }
    int i = (head + size) % times.length;
    times[i] = t;
    items[i] = e;
    size++;
    if (armed && size == n && oldest() > t - window) {
      armed = false;
      return true;
    }
    return false;
  }

  private void drop() {
    items[head] = null;
    head = (head + 1) % times.length;
    size--;
  }

  private void grow(int n) {
    int c = (int) Math.min(n, Math.max(8L, 2L * times.length));
    long[] t = new long[c];
    Evidence[] e = new Evidence[c];
    for (int k = 0; k < size; k++) {
      t[k] = times[(head + k) % times.length];
      e[k] = items[(head + k) % times.length];
    }
    times = t;
    items = e;
    head = 0;
  }

  /** The entries, oldest first. */
  List<Evidence> evidence() {
    List<Evidence> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(items[(head + k) % times.length]);
    }
    return out;
  }

  long[] times() {
    long[] out = new long[size];
    for (int k = 0; k < size; k++) {
      out[k] = times[(head + k) % times.length];
    }
    return out;
  }

  /** Keeps the latest {@code n} (after a threshold change). */
  void trim(int n) {
    while (size > n) {
      drop();
    }
  }

  /** Restores a snapshot's entries and arming. */
  static Window restore(long[] ts, List<Evidence> es, boolean armed, int n) {
    Window w = new Window(Math.max(n, ts.length));
    w.times = Arrays.copyOf(ts, Math.max(ts.length, 1));
    w.items = es.toArray(new Evidence[Math.max(ts.length, 1)]);
    w.size = ts.length;
    w.armed = armed;
    w.trim(n);
    return w;
  }
}
