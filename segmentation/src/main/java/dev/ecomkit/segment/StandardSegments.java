package dev.ecomkit.segment;

/**
 * The default segment table, {@link SegmentTable#standard()}: the eleven names of the R {@code rfm} package's
 * segment example (its 0.2.x vignette and tests: champions, loyal customers, potential loyalists, new customers,
 * promising, need attention, about to sleep, at risk, can't lose them, hibernating, lost) over scores 1-5, made a
 * partition of all 125 cells. {@code rfm} applies its overlapping ranges first-match in that order and leaves 36 cells
 * as "Others" and four segments empty (docs/research/rfm.md §3); here the narrow boxes are tested before the broad
 * ones that contain them, and the cells {@code rfm} leaves over are filled by three rules.
 *
 * <ol>
 *   <li>champions: R 4-5, F 4-5, M 4-5 (8 cells);
 *   <li>can't lose them: R 1, F 4-5, M 4-5 (4);
 *   <li>new customers: R 4-5, F 1, M 1 (2);
 *   <li>promising: R 3-4, F 1, M 1, what is left of it (1);
 *   <li>loyal customers: R 2-5, F 3-5, M 3-5 — and recent frequent low spenders, R 3-5, F 4-5, M 1-2 (40);
 *   <li>potential loyalists: R 3-5, F 1-3, M 1-3 — and recent infrequent high spenders, R 3-5, F 1-2, M 4-5 (33);
 *   <li>need attention: R 2-3, F 2-3, M 2-3 (3);
 *   <li>about to sleep: R 2-3, F 1-2, M 1-2 (3);
 *   <li>at risk: R 1-2, F 2-5, M 2-5 (16);
 *   <li>lost: R 1, F 1-2, M 1-2 (3) — {@code rfm}'s hibernating and lost share one range; recency splits them;
 *   <li>hibernating: every other cell with R 1-2 (12).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class StandardSegments {

  static final String CHAMPIONS = "champions";
  static final String LOYAL = "loyal customers";
  static final String POTENTIAL = "potential loyalists";
  static final String NEW = "new customers";
  static final String PROMISING = "promising";
  static final String NEED_ATTENTION = "need attention";
  static final String ABOUT_TO_SLEEP = "about to sleep";
  static final String AT_RISK = "at risk";
  static final String CANT_LOSE = "can't lose them";
  static final String HIBERNATING = "hibernating";
  static final String LOST = "lost";

  /** Names in the order of the table (the order of {@code rfm}'s example). */
  private static final String[] NAMES = {CHAMPIONS, LOYAL, POTENTIAL, NEW, PROMISING, NEED_ATTENTION,
      ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE, HIBERNATING, LOST};

  /** First match wins: {name, rMin, rMax, fMin, fMax, mMin, mMax}. */
  private static final Object[][] RULES = {
      {CHAMPIONS, 4, 5, 4, 5, 4, 5},
      {CANT_LOSE, 1, 1, 4, 5, 4, 5},
      {NEW, 4, 5, 1, 1, 1, 1},
      {PROMISING, 3, 4, 1, 1, 1, 1},
      {LOYAL, 2, 5, 3, 5, 3, 5},
      {POTENTIAL, 3, 5, 1, 3, 1, 3},
      {NEED_ATTENTION, 2, 3, 2, 3, 2, 3},
      {ABOUT_TO_SLEEP, 2, 3, 1, 2, 1, 2},
      {AT_RISK, 1, 2, 2, 5, 2, 5},
      {LOST, 1, 1, 1, 2, 1, 2},
      {HIBERNATING, 1, 2, 1, 5, 1, 5},
      {POTENTIAL, 3, 5, 1, 2, 4, 5},
      {LOYAL, 3, 5, 4, 5, 1, 2},
  };

  static final SegmentTable TABLE = build();

  private StandardSegments() {}

  private static SegmentTable build() {
    int n = 5;
    String[] cell = new String[n * n * n];
    for (Object[] rule : RULES) {
      for (int r = (int) rule[1]; r <= (int) rule[2]; r++) {
        for (int f = (int) rule[3]; f <= (int) rule[4]; f++) {
          for (int m = (int) rule[5]; m <= (int) rule[6]; m++) {
            int at = ((r - 1) * n + f - 1) * n + m - 1;
            if (cell[at] == null) {
              cell[at] = (String) rule[0];
            }
          }
        }
      }
    }
    // the partition as boxes: grow each box from its first free cell along m, then f, then r
    SegmentTable.Builder b = SegmentTable.builder(n);
    for (String name : NAMES) {
      b.declare(name); // fixes the order of the names
    }
    boolean[] boxed = new boolean[cell.length];
    for (int at = 0; at < cell.length; at++) {
      if (boxed[at]) {
        continue;
      }
      String name = cell[at];
      int r0 = at / (n * n);
      int f0 = at / n % n;
      int m0 = at % n;
      int m1 = m0;
      while (m1 + 1 < n && free(cell, boxed, name, n, r0, r0, f0, f0, m1 + 1, m1 + 1)) {
        m1++;
      }
      int f1 = f0;
      while (f1 + 1 < n && free(cell, boxed, name, n, r0, r0, f1 + 1, f1 + 1, m0, m1)) {
        f1++;
      }
      int r1 = r0;
      while (r1 + 1 < n && free(cell, boxed, name, n, r1 + 1, r1 + 1, f0, f1, m0, m1)) {
        r1++;
      }
      for (int r = r0; r <= r1; r++) {
        for (int f = f0; f <= f1; f++) {
          for (int m = m0; m <= m1; m++) {
            boxed[(r * n + f) * n + m] = true;
          }
        }
      }
      b.segment(name, r0 + 1, r1 + 1, f0 + 1, f1 + 1, m0 + 1, m1 + 1);
    }
    return b.build();
  }

  private static boolean free(String[] cell, boolean[] boxed, String name, int n, int r0, int r1, int f0, int f1,
      int m0, int m1) {
    for (int r = r0; r <= r1; r++) {
      for (int f = f0; f <= f1; f++) {
        for (int m = m0; m <= m1; m++) {
          int at = (r * n + f) * n + m;
          if (boxed[at] || !name.equals(cell[at])) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
