package dev.ecomkit.supply;

import java.util.function.DoubleUnaryOperator;

/**
 * What a policy achieves, from the distribution of demand over its protection interval: the formulas every calculator
 * shares.
 *
 * <p>Continuous review (r, Q), backorders (Hadley &amp; Whitin, <i>Analysis of Inventory Systems</i>, 1963, ch. 4;
 * Zipkin, <i>Foundations of Inventory Management</i>, 2000, §6.2): the inventory position is uniform on
 * {@code (r, r + Q]}; a cycle has a stockout iff lead-time demand exceeds {@code r}, so the cycle service level is
 * {@code F(r)}; the expected shortage per cycle is {@code n(r) − n(r + Q)}, the fill rate {@code 1 − [n(r) − n(r +
 * Q)]/Q}; average backorders {@code B = [n₂(r) − n₂(r + Q)]/Q} and average stock {@code r + Q/2 − μ + B} (discrete
 * demand: {@code r + (Q + 1)/2 − μ + B}). Lost sales (Silver, Pyke &amp; Peterson, 3rd ed., §7.7): fill rate
 * {@code Q/(Q + n(r))} and average stock {@code r − μ + Q/2 + n(r)}, approximations.
 *
 * <p>Periodic review every {@code R} periods up to {@code S}, backorders: the cycle service level is
 * {@code F_{R+L}(S)}; the shortage per cycle is {@code n_{R+L}(S) − n_L(S)}, the demand short at the end of the cycle
 * less what was already short before it (Hadley &amp; Whitin §5; Sobel, "Fill rates of single-stage and multistage
 * supply systems", <i>M&amp;SOM</i> 6(1), 2004); fill rate {@code 1 − shortage/(R·d̄)}; lost sales
 * {@code R·d̄/(R·d̄ + shortage)}. Average stock: the end-of-period stock averaged over the cycle,
 * {@code (1/R)·Σ_{t=1..R} [S − μ_{L+t} + n_{L+t}(S)]} for a whole {@code R} of at most {@link #EXACT_REVIEW} periods,
 * else {@code S − μ_{R+L} + R·d̄/2}.
 *
 * <p>Stateless and thread-safe.
 */
final class PolicyMetrics {

  /** The longest review period whose average stock is summed period by period. */
  static final int EXACT_REVIEW = BaseStockPolicy.MAX_REVIEW;

  private PolicyMetrics() {}

  /** The policy (r, Q) under continuous review; {@code lt} is demand over the lead time. */
  static ImmutableStockPolicy.Builder continuous(Demand demand, LeadTime leadTime, Distribution lt, double r,
      double q, ShortageModel model) {
    double shortage = shortageContinuous(lt, r, q, model);
    double fillRate;
    double onHand;
    if (model == ShortageModel.BACKORDERS) {
      fillRate = 1 - shortage / q;
      double backorders = (lt.secondLoss(r) - lt.secondLoss(r + q)) / q;
      onHand = r + (lt.isDiscrete() ? (q + 1) / 2 : q / 2) - lt.mean() + backorders;
    } else {
      fillRate = q / (q + shortage);
      onHand = r - lt.mean() + q / 2 + shortage;
    }
    return ImmutableStockPolicy.builder()
        .kind(StockPolicy.Kind.REORDER_POINT_QUANTITY)
        .demand(demand)
        .leadTime(leadTime)
        .reviewPeriod(0)
        .reorderPoint(r)
        .orderUpToLevel(r + q)
        .orderQuantity(q)
        .protectionDemandMean(lt.mean())
        .protectionDemandStandardDeviation(lt.standardDeviation())
        .cycleServiceLevel(lt.cdf(r))
        .fillRate(clamp(fillRate))
        .expectedShortagePerCycle(shortage)
        .expectedOnHand(Math.max(0, onHand))
        .ordersPerPeriod(demand.mean() / q)
        .shortageModel(model);
  }

  /** Expected shortage per cycle of (r, Q): {@code n(r) − n(r + Q)}, or {@code n(r)} under lost sales. */
  static double shortageContinuous(Distribution lt, double r, double q, ShortageModel model) {
    return model == ShortageModel.BACKORDERS ? lt.lossDifference(r, r + q) : lt.loss(r);
  }

  /**
   * The order-up-to policy (R, S); {@code protection} is demand over {@code L + R}, {@code lt} over {@code L}, and
   * {@code perPeriod} gives demand over {@code L + t} for the stock average.
   */
  static ImmutableStockPolicy.Builder orderUpTo(Demand demand, LeadTime leadTime, double review,
      Distribution protection, Distribution lt, double s, ShortageModel model, PeriodDemand perPeriod) {
    double cycleDemand = review * demand.mean();
    double shortage = shortagePeriodic(protection, lt, s);
    double fillRate = model == ShortageModel.BACKORDERS ? 1 - shortage / cycleDemand
        : cycleDemand / (cycleDemand + shortage);
    double onHand;
    if (review == Math.rint(review) && review <= EXACT_REVIEW) {
      double sum = 0;
      for (int t = 1; t <= review; t++) {
        Distribution d = t == review ? protection : perPeriod.over(t);
        sum += s - d.mean() + d.loss(s);
      }
      onHand = sum / review;
    } else {
      onHand = s - protection.mean() + cycleDemand / 2;
    }
    return ImmutableStockPolicy.builder()
        .kind(StockPolicy.Kind.ORDER_UP_TO)
        .demand(demand)
        .leadTime(leadTime)
        .reviewPeriod(review)
        .reorderPoint(s)
        .orderUpToLevel(s)
        .orderQuantity(cycleDemand)
        .protectionDemandMean(protection.mean())
        .protectionDemandStandardDeviation(protection.standardDeviation())
        .cycleServiceLevel(protection.cdf(s))
        .fillRate(clamp(fillRate))
        .expectedShortagePerCycle(shortage)
        .expectedOnHand(Math.max(0, onHand))
        .ordersPerPeriod(1 / review)
        .shortageModel(model);
  }

  /** Shortage per cycle of an order-up-to level: {@code n_{R+L}(S) − n_L(S)}. */
  static double shortagePeriodic(Distribution protection, Distribution lt, double s) {
    return Math.max(0, protection.loss(s) - lt.loss(s));
  }

  /** Demand over the lead time plus {@code t} periods. */
  interface PeriodDemand {
    Distribution over(int t);
  }

  /**
   * The smallest level {@code x} (whole when {@code discrete}) with {@code shortage(x) ≤ target}, for a shortage
   * that does not increase with {@code x}; {@code centre} and {@code scale} place the first bracket.
   */
  static double smallestLevel(DoubleUnaryOperator shortage, double target, double centre, double scale,
      boolean discrete) {
    double step = Math.max(scale, 1e-9 * Math.max(1, Math.abs(centre)));
    double lo = centre - step;
    double hi = centre + step;
    for (int i = 0; shortage.applyAsDouble(lo) <= target; i++) {
      if (i > 1100) {
        return lo; // the target holds however low the level: the policy needs no stock at all
      }
      step *= 2;
      lo = centre - step;
    }
    step = Math.max(scale, 1e-9 * Math.max(1, Math.abs(centre)));
    for (int i = 0; shortage.applyAsDouble(hi) > target; i++) {
      if (i > 1100) {
        throw new SupplyException(null, "no stock level meets the target: shortage stays above " + target);
      }
      step *= 2;
      hi = centre + step;
    }
    if (discrete) {
      long a = (long) Math.floor(lo); // shortage(a) > target
      long b = (long) Math.ceil(hi); // shortage(b) ≤ target
      while (b - a > 1) {
        long mid = a + (b - a) / 2;
        if (shortage.applyAsDouble(mid) <= target) {
          b = mid;
        } else {
          a = mid;
        }
      }
      return b;
    }
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (shortage.applyAsDouble(mid) <= target) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** How the numbers were computed, from the kind of demand and the distribution used. */
  static String method(Demand demand, Distribution distribution) {
    switch (demand.kind()) {
      case NORMAL:
        return "normal";
      case POISSON:
        return "exact Poisson";
      case NEGATIVE_BINOMIAL:
        return "exact negative binomial";
      case EMPIRICAL:
      default:
        return distribution instanceof NormalDistribution ? "normal approximation of the observed demand"
            : "exact empirical";
    }
  }

  static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
