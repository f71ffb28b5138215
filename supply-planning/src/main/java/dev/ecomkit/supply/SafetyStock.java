package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Safety stock and reorder point (安全库存与再订货点) for a service target: a cycle service level (α: the chance that a
 * replenishment cycle has no stockout) or a fill rate (β: the share of demand met from stock).
 *
 * <pre>{@code
 * SafetyStock ss = SafetyStock.of(Demand.normal(2500, 500), LeadTime.fixed(2));   // units and weeks
 * ss.forCycleServiceLevel(0.90).reorderPoint();                  // 5906.19 (Chopra & Meindl: safety stock 906)
 * ss.orderQuantity(10_000).forFillRate(0.975).safetyStock();     // 66.70 (Chopra & Meindl: 67)
 * ss.reviewPeriod(4).forCycleServiceLevel(0.90).orderUpToLevel(); // 16569.57: review every 4 weeks, order up to S
 * }</pre>
 *
 * <p>Continuous review (the default) protects against demand over the lead time {@code L}: the reorder point is the
 * α-quantile of lead-time demand, {@code μ_L + z_α·σ_L} for normal demand (Chopra &amp; Meindl, <i>Supply Chain
 * Management</i>, §12.3; Silver, Pyke &amp; Peterson, 3rd ed., §7.7); for a fill rate the smallest reorder point with
 * {@code 1 − [n(r) − n(r + Q)]/Q ≥ β}, which for normal demand is the textbook {@code σ_L·L(k) = (1 − β)·Q} with the
 * standard normal loss {@link StandardNormal#loss L}. With {@link #reviewPeriod} {@code R > 0} the policy is periodic
 * review, order up to {@code S} every {@code R} periods, and protects against demand over {@code R + L} (Chopra &amp;
 * Meindl §12.4). Poisson, negative binomial and empirical demand are computed exactly on whole units (the smallest
 * whole level that meets the target); the achieved levels are in the result. Lead-time conventions differ between
 * books: Snyder &amp; Shen's base-stock model counts {@code L + 1} periods, which is {@code reviewPeriod(1)} here.
 *
 * <p>The fill rate needs the order quantity {@code Q} of continuous review; without one, it is one period's mean
 * demand (rounded to a whole unit, at least 1, for discrete demand), as if the SKU were reordered every period.
 * Formulas for the achieved levels: {@link StockPolicy} and the class comment of each calculator.
 *
 * <p>Instances are immutable and thread-safe; the {@code reviewPeriod}, {@code orderQuantity} and
 * {@code shortageModel} methods return new instances.
 *
 * @since 0.1
 */
public final class SafetyStock {

  private final Demand demand;
  private final LeadTime leadTime;
  private final double reviewPeriod;
  private final double orderQuantity;
  private final ShortageModel model;

  private SafetyStock(Demand demand, LeadTime leadTime, double reviewPeriod, double orderQuantity,
      ShortageModel model) {
    this.demand = demand;
    this.leadTime = leadTime;
    this.reviewPeriod = reviewPeriod;
    this.orderQuantity = orderQuantity;
    this.model = model;
  }

  /**
   * A safety-stock calculation for continuous review with backorders.
   *
   * @param demand demand per period
   * @param leadTime the lead time in the same periods
   * @return the calculation
   * @since 0.1
   */
  public static SafetyStock of(Demand demand, LeadTime leadTime) {
    return new SafetyStock(checkNotNull(demand, "demand"), checkNotNull(leadTime, "leadTime"), 0, Double.NaN,
        ShortageModel.BACKORDERS);
  }

  /**
   * Periodic review: every {@code periods} periods, order up to a level that covers demand over the review period
   * plus the lead time. 0 (the default) is continuous review.
   *
   * @param periods at least 0
   * @return a new calculation
   * @throws SupplyException if {@code periods} is negative or not finite, or an order quantity was given
   * @since 0.1
   */
  public SafetyStock reviewPeriod(double periods) {
    SupplyException.atLeast("periods", periods, 0);
    if (periods > 0 && !Double.isNaN(orderQuantity)) {
      throw new SupplyException("periods", "a periodic-review policy orders up to a level, not a fixed quantity: "
          + "give either reviewPeriod or orderQuantity");
    }
    return new SafetyStock(demand, leadTime, periods, orderQuantity, model);
  }

  /**
   * The order quantity {@code Q} of continuous review, for the fill rate and the average stock.
   *
   * @param quantity above 0; whole for Poisson, negative binomial and whole-valued empirical demand
   * @return a new calculation
   * @throws SupplyException if {@code quantity} is not above 0, or not whole for discrete demand, or a review period
   *     was given
   * @since 0.1
   */
  public SafetyStock orderQuantity(double quantity) {
    SupplyException.positive("quantity", quantity);
    if (reviewPeriod > 0) {
      throw new SupplyException("quantity", "a periodic-review policy orders up to a level, not a fixed quantity: "
          + "give either reviewPeriod or orderQuantity");
    }
    return new SafetyStock(demand, leadTime, reviewPeriod, quantity, model);
  }

  /**
   * What happens to demand the shelf cannot meet; {@link ShortageModel#BACKORDERS} by default. It changes the fill
   * rate and the average stock, not the cycle service level.
   *
   * @param shortageModel backorders or lost sales
   * @return a new calculation
   * @since 0.1
   */
  public SafetyStock shortageModel(ShortageModel shortageModel) {
    return new SafetyStock(demand, leadTime, reviewPeriod, orderQuantity, checkNotNull(shortageModel, "model"));
  }

  /**
   * The policy whose replenishment cycles end without a stockout with probability at least {@code alpha}.
   *
   * @param alpha the cycle service level, strictly between 0 and 1
   * @return the policy, with the level achieved (above {@code alpha} for discrete demand)
   * @throws SupplyException if {@code alpha} is not strictly between 0 and 1
   * @since 0.1
   */
  public StockPolicy forCycleServiceLevel(double alpha) {
    SupplyException.probability("alpha", alpha);
    List<String> notes = new ArrayList<>();
    Distribution protection = protection(notes);
    double level = protection.quantile(alpha);
    return build(level, protection, null, notes, String.format(Locale.ROOT, "cycle service level %s", alpha));
  }

  /**
   * The lowest policy that meets at least a share {@code beta} of demand from stock.
   *
   * @param beta the fill rate, strictly between 0 and 1
   * @return the policy, with the fill rate achieved
   * @throws SupplyException if {@code beta} is not strictly between 0 and 1
   * @since 0.1
   */
  public StockPolicy forFillRate(double beta) {
    SupplyException.probability("beta", beta);
    List<String> notes = new ArrayList<>();
    Distribution protection = protection(notes);
    double level;
    String basis;
    Distribution lt = reviewPeriod > 0 ? leadTimeDemand() : null;
    if (reviewPeriod > 0) {
      double cycleDemand = reviewPeriod * demand.mean();
      requirePositive(cycleDemand);
      double target = model == ShortageModel.BACKORDERS ? (1 - beta) * cycleDemand : cycleDemand * (1 - beta) / beta;
      level = PolicyMetrics.smallestLevel(s -> PolicyMetrics.shortagePeriodic(protection, lt, s), target,
          protection.mean(), Math.max(protection.standardDeviation(), cycleDemand), protection.isDiscrete());
      basis = String.format(Locale.ROOT, "fill rate %s", beta);
    } else {
      double q = quantity(protection);
      double target = model == ShortageModel.BACKORDERS ? (1 - beta) * q : q * (1 - beta) / beta;
      level = PolicyMetrics.smallestLevel(r -> PolicyMetrics.shortageContinuous(protection, r, q, model), target,
          protection.mean(), Math.max(protection.standardDeviation(), q), protection.isDiscrete());
      basis = String.format(Locale.ROOT, "fill rate %s with Q = %s", beta, q);
    }
    return build(level, protection, lt, notes, basis);
  }

  /**
   * What a reorder point (for periodic review, an order-up-to level) a planner chose achieves.
   *
   * @param level the reorder point or order-up-to level, any finite number
   * @return the policy
   * @throws SupplyException if {@code level} is not finite
   * @since 0.1
   */
  public StockPolicy evaluate(double level) {
    SupplyException.finite("level", level);
    List<String> notes = new ArrayList<>();
    return build(level, protection(notes), null, notes, "given level");
  }

  private Distribution protection(List<String> notes) {
    return ProtectionDemand.over(demand, leadTime, reviewPeriod, notes);
  }

  /** Demand over the lead time alone, for periodic review. */
  private Distribution leadTimeDemand() {
    return ProtectionDemand.over(demand, leadTime, 0, new ArrayList<>());
  }

  /** The policy at {@code level}; {@code lt}, demand over the lead time, when the caller has it already. */
  private StockPolicy build(double level, Distribution protection, Distribution lt, List<String> notes,
      String basis) {
    ImmutableStockPolicy.Builder b;
    if (reviewPeriod > 0) {
      if (!(demand.mean() > 0)) {
        throw new SupplyException("demand", "mean demand is 0: a periodic-review policy has nothing to replenish");
      }
      b = PolicyMetrics.orderUpTo(demand, leadTime, reviewPeriod, protection, lt != null ? lt : leadTimeDemand(),
          level, model, t -> ProtectionDemand.over(demand, leadTime, t, new ArrayList<>()));
    } else {
      b = PolicyMetrics.continuous(demand, leadTime, protection, level, quantity(protection), model);
    }
    if (model == ShortageModel.LOST_SALES) {
      notes.add("lost sales: fill rate and average stock by the standard approximation (shortage per cycle "
          + "n(r) added back)");
    }
    return b.basis(basis).method(PolicyMetrics.method(demand, protection)).addAllNotes(notes).build();
  }

  private double quantity(Distribution protection) {
    if (!Double.isNaN(orderQuantity)) {
      if (protection.isDiscrete() && orderQuantity != Math.rint(orderQuantity)) {
        throw new SupplyException("quantity", "the order quantity must be a whole number for " + demand.kind()
            + " demand, got " + orderQuantity);
      }
      return orderQuantity;
    }
    requirePositive(demand.mean());
    return protection.isDiscrete() ? Math.max(1, Math.rint(demand.mean())) : demand.mean();
  }

  private static void requirePositive(double meanDemand) {
    if (!(meanDemand > 0)) {
      throw new SupplyException("quantity", "mean demand is 0: give an order quantity (orderQuantity) for the fill "
          + "rate and the average stock");
    }
  }

  @Override
  public String toString() {
    return "SafetyStock{" + demand + ", " + leadTime + (reviewPeriod > 0 ? ", review every " + reviewPeriod : "")
        + (Double.isNaN(orderQuantity) ? "" : ", Q=" + orderQuantity) + ", " + model + "}";
  }
}
