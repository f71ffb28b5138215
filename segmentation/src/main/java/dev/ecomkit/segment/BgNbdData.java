package dev.ecomkit.segment;

import java.util.Arrays;

/**
 * Customers' (x, t_x, T) summaries checked and compressed to their distinct rows with weights, the distinct
 * repeat counts and the distinct times indexed, so that a likelihood evaluation costs special functions per distinct
 * count, a logarithm per distinct time, and a few operations per distinct row.
 *
 * <p>Immutable after construction; not shared outside the package.
 */
final class BgNbdData {

  /** The largest repeat count accepted. */
  static final int MAX_X = 1_000_000;

  final int rows;
  final double[] weight;
  final int[] xIndex;
  final int[] txIndex;
  final int[] tIndex;
  /** Each row's t_x and T, for when the distinct times are too many to tabulate. */
  final double[] rowTx;
  final double[] rowT;
  /** Distinct repeat counts, and distinct times (t_x and T together). */
  final double[] xs;
  final double[] times;
  final double customers;
  final double sumX;
  final double sumT;

  private BgNbdData(int rows, double[] weight, int[] xIndex, int[] txIndex, int[] tIndex, double[] rowTx,
      double[] rowT, double[] xs, double[] times, double customers, double sumX, double sumT) {
    this.rowTx = rowTx;
    this.rowT = rowT;
    this.rows = rows;
    this.weight = weight;
    this.xIndex = xIndex;
    this.txIndex = txIndex;
    this.tIndex = tIndex;
    this.xs = xs;
    this.times = times;
    this.customers = customers;
    this.sumX = sumX;
    this.sumT = sumT;
  }

  /** The most customers in one fit. */
  static final int MAX_CUSTOMERS = 1 << 28;

  /** Checks every customer (naming the first bad one) and compresses, times as given. */
  static BgNbdData of(double[] x, double[] tx, double[] t) {
    return of(x, tx, t, 1);
  }

  /** Checks every customer and compresses, times divided by {@code scale}. */
  static BgNbdData of(double[] x, double[] tx, double[] t, double scale) {
    if (x == null || tx == null || t == null) {
      throw new SegmentException(x == null ? "x" : tx == null ? "tx" : "T", "the summaries must not be null");
    }
    int n = x.length;
    if (tx.length != n || t.length != n) {
      throw new SegmentException("tx", "x, tx and T must have one value per customer: got " + n + ", " + tx.length
          + " and " + t.length);
    }
    if (n == 0 || n > MAX_CUSTOMERS) {
      throw new SegmentException("x", "give 1 to " + MAX_CUSTOMERS + " customers, got " + n);
    }
    for (int i = 0; i < n; i++) {
      check(i, x[i], tx[i], t[i]);
    }
    // distinct (x, t_x, T) rows: open addressing on the three values
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] slot = new int[capacity];
    Arrays.fill(slot, -1);
    int[] first = new int[n]; // a representative customer per distinct row
    double[] w = new double[n];
    int rows = 0;
    double sumX = 0;
    double sumT = 0;
    for (int i = 0; i < n; i++) {
      sumX += x[i];
      sumT += t[i];
      long h = mix(Double.doubleToLongBits(x[i]) * 31 + Double.doubleToLongBits(tx[i])) * 31
          + Double.doubleToLongBits(t[i]);
      int s = (int) mix(h) & mask;
      while (true) {
        int r = slot[s];
        if (r < 0) {
          slot[s] = rows;
          first[rows] = i;
          w[rows++] = 1;
          break;
        }
        int c = first[r];
        if (x[c] == x[i] && tx[c] == tx[i] && t[c] == t[i]) {
          w[r]++;
          break;
        }
        s = (s + 1) & mask;
      }
    }
    DoubleIndex xIndexer = new DoubleIndex(Math.min(rows, 4_096));
    DoubleIndex timeIndexer = new DoubleIndex(Math.min(2 * rows, 1 << 16));
    int[] xi = new int[rows];
    int[] txi = new int[rows];
    int[] ti = new int[rows];
    double[] rowTx = new double[rows];
    double[] rowT = new double[rows];
    for (int r = 0; r < rows; r++) {
      int c = first[r];
      xi[r] = xIndexer.index(x[c]);
      txi[r] = timeIndexer.index(tx[c] / scale);
      ti[r] = timeIndexer.index(t[c] / scale);
      rowTx[r] = tx[c] / scale;
      rowT[r] = t[c] / scale;
    }
    return new BgNbdData(rows, Arrays.copyOf(w, rows), xi, txi, ti, rowTx, rowT, xIndexer.values(),
        timeIndexer.values(), n, sumX, sumT / scale);
  }

  /** Checks one customer's summary. */
  static void check(int i, double x, double tx, double t) {
    if (!(x >= 0 && x <= MAX_X && x == Math.rint(x))) {
      throw new SegmentException("x", who(i) + "x (repeat purchases) must be a whole number from 0 to " + MAX_X
          + ", got " + x);
    }
    if (!(t >= 0 && t < 1e12)) {
      throw new SegmentException("T", who(i) + "T (time since the first purchase) must be a finite number of at "
          + "least 0, got " + t);
    }
    if (!(tx >= 0 && tx <= t)) {
      throw new SegmentException("tx", who(i) + "t_x (time of the last purchase) must be from 0 to T = " + t
          + ", got " + tx);
    }
    if (x == 0 && tx != 0) {
      throw new SegmentException("tx", who(i) + "with no repeat purchase (x = 0) the last purchase is the first, "
          + "so t_x must be 0, got " + tx);
    }
  }

  /** "customer i: " for a customer of a batch, nothing for a single one (built only when throwing). */
  static String who(int i) {
    return i < 0 ? "" : "customer " + i + ": ";
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Distinct doubles to dense indices, in order of first appearance. */
  static final class DoubleIndex {
    private long[] keys;
    private int[] index;
    private double[] values;
    private int size;

    DoubleIndex(int expected) {
      int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
      keys = new long[capacity];
      index = new int[capacity];
      Arrays.fill(index, -1);
      values = new double[Math.max(8, expected)];
    }

    int index(double v) {
      long bits = Double.doubleToLongBits(v);
      int mask = keys.length - 1;
      int s = (int) mix(bits) & mask;
      while (index[s] >= 0) {
        if (keys[s] == bits) {
          return index[s];
        }
        s = (s + 1) & mask;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size] = v;
      keys[s] = bits;
      index[s] = size;
      if (++size * 2 > keys.length) {
        grow();
      }
      return size - 1;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldIndex = index;
      keys = new long[oldKeys.length * 2];
      index = new int[oldKeys.length * 2];
      Arrays.fill(index, -1);
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldIndex[i] >= 0) {
          int s = (int) mix(oldKeys[i]) & mask;
          while (index[s] >= 0) {
            s = (s + 1) & mask;
          }
          keys[s] = oldKeys[i];
          index[s] = oldIndex[i];
        }
      }
    }

    double[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
