package dev.ecomkit.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost-optimal continuous-review (r, Q) policy (再订货点–订货批量策略): when the inventory position falls to the
 * reorder point {@code r}, order {@code Q}; the exact optimum and the approximations of Snyder &amp; Shen,
 * <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., ch. 5 ("S&amp;S").
 *
 * <pre>{@code
 * RQPolicy rq = RQPolicy.builder().demand(Demand.normal(1300, 150))   // units per year
 *     .leadTime(LeadTime.fixed(1.0 / 12)).holdingCost(0.225).stockoutCost(7.5).orderCost(8).build();
 * StockPolicy best = rq.optimize();   // r 126.867, Q 328.449, expected cost 78.0711 a year (S&S Ex. 5.1)
 * rq.costAt(100, 250);                // 87.3465
 * }</pre>
 *
 * <p>Units: demand per period, the lead time in the same periods, {@code h} and {@code p} per unit per period,
 * {@code K} per order. The exact cost charges {@code p} per unit backordered per period (time-weighted):
 * {@code g(r, Q) = Kλ/Q + h·E[on hand] + p·E[backorders]} (S&amp;S eq. 5.7; eq. 5.48 for whole units; formulas in
 * {@code RQSearch}). {@link #optimize} minimises it exactly: for normal (or any continuous) lead-time demand by the
 * optimality conditions {@code g_nv(r) = g_nv(r + Q) = g}; for Poisson, negative binomial and whole-valued empirical
 * demand on whole units by Federgruen &amp; Zheng, <i>Operations Research</i> 40(4), 1992. The approximations
 * ({@link #eoqPlusSafetyStock}, {@link #expectedInventoryLevel}, {@link #eoqWithBackorders},
 * {@link #lossFunctionApproximation}) return levels; each one's {@link StockPolicy#method()} names it and its
 * javadoc says which cost its {@link StockPolicy#expectedCost()} is. For whole-unit demand their levels are rounded
 * to whole units (noted). Achieved service levels and stock: {@code PolicyMetrics}.
 *
 * <p>Lost sales ({@link Builder#shortageModel}): the time-weighted formulas assume backorders, so {@link #optimize},
 * {@link #eoqPlusSafetyStock}, {@link #eoqWithBackorders} and {@link #lossFunctionApproximation} reject it;
 * {@link #expectedInventoryLevel}, {@link #evaluate} and {@link #costAt} use Hadley &amp; Whitin's lost-sales
 * approximation (<i>Analysis of Inventory Systems</i>, 1963, §4.10): cost
 * {@code Kλ/Q + h(r − μ + Q/2 + n(r)) + pλ·n(r)/Q}, fractile {@code 1 − F(r) = Qh/(Qh + pλ)}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RQPolicy {

  private final CostInputs in;
  private final ShortageModel model;
  private final Distribution lt;
  private final List<String> ltNotes;

  private RQPolicy(CostInputs in, ShortageModel model) {
    this.in = in;
    this.model = model;
    List<String> notes = new ArrayList<>();
    this.lt = ProtectionDemand.over(in.demand, in.leadTime, 0, notes);
    this.ltNotes = List.copyOf(notes);
  }

  /**
   * A builder with nothing set; demand, lead time and the three costs are required, the shortage model defaults to
   * backorders.
   *
   * @return the builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder(null, null, null, null, null, ShortageModel.BACKORDERS);
  }

  /**
   * The exact minimum of the time-weighted cost {@code g(r, Q) = Kλ/Q + h·E[on hand] + p·E[backorders]}: for
   * continuous lead-time demand the solution of {@code g_nv(r) = g_nv(r + Q) = g(r, Q)} (S&amp;S eq. 5.7 and §5.2.3);
   * for whole-unit demand the Federgruen &amp; Zheng (1992) search (S&amp;S eq. 5.48), whose levels are whole.
   *
   * @return the policy with {@code expectedCost} its exact cost per period
   * @throws SupplyException if the shortage model is lost sales, or the order cost is 0 with continuous demand (the
   *     optimal Q then tends to 0: use a base-stock policy)
   * @since 0.1
   */
  public StockPolicy optimize() {
    requireBackorders("optimize");
    double[] best;
    String method;
    if (lt.isDiscrete()) {
      best = RQSearch.optimumDiscrete(in, lt);
      method = "exact (Federgruen-Zheng 1992)";
    } else {
      requireOrderCost();
      best = RQSearch.optimumContinuous(in, lt);
      method = "exact (Snyder-Shen eq. 5.7 optimality conditions)";
    }
    return build(best[0], best[1], best[2], "minimum expected cost " + in.costs(), method, new ArrayList<>());
  }

  /**
   * What the levels {@code r} and {@code Q} achieve and cost: the exact time-weighted cost with backorders, or
   * Hadley &amp; Whitin's lost-sales approximation (noted) with lost sales.
   *
   * @param reorderPoint r, any finite number; whole for whole-unit demand
   * @param orderQuantity Q, above 0; whole for whole-unit demand
   * @return the policy with its expected cost per period
   * @throws SupplyException if an argument is out of its range
   * @since 0.1
   */
  public StockPolicy evaluate(double reorderPoint, double orderQuantity) {
    checkLevels(reorderPoint, orderQuantity);
    List<String> notes = new ArrayList<>();
    return build(reorderPoint, orderQuantity, cost(reorderPoint, orderQuantity, notes), "given levels " + in.costs(),
        model == ShortageModel.BACKORDERS ? "exact cost" : "lost-sales approximation (Hadley-Whitin)", notes);
  }

  /**
   * The expected cost per period of the levels {@code r} and {@code Q}, as {@link #evaluate}.
   *
   * @param reorderPoint r, any finite number; whole for whole-unit demand
   * @param orderQuantity Q, above 0; whole for whole-unit demand
   * @return the cost per period
   * @throws SupplyException if an argument is out of its range
   * @since 0.1
   */
  public double costAt(double reorderPoint, double orderQuantity) {
    checkLevels(reorderPoint, orderQuantity);
    return cost(reorderPoint, orderQuantity, new ArrayList<>());
  }

  /**
   * EOQ plus safety stock (S&amp;S §5.3.3, Ex. 5.5): {@code Q = √(2Kλ/h)}, {@code r = F⁻¹(p/(p + h))}, the newsvendor
   * level of lead-time demand.
   *
   * @return the policy; {@code expectedCost} is the exact time-weighted cost at these levels
   * @throws SupplyException if the shortage model is lost sales or the order cost is 0
   * @since 0.1
   */
  public StockPolicy eoqPlusSafetyStock() {
    requireBackorders("eoqPlusSafetyStock");
    requireOrderCost();
    return approximation(lt.quantile(in.criticalRatio()), whole(eoq()), "EOQ + safety stock approximation");
  }

  /**
   * The expected-inventory-level approximation (S&amp;S §5.3.1, Ex. 5.2; Hadley &amp; Whitin 1963 §4.4; Nahmias's
   * (Q, R) iteration): from {@code Q = √(2Kλ/h)} repeat {@code r = F⁻¹(1 − Qh/(pλ))},
   * {@code Q = √(2λ[K + p·n(r)]/h)} until both settle. Its cost charges {@code p} per unit short, not per unit-period:
   * {@code h(r − μ + Q/2) + Kλ/Q + pλ·n(r)/Q}. With lost sales, Hadley &amp; Whitin's variant: fractile
   * {@code 1 − Qh/(Qh + pλ)} and cost {@code h(r − μ + Q/2 + n(r)) + Kλ/Q + pλ·n(r)/Q}.
   *
   * @return the policy; {@code expectedCost} is this approximation's own cost (S&amp;S print it), the exact
   *     time-weighted cost is in the notes
   * @throws SupplyException if the order cost is 0, if {@code Qh ≥ pλ} (no reorder point satisfies the fractile), or
   *     if the iteration does not settle within 10,000 rounds
   * @since 0.1
   */
  public StockPolicy expectedInventoryLevel() {
    requireOrderCost();
    double lambda = in.demand.mean();
    double q = eoq();
    double r = eilReorderPoint(q);
    for (int i = 0;; i++) {
      if (i >= 10_000) {
        throw new SupplyException(null, "the expected-inventory-level iteration did not settle in 10,000 rounds");
      }
      double nextQ = Math.sqrt(2 * lambda * (in.k + in.p * lt.loss(r)) / in.h);
      double nextR = eilReorderPoint(nextQ);
      boolean settled = Math.abs(nextQ - q) <= 1e-13 * nextQ && Math.abs(nextR - r) <= 1e-13 * Math.max(1, Math.abs(r));
      q = nextQ;
      r = nextR;
      if (settled) {
        break;
      }
    }
    q = whole(q);
    double n = lt.loss(r);
    double lostShare = model == ShortageModel.LOST_SALES ? n : 0;
    double approx = in.h * (r - lt.mean() + q / 2 + lostShare) + in.k * lambda / q + in.p * lambda * n / q;
    List<String> notes = new ArrayList<>();
    if (model == ShortageModel.BACKORDERS) {
      notes.add(String.format(Locale.ROOT, "expected cost is the approximation's own (p per unit short); the exact "
          + "time-weighted cost at these levels is %.10g", RQSearch.cost(in, lt, r, q)));
    }
    roundingNote(notes);
    return build(r, q, approx, "approximately minimum expected cost " + in.costs(),
        "expected inventory level approximation (Hadley-Whitin)", notes);
  }

  /**
   * EOQ with planned backorders (S&amp;S §5.3.2, Ex. 5.4): {@code Q = √(2Kλ(h + p)/(hp))} and the best reorder
   * point for that Q, the root of {@code g_nv(r) = g_nv(r + Q)}.
   *
   * @return the policy; {@code expectedCost} is the exact time-weighted cost at these levels
   * @throws SupplyException if the shortage model is lost sales or the order cost is 0
   * @since 0.1
   */
  public StockPolicy eoqWithBackorders() {
    requireBackorders("eoqWithBackorders");
    requireOrderCost();
    double q = whole(Math.sqrt(2 * in.k * in.demand.mean() * (in.h + in.p) / (in.h * in.p)));
    return approximation(RQSearch.reorderPointFor(in, lt, q), q, "EOQ with backorders approximation");
  }

  /**
   * The loss-function approximation (S&amp;S §5.3.4, Ex. 5.6): drop {@code n₂(r + Q)} from the exact cost and repeat
   * {@code n(r) = hQ/(h + p)}, {@code Q = √(2[Kλ + (h + p)·n₂(r)]/h)} from {@code Q = √(2Kλ/h)} until both settle.
   *
   * @return the policy; {@code expectedCost} is the exact time-weighted cost at these levels
   * @throws SupplyException if the shortage model is lost sales, the order cost is 0, or the iteration does not
   *     settle within 10,000 rounds
   * @since 0.1
   */
  public StockPolicy lossFunctionApproximation() {
    requireBackorders("lossFunctionApproximation");
    requireOrderCost();
    double q = eoq();
    double r = lossReorderPoint(q);
    for (int i = 0;; i++) {
      if (i >= 10_000) {
        throw new SupplyException(null, "the loss-function iteration did not settle in 10,000 rounds");
      }
      double nextQ = Math.sqrt(2 * (in.k * in.demand.mean() + (in.h + in.p) * lt.secondLoss(r)) / in.h);
      double nextR = lossReorderPoint(nextQ);
      boolean settled = Math.abs(nextQ - q) <= 1e-13 * nextQ && Math.abs(nextR - r) <= 1e-13 * Math.max(1, Math.abs(r));
      q = nextQ;
      r = nextR;
      if (settled) {
        break;
      }
    }
    return approximation(r, whole(q), "loss-function approximation");
  }

  /** The EIL reorder point for a given Q: {@code F⁻¹(1 − Qh/(pλ))}, lost sales {@code F⁻¹(1 − Qh/(Qh + pλ))}. */
  double eilReorderPoint(double q) {
    double pl = in.p * in.demand.mean();
    double share = model == ShortageModel.LOST_SALES ? q * in.h / (q * in.h + pl) : q * in.h / pl;
    if (!(share < 1)) {
      throw new SupplyException("stockoutCost", String.format(Locale.ROOT, "the expected-inventory-level "
          + "approximation needs p·λ > Q·h (Q = %.6g): no reorder point meets the fractile", q));
    }
    return lt.quantile(1 - share);
  }

  /** The best reorder point for a given Q (exact, backorders). */
  double reorderPointFor(double q) {
    return RQSearch.reorderPointFor(in, lt, q);
  }

  private double lossReorderPoint(double q) {
    return PolicyMetrics.smallestLevel(lt::loss, in.h * q / (in.h + in.p), lt.mean(),
        Math.max(lt.standardDeviation(), 1), lt.isDiscrete());
  }

  /** Q itself for continuous demand; the nearest whole number, at least 1, for whole-unit demand. */
  private double whole(double q) {
    return lt.isDiscrete() ? Math.max(1, Math.rint(q)) : q;
  }

  private double eoq() {
    return Math.sqrt(2 * in.k * in.demand.mean() / in.h);
  }

  private StockPolicy approximation(double r, double q, String method) {
    List<String> notes = new ArrayList<>();
    roundingNote(notes);
    return build(r, q, RQSearch.cost(in, lt, r, q), "approximately minimum expected cost " + in.costs(), method,
        notes);
  }

  private void roundingNote(List<String> notes) {
    if (lt.isDiscrete()) {
      notes.add("levels rounded to whole units for " + in.demand.kind() + " demand");
    }
  }

  private double cost(double r, double q, List<String> notes) {
    if (model == ShortageModel.BACKORDERS) {
      return RQSearch.cost(in, lt, r, q);
    }
    notes.add("lost sales: cost by Hadley-Whitin's approximation Kλ/Q + h(r − μ + Q/2 + n(r)) + pλn(r)/Q");
    double n = lt.loss(r);
    double lambda = in.demand.mean();
    return in.k * lambda / q + in.h * (r - lt.mean() + q / 2 + n) + in.p * lambda * n / q;
  }

  private void checkLevels(double r, double q) {
    SupplyException.finite("reorderPoint", r);
    SupplyException.positive("orderQuantity", q);
    CostInputs.whole("reorderPoint", r, lt.isDiscrete(), in.demand);
    CostInputs.whole("orderQuantity", q, lt.isDiscrete(), in.demand);
  }

  private void requireBackorders(String what) {
    if (model != ShortageModel.BACKORDERS) {
      throw new SupplyException("shortageModel", what + " assumes backorders (its cost is time-weighted "
          + "backorders); for lost sales use expectedInventoryLevel, Hadley-Whitin's lost-sales approximation");
    }
  }

  private void requireOrderCost() {
    if (!lt.isDiscrete() && in.k == 0) {
      throw new SupplyException("orderCost", "with no order cost the optimal Q tends to 0 for continuous demand: "
          + "use a base-stock policy");
    }
    if (in.k == 0) {
      throw new SupplyException("orderCost", "the EOQ-based approximations need an order cost above 0; optimize() "
          + "handles K = 0 for whole-unit demand");
    }
  }

  private StockPolicy build(double r, double q, double cost, String basis, String method, List<String> notes) {
    List<String> all = new ArrayList<>(ltNotes);
    all.add("lead-time demand: " + PolicyMetrics.method(in.demand, lt));
    all.addAll(notes);
    return PolicyMetrics.continuous(in.demand, in.leadTime, lt, r, q, model)
        .expectedCost(cost).basis(basis).method(method).addAllNotes(all).build();
  }

  @Override
  public String toString() {
    return "RQPolicy{" + in.demand + ", " + in.leadTime + ", " + in.costs() + ", " + model + "}";
  }

  /**
   * Builds an {@link RQPolicy}: every method returns a new builder.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final Demand demand;
    private final LeadTime leadTime;
    private final Double h;
    private final Double p;
    private final Double k;
    private final ShortageModel model;

    private Builder(Demand demand, LeadTime leadTime, Double h, Double p, Double k, ShortageModel model) {
      this.demand = demand;
      this.leadTime = leadTime;
      this.h = h;
      this.p = p;
      this.k = k;
      this.model = model;
    }

    /**
     * Demand per period.
     *
     * @param demand the distribution
     * @return a new builder
     * @since 0.1
     */
    public Builder demand(Demand demand) {
      return new Builder(demand, leadTime, h, p, k, model);
    }

    /**
     * The replenishment lead time, in the periods of demand.
     *
     * @param leadTime the lead time
     * @return a new builder
     * @since 0.1
     */
    public Builder leadTime(LeadTime leadTime) {
      return new Builder(demand, leadTime, h, p, k, model);
    }

    /**
     * The holding cost {@code h} per unit per period.
     *
     * @param cost above 0
     * @return a new builder
     * @since 0.1
     */
    public Builder holdingCost(double cost) {
      return new Builder(demand, leadTime, cost, p, k, model);
    }

    /**
     * The stockout cost {@code p}: per unit backordered per period in the exact cost, per unit short in the
     * expected-inventory-level approximation.
     *
     * @param cost above 0
     * @return a new builder
     * @since 0.1
     */
    public Builder stockoutCost(double cost) {
      return new Builder(demand, leadTime, h, cost, k, model);
    }

    /**
     * The fixed cost {@code K} of an order.
     *
     * @param cost at least 0
     * @return a new builder
     * @since 0.1
     */
    public Builder orderCost(double cost) {
      return new Builder(demand, leadTime, h, p, cost, model);
    }

    /**
     * Whether unmet demand is backordered (the default) or lost.
     *
     * @param model the shortage model
     * @return a new builder
     * @since 0.1
     */
    public Builder shortageModel(ShortageModel model) {
      return new Builder(demand, leadTime, h, p, k, model);
    }

    /**
     * The policy calculator.
     *
     * @return the calculator
     * @throws SupplyException naming the first missing or invalid field: {@code demand}, {@code leadTime},
     *     {@code holdingCost} (must be above 0), {@code stockoutCost} (above 0), {@code orderCost} (at least 0),
     *     {@code shortageModel}; or {@code demand} if its mean is 0
     * @since 0.1
     */
    public RQPolicy build() {
      CostInputs inputs = CostInputs.of(demand, leadTime, h, p, k);
      if (model == null) {
        throw new SupplyException("shortageModel", "shortageModel must be given (builder method shortageModel(…))");
      }
      return new RQPolicy(inputs, model);
    }
  }
}
