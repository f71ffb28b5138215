package dev.ecomkit.segment;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.special.Erf;

/**
 * The economics of threshold coupons (满减门槛测算) on a distribution of basket values — the handbook's question
 * whether to change "spend 100, get 20 off" into "spend 80, get 15 off" (seed 001 §3.2).
 *
 * <pre>{@code
 * CouponEvaluator evaluator = CouponEvaluator.of(basketValues).margin(0.35);
 * evaluator.evaluate(Coupon.spendGet(100, 20)).reach();
 * evaluator.compare(Coupon.spendGet(100, 20), Coupon.spendGet(80, 15));   // side by side
 * }</pre>
 *
 * <p><b>Assumptions</b> (a model of the simplest behaviour; each is a number you can change or a limit to keep in
 * mind):
 * <ul>
 *   <li>The basket values are those of orders placed without the coupon, one value per order; the coupon does not
 *       change who orders.
 *   <li>Every basket at or above the threshold redeems (reach).
 *   <li>A basket below the threshold by no more than {@link #topUpWindow} × the discount (by default the discount
 *       itself: the top-up costs no more than it saves) is raised exactly to the threshold and redeems; a basket
 *       further below stays as it is and does not redeem.
 *   <li>The cost of a redemption is the discount less the gross {@link #margin} (a share of sales, 0 by default) on
 *       the extra spend of raised baskets. Discounts on baskets that qualified anyway (deadweight) buy nothing.
 * </ul>
 *
 * <p><b>Distributions.</b> {@link #of} takes the observed basket values (the empirical distribution: exact shares of
 * the observed orders); {@link #logNormal} a log-normal with given parameters and {@link #fitLogNormal} one fitted
 * by maximum likelihood (the mean and standard deviation of the logarithms), whose shares and partial means have
 * closed forms (the partial expectation {@code E[B; a ≤ B < c] = e^(μ+σ²/2)·(Φ((ln c − μ − σ²)/σ) − Φ((ln a − μ −
 * σ²)/σ))}; Johnson, Kotz &amp; Balakrishnan, <i>Continuous Univariate Distributions</i>, vol. 1, 2nd ed., ch. 14).
 *
 * <p>Instances are immutable and thread-safe; the setters return new evaluators.
 *
 * @since 0.1
 */
public final class CouponEvaluator {

  /** The most basket values kept. */
  static final int MAX_BASKETS = 100_000_000;

  /** Sorted basket values and their prefix sums (empirical), or null (log-normal). */
  private final double[] sorted;
  private final double[] prefix;
  private final double mu;
  private final double sigma;
  private final double topUp;
  private final double margin;

  private CouponEvaluator(double[] sorted, double[] prefix, double mu, double sigma, double topUp, double margin) {
    this.sorted = sorted;
    this.prefix = prefix;
    this.mu = mu;
    this.sigma = sigma;
    this.topUp = topUp;
    this.margin = margin;
  }

  /**
   * Evaluates coupons on observed basket values.
   *
   * @param basketValues one value per order, each finite and above 0; at most 100 million (they are kept sorted with
   *     their running sums, 16 bytes a value)
   * @return the evaluator
   * @throws SegmentException for no value or a bad one, naming it
   * @since 0.1
   */
  public static CouponEvaluator of(double[] basketValues) {
    double[] sorted = checked(basketValues).clone();
    Arrays.sort(sorted);
    double[] prefix = new double[sorted.length + 1];
    for (int i = 0; i < sorted.length; i++) {
      prefix[i + 1] = prefix[i] + sorted[i];
    }
    return new CouponEvaluator(sorted, prefix, Double.NaN, Double.NaN, 1, 0);
  }

  /**
   * Evaluates coupons on a log-normal basket distribution: ln B ~ N(μ, σ²).
   *
   * @param mu the mean of the log basket value, −50 to 50
   * @param sigma the standard deviation of the log basket value, above 0 and at most 10
   * @return the evaluator
   * @throws SegmentException for a parameter that is not finite, or σ not above 0
   * @since 0.1
   */
  public static CouponEvaluator logNormal(double mu, double sigma) {
    if (!(Math.abs(mu) <= 50) || !(sigma > 0 && sigma <= 10)) {
      throw new SegmentException(Math.abs(mu) <= 50 ? "sigma" : "mu", "a log-normal of basket values needs μ from "
          + "−50 to 50 and σ above 0 and at most 10 (wider is not a basket distribution, and e^(μ+σ²/2) would "
          + "overflow), got μ " + mu + ", σ " + sigma);
    }
    return new CouponEvaluator(null, null, mu, sigma, 1, 0);
  }

  /**
   * Fits a log-normal to basket values by maximum likelihood and evaluates coupons on it (smooths a small sample).
   *
   * @param basketValues one value per order, each finite and above 0; two or more, not all equal
   * @return the evaluator
   * @throws SegmentException for too few values, all equal, or a bad one
   * @since 0.1
   */
  public static CouponEvaluator fitLogNormal(double[] basketValues) {
    double[] v = checked(basketValues);
    double sum = 0;
    for (double b : v) {
      sum += Math.log(b);
    }
    double mean = sum / v.length;
    double squares = 0;
    for (double b : v) {
      squares += (Math.log(b) - mean) * (Math.log(b) - mean);
    }
    double sd = Math.sqrt(squares / v.length);
    if (!(sd > 0)) {
      throw new SegmentException("basketValues", "the basket values are all equal: no spread to fit");
    }
    return logNormal(mean, sd);
  }

  private static double[] checked(double[] basketValues) {
    if (basketValues == null) {
      throw new SegmentException("basketValues", "the basket values must not be null");
    }
    if (basketValues.length == 0 || basketValues.length > MAX_BASKETS) {
      throw new SegmentException("basketValues", "give 1 to " + MAX_BASKETS + " basket values, got "
          + basketValues.length);
    }
    for (int i = 0; i < basketValues.length; i++) {
      if (!(basketValues[i] > 0 && basketValues[i] < 1e12)) {
        throw new SegmentException("basketValues", "basket " + i + " must be a finite value above 0, got "
            + basketValues[i]);
      }
    }
    return basketValues;
  }

  /**
   * How far below the threshold a basket is still raised to it, as a multiple of the discount; 1 by default (a
   * customer tops up when the top-up costs no more than the discount saves); 0 for no top-ups at all.
   *
   * @param multipleOfDiscount from 0 to 10
   * @return a new evaluator
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public CouponEvaluator topUpWindow(double multipleOfDiscount) {
    if (!(multipleOfDiscount >= 0 && multipleOfDiscount <= 10)) {
      throw new SegmentException("multipleOfDiscount", "the top-up window must be 0 to 10 discounts, got "
          + multipleOfDiscount);
    }
    return new CouponEvaluator(sorted, prefix, mu, sigma, multipleOfDiscount, margin);
  }

  /**
   * The gross margin on extra spend, as a share of sales; 0 by default.
   *
   * @param share from 0 to 1
   * @return a new evaluator
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public CouponEvaluator margin(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new SegmentException("margin", "the margin must be a share from 0 to 1, got " + share);
    }
    return new CouponEvaluator(sorted, prefix, mu, sigma, topUp, share);
  }

  /**
   * What a coupon does, per basket.
   *
   * @param coupon the coupon
   * @return its reach, top-ups, effective discount and cost
   * @since 0.1
   */
  public CouponEconomics evaluate(Coupon coupon) {
    if (coupon == null) {
      throw new SegmentException("coupon", "give a coupon");
    }
    double t = coupon.threshold();
    double d = coupon.discount();
    double from = Math.max(0, t - topUp * d);
    double reach = share(t, Double.POSITIVE_INFINITY);
    double raised = topUp > 0 ? share(from, t) : 0;
    double raisedMean = raised > 0 ? partial(from, t) / raised : t;
    double averageRaise = raised > 0 ? Math.max(0, t - raisedMean) : 0;
    double redeem = reach + raised;
    double redeemedMean = redeem > 0 ? (partial(t, Double.POSITIVE_INFINITY) + t * raised) / redeem : 0;
    double extraPerRedemption = redeem > 0 ? raised * averageRaise / redeem : 0;
    return ImmutableCouponEconomics.builder().coupon(coupon).reach(reach).raisedShare(raised)
        .averageRaise(averageRaise).averageRedeemedBasket(redeemedMean)
        .costPerRedemption(d - margin * extraPerRedemption).build();
  }

  /**
   * Several coupons side by side; {@link CouponComparison#toString()} is the table.
   *
   * @param coupons one or more
   * @return one row per coupon, in the order given
   * @since 0.1
   */
  public CouponComparison compare(Coupon... coupons) {
    if (coupons == null || coupons.length == 0) {
      throw new SegmentException("coupons", "give at least one coupon");
    }
    ImmutableList.Builder<CouponEconomics> rows = ImmutableList.builder();
    for (Coupon c : coupons) {
      rows.add(evaluate(c));
    }
    return ImmutableCouponComparison.builder().addAllRows(rows.build()).build();
  }

  /** P(a ≤ B &lt; c). */
  private double share(double a, double c) {
    if (sorted != null) {
      return (double) (lowerBound(c) - lowerBound(a)) / sorted.length;
    }
    return phi(z(c, 0)) - phi(z(a, 0));
  }

  /** E[B; a ≤ B &lt; c]. */
  private double partial(double a, double c) {
    if (sorted != null) {
      return (prefix[lowerBound(c)] - prefix[lowerBound(a)]) / sorted.length;
    }
    return Math.exp(mu + sigma * sigma / 2) * (phi(z(c, sigma * sigma)) - phi(z(a, sigma * sigma)));
  }

  /** (ln v − μ − shift)/σ, with ±∞ at the ends. */
  private double z(double v, double shift) {
    if (v <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (v == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    return (Math.log(v) - mu - shift) / sigma;
  }

  private static double phi(double z) {
    if (z == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    if (z == Double.POSITIVE_INFINITY) {
      return 1;
    }
    return 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }

  /** The first index whose value is at least v. */
  private int lowerBound(double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CouponEvaluator(%s, top-up window %s discounts, margin %s)",
        sorted != null ? sorted.length + " baskets" : String.format(Locale.ROOT, "log-normal μ %.4f σ %.4f", mu,
            sigma), topUp, margin);
  }
}
