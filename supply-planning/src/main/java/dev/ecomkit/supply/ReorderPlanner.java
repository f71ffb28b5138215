package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * Bullwhip-aware reordering (抑制牛鞭效应的补货): each period, order the forecast plus only a fraction 1/Ti of the
 * gaps between the target and the actual net stock and pipeline — the proportional order-up-to policy (POUT) of
 * Disney &amp; Towill (2003), "On the bullwhip and inventory variance produced by an ordering policy", Omega
 * 31:157-167, with matched gains (their DE-APIOBPCS with Tn = Tw = Ti):
 *
 * <pre>
 *   order = forecast + (safety stock − net stock)/Ti + (Tp·forecast − pipeline)/Ti
 * </pre>
 *
 * Ti = 1 is the plain order-up-to (base-stock) policy, which passes every swing in demand upstream, amplified by
 * the forecast; Ti &gt; 1 smooths the orders (less bullwhip for the supplier) at the price of a net stock that
 * varies more, and so a larger safety stock for the same service. The planner prices that trade:
 *
 * <pre>{@code
 * ReorderPlanner planner = ReorderPlanner.builder()
 *     .demand(Demand.normal(100, 20)).leadTime(LeadTime.fixed(2))
 *     .serviceLevel(0.95).holdingCost(0.5)
 *     .smoothing(3)
 *     .build();
 * planner.evaluation().safetyStock();       // 64.13 = 1.645 · 20 · √(2 + 3²/5)
 * planner.order(180, 190, 100).quantity();   // 64.71 = 100 + (64.13 − 180)/3 + (2 · 100 − 190)/3
 * planner.tradeOffTable(1, 2, 3, 4);          // per Ti: bullwhip, safety stock, holding cost
 * }</pre>
 *
 * <p><b>Timing</b> (Disney &amp; Towill's): in each period demand is seen, the forecast updated, the goods ordered
 * {@code leadTime} + 1 (Tp + 1) periods before arrive, and then the order is placed; it arrives Tp + 1 periods later,
 * so Tp = 0 means next period. This is {@link BaseStockPolicy}'s lead time L, whose level covers L + 1 periods of demand; in
 * the convention of {@link Bullwhip} the lead time is Tp + 1.
 *
 * <p><b>Variances</b> are those of the linear system the policy defines, for i.i.d. demand with the given mean and
 * standard deviation, computed exactly (to 1e-15) as sums of the squared impulse response. With a known mean as the
 * forecast they are the closed forms bullwhip = {@code 1/(2Ti − 1)} (Disney &amp; Towill 2003) and net-stock
 * amplification {@code Var(NS)/σ² = Tp + Ti²/(2Ti − 1)} (the form Disney, Towill &amp; Van de Velde 2004, "Variance
 * amplification and the golden ratio in production and inventory control", IJPE 90:295-309, minimise with
 * bullwhip at the golden ratio Ti = 1.618); with an exponential-smoothing forecast ({@link
 * Builder#forecastSmoothing}) and Ti = 1 the bullwhip is Chen, Ryan &amp; Simchi-Levi's (2000) {@code 1 + 2αL +
 * 2α²L²/(2 − α)} with L = Tp + 1. The tests check all three, and a simulation of {@link #order} against them.
 *
 * <p><b>Safety stock</b>: the net stock is then normal (a linear function of normal demand) with mean the target
 * and standard deviation {@code σ·√NSAmp}, so the target net stock for a probability {@code serviceLevel} of no
 * backorder at a period's end is {@code z·σ·√NSAmp} — for Ti = 1 and a known mean {@code z·σ·√(Tp + 1)}, what
 * {@link SafetyStock} gives for a one-period review. Expected stock on hand and backorders are {@code σ_NS·(z +
 * L(z))} and {@code σ_NS·L(z)}, with L the standard normal loss function (Silver, Pyke &amp; Peterson, <i>Inventory
 * Management and Production Planning and Scheduling</i>, 3rd ed., §B.3); costs are these times the holding and
 * backorder costs. Orders may come out negative (an excess returned) as in the papers; {@link
 * ReorderDecision#quantity()} is never below 0 and {@link ReorderDecision#unconstrained()} keeps the sign.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ReorderPlanner {

  /** The largest smoothing factor Ti accepted: 1,000 periods to close a gap. */
  static final double MAX_SMOOTHING = 1_000;

  /**
   * The smallest smoothing factor accepted. The policy is unstable at Ti = 1/2 and below, and its variances grow
   * without bound as Ti nears 1/2 (the bullwhip is 1/(2Ti − 1)): at 0.55 it is already 10.
   */
  static final double MIN_SMOOTHING = 0.55;

  /** The smallest forecast smoothing constant accepted: a forecast with a memory of about 1,000 periods. */
  static final double MIN_ALPHA = 0.001;

  private final double mean;
  private final double sd;
  private final int leadTime;
  private final double smoothing;
  private final double alpha;
  private final double serviceLevel;
  private final double holdingCost;
  private final double backorderCost;
  private final SmoothingOption option;

  private ReorderPlanner(Builder b) {
    this.mean = b.mean;
    this.sd = b.sd;
    this.leadTime = b.leadTime;
    this.smoothing = b.smoothing;
    this.alpha = b.alpha;
    this.serviceLevel = b.serviceLevel;
    this.holdingCost = b.holdingCost;
    this.backorderCost = b.backorderCost;
    this.option = evaluate(smoothing);
  }

  /**
   * A builder; demand, lead time and holding cost are required.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This period's order.
   *
   * @param netStock the net stock now, after this period's demand and receipts: on hand less backorders. Not the
   *     inventory position (which includes what is on order): the pipeline is the next argument, and the order is
   *     {@code forecast + (safety stock − netStock + Tp·forecast − pipeline)/Ti}, the same as {@code forecast +
   *     (target position − (netStock + pipeline))/Ti}
   * @param pipeline goods ordered and not yet received (negative only for returns in transit, when the
   *     {@linkplain ReorderDecision#unconstrained() unconstrained} orders are followed)
   * @param forecast the demand forecast per period, 0 or more (with {@link Builder#forecastSmoothing}, the
   *     exponentially smoothed forecast updated with this period's demand)
   * @return the order and the gaps behind it, with what this smoothing costs per period
   * @throws SupplyException for a value that is not finite, or a negative forecast
   * @since 0.1
   */
  public ReorderDecision order(double netStock, double pipeline, double forecast) {
    SupplyException.finite("netStock", netStock);
    SupplyException.finite("pipeline", pipeline);
    SupplyException.atLeast("forecast", forecast, 0);
    double stockGap = option.safetyStock() - netStock;
    double pipelineGap = leadTime * forecast - pipeline;
    double order = forecast + (stockGap + pipelineGap) / smoothing;
    return ImmutableReorderDecision.builder().quantity(Math.max(0, order)).unconstrained(order).forecast(forecast)
        .stockGap(stockGap).pipelineGap(pipelineGap).costs(option).build();
  }

  /**
   * What this planner's smoothing does: bullwhip, net-stock variance, safety stock and costs per period.
   *
   * @return the evaluation at this planner's Ti
   * @since 0.1
   */
  public SmoothingOption evaluation() {
    return option;
  }

  /**
   * The same plan at other smoothing factors, side by side, so the smoothing is chosen with open eyes: bullwhip
   * passed upstream against the safety stock and cost it takes to keep the service level.
   *
   * @param ti one or more smoothing factors, each from 0.55 to 1,000
   * @return one row per factor, in the order given
   * @throws SupplyException for no factor or one out of range
   * @since 0.1
   */
  public SmoothingTradeOff tradeOffTable(double... ti) {
    checkNotNull(ti, "ti");
    if (ti.length == 0) {
      throw new SupplyException("ti", "give at least one smoothing factor");
    }
    ImmutableList.Builder<SmoothingOption> rows = ImmutableList.builder();
    for (double t : ti) {
      rows.add(t == smoothing ? option : evaluate(smoothing(t)));
    }
    return ImmutableSmoothingTradeOff.builder().addAllRows(rows.build()).build();
  }

  /** This plan's bullwhip, stock and costs at smoothing Ti. */
  private SmoothingOption evaluate(double ti) {
    double[] ratios = PoutResponse.varianceRatios(leadTime, ti, alpha);
    double netSd = sd * Math.sqrt(ratios[1]);
    double z = StandardNormal.quantile(serviceLevel);
    double backorders = netSd * StandardNormal.loss(z);
    double onHand = netSd * z + backorders;
    return ImmutableSmoothingOption.builder()
        .smoothing(ti)
        .bullwhip(ratios[0])
        .orderStandardDeviation(sd * Math.sqrt(ratios[0]))
        .netStockAmplification(ratios[1])
        .netStockStandardDeviation(netSd)
        .safetyStock(z * netSd)
        .expectedOnHand(onHand)
        .expectedBackorders(backorders)
        .holdingCost(holdingCost * onHand)
        .backorderCost(backorderCost * backorders)
        .build();
  }

  static double smoothing(double ti) {
    if (!(ti >= MIN_SMOOTHING && ti <= MAX_SMOOTHING)) {
      throw new SupplyException("ti", "the smoothing factor Ti must be from " + MIN_SMOOTHING + " (the policy is "
          + "unstable at 1/2 and below) to " + (int) MAX_SMOOTHING + ", got " + ti);
    }
    return ti;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ReorderPlanner[demand %s ± %s, Tp %d, Ti %s, forecast %s, service %s]",
        mean, sd, leadTime, smoothing, alpha == 0 ? "known mean" : "smoothing α " + alpha, serviceLevel);
  }

  /**
   * Builds a {@link ReorderPlanner}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private double mean = Double.NaN;
    private double sd;
    private int leadTime = -1;
    private double smoothing = 1;
    private double alpha;
    private double serviceLevel = 0.95;
    private double holdingCost = Double.NaN;
    private double backorderCost;

    private Builder() {}

    /**
     * Demand per period; its mean and standard deviation are used, with the net stock taken as normal.
     *
     * @param demand the demand
     * @return this builder
     * @since 0.1
     */
    public Builder demand(Demand demand) {
      checkNotNull(demand, "demand");
      this.mean = demand.mean();
      this.sd = demand.standardDeviation();
      return this;
    }

    /**
     * The lead time Tp, a whole number of periods, 0 or more: an order placed this period arrives Tp + 1 periods
     * later.
     *
     * @param leadTime a fixed, whole lead time
     * @return this builder
     * @throws SupplyException if the lead time varies, is not whole or is above 365 periods
     * @since 0.1
     */
    public Builder leadTime(LeadTime leadTime) {
      checkNotNull(leadTime, "leadTime");
      double l = leadTime.mean();
      if (!leadTime.isFixed() || l != Math.rint(l) || l > 365) {
        throw new SupplyException("leadTime", "the planner needs a fixed, whole lead time of at most 365 periods, "
            + "got " + leadTime);
      }
      this.leadTime = (int) l;
      return this;
    }

    /**
     * The smoothing factor Ti: the periods over which a gap in stock or pipeline is closed. 1 (the default) is
     * plain order-up-to; above 1 smooths the orders.
     *
     * @param ti from 0.55 to 1,000
     * @return this builder
     * @throws SupplyException if Ti is out of range
     * @since 0.1
     */
    public Builder smoothing(double ti) {
      this.smoothing = ReorderPlanner.smoothing(ti);
      return this;
    }

    /**
     * The forecast passed to {@link #order} is exponentially smoothed with this constant; by default the forecast
     * is taken as a known, stable mean (a plan figure), which adds no variance of its own.
     *
     * @param alpha from 0.001 to 1
     * @return this builder
     * @throws SupplyException if α is out of range
     * @since 0.1
     */
    public Builder forecastSmoothing(double alpha) {
      if (!(alpha >= MIN_ALPHA && alpha <= 1)) {
        throw new SupplyException("alpha", "the smoothing constant must be from " + MIN_ALPHA + " to 1, got "
            + alpha);
      }
      this.alpha = alpha;
      return this;
    }

    /**
     * The probability of no backorder at a period's end that the safety stock keeps; 0.95 by default.
     *
     * @param probability strictly between 0 and 1
     * @return this builder
     * @throws SupplyException if the probability is out of range
     * @since 0.1
     */
    public Builder serviceLevel(double probability) {
      this.serviceLevel = SupplyException.probability("serviceLevel", probability);
      return this;
    }

    /**
     * The cost of holding one unit on hand for a period.
     *
     * @param h 0 or more
     * @return this builder
     * @throws SupplyException if {@code h} is negative or not finite
     * @since 0.1
     */
    public Builder holdingCost(double h) {
      this.holdingCost = SupplyException.atLeast("holdingCost", h, 0);
      return this;
    }

    /**
     * The cost of one unit backordered for a period; 0 by default (the service level sets the stock).
     *
     * @param b 0 or more
     * @return this builder
     * @throws SupplyException if {@code b} is negative or not finite
     * @since 0.1
     */
    public Builder backorderCost(double b) {
      this.backorderCost = SupplyException.atLeast("backorderCost", b, 0);
      return this;
    }

    /**
     * The planner.
     *
     * @return a new planner
     * @throws SupplyException if demand, lead time or holding cost is missing
     * @since 0.1
     */
    public ReorderPlanner build() {
      if (Double.isNaN(mean)) {
        throw new SupplyException("demand", "give the demand per period");
      }
      if (leadTime < 0) {
        throw new SupplyException("leadTime", "give the lead time");
      }
      if (Double.isNaN(holdingCost)) {
        throw new SupplyException("holdingCost", "give the holding cost per unit and period");
      }
      return new ReorderPlanner(this);
    }
  }
}
