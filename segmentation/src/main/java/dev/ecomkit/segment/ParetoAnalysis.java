package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;

/**
 * The 80/20 analysis (二八法则) of revenue over customers: how much of the revenue the top share of customers brings,
 * how few customers bring a given share, the Lorenz curve and the Gini coefficient.
 *
 * <pre>{@code
 * ParetoAnalysis p = ParetoAnalysis.of(revenuePerCustomer);
 * p.shareOfTop(0.2);    // e.g. 0.74: the top 20 % of customers bring 74 % of revenue
 * p.topShareFor(0.8);   // e.g. 0.27: 27 % of customers bring 80 % of revenue
 * p.gini();             // 0 when every customer spends the same, towards 1 when one customer brings everything
 * p.lorenz();           // 101 points: the bottom 0 %, 1 %, …, 100 % of customers and their share of revenue
 * }</pre>
 *
 * <p>Definitions, with {@code n} customers, revenues sorted in decreasing order {@code x₁ ≥ … ≥ xₙ} and total
 * {@code T}: the top share {@code p} of customers is {@code p·n} of them, a fractional customer counted in part, so
 * {@code shareOfTop(p) = (x₁ + … + x_k + f·x_{k+1})/T} with {@code p·n = k + f} — continuous, increasing, 0 at 0 and 1
 * at 1. {@code topShareFor(s)} is its inverse, the smallest {@code p} with {@code shareOfTop(p) ≥ s}. The Lorenz curve
 * is {@code L(q) = 1 − shareOfTop(1 − q)} (Lorenz, "Methods of measuring the concentration of wealth", <i>JASA</i>
 * 9(70), 1905); the Gini coefficient is {@code G = Σᵢ (2i − n − 1)·y_i/(n·T)} over the increasing order
 * {@code y₁ ≤ … ≤ yₙ}, twice the area between the diagonal and the Lorenz curve of the customers (Gini 1912; as R's
 * {@code ineq::Gini(x, corr = FALSE)}). With a total of 0 every customer is alike: shares equal the population share
 * and the Gini coefficient is 0.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ParetoAnalysis {

  /** Points of {@link #lorenz()}. */
  static final int LORENZ_POINTS = 101;

  /** Revenues, decreasing. */
  private final double[] descending;
  /** {@code top[k]} = sum of the {@code k} largest revenues, {@code top[0] = 0}. */
  private final double[] top;
  private final double total;

  private ParetoAnalysis(double[] descending) {
    this.descending = descending;
    top = new double[descending.length + 1];
    for (int i = 0; i < descending.length; i++) {
      top[i + 1] = top[i] + descending[i];
    }
    total = top[descending.length];
  }

  /**
   * The analysis of revenue per customer.
   *
   * @param revenuePerCustomer one value a customer, each finite and at least 0 (net revenue after refunds, clamped
   *     at 0 by the caller where refunds exceed purchases); at least one value; copied
   * @return the analysis
   * @throws SegmentException if there are no values or one is negative or not finite (the message gives its index)
   * @since 0.1
   */
  public static ParetoAnalysis of(double[] revenuePerCustomer) {
    checkNotNull(revenuePerCustomer, "revenuePerCustomer");
    if (revenuePerCustomer.length == 0) {
      throw new SegmentException("revenuePerCustomer", "revenuePerCustomer must hold at least one customer");
    }
    double[] sorted = revenuePerCustomer.clone();
    for (int i = 0; i < sorted.length; i++) {
      double v = sorted[i];
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new SegmentException("revenuePerCustomer", "revenuePerCustomer[" + i
            + "] must be a finite number of at least 0, got " + v);
      }
    }
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      double t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return new ParetoAnalysis(sorted);
  }

  /**
   * The number of customers.
   *
   * @return at least 1
   * @since 0.1
   */
  public int customers() {
    return descending.length;
  }

  /**
   * The total revenue.
   *
   * @return at least 0
   * @since 0.1
   */
  public double total() {
    return total;
  }

  /**
   * The share of revenue the top share {@code p} of customers brings.
   *
   * @param p the share of customers, in [0, 1]
   * @return the share of revenue, in [0, 1], increasing in {@code p}
   * @throws SegmentException if {@code p} is outside [0, 1] or NaN
   * @since 0.1
   */
  public double shareOfTop(double p) {
    checkShare("p", p);
    int n = descending.length;
    if (total == 0) {
      return p;
    }
    double count = p * n;
    int k = (int) Math.min(n, Math.floor(count));
    double f = count - k;
    double sum = top[k] + (k < n ? f * descending[k] : 0);
    return Math.min(1, sum / total);
  }

  /**
   * The smallest share of customers, the best first, whose revenue reaches the share {@code s} of the total: the
   * "20" of "80/20".
   *
   * @param s the share of revenue, in [0, 1]
   * @return the share of customers, in [0, 1], increasing in {@code s}
   * @throws SegmentException if {@code s} is outside [0, 1] or NaN
   * @since 0.1
   */
  public double topShareFor(double s) {
    checkShare("s", s);
    int n = descending.length;
    if (total == 0 || s == 0) {
      return total == 0 ? s : 0;
    }
    double target = s * total;
    // the first k whose top-k sum reaches the target
    int lo = 1;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (top[mid] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int k = lo - 1; // top[k] < target ≤ top[k + 1]
    double f = descending[k] == 0 ? 1 : Math.min(1, (target - top[k]) / descending[k]);
    return Math.min(1, (k + f) / n);
  }

  /**
   * The Gini coefficient of revenue over customers.
   *
   * @return in [0, 1 − 1/n]
   * @since 0.1
   */
  public double gini() {
    int n = descending.length;
    if (total == 0) {
      return 0;
    }
    // increasing order y_i = descending[n − i]: Σ (2i − n − 1)·y_i
    double sum = 0;
    for (int i = 1; i <= n; i++) {
      sum += (2.0 * i - n - 1) * descending[n - i];
    }
    return Math.max(0, sum / (n * total));
  }

  /**
   * The Lorenz curve at the population shares 0, 0.01, …, 1.
   *
   * @return 101 points, from (0, 0) to (1, 1)
   * @since 0.1
   */
  public ImmutableList<LorenzPoint> lorenz() {
    ImmutableList.Builder<LorenzPoint> points = ImmutableList.builderWithExpectedSize(LORENZ_POINTS);
    for (int i = 0; i < LORENZ_POINTS; i++) {
      double q = i / (double) (LORENZ_POINTS - 1);
      points.add(new LorenzPoint(q, i == 0 ? 0 : i == LORENZ_POINTS - 1 ? 1 : 1 - shareOfTop(1 - q)));
    }
    return points.build();
  }

  private static void checkShare(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new SegmentException(name, name + " must be a share in [0, 1], got " + v);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ParetoAnalysis{customers=%d, top 20%%=%.4f, gini=%.4f}", customers(),
        shareOfTop(0.2), gini());
  }

  /**
   * A point of the Lorenz curve: the bottom {@code population} share of customers brings the {@code revenue} share.
   *
   * @param population the share of customers, the smallest spenders first, in [0, 1]
   * @param revenue their share of revenue, in [0, 1]
   * @since 0.1
   */
  public record LorenzPoint(double population, double revenue) {}
}
