package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost-optimal order-up-to level of a base-stock policy (基础库存策略): review every {@code R} periods (1 by
 * default, the base-stock policy proper; more for the periodic-review (R, S) policy, 定期盘点补货) and order up to
 * {@code S}. Holding cost {@code h} per unit on hand at the end of a period, backorder cost {@code p} per unit
 * backordered at the end of a period, optionally a fixed cost {@code K} per order (which does not move {@code S}).
 *
 * <pre>{@code
 * BaseStockPolicy policy = BaseStockPolicy.builder()
 *     .demand(Demand.normal(50, 8)).leadTime(LeadTime.fixed(4))
 *     .holdingCost(0.18).stockoutCost(0.70)
 *     .build();
 * policy.optimize().orderUpToLevel();   // 264.77 (Snyder & Shen, Example 4.4)
 * policy.costAt(180);                   // 49.00
 * }</pre>
 *
 * <p>Cost per period, with {@code D_k} the demand over {@code k} periods: the order placed at a review arrives
 * {@code L} periods later and must last until the one after it arrives, so the end-of-period positions {@code t = 1 …
 * R} after an arrival see {@code S − D_{L+t}}: {@code g(S) = K/R + (1/R)·Σ_{t=1..R} (h·E[(S − D_{L+t})⁺] +
 * p·E[(D_{L+t} − S)⁺])} (Hadley &amp; Whitin, <i>Analysis of Inventory Systems</i>, 1963, §5.5; for {@code R = 1}
 * Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., §4.4, eq. 4.30, which counts
 * {@code L + 1} periods: the newsvendor over the lead time plus one period). {@code g} is convex; its minimum is the
 * smallest {@code S} with {@code (1/R)·Σ_t F_{L+t}(S) ≥ p/(p + h)} (whole for discrete demand); for {@code R = 1} the
 * critical-ratio quantile of {@code D_{L+1}}. Backorders are assumed: with lost sales and a lead time a base-stock
 * policy is not optimal.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class BaseStockPolicy {

  /** The longest review period, in periods (a year of days). */
  static final int MAX_REVIEW = 366;

  private final Demand demand;
  private final LeadTime leadTime;
  private final double holdingCost;
  private final double stockoutCost;
  private final double orderCost;
  private final int reviewPeriod;
  /** Demand over L + t periods, t = 1 … R. */
  private final List<Distribution> horizons;
  /** Demand over the lead time alone. */
  private final Distribution leadTimeDemand;
  /** Approximations made in the distributions. */
  private final List<String> notes;

  private BaseStockPolicy(CostInputs in, int reviewPeriod) {
    this.demand = in.demand;
    this.leadTime = in.leadTime;
    this.holdingCost = in.h;
    this.stockoutCost = in.p;
    this.orderCost = in.k;
    this.reviewPeriod = reviewPeriod;
    List<String> n = new ArrayList<>();
    List<Distribution> h = new ArrayList<>(reviewPeriod);
    for (int t = 1; t <= reviewPeriod; t++) {
      h.add(ProtectionDemand.over(demand, leadTime, t, t == reviewPeriod ? n : new ArrayList<>()));
    }
    this.horizons = List.copyOf(h);
    this.leadTimeDemand = ProtectionDemand.over(demand, leadTime, 0, new ArrayList<>());
    this.notes = List.copyOf(n);
  }

  /**
   * A builder; demand, lead time, holding cost and stockout cost are required.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The order-up-to level of least expected cost.
   *
   * @return the policy, with its expected cost per period
   * @since 0.1
   */
  public StockPolicy optimize() {
    List<Distribution> h = horizons;
    double ratio = SupplyException.criticalRatio(holdingCost, stockoutCost);
    Distribution last = h.get(h.size() - 1);
    double level;
    if (reviewPeriod == 1) {
      level = last.quantile(ratio);
    } else {
      // the smallest S whose average F reaches the ratio: shortage-like function 1 − avg F, non-increasing in S
      level = PolicyMetrics.smallestLevel(s -> 1 - averageCdf(h, s), 1 - ratio, last.mean(),
          Math.max(1, last.standardDeviation()), last.isDiscrete());
    }
    return build(level, String.format(Locale.ROOT, "minimum expected cost (h %s, p %s%s)", holdingCost,
        stockoutCost, orderCost > 0 ? ", K " + orderCost : ""));
  }

  /**
   * What an order-up-to level a planner chose achieves and costs.
   *
   * @param orderUpToLevel any finite number
   * @return the policy, with its expected cost per period
   * @throws SupplyException if the level is not finite
   * @since 0.1
   */
  public StockPolicy evaluate(double orderUpToLevel) {
    return build(SupplyException.finite("orderUpToLevel", orderUpToLevel), "given level");
  }

  /**
   * The expected cost per period of ordering up to {@code orderUpToLevel}.
   *
   * @param orderUpToLevel any finite number
   * @return the cost
   * @throws SupplyException if the level is not finite
   * @since 0.1
   */
  public double costAt(double orderUpToLevel) {
    SupplyException.finite("orderUpToLevel", orderUpToLevel);
    double sum = 0;
    for (Distribution d : horizons) {
      sum += holdingCost * Math.max(0, d.leftover(orderUpToLevel)) + stockoutCost * d.loss(orderUpToLevel);
    }
    return orderCost / reviewPeriod + sum / reviewPeriod;
  }

  private static double averageCdf(List<Distribution> horizons, double s) {
    double sum = 0;
    for (Distribution d : horizons) {
      sum += d.cdf(s);
    }
    return sum / horizons.size();
  }

  private StockPolicy build(double level, String basis) {
    List<Distribution> h = horizons;
    Distribution protection = h.get(h.size() - 1);
    return PolicyMetrics.orderUpTo(demand, leadTime, reviewPeriod, protection, leadTimeDemand, level, ShortageModel.BACKORDERS,
            t -> h.get(t - 1))
        .expectedCost(costAt(level))
        .basis(basis)
        .method(PolicyMetrics.method(demand, protection))
        .addAllNotes(notes)
        .build();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BaseStockPolicy{%s, %s, R=%d, h=%s, p=%s, K=%s}", demand, leadTime,
        reviewPeriod, holdingCost, stockoutCost, orderCost);
  }

  /**
   * Builds a {@link BaseStockPolicy}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Demand demand;
    private LeadTime leadTime;
    private double holdingCost = Double.NaN;
    private double stockoutCost = Double.NaN;
    private double orderCost;
    private int reviewPeriod = 1;

    private Builder() {}

    /**
     * Demand per period.
     *
     * @param demand the demand
     * @return this builder
     * @since 0.1
     */
    public Builder demand(Demand demand) {
      this.demand = checkNotNull(demand, "demand");
      return this;
    }

    /**
     * The lead time, in periods; 0 is valid.
     *
     * @param leadTime the lead time
     * @return this builder
     * @since 0.1
     */
    public Builder leadTime(LeadTime leadTime) {
      this.leadTime = checkNotNull(leadTime, "leadTime");
      return this;
    }

    /**
     * The holding cost {@code h} per unit on hand at the end of a period.
     *
     * @param h above 0
     * @return this builder
     * @throws SupplyException if {@code h} is not a finite number above 0
     * @since 0.1
     */
    public Builder holdingCost(double h) {
      this.holdingCost = SupplyException.positive("holdingCost", h);
      return this;
    }

    /**
     * The backorder cost {@code p} per unit backordered at the end of a period.
     *
     * @param p above 0
     * @return this builder
     * @throws SupplyException if {@code p} is not a finite number above 0
     * @since 0.1
     */
    public Builder stockoutCost(double p) {
      this.stockoutCost = SupplyException.positive("stockoutCost", p);
      return this;
    }

    /**
     * The fixed cost {@code K} of an order; 0 by default. It adds {@code K/R} to the cost per period and does not move
     * the optimal level.
     *
     * @param k at least 0
     * @return this builder
     * @throws SupplyException if {@code k} is negative or not finite
     * @since 0.1
     */
    public Builder orderCost(double k) {
      this.orderCost = SupplyException.atLeast("orderCost", k, 0);
      return this;
    }

    /**
     * The review period {@code R}: order up to the level every {@code R} periods; 1 by default.
     *
     * @param periods from 1 to 366
     * @return this builder
     * @throws SupplyException if {@code periods} is out of range
     * @since 0.1
     */
    public Builder reviewPeriod(int periods) {
      if (periods < 1 || periods > MAX_REVIEW) {
        throw new SupplyException("periods", "periods must be from 1 to " + MAX_REVIEW + ", got " + periods);
      }
      this.reviewPeriod = periods;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     * @throws SupplyException if demand, lead time, holding or stockout cost is missing, mean demand is 0, or demand
     *     over the protection interval is too large for an exact discrete table
     * @since 0.1
     */
    public BaseStockPolicy build() {
      return new BaseStockPolicy(CostInputs.of(demand, leadTime, Double.isNaN(holdingCost) ? null : holdingCost,
          Double.isNaN(stockoutCost) ? null : stockoutCost, orderCost), reviewPeriod);
    }
  }
}
