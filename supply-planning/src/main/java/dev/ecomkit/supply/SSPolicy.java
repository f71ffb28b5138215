package dev.ecomkit.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost-optimal periodic-review (s, S) policy (最小最大库存策略, min-max): review the inventory position every
 * period; when it is at or below {@code s}, order up to {@code S}. Backorders.
 *
 * <pre>{@code
 * SSPolicy ss = SSPolicy.builder().demand(Demand.poisson(6)).leadTime(LeadTime.fixed(0))
 *     .holdingCost(1).stockoutCost(4).orderCost(5).build();
 * StockPolicy best = ss.optimize();   // s 4, S 10, expected cost 8.0341 a period (Snyder & Shen Ex. 4.7)
 * ss.costAt(6, 18);                   // 10.1938
 * }</pre>
 *
 * <p>Convention (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., §4.5, "S&amp;S"): an order
 * placed at the start of a period arrives {@code L} periods later, so the inventory position {@code y} after ordering
 * covers demand over {@code L + 1} periods, and each period costs {@code G(y) = h·E[(y − D_{L+1})⁺] +
 * p·E[(D_{L+1} − y)⁺]}, with {@code h} per unit held and {@code p} per unit backordered at the end of a period, and
 * {@code K} per order. With {@code LeadTime.fixed(0)} this is S&amp;S's one-period model.
 *
 * <p>Cost and stationary behaviour (Zheng &amp; Federgruen, <i>Operations Research</i> 39(4), 1991; formulas in
 * {@code RenewalCost}): the position after ordering is {@code S − d} with probability {@code π(d) = m(d)/M(S − s)},
 * {@code c(s, S) = [K + Σ m(d)·G(S − d)]/M(S − s)}. The result reports, per review period (the "cycle" of
 * {@link StockPolicy#cycleServiceLevel()} and {@link StockPolicy#expectedShortagePerCycle()}, as for an order-up-to
 * policy with R = 1): the probability that a period ends without backorders, {@code Σ π(d)·F_{L+1}(S − d)}; the
 * demand short in a period, {@code Σ π(d)·[n_{L+1}(S − d) − n_L(S − d)]} (Sobel, <i>M&amp;SOM</i> 6(1), 2004), and
 * the fill rate {@code 1 − shortage/μ}; stock on hand at the end of a period {@code Σ π(d)·E[(S − d − D_{L+1})⁺]};
 * orders per period {@code 1/M(S − s)}. {@code orderQuantity} is {@code S − s}, the smallest order.
 *
 * <p>Whole-unit demand (Poisson, negative binomial, whole-valued empirical): {@link #optimize} is the exact
 * Zheng–Federgruen search. Continuous demand (normal, other empirical): {@link #optimize} is the power approximation
 * (Ehrhardt, <i>Management Science</i> 25(11), 1979, as revised by Ehrhardt &amp; Mosier, <i>Management Science</i>
 * 30(5), 1984; S&amp;S eqs. 4.77–4.80) and costs come from the renewal equations with per-period demand on a fine
 * grid (step δ in the notes): an approximation, said so in the notes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SSPolicy {

  private final CostInputs in;
  private final Distribution onePeriod;
  private final Distribution protection;
  private final Distribution lt;
  private final List<String> demandNotes;

  private SSPolicy(CostInputs in) {
    this.in = in;
    List<String> notes = new ArrayList<>();
    this.onePeriod = in.demand.distribution();
    this.protection = ProtectionDemand.over(in.demand, in.leadTime, 1, notes);
    this.lt = ProtectionDemand.over(in.demand, in.leadTime, 0, notes);
    this.demandNotes = List.copyOf(notes);
  }

  /**
   * A builder with nothing set; demand, lead time and the three costs are required.
   *
   * @return the builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder(null, null, null, null, null);
  }

  /**
   * The policy of least expected cost per period: exact (Zheng &amp; Federgruen 1991) for whole-unit demand; the
   * power approximation, with a note, for continuous demand.
   *
   * @return the policy, {@code expectedCost} its cost per period
   * @throws SupplyException if the search does not end within its bounds (the message says which)
   * @since 0.1
   */
  public StockPolicy optimize() {
    if (!onePeriod.isDiscrete()) {
      List<String> notes = new ArrayList<>();
      notes.add("the exact Zheng-Federgruen search needs whole-unit demand: power approximation for "
          + in.demand.kind() + " demand");
      return power(notes);
    }
    RenewalCost renewal = RenewalCost.discrete(onePeriod, in.k, this::g);
    double[] best = renewal.optimum(wholeMinimiser());
    return build(renewal, best[0], best[1], "minimum expected cost " + in.costs(), "exact (Zheng-Federgruen 1991)",
        new ArrayList<>());
  }

  /**
   * The power approximation (Ehrhardt 1979; Ehrhardt &amp; Mosier 1984; S&amp;S eqs. 4.77–4.80), from the mean
   * {@code μ} and standard deviation {@code σ} of one period's demand and {@code μ_L}, {@code σ_L} of demand over
   * {@code L + 1} periods: {@code Q_p = 1.30·μ^0.494·(K/h)^0.506·(1 + σ²/μ²)^0.116},
   * {@code z = √(Q_p·h/(σ_L·p))}, {@code s = 0.973·μ_L + σ_L·(0.183/z + 1.063 − 2.192·z)}, {@code S = s + Q_p}.
   * For whole-unit demand both are rounded to the nearest whole number (S at least s + 1), noted.
   *
   * @return the policy, {@code expectedCost} its cost per period (exact for whole units, on a grid otherwise)
   * @throws SupplyException if the order cost is 0 (the approximation then has S = s)
   * @since 0.1
   */
  public StockPolicy powerApproximation() {
    return power(new ArrayList<>());
  }

  private StockPolicy power(List<String> notes) {
    if (in.k == 0) {
      throw new SupplyException("orderCost", "the power approximation needs an order cost above 0 (with K = 0 it "
          + "gives S = s); optimize() handles K = 0 for whole-unit demand");
    }
    double mu = in.demand.mean();
    double sigma = in.demand.standardDeviation();
    double muL = protection.mean();
    double sigmaL = protection.standardDeviation();
    double qp = powerQuantity(mu, sigma, in.k, in.h);
    double s = powerReorderPoint(muL, sigmaL, qp, in.h, in.p);
    double bigS = s + qp;
    if (onePeriod.isDiscrete()) {
      s = Math.rint(s);
      bigS = Math.max(s + 1, Math.rint(bigS));
      notes.add("levels rounded to whole units for " + in.demand.kind() + " demand");
    }
    return build(renewal(s, bigS), s, bigS, "approximately minimum expected cost " + in.costs(),
        "power approximation (Ehrhardt-Mosier 1984)", notes);
  }

  /** The power approximation's {@code Q_p = 1.30·μ^0.494·(K/h)^0.506·(1 + σ²/μ²)^0.116}, for {@code μ > 0}. */
  static double powerQuantity(double mu, double sigma, double k, double h) {
    return 1.30 * Math.pow(mu, 0.494) * Math.pow(k / h, 0.506) * Math.pow(1 + sigma * sigma / (mu * mu), 0.116);
  }

  /**
   * The power approximation's {@code s = 0.973·μ_L + σ_L·(0.183/z + 1.063 − 2.192·z)} with
   * {@code z = √(Q_p·h/(σ_L·p))}.
   */
  static double powerReorderPoint(double muL, double sigmaL, double qp, double h, double p) {
    double a = Math.sqrt(qp * h / p); // σ_L·z = a·√σ_L and σ_L/z = σ_L^1.5/a: no division by σ_L = 0
    double root = Math.sqrt(sigmaL);
    return 0.973 * muL + 0.183 * sigmaL * root / a + 1.063 * sigmaL - 2.192 * a * root;
  }

  /**
   * What the levels {@code s} and {@code S} achieve and cost per period.
   *
   * @param reorderPoint s: order when the inventory position is at or below it; whole for whole-unit demand
   * @param orderUpToLevel S: order up to it; above {@code s}, whole for whole-unit demand
   * @return the policy, {@code expectedCost} its cost per period (exact for whole units, on a grid otherwise)
   * @throws SupplyException if a level is not finite, not whole for whole-unit demand, or {@code S ≤ s}
   * @since 0.1
   */
  public StockPolicy evaluate(double reorderPoint, double orderUpToLevel) {
    checkLevels(reorderPoint, orderUpToLevel);
    RenewalCost renewal = renewal(reorderPoint, orderUpToLevel);
    return build(renewal, reorderPoint, orderUpToLevel, "given levels " + in.costs(),
        onePeriod.isDiscrete() ? "exact (Zheng-Federgruen 1991)" : "renewal cost on a grid", new ArrayList<>());
  }

  /**
   * The expected cost per period {@code c(s, S)} of the levels, as {@link #evaluate}.
   *
   * @param reorderPoint s; whole for whole-unit demand
   * @param orderUpToLevel S, above {@code s}; whole for whole-unit demand
   * @return the cost per period
   * @throws SupplyException if a level is not finite, not whole for whole-unit demand, or {@code S ≤ s}
   * @since 0.1
   */
  public double costAt(double reorderPoint, double orderUpToLevel) {
    checkLevels(reorderPoint, orderUpToLevel);
    return renewal(reorderPoint, orderUpToLevel).cost(reorderPoint, orderUpToLevel);
  }

  /** The one-period cost G(y) of an inventory position y after ordering. */
  private double g(double y) {
    return in.newsvendorCost(protection, y);
  }

  /** The smallest whole minimiser of G. */
  private long wholeMinimiser() {
    double q = protection.quantile(in.criticalRatio());
    long lo = (long) Math.floor(q);
    return g(lo) <= g(lo + 1) ? lo : lo + 1;
  }

  private RenewalCost renewal(double s, double bigS) {
    if (onePeriod.isDiscrete()) {
      return RenewalCost.discrete(onePeriod, in.k, this::g);
    }
    double mu = onePeriod.mean();
    double sd = onePeriod.standardDeviation();
    double step = Math.max(sd / 40, Math.max((mu + 12 * sd) / 4000, (bigS - s) / 20_000));
    return RenewalCost.grid(onePeriod, step, in.k, this::g);
  }

  private StockPolicy build(RenewalCost renewal, double s, double bigS, String basis, String method,
      List<String> notes) {
    double cost = renewal.cost(s, bigS);
    double csl = renewal.stationaryMean(s, bigS, protection::cdf);
    double shortage = renewal.stationaryMean(s, bigS, y -> Math.max(0, protection.loss(y) - lt.loss(y)));
    double onHand = renewal.stationaryMean(s, bigS, protection::leftover);
    double orders = 1 / renewal.bigM(renewal.levels(s, bigS));
    List<String> all = new ArrayList<>(demandNotes);
    all.add("demand over L + 1 periods (Snyder-Shen convention): " + PolicyMetrics.method(in.demand, protection));
    all.add("cycle service level, shortage and fill rate per review period (one period)");
    if (!onePeriod.isDiscrete()) {
      all.add(String.format(Locale.ROOT, "cost and service levels from the Zheng-Federgruen renewal equations with "
          + "per-period demand on a grid of step %.4g: approximate", renewal.step()));
      if (renewal.step() > onePeriod.standardDeviation() / 4) {
        all.add(String.format(Locale.ROOT, "the grid is coarse against the demand's standard deviation %.4g (S − s "
            + "spans %.3g periods of demand): treat these figures as rough", onePeriod.standardDeviation(),
            (bigS - s) / Math.max(onePeriod.mean(), Double.MIN_NORMAL)));
      }
    }
    all.addAll(notes);
    return ImmutableStockPolicy.builder()
        .kind(StockPolicy.Kind.MIN_MAX)
        .demand(in.demand)
        .leadTime(in.leadTime)
        .reviewPeriod(1)
        .reorderPoint(s)
        .orderUpToLevel(bigS)
        .orderQuantity(bigS - s)
        .protectionDemandMean(protection.mean())
        .protectionDemandStandardDeviation(protection.standardDeviation())
        .cycleServiceLevel(PolicyMetrics.clamp(csl))
        .fillRate(PolicyMetrics.clamp(1 - shortage / in.demand.mean()))
        .expectedShortagePerCycle(shortage)
        .expectedOnHand(Math.max(0, onHand))
        .ordersPerPeriod(orders)
        .shortageModel(ShortageModel.BACKORDERS)
        .expectedCost(cost)
        .basis(basis)
        .method(method)
        .addAllNotes(all)
        .build();
  }

  private void checkLevels(double s, double bigS) {
    SupplyException.finite("reorderPoint", s);
    SupplyException.finite("orderUpToLevel", bigS);
    CostInputs.whole("reorderPoint", s, onePeriod.isDiscrete(), in.demand);
    CostInputs.whole("orderUpToLevel", bigS, onePeriod.isDiscrete(), in.demand);
    if (!(bigS > s)) {
      throw new SupplyException("orderUpToLevel", "orderUpToLevel S must be above reorderPoint s, got s = " + s
          + ", S = " + bigS);
    }
  }

  @Override
  public String toString() {
    return "SSPolicy{" + in.demand + ", " + in.leadTime + ", " + in.costs() + "}";
  }

  /**
   * Builds an {@link SSPolicy}: every method returns a new builder.
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

    private Builder(Demand demand, LeadTime leadTime, Double h, Double p, Double k) {
      this.demand = demand;
      this.leadTime = leadTime;
      this.h = h;
      this.p = p;
      this.k = k;
    }

    /**
     * Demand per period (the review period).
     *
     * @param demand the distribution
     * @return a new builder
     * @since 0.1
     */
    public Builder demand(Demand demand) {
      return new Builder(demand, leadTime, h, p, k);
    }

    /**
     * The lead time {@code L} in periods; the policy covers demand over {@code L + 1} periods.
     *
     * @param leadTime the lead time
     * @return a new builder
     * @since 0.1
     */
    public Builder leadTime(LeadTime leadTime) {
      return new Builder(demand, leadTime, h, p, k);
    }

    /**
     * The holding cost {@code h} per unit on hand at the end of a period.
     *
     * @param cost above 0
     * @return a new builder
     * @since 0.1
     */
    public Builder holdingCost(double cost) {
      return new Builder(demand, leadTime, cost, p, k);
    }

    /**
     * The stockout cost {@code p} per unit backordered at the end of a period.
     *
     * @param cost above 0
     * @return a new builder
     * @since 0.1
     */
    public Builder stockoutCost(double cost) {
      return new Builder(demand, leadTime, h, cost, k);
    }

    /**
     * The fixed cost {@code K} of an order.
     *
     * @param cost at least 0
     * @return a new builder
     * @since 0.1
     */
    public Builder orderCost(double cost) {
      return new Builder(demand, leadTime, h, p, cost);
    }

    /**
     * The policy calculator.
     *
     * @return the calculator
     * @throws SupplyException naming the first missing or invalid field: {@code demand}, {@code leadTime},
     *     {@code holdingCost} (must be above 0), {@code stockoutCost} (above 0), {@code orderCost} (at least 0); or
     *     {@code demand} if its mean is 0
     * @since 0.1
     */
    public SSPolicy build() {
      return new SSPolicy(CostInputs.of(demand, leadTime, h, p, k));
    }
  }
}
