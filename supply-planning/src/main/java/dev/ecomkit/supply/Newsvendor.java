package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The newsvendor problem (报童模型): how much to stock for a single selling season with one chance to buy — the
 * Double 11 (双11) or 618 campaign buy, a seasonal or perishable item. Each unit left over costs {@code h} (the
 * overage cost: purchase cost less salvage), each unit of demand not met costs {@code p} (the underage cost: the
 * margin lost, plus goodwill). The expected cost of stocking {@code S} is
 * {@code g(S) = h·E[(S − D)⁺] + p·E[(D − S)⁺]}, lowest at the critical ratio {@code F(S*) = p/(p + h)}
 * (Arrow, Harris &amp; Marschak, "Optimal inventory policy", <i>Econometrica</i> 19(3), 1951; Snyder &amp; Shen,
 * <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., §4.3, eqs. 4.15-4.24; Nahmias, <i>Production and Operations
 * Analysis</i>, §5.3).
 *
 * <pre>{@code
 * NewsvendorSolution buy = Newsvendor.of(Demand.normal(50, 8)).holdingCost(0.18).stockoutCost(0.70).solve();
 * buy.orderUpTo();      // 56.60 (Snyder & Shen, Example 4.3)
 * buy.expectedCost();   // 1.9976
 * buy.costAt(60);       // 2.1561: what stocking 60 instead costs
 *
 * // from prices: sell at 99, buy at 40, clear leftovers at 25 after the campaign
 * Newsvendor.of(Demand.poisson(300)).economics(99, 40, 25).solve().orderUpTo();
 * }</pre>
 *
 * <p>With normal demand {@code S* = μ + σ·Φ⁻¹(p/(p + h))} and {@code g(S*) = (h + p)·σ·φ(z*)}; with Poisson, negative
 * binomial or whole-valued empirical demand {@code S*} is the smallest whole number with {@code F(S*) ≥ p/(p + h)};
 * with empirical demand of any values, the smallest observed value where the empirical distribution reaches the
 * ratio. When {@code F(S*)} equals the ratio exactly every level from {@code S*} to the next demand value costs the
 * same; the smallest is returned, with a note. For a repeated order with a lead time, the base-stock policy, see
 * {@link BaseStockPolicy}.
 *
 * <p>Instances are immutable and thread-safe; the setters return new instances.
 *
 * @since 0.1
 */
public final class Newsvendor {

  private final Demand demand;
  private final double holdingCost;
  private final double stockoutCost;
  private final double price;
  private final double unitCost;
  private final double salvage;

  private Newsvendor(Demand demand, double holdingCost, double stockoutCost, double price, double unitCost,
      double salvage) {
    this.demand = demand;
    this.holdingCost = holdingCost;
    this.stockoutCost = stockoutCost;
    this.price = price;
    this.unitCost = unitCost;
    this.salvage = salvage;
  }

  /**
   * A newsvendor problem for demand over the season.
   *
   * @param demand the season's demand
   * @return the problem, costs still to set
   * @since 0.1
   */
  public static Newsvendor of(Demand demand) {
    return new Newsvendor(checkNotNull(demand, "demand"), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
  }

  /**
   * The cost of a unit left over at the end of the season (overage cost {@code h}).
   *
   * @param h above 0
   * @return a new problem
   * @throws SupplyException if {@code h} is not a finite number above 0
   * @since 0.1
   */
  public Newsvendor holdingCost(double h) {
    return new Newsvendor(demand, SupplyException.positive("holdingCost", h), stockoutCost, Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * The cost of a unit of demand not met (underage cost {@code p}).
   *
   * @param p above 0
   * @return a new problem
   * @throws SupplyException if {@code p} is not a finite number above 0
   * @since 0.1
   */
  public Newsvendor stockoutCost(double p) {
    return new Newsvendor(demand, holdingCost, SupplyException.positive("stockoutCost", p), Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * The costs from prices: {@code h = unitCost − salvage}, {@code p = price − unitCost} (Snyder &amp; Shen §4.3.2);
   * the solution then also reports the expected profit.
   *
   * @param price the selling price
   * @param unitCost the purchase cost of a unit, below {@code price}
   * @param salvage what a unit left over fetches, below {@code unitCost} (at least 0 is usual; negative is a
   *     disposal cost)
   * @return a new problem
   * @throws SupplyException if an argument is not finite or the order {@code salvage < unitCost < price} fails
   * @since 0.1
   */
  public Newsvendor economics(double price, double unitCost, double salvage) {
    SupplyException.finite("price", price);
    SupplyException.finite("unitCost", unitCost);
    SupplyException.finite("salvage", salvage);
    if (!(unitCost < price)) {
      throw new SupplyException("unitCost", "unitCost must be below price (" + price + "), got " + unitCost);
    }
    if (!(salvage < unitCost)) {
      throw new SupplyException("salvage", "salvage must be below unitCost (" + unitCost + "), got " + salvage);
    }
    return new Newsvendor(demand, unitCost - salvage, price - unitCost, price, unitCost, salvage);
  }

  /**
   * The cost-minimising stock level.
   *
   * @return the solution
   * @throws SupplyException if a cost was not set
   * @since 0.1
   */
  public NewsvendorSolution solve() {
    checkCosts();
    Distribution d = demand.distribution();
    double ratio = SupplyException.criticalRatio(holdingCost, stockoutCost);
    double level = d.quantile(ratio);
    List<String> notes = new ArrayList<>();
    if (!(d instanceof NormalDistribution) && d.cdf(level) == ratio) {
      notes.add(String.format(Locale.ROOT, "P(D ≤ %s) equals the critical ratio %s exactly: every level up to the "
          + "next demand value costs the same; the smallest is given", level, ratio));
    }
    return solution(level, String.format(Locale.ROOT, "minimum expected cost (h %s, p %s)", holdingCost,
        stockoutCost), notes);
  }

  /**
   * What stocking {@code level} achieves and costs.
   *
   * @param level any finite number
   * @return the solution at that level
   * @throws SupplyException if a cost was not set or {@code level} is not finite
   * @since 0.1
   */
  public NewsvendorSolution evaluate(double level) {
    checkCosts();
    return solution(SupplyException.finite("level", level), "given level", new ArrayList<>());
  }

  /**
   * The expected cost of stocking {@code level}, {@code h·E[(S − D)⁺] + p·E[(D − S)⁺]}.
   *
   * @param level any finite number
   * @return the cost
   * @throws SupplyException if a cost was not set or {@code level} is not finite
   * @since 0.1
   */
  public double costAt(double level) {
    checkCosts();
    SupplyException.finite("level", level);
    Distribution d = demand.distribution();
    return holdingCost * Math.max(0, d.leftover(level)) + stockoutCost * d.loss(level);
  }

  private NewsvendorSolution solution(double level, String basis, List<String> notes) {
    Distribution d = demand.distribution();
    double shortage = d.loss(level);
    double leftover = Math.max(0, d.leftover(level));
    ImmutableNewsvendorSolution.Builder b = ImmutableNewsvendorSolution.builder()
        .problem(this)
        .demand(demand)
        .holdingCost(holdingCost)
        .stockoutCost(stockoutCost)
        .criticalRatio(stockoutCost / (stockoutCost + holdingCost))
        .orderUpTo(level)
        .expectedCost(holdingCost * leftover + stockoutCost * shortage)
        .expectedShortage(shortage)
        .expectedLeftover(leftover)
        .expectedSales(demand.mean() - shortage)
        .inStockProbability(d.cdf(level))
        .fillRate(demand.mean() > 0 ? PolicyMetrics.clamp(1 - shortage / demand.mean()) : 1)
        .basis(basis)
        .method(PolicyMetrics.method(demand, d))
        .addAllNotes(notes);
    if (!Double.isNaN(price)) {
      b.expectedProfit(price * (demand.mean() - shortage) + salvage * leftover - unitCost * level);
    }
    return b.build();
  }

  private void checkCosts() {
    if (Double.isNaN(holdingCost)) {
      throw new SupplyException("holdingCost", "set the holding cost (holdingCost) or the prices (economics) before solving");
    }
    if (Double.isNaN(stockoutCost)) {
      throw new SupplyException("stockoutCost", "set the stockout cost (stockoutCost) or the prices (economics) before solving");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Newsvendor{%s, h=%s, p=%s}", demand, holdingCost, stockoutCost);
  }
}
