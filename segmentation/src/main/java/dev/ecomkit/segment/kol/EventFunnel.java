package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentException;
import java.util.Arrays;

/**
 * The conversion funnel of an event log ({@link ContentFunnel#fromEvents}): for every (content, user) pair, the
 * deepest step reached within the window, then per content the users at each depth.
 *
 * <p>Per pair the rows are taken in (time, step) order, a click before an add to cart before an order at the same
 * millisecond. The depth is that of ClickHouse's {@code windowFunnel} (a greedy pass that keeps, per depth, the latest
 * click a chain reaching that depth started from; the latest start dominates, since starts only move forward): a
 * click starts a chain; an add to cart moves the latest chain that has a click on to depth 2, an order the latest at
 * depth 2 on to depth 3, and an order after an order (checked first) the latest at depth 3 on to depth 4, the
 * repurchase; each move only if the row is at most the window after the chain's click. A row with no chain to move
 * (an add to cart before any click) counts for nothing; repeated rows move nothing further, so each user counts once
 * per step. Identical rows (the same step at the same millisecond) are one row, so a log delivered at least once
 * does not turn a duplicated order into a repurchase.
 *
 * <p>Work: the rows are scattered by content (a counting sort), each content's rows grouped by user with an
 * open-addressing table and scattered by group, each group sorted and walked once: linear in the rows except for
 * the sort of a user's own rows. Scratch: 16 bytes a row plus 40 to 64 bytes a row of the largest content. Not
 * thread-safe: one instance a call.
 */
final class EventFunnel {

  /** Depths 1 to 4: click, add to cart, order, repurchase. */
  static final int DEPTHS = 4;

  private static final int INSERTION_SORT_MAX = 24;
  private static final long NONE = Long.MIN_VALUE;

  private final long window;

  private long[] tableKeys = new long[0];
  private int[] tableGroups = new int[0];
  private int[] groupOf = new int[0];
  private int[] groupStart = new int[0];
  private long[] grouped = new long[0];

  /**
   * @param window the conversion window in ms, 0 or more
   */
  EventFunnel(long window) {
    this.window = window;
  }

  /**
   * Users per content at each depth.
   *
   * @return {@code counts[content][depth - 1]}: the users who reached at least that depth
   */
  long[][] count(FunnelEvents log) {
    int contents = log.contents().size();
    long[] users = log.users();
    long[] times = log.times();
    int[] codes = log.codes();
    int n = users.length;
    int[] start = new int[contents + 1];
    for (int i = 0; i < n; i++) {
      start[(codes[i] >>> 2) + 1]++;
    }
    int largest = 0;
    for (int c = 0; c < contents; c++) {
      largest = Math.max(largest, start[c + 1]);
      start[c + 1] += start[c];
    }
    long[] byUser = new long[n];
    long[] byKey = new long[n];
    int[] next = Arrays.copyOf(start, contents);
    for (int i = 0; i < n; i++) {
      int at = next[codes[i] >>> 2]++;
      byUser[at] = users[i];
      byKey[at] = times[i] << 2 | (codes[i] & 3);
    }
    prepare(largest);
    long[][] counts = new long[contents][DEPTHS];
    for (int c = 0; c < contents; c++) {
      content(byUser, byKey, start[c], start[c + 1], counts[c]);
    }
    return counts;
  }

  private void prepare(int largest) {
    int capacity = capacity(largest);
    tableKeys = new long[capacity];
    tableGroups = new int[capacity];
    groupOf = new int[largest];
    groupStart = new int[largest + 1];
    grouped = new long[largest];
  }

  private void content(long[] byUser, long[] byKey, int from, int to, long[] counts) {
    int m = to - from;
    if (m == 0) {
      return;
    }
    int capacity = capacity(m);
    int mask = capacity - 1;
    Arrays.fill(tableGroups, 0, capacity, -1);
    int groups = 0;
    for (int j = 0; j < m; j++) {
      long user = byUser[from + j];
      int slot = (int) mix(user) & mask;
      int g;
      while (true) {
        g = tableGroups[slot];
        if (g < 0) {
          g = groups++;
          tableGroups[slot] = g;
          tableKeys[slot] = user;
          groupStart[g + 1] = 0;
          break;
        }
        if (tableKeys[slot] == user) {
          break;
        }
        slot = (slot + 1) & mask;
      }
      groupOf[j] = g;
      groupStart[g + 1]++;
    }
    groupStart[0] = 0;
    for (int g = 0; g < groups; g++) {
      groupStart[g + 1] += groupStart[g];
    }
    // scatter: groupStart[g] moves to the end of group g, then back by one group
    for (int j = 0; j < m; j++) {
      grouped[groupStart[groupOf[j]]++] = byKey[from + j];
    }
    int lo = 0;
    for (int g = 0; g < groups; g++) {
      int hi = groupStart[g];
      int depth = depth(lo, hi);
      for (int d = 0; d < depth; d++) {
        counts[d]++;
      }
      lo = hi;
    }
  }

  /** The deepest step of one user's rows {@code grouped[lo, hi)}, 0 to 4. */
  private int depth(int lo, int hi) {
    if (hi - lo <= INSERTION_SORT_MAX) {
      for (int i = lo + 1; i < hi; i++) {
        long v = grouped[i];
        int k = i - 1;
        while (k >= lo && grouped[k] > v) {
          grouped[k + 1] = grouped[k];
          k--;
        }
        grouped[k + 1] = v;
      }
    } else {
      Arrays.sort(grouped, lo, hi);
    }
    long clicked = NONE;
    long carted = NONE;
    long ordered = NONE;
    long repurchased = NONE;
    for (int i = lo; i < hi; i++) {
      long key = grouped[i];
      if (i > lo && key == grouped[i - 1]) {
        continue; // the same step at the same millisecond again: a repeated delivery, one row
      }
      long time = key >> 2;
      switch ((int) (key & 3)) {
        case 0:
          clicked = time;
          break;
        case 1:
          if (clicked != NONE && time - clicked <= window) {
            carted = clicked;
          }
          break;
        default:
          if (ordered != NONE && time - ordered <= window) {
            repurchased = ordered;
          }
          if (carted != NONE && time - carted <= window) {
            ordered = carted;
          }
          break;
      }
    }
    return repurchased != NONE ? 4 : ordered != NONE ? 3 : carted != NONE ? 2 : clicked != NONE ? 1 : 0;
  }

  /** A power of two from 2m to 4m, so the table is at most half full. */
  private static int capacity(int m) {
    if (m > 1 << 29) {
      throw new SegmentException("events", "one piece of content has " + m + " rows; at most 2^29 are supported");
    }
    return Integer.highestOneBit(Math.max(4, m) * 2 - 1) << 1;
  }

  /** Murmur3's 64-bit finaliser. */
  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9a34f53e87bL;
    return x ^ x >>> 33;
  }
}
