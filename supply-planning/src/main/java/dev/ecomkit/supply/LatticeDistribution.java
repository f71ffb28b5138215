package dev.ecomkit.supply;

import java.util.Arrays;

/**
 * A distribution on whole units {@code offset, offset + 1, …, offset + n − 1}, held as a probability table with the
 * distribution function, upper tail, first- and second-order loss precomputed, so that every query is a table look-up.
 * Probabilities below {@link #NEGLIGIBLE} times the largest are cut from both ends; the tables of the upper tail and
 * the losses are summed from the top, so they keep their relative precision far out in the tail.
 *
 * <p>Poisson and negative binomial probabilities come from the ratio of successive terms, started at the mode and
 * normalised at the end (no factorials, no overflow): {@code p(k+1)/p(k) = μ/(k+1)} for Poisson(μ) and
 * {@code (k + r)(1 − p)/(k + 1)} for the negative binomial counting failures before the {@code r}-th success
 * (Johnson, Kemp &amp; Kotz, <i>Univariate Discrete Distributions</i>, 3rd ed., 2005, §4.2 and §5.1). The loss
 * tables follow {@code n(x) = Σ_{k ≥ x} P(D > k)} and {@code n₂(x) = Σ_{y > x} n(y)} (Zipkin, <i>Foundations of
 * Inventory Management</i>, 2000, App. C).
 *
 * <p>Immutable and thread-safe.
 */
final class LatticeDistribution extends Distribution {

  /** Probabilities below this fraction of the largest are cut from the ends of the table. */
  static final double NEGLIGIBLE = 1e-25;
  /** The longest table: a million whole units between the smallest and largest demand that matter. */
  static final int MAX_SUPPORT = 1 << 20;

  private final long offset;
  private final double[] pmf;
  private final double[] cdf;
  private final double[] tail;
  private final double[] loss;
  private final double[] loss2;
  private final double mean;
  private final double sd;

  private LatticeDistribution(long offset, double[] weights) {
    int lo = 0;
    int hi = weights.length - 1;
    double max = 0;
    double total = 0;
    for (double w : weights) {
      max = Math.max(max, w);
      total += w;
    }
    while (lo < hi && weights[lo] < NEGLIGIBLE * max) {
      lo++;
    }
    while (hi > lo && weights[hi] < NEGLIGIBLE * max) {
      hi--;
    }
    int n = hi - lo + 1;
    this.offset = offset + lo;
    pmf = new double[n];
    for (int i = 0; i < n; i++) {
      pmf[i] = weights[lo + i] / total;
    }
    cdf = new double[n];
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += pmf[i];
      cdf[i] = Math.min(1, c);
    }
    tail = new double[n];
    loss = new double[n];
    loss2 = new double[n];
    double t = 0;
    double l = 0;
    double l2 = 0;
    for (int i = n - 1; i >= 0; i--) {
      tail[i] = t; // P(D > offset + i)
      l += t; // n(offset + i) = Σ_{k ≥ offset+i} P(D > k)
      loss2[i] = l2; // Σ_{y > offset+i} n(y)
      loss[i] = l;
      l2 += l;
      t += pmf[i];
    }
    mean = this.offset + loss[0];
    double m = loss[0];
    double v = 0;
    for (int i = 0; i < n; i++) {
      v += pmf[i] * (i - m) * (i - m);
    }
    sd = Math.sqrt(v);
  }

  /** The distribution with probabilities proportional to {@code weights[i]} at {@code offset + i}. */
  static LatticeDistribution of(long offset, double[] weights) {
    return new LatticeDistribution(offset, weights);
  }

  /** A point mass. */
  static LatticeDistribution pointMass(long at) {
    return new LatticeDistribution(at, new double[] {1});
  }

  /** Poisson with mean {@code mean ≥ 0} (0: a point mass at 0). */
  static LatticeDistribution poisson(double mean) {
    if (mean == 0) {
      return pointMass(0);
    }
    return fromMode((long) Math.floor(mean), mean, 0, false);
  }

  /**
   * The negative binomial counting failures before the {@code r}-th success, success probability {@code p}: mean
   * {@code r(1 − p)/p}, variance {@code r(1 − p)/p²}.
   */
  static LatticeDistribution negativeBinomial(double r, double p) {
    if (r == 0) {
      return pointMass(0);
    }
    long mode = r <= 1 ? 0 : (long) Math.floor((r - 1) * (1 - p) / p);
    return fromMode(mode, r, p, true);
  }

  /** Poisson ({@code nb} false, {@code a} the mean) or negative binomial ({@code nb} true, {@code a = r}). */
  private static LatticeDistribution fromMode(long mode, double a, double p, boolean nb) {
    double q = 1 - p;
    Growable up = new Growable();
    double w = 1;
    for (long k = mode; w >= NEGLIGIBLE; k++) {
      up.add(w);
      w *= nb ? (k + a) * q / (k + 1) : a / (k + 1);
    }
    Growable down = new Growable();
    w = 1;
    for (long k = mode; k > 0; k--) {
      w *= nb ? k / ((k - 1 + a) * q) : k / a;
      if (w < NEGLIGIBLE) {
        break;
      }
      down.add(w);
    }
    int below = down.size;
    double[] weights = new double[below + up.size];
    for (int i = 0; i < below; i++) {
      weights[below - 1 - i] = down.values[i];
    }
    System.arraycopy(up.values, 0, weights, below, up.size);
    return new LatticeDistribution(mode - below, weights);
  }

  /** The distribution of the sum of independent draws from {@code a} and {@code b}. */
  static LatticeDistribution convolve(LatticeDistribution a, LatticeDistribution b) {
    int n = a.pmf.length + b.pmf.length - 1;
    checkSupport(n);
    double[] w = new double[n];
    for (int i = 0; i < a.pmf.length; i++) {
      double pa = a.pmf[i];
      for (int j = 0; j < b.pmf.length; j++) {
        w[i + j] += pa * b.pmf[j];
      }
    }
    return new LatticeDistribution(a.offset + b.offset, w);
  }

  /** The distribution of the sum of {@code times ≥ 0} independent draws from {@code a}, by repeated squaring. */
  static LatticeDistribution sumOf(LatticeDistribution a, int times) {
    LatticeDistribution result = pointMass(0);
    LatticeDistribution square = a;
    for (int t = times; t > 0; t >>= 1) {
      if ((t & 1) != 0) {
        result = convolve(result, square);
      }
      if (t > 1) {
        square = convolve(square, square);
      }
    }
    return result;
  }

  /** The mixture {@code Σ weights[i]·parts[i]}; weights sum to 1. */
  static LatticeDistribution mixture(double[] weights, LatticeDistribution[] parts) {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (LatticeDistribution d : parts) {
      lo = Math.min(lo, d.offset);
      hi = Math.max(hi, d.offset + d.pmf.length - 1);
    }
    checkSupport(hi - lo + 1);
    double[] w = new double[(int) (hi - lo + 1)];
    for (int k = 0; k < parts.length; k++) {
      LatticeDistribution d = parts[k];
      int at = (int) (d.offset - lo);
      for (int i = 0; i < d.pmf.length; i++) {
        w[at + i] += weights[k] * d.pmf[i];
      }
    }
    return new LatticeDistribution(lo, w);
  }

  static void checkSupport(long n) {
    if (n > MAX_SUPPORT) {
      throw new SupplyException("demand", "demand over the protection interval spans " + n
          + " whole units, more than the " + MAX_SUPPORT + " an exact discrete calculation keeps; describe demand this "
          + "large with Demand.normal");
    }
  }

  @Override
  double mean() {
    return mean;
  }

  @Override
  double standardDeviation() {
    return sd;
  }

  @Override
  boolean isDiscrete() {
    return true;
  }

  /** The index of the whole unit {@code floor(x)} in the tables (may be outside them). */
  private long index(double x) {
    return (long) Math.floor(x) - offset;
  }

  @Override
  double cdf(double x) {
    long i = index(x);
    return i < 0 ? 0 : i >= pmf.length ? 1 : cdf[(int) i];
  }

  @Override
  double complementaryCdf(double x) {
    long i = index(x);
    return i < 0 ? 1 : i >= pmf.length ? 0 : tail[(int) i];
  }

  @Override
  double quantile(double p) {
    int i = Arrays.binarySearch(cdf, p);
    if (i < 0) {
      i = -i - 1;
    } else {
      while (i > 0 && cdf[i - 1] >= p) {
        i--;
      }
    }
    return offset + Math.min(i, pmf.length - 1);
  }

  @Override
  double loss(double x) {
    long i = index(x);
    if (i < 0) {
      return mean - x;
    }
    if (i >= pmf.length) {
      return 0;
    }
    double frac = x - Math.floor(x);
    return loss[(int) i] - frac * tail[(int) i];
  }

  @Override
  double lossDifference(double a, double b) {
    // below the smallest demand P(D > y) = 1: that part is exact, without the cancellation of mean − a − (mean − b)
    if (a >= offset) {
      return Math.max(0, loss(a) - loss(b));
    }
    if (b <= offset) {
      return b - a;
    }
    return offset - a + Math.max(0, loss(offset) - loss(b));
  }

  @Override
  double secondLoss(double x) {
    double k = Math.floor(x);
    double atK = secondLossWhole(k);
    double frac = x - k;
    return frac == 0 ? atK : atK + frac * (secondLossWhole(k + 1) - atK);
  }

  /** {@code Σ_{y > k} n(y)} for a whole {@code k}. */
  private double secondLossWhole(double k) {
    long i = (long) k - offset;
    if (i >= pmf.length) {
      return 0;
    }
    if (i >= 0) {
      return loss2[(int) i];
    }
    // below the table n(y) = mean − y for y = k+1 … offset: an arithmetic series, then the table from offset on
    long count = -i;
    double sumY = count * (k + 1 + offset) / 2.0;
    return count * mean - sumY + loss2[0];
  }

  /** A growable array of doubles. */
  private static final class Growable {
    double[] values = new double[64];
    int size;

    void add(double v) {
      if (size == values.length) {
        checkSupport(2L * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }
  }
}
