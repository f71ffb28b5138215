package dev.ecomkit.supply;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The renewal quantities of an (s, S) policy reviewed every period, its cost and the stationary distribution of its
 * inventory position, and the Zheng–Federgruen search, for {@link SSPolicy}.
 *
 * <p>Per-period demand takes the values {@code l·δ}, {@code l = 0, 1, …} with probabilities {@code p_l} ({@code δ = 1}
 * for whole units; for continuous demand a grid, {@code p_l = P((l − ½)δ < D ≤ (l + ½)δ)}, mass below {@code δ/2}
 * at 0). Zheng &amp; Federgruen, "Finding optimal (s, S) policies is about as simple as evaluating a single policy",
 * <i>Operations Research</i> 39(4), 1991, eqs. (2)–(5) (Snyder &amp; Shen, 2nd ed., eqs. 4.71–4.75):
 * <pre>
 *   m(0) = 1/(1 − p₀),   m(j) = m(0)·Σ_{l=1}^{j} p_l·m(j − l),   M(k) = Σ_{j=0}^{k−1} m(j)
 *   c(s, S) = [K + Σ_{d=0}^{k−1} m(d)·G(S − d·δ)]/M(k),   k = number of levels S − d·δ above s
 * </pre>
 * {@code m(d)} is the expected number of periods of a replenishment cycle that start (after ordering) with the
 * inventory position at {@code S − d·δ}, and {@code M(k)} the expected length of the cycle; so the stationary
 * probability of that position is {@code π(d) = m(d)/M(k)} and orders are placed {@code 1/M(k)} times a period
 * (renewal-reward theorem; Zheng &amp; Federgruen §1).
 *
 * <p>Not thread-safe (it memoises m): make one per calculation.
 */
final class RenewalCost {

  /** The most inventory-position levels between s and S. */
  static final int MAX_LEVELS = 1 << 22;
  /** The most terms {@code m(d)·G(S − d)} summed in one search before it gives up with an error. */
  static final long MAX_TERMS = 2_000_000_000L;
  /** The most multiplications spent on the table of m. */
  static final long MAX_TABLE_WORK = 3_000_000_000L;

  private final double[] pmf;
  private final double step;
  private final double k;
  private final DoubleUnaryOperator g;
  private double[] m = new double[16];
  private double[] cumulative = new double[17]; // cumulative[j] = M(j)
  private int size;
  /** G at whole levels {@code gBase, gBase + 1, …}, filled as the search reaches them (whole units only). */
  private double[] gCache = new double[0];
  private long gBase;

  private RenewalCost(double[] pmf, double step, double orderCost, DoubleUnaryOperator g) {
    this.pmf = pmf;
    this.step = step;
    this.k = orderCost;
    this.g = g;
    if (!(pmf[0] < 1)) {
      throw new SupplyException("demand", "demand is 0 in every period (on the grid of " + step + "): an (s, S) "
          + "policy never reorders");
    }
  }

  /** Whole-unit per-period demand {@code onePeriod}; {@code g} the one-period cost of an inventory position. */
  static RenewalCost discrete(Distribution onePeriod, double orderCost, DoubleUnaryOperator g) {
    int n = 0;
    while (onePeriod.complementaryCdf(n) > 0) {
      n++;
      LatticeDistribution.checkSupport(n);
    }
    double[] p = new double[n + 1];
    for (int l = 0; l <= n; l++) {
      double below = onePeriod.cdf(l - 1);
      p[l] = below < 0.5 ? onePeriod.cdf(l) - below : onePeriod.complementaryCdf(l - 1) - onePeriod.complementaryCdf(l);
    }
    return new RenewalCost(p, 1, orderCost, g);
  }

  /** Continuous per-period demand on a grid of {@code step}. */
  static RenewalCost grid(Distribution onePeriod, double step, double orderCost, DoubleUnaryOperator g) {
    int n = 0;
    while (onePeriod.complementaryCdf((n + 0.5) * step) > 1e-17) {
      n++;
      LatticeDistribution.checkSupport(n);
    }
    double[] p = new double[n + 1];
    p[0] = onePeriod.cdf(0.5 * step);
    for (int l = 1; l <= n; l++) {
      double lo = (l - 0.5) * step;
      double hi = (l + 0.5) * step;
      double below = onePeriod.cdf(lo);
      p[l] = below < 0.5 ? onePeriod.cdf(hi) - below : onePeriod.complementaryCdf(lo) - onePeriod.complementaryCdf(hi);
    }
    return new RenewalCost(p, step, orderCost, g);
  }

  /** The grid step δ. */
  double step() {
    return step;
  }

  /** The number of levels {@code S − d·δ} above {@code s}. */
  int levels(double s, double bigS) {
    double ratio = (bigS - s) / step;
    long n = (long) Math.ceil(ratio - 1e-9 * Math.max(1, ratio));
    if (n > MAX_LEVELS) {
      throw new SupplyException("orderUpToLevel", "S − s spans " + n + " levels, more than the " + MAX_LEVELS
          + " an exact (s, S) calculation keeps");
    }
    return (int) Math.max(1, n);
  }

  /** {@code m(j)}, extending the table as needed. */
  double m(int j) {
    ensure(j + 1);
    return m[j];
  }

  /** {@code M(k) = Σ_{j<k} m(j)}. */
  double bigM(int levels) {
    ensure(levels);
    return cumulative[levels];
  }

  private void ensure(int count) {
    if (count <= size) {
      return;
    }
    if ((double) count * Math.min(count, pmf.length) > MAX_TABLE_WORK) {
      throw new SupplyException(null, "the renewal quantities m(0 … " + count + ") of per-period demand spread over "
          + pmf.length + " values are too large to compute exactly");
    }
    if (count > m.length) {
      int length = Math.max(count, 2 * m.length);
      m = Arrays.copyOf(m, length);
      cumulative = Arrays.copyOf(cumulative, length + 1);
    }
    double m0 = 1 / (1 - pmf[0]);
    for (int j = size; j < count; j++) {
      double sum = 0;
      if (j == 0) {
        sum = 1;
      } else {
        int top = Math.min(j, pmf.length - 1);
        for (int l = 1; l <= top; l++) {
          sum += pmf[l] * m[j - l];
        }
      }
      m[j] = m0 * sum;
      cumulative[j + 1] = cumulative[j] + m[j];
    }
    size = count;
  }

  /** {@code c(s, S)}. */
  double cost(double s, double bigS) {
    int levels = levels(s, bigS);
    ensure(levels);
    double sum = 0;
    if (step == 1) {
      cacheG((long) bigS - levels + 1, (long) bigS);
      int top = (int) ((long) bigS - gBase);
      for (int d = 0; d < levels; d++) {
        sum += m[d] * gCache[top - d];
      }
    } else {
      for (int d = 0; d < levels; d++) {
        sum += m[d] * g.applyAsDouble(bigS - d * step);
      }
    }
    return (k + sum) / cumulative[levels];
  }

  /** Makes {@code gCache} cover the whole levels {@code lo … hi}, growing it by half its length at least. */
  private void cacheG(long lo, long hi) {
    long oldLo = gBase;
    long oldHi = gBase + gCache.length - 1;
    if (gCache.length > 0 && lo >= oldLo && hi <= oldHi) {
      return;
    }
    long pad = gCache.length / 2 + 16;
    long newLo = gCache.length == 0 ? lo - pad : Math.min(oldLo, lo - pad);
    long newHi = gCache.length == 0 ? hi + pad : Math.max(oldHi, hi + pad);
    LatticeDistribution.checkSupport((newHi - newLo + 1) / 4);
    double[] next = new double[(int) (newHi - newLo + 1)];
    for (long y = newLo; y <= newHi; y++) {
      boolean cached = gCache.length > 0 && y >= oldLo && y <= oldHi;
      next[(int) (y - newLo)] = cached ? gCache[(int) (y - oldLo)] : g.applyAsDouble(y);
    }
    gCache = next;
    gBase = newLo;
  }

  /** {@code Σ_d π(d)·f(S − d·δ)}: the stationary mean of {@code f} of the inventory position after ordering. */
  double stationaryMean(double s, double bigS, DoubleUnaryOperator f) {
    int levels = levels(s, bigS);
    ensure(levels);
    double sum = 0;
    for (int d = 0; d < levels; d++) {
      sum += m[d] * f.applyAsDouble(bigS - d * step);
    }
    return sum / cumulative[levels];
  }

  /**
   * The optimal {s, S, cost} on whole units (Zheng &amp; Federgruen 1991, §2; S&amp;S Algorithm 4.2), from the
   * smallest minimiser {@code yStar} of G.
   */
  double[] optimum(long yStar) {
    long terms = 0;
    long s = yStar;
    long bigS0 = yStar;
    // s⁰: the largest s < y* with c(s, y*) ≤ G(s)
    do {
      s--;
      terms = count(terms, bigS0 - s);
    } while (cost(s, bigS0) > g.applyAsDouble(s));
    double c0 = cost(s, bigS0);
    long bigS = bigS0 + 1;
    while (g.applyAsDouble(bigS) <= c0) {
      terms = count(terms, bigS - s);
      if (cost(s, bigS) < c0) {
        bigS0 = bigS;
        while (s + 1 < bigS0 && cost(s, bigS0) <= g.applyAsDouble(s + 1)) {
          terms = count(terms, bigS0 - s);
          s++;
        }
        c0 = cost(s, bigS0);
      }
      bigS++;
    }
    return new double[] {s, bigS0, c0};
  }

  /** Adds the terms of one cost evaluation to the count; throws once the search has summed too many. */
  private static long count(long terms, long levels) {
    long total = terms + levels;
    if (total > MAX_TERMS) {
      throw new SupplyException(null, "the Zheng-Federgruen search summed " + MAX_TERMS + " cost terms without "
          + "reaching the optimum: demand or the order cost is too large for the exact search");
    }
    return total;
  }
}
