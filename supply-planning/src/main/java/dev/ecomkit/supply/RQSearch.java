package dev.ecomkit.supply;

/**
 * The exact cost of an (r, Q) policy with backorders and its minimum, for {@link RQPolicy}.
 *
 * <p>Cost per period (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., eq. 5.7 for continuous
 * and eq. 5.48 for whole-unit demand; Zipkin, <i>Foundations of Inventory Management</i>, 2000, §6.4): with the
 * inventory position uniform on {@code (r, r + Q]} and {@code g_nv(y) = h(y − μ) + (h + p)·n(y)} the newsvendor cost
 * of lead-time demand,
 * <pre>
 *   g(r, Q) = [Kλ + ∫_r^{r+Q} g_nv(y) dy]/Q = Kλ/Q + h(r + Q/2 − μ) + (h + p)·[n₂(r) − n₂(r + Q)]/Q
 *   g(r, Q) = [Kλ + Σ_{y=r+1}^{r+Q} g_nv(y)]/Q = Kλ/Q + h(r + (Q + 1)/2 − μ) + (h + p)·[n₂(r) − n₂(r + Q)]/Q  (whole units)
 * </pre>
 * that is, {@code Kλ/Q + h·E[on hand] + p·E[backorders]}: {@code p} is charged per unit backordered per period.
 *
 * <p>Continuous demand: for a given Q the best {@code r(Q)} solves {@code g_nv(r) = g_nv(r + Q)} (bisection between
 * {@code y* − Q} and {@code y*}, {@code y*} the newsvendor level); along {@code r(Q)},
 * {@code dg/dQ = [g_nv(r(Q)) − g]/Q}, so the optimal Q solves {@code g_nv(r(Q)) = g(r(Q), Q)} (bisection): the
 * optimality conditions {@code g_nv(r) = g_nv(r + Q) = g} of S&amp;S §5.2.3. Whole units: Federgruen &amp; Zheng,
 * "An efficient algorithm for computing an optimal (r, Q) policy in continuous review stochastic inventory systems",
 * <i>Operations Research</i> 40(4), 1992: the best Q + 1 consecutive levels extend the best Q by the cheaper of the
 * two neighbours; stop when the average cost stops falling.
 *
 * <p>Stateless and thread-safe.
 */
final class RQSearch {

  /** The most steps of the whole-unit search (increments of Q) before it gives up with an error. */
  static final long MAX_STEPS = 50_000_000L;

  private RQSearch() {}

  /** The exact cost {@code g(r, Q)} with backorders. */
  static double cost(CostInputs in, Distribution lt, double r, double q) {
    double half = lt.isDiscrete() ? (q + 1) / 2 : q / 2;
    double backorders = (lt.secondLoss(r) - lt.secondLoss(r + q)) / q;
    return in.k * in.demand.mean() / q + in.h * (r + half - lt.mean()) + (in.h + in.p) * backorders;
  }

  /**
   * The best reorder point for a given Q: for continuous demand the root of {@code g_nv(r) = g_nv(r + Q)}; for whole
   * units the smallest r whose window {@code r+1 … r+Q} of newsvendor costs has the least sum.
   */
  static double reorderPointFor(CostInputs in, Distribution lt, double q) {
    double ystar = lt.quantile(in.criticalRatio());
    if (lt.isDiscrete()) {
      // moving the window up by one changes its sum by g_nv(r + Q + 1) − g_nv(r + 1), which rises with r
      long r = (long) ystar - (long) q;
      for (long i = 0; i <= (long) q; i++, r++) {
        if (in.newsvendorCost(lt, r + q + 1) - in.newsvendorCost(lt, r + 1) >= 0) {
          return r;
        }
      }
      return r;
    }
    double lo = ystar - q;
    double hi = ystar;
    for (int i = 0; i < 400; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (in.newsvendorCost(lt, mid) - in.newsvendorCost(lt, mid + q) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The optimum {r, Q, cost} for continuous demand; needs K &gt; 0. */
  static double[] optimumContinuous(CostInputs in, Distribution lt) {
    double eoq = Math.sqrt(2 * in.k * in.demand.mean() / in.h);
    double hi = Math.max(eoq, Math.max(lt.standardDeviation(), 1e-9));
    for (int i = 0; slope(in, lt, hi) <= 0; i++) {
      if (i > 2000) {
        throw new SupplyException(null, "no optimal order quantity found: the cost keeps falling as Q grows");
      }
      hi *= 2;
    }
    double lo = hi;
    for (int i = 0; slope(in, lt, lo) >= 0; i++) {
      if (i > 2000) {
        throw new SupplyException("orderCost", "the optimal order quantity tends to 0");
      }
      lo /= 2;
    }
    for (int i = 0; i < 400; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (slope(in, lt, mid) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double q = 0.5 * (lo + hi);
    double r = reorderPointFor(in, lt, q);
    return new double[] {r, q, cost(in, lt, r, q)};
  }

  /** {@code g_nv(r(Q)) − g(r(Q), Q)}: the sign of {@code d g(r(Q), Q)/dQ}, increasing in Q. */
  private static double slope(CostInputs in, Distribution lt, double q) {
    double r = reorderPointFor(in, lt, q);
    return in.newsvendorCost(lt, r) - cost(in, lt, r, q);
  }

  /** The optimum {r, Q, cost} on whole units (Federgruen &amp; Zheng 1992). */
  static double[] optimumDiscrete(CostInputs in, Distribution lt) {
    double fixed = in.k * in.demand.mean();
    long r = (long) lt.quantile(in.criticalRatio()) - 1; // Q = 1: the single best level y* = r + 1
    long q = 1;
    double sum = in.newsvendorCost(lt, r + 1);
    double cost = fixed + sum;
    for (long step = 0;; step++) {
      if (step >= MAX_STEPS) {
        throw new SupplyException(null, "the Federgruen-Zheng search passed Q = " + q + " without reaching the "
            + "optimum; the inputs make orders implausibly large");
      }
      double below = in.newsvendorCost(lt, r);
      double above = in.newsvendorCost(lt, r + q + 1);
      double next = Math.min(below, above);
      double nextCost = (fixed + sum + next) / (q + 1);
      if (!(nextCost < cost)) {
        break;
      }
      if (below < above) {
        r--;
      }
      q++;
      sum += next;
      cost = nextCost;
    }
    return new double[] {r, q, cost(in, lt, r, q)};
  }
}
