package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The bullwhip effect (牛鞭效应, seed 001 §2: a 10 % swing in end demand can become a 50 % swing upstream): how much
 * more orders vary than the demand behind them, measured from data or predicted by the known results for an
 * order-up-to policy. All ratios are Var(orders) / Var(demand); above 1 the orders amplify demand.
 *
 * <p><b>Lead-time convention.</b> {@code leadTime} L is that of Chen, Drezner, Ryan &amp; Simchi-Levi (2000): an
 * order placed at the end of period t arrives at the start of period t + L, so L includes the review period and is
 * at least 1 (Disney's Tp + 1). The order-up-to level is L periods of forecast demand; with no safety-stock term the
 * bounds below are exact, and estimating the forecast error's spread each period only adds variance.
 *
 * <ul>
 *   <li>{@link #movingAverageLowerBound}: forecast the mean of the last p periods — 1 + 2L/p + 2L²/p² (Chen,
 *       Drezner, Ryan &amp; Simchi-Levi 2000, "Quantifying the bullwhip effect in a simple supply chain",
 *       Management Science 46:436-443, for i.i.d. demand);
 *   <li>{@link #exponentialSmoothingLowerBound}: forecast by exponential smoothing with α — 1 + 2αL + 2α²L²/(2 −
 *       α) (Chen, Ryan &amp; Simchi-Levi 2000, "The impact of exponential smoothing forecasts on the bullwhip
 *       effect", Naval Research Logistics 47:269-286; derived from q = (1 + αL)·D − αL·F with Var(F) = α/(2 − α)
 *       Var(D), and checked by simulation in the tests);
 *   <li>{@link #proportionalOrderUpTo}: order only 1/Ti of the inventory and pipeline gaps (the proportional
 *       order-up-to policy, POUT) against a known mean — 1/(2Ti − 1) for Ti &gt; 1/2 (Disney &amp; Towill 2003, "On
 *       the bullwhip and inventory variance produced by an ordering policy", Omega 31:157-167); Ti = 1 is the plain
 *       order-up-to policy, Ti &gt; 1 damps the bullwhip.
 * </ul>
 *
 * The sources and conventions are collected in {@code docs/research/bullwhip.md}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Bullwhip {

  static final int BOOTSTRAP_RESAMPLES = 2_000;
  private static final long BOOTSTRAP_SEED = 0x5EED_B0_11L;

  private Bullwhip() {}

  /**
   * The bullwhip bound for an order-up-to policy with a moving-average forecast.
   *
   * @param leadTime L, 1 or more (the review period included)
   * @param p the periods averaged, 1 or more
   * @return 1 + 2L/p + 2L²/p²
   * @throws SupplyException for L or p below 1
   */
  public static double movingAverageLowerBound(int leadTime, int p) {
    lead(leadTime);
    if (p < 1) {
      throw new SupplyException("p", "a moving average needs 1 or more periods, got " + p);
    }
    double r = (double) leadTime / p;
    return 1 + 2 * r + 2 * r * r;
  }

  /**
   * The bullwhip for an order-up-to policy with an exponential-smoothing forecast.
   *
   * @param leadTime L, 1 or more (the review period included)
   * @param alpha the smoothing constant, above 0 and at most 1
   * @return 1 + 2αL + 2α²L²/(2 − α)
   * @throws SupplyException for L below 1 or α outside (0, 1]
   */
  public static double exponentialSmoothingLowerBound(int leadTime, double alpha) {
    lead(leadTime);
    if (!(alpha > 0 && alpha <= 1)) {
      throw new SupplyException("alpha", "the smoothing constant must be above 0 and at most 1, got " + alpha);
    }
    double al = alpha * leadTime;
    return 1 + 2 * al + 2 * al * al / (2 - alpha);
  }

  /**
   * The bullwhip of the proportional order-up-to policy with matched gains and a known mean.
   *
   * @param ti the proportional controller Ti, above 1/2 (1: plain order-up-to)
   * @return 1 / (2Ti − 1)
   * @throws SupplyException for Ti at or below 1/2, where the policy is unstable
   */
  public static double proportionalOrderUpTo(double ti) {
    if (!(ti > 0.5) || !Double.isFinite(ti)) {
      throw new SupplyException("ti", "Ti must be above 1/2 (the policy is unstable below), got " + ti);
    }
    return 1 / (2 * ti - 1);
  }

  /**
   * Measures the bullwhip of a series of orders against the demand behind them, period by period, with a 95 %
   * interval from a moving-block bootstrap of the (order, demand) pairs (Künsch 1989, "The jackknife and the
   * bootstrap for general stationary observations", Ann. Statist. 17:1217-1241): blocks of ⌈n^(1/3)⌉ periods keep
   * the dependence of orders on past demand and the autocorrelation of each; 2,000 resamples with a fixed seed, so
   * the interval is the same every run; the percentile interval. The textbook F interval assumes two independent
   * samples and does not apply.
   *
   * @param orders the orders placed upstream, one a period
   * @param demand the demand seen, one a period, as many as the orders
   * @return the ratio with its interval
   * @throws SupplyException for series of different lengths, fewer than 8 periods, a value that is not finite, or
   *     demand that does not vary
   */
  public static BullwhipRatio ratio(double[] orders, double[] demand) {
    checkNotNull(orders, "orders");
    checkNotNull(demand, "demand");
    if (orders.length != demand.length) {
      throw new SupplyException("orders", orders.length + " orders against " + demand.length + " demand periods; "
          + "give one of each a period");
    }
    int n = orders.length;
    if (n < 8) {
      throw new SupplyException("orders", "a bullwhip ratio needs 8 or more periods, got " + n);
    }
    for (int t = 0; t < n; t++) {
      if (!Double.isFinite(orders[t]) || !Double.isFinite(demand[t])) {
        throw new SupplyException(Double.isFinite(orders[t]) ? "demand" : "orders", "period " + t + ": "
            + (Double.isFinite(orders[t]) ? "demand " + demand[t] : "order " + orders[t]) + " is not a number");
      }
    }
    double vd = variance(demand, null, n);
    if (!(vd > 0)) {
      throw new SupplyException("demand", "demand does not vary: the ratio is undefined");
    }
    double value = variance(orders, null, n) / vd;
    int block = (int) Math.ceil(Math.cbrt(n));
    int[] index = new int[n];
    double[] resampled = new double[BOOTSTRAP_RESAMPLES];
    SplittableRandom random = new SplittableRandom(BOOTSTRAP_SEED);
    int kept = 0;
    for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
      for (int i = 0; i < n; ) {
        int start = random.nextInt(n - block + 1);
        for (int j = 0; j < block && i < n; j++, i++) {
          index[i] = start + j;
        }
      }
      double d = variance(demand, index, n);
      if (d > 0) {
        resampled[kept++] = variance(orders, index, n) / d;
      }
    }
    Arrays.sort(resampled, 0, kept);
    double lower = resampled[(int) Math.floor(0.025 * (kept - 1))];
    double upper = resampled[(int) Math.ceil(0.975 * (kept - 1))];
    return ImmutableBullwhipRatio.builder().value(value).lower(Math.min(lower, value)).upper(Math.max(upper, value))
        .periods(n).build();
  }

  private static double variance(double[] x, int[] index, int n) {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += x[index == null ? i : index[i]];
    }
    mean /= n;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = x[index == null ? i : index[i]] - mean;
      ss += d * d;
    }
    return ss / (n - 1);
  }

  private static void lead(int leadTime) {
    if (leadTime < 1) {
      throw new SupplyException("leadTime", "the lead time L counts the review period, so it is 1 or more, got "
          + leadTime);
    }
  }
}
