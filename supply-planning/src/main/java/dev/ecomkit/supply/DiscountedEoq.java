package dev.ecomkit.supply;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The cheapest order quantity when the supplier quotes {@link PriceBreaks quantity discounts}, from
 * {@link Eoq#withDiscounts}, with the candidates compared to find it. Holding is charged on the value of the stock
 * at rate {@code i}, so cheaper units are also cheaper to hold, and the cost includes the purchase cost. With
 * {@code C(Q) = c̄_j + c_j·Q} the purchase cost of an order of {@code Q} in region {@code j} ({@code c̄_j = 0} for
 * all-units discounts), the cost a period is (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd
 * ed., ch. 3, eqs. (3.18)–(3.22); Chopra &amp; Meindl, <i>Supply Chain Management</i>, cycle-inventory chapter,
 * whose incremental cost, holding on the average purchase value, is the same function)
 *
 * <pre>    g(Q) = (K + C(Q))·λ/Q + i·C(Q)/2 = c_j·λ + i·c̄_j/2 + (K + c̄_j)·λ/Q + i·c_j·Q/2,
 *    whose minimum in region j, if it lies there, is at  Q*_j = √(2(K + c̄_j)λ/(i·c_j))</pre>
 *
 * <p>The candidates, each priced in its own region: every region's {@code Q*_j} that lies in the region
 * ("realizable") and every break quantity {@code b_j}, {@code j ≥ 1}. The cheapest is optimal. For all-units
 * discounts the optimum is either a realizable {@code Q*_j} or a break (S&amp;S eqs. (3.18)–(3.19)); for incremental
 * ones it is always a realizable {@code Q*_j} (S&amp;S eqs. (3.20)–(3.22): with falling prices the cost has a
 * concave kink at each break, never a minimum), and the breaks are listed only for comparison.
 *
 * <pre>{@code
 * PriceBreaks breaks = PriceBreaks.allUnits().from(0, 0.75).from(400, 0.72).from(800, 0.68).build();
 * DiscountedEoq d = Eoq.withDiscounts(8, 0.3, 1300, breaks);   // S&S Ex. 3.6
 * d.orderQuantity();   // 800: the second break
 * d.unitPrice();       // 0.68
 * d.cost();            // 978.60 a year, purchase included
 * d.candidates();      // [304.05 at 0.75: 1043.41, break 400 at 0.72: 1005.20, break 800 at 0.68: 978.60]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE)
@JsonPropertyOrder({"fixedCost", "holdingRate", "demandRate", "priceBreaks", "orderQuantity", "region", "unitPrice",
    "averageUnitPrice", "cost", "cycleTime", "ordersPerPeriod", "candidates", "assumption"})
public abstract class DiscountedEoq {

  DiscountedEoq() {}

  static DiscountedEoq solve(double fixedCost, double holdingRate, double demandRate, PriceBreaks breaks) {
    ImmutableList.Builder<Candidate> candidates = ImmutableList.builder();
    Candidate best = null;
    for (int j = 0; j < breaks.regions(); j++) {
      if (j > 0) {
        best = better(best, candidates, candidate(fixedCost, holdingRate, demandRate, breaks, j,
            breaks.quantity(j), true));
      }
      double eoq = Math.sqrt(2 * (fixedCost + breaks.offset(j)) * demandRate / (holdingRate * breaks.price(j)));
      if (breaks.contains(j, eoq)) {
        best = better(best, candidates, candidate(fixedCost, holdingRate, demandRate, breaks, j, eoq, false));
      }
    }
    return ImmutableDiscountedEoq.builder().fixedCost(fixedCost).holdingRate(holdingRate).demandRate(demandRate)
        .priceBreaks(breaks).orderQuantity(best.orderQuantity()).region(best.region()).cost(best.cost())
        .addAllCandidates(candidates.build()).build();
  }

  private static Candidate better(Candidate best, ImmutableList.Builder<Candidate> all, Candidate c) {
    all.add(c);
    return best == null || c.cost() < best.cost() ? c : best;
  }

  private static Candidate candidate(double k, double i, double lambda, PriceBreaks breaks, int j, double q,
      boolean atBreak) {
    return ImmutableCandidate.builder().region(j).orderQuantity(q).unitPrice(breaks.price(j))
        .cost(cost(k, i, lambda, breaks, j, q)).atBreakpoint(atBreak).build();
  }

  /** {@code g_j(Q) = c_j·λ + i·c̄_j/2 + (K + c̄_j)·λ/Q + i·c_j·Q/2} (S&amp;S eqs. (3.19), (3.22)). */
  private static double cost(double k, double i, double lambda, PriceBreaks breaks, int j, double q) {
    double c = breaks.price(j);
    double offset = breaks.offset(j);
    return c * lambda + i * offset / 2 + (k + offset) * lambda / q + i * c * q / 2;
  }

  /**
   * {@code K}, the cost of placing an order.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double fixedCost();

  /**
   * {@code i}, the cost of holding stock for a period as a fraction of its purchase value.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double holdingRate();

  /**
   * {@code λ}, units demanded a period.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double demandRate();

  /**
   * The supplier's price breaks.
   *
   * @return the price breaks
   * @since 0.1
   */
  @JsonProperty
  public abstract PriceBreaks priceBreaks();

  /**
   * The cheapest order quantity: a break quantity or the cheapest realizable {@code Q*_j}.
   *
   * @return units, above 0; not rounded
   * @since 0.1
   */
  @JsonProperty
  public abstract double orderQuantity();

  /**
   * The price region {@code j} the order quantity falls in, {@code b_j ≤ Q < b_(j+1)}; 0 is the undiscounted one.
   *
   * @return the index into {@link PriceBreaks#quantities()} and {@link PriceBreaks#prices()}
   * @since 0.1
   */
  @JsonProperty
  public abstract int region();

  /**
   * The cost a period of ordering {@link #orderQuantity()} at a time, purchase cost included: purchase, ordering
   * and holding, the least of the {@link #candidates()}' costs.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double cost();

  /**
   * The candidates compared, in increasing order of quantity: each region's break quantity (from region 1 on) and
   * its {@code Q*_j} if that lies in the region, each with its cost.
   *
   * @return at least one candidate; the cheapest is the result
   * @since 0.1
   */
  @JsonProperty
  public abstract ImmutableList<Candidate> candidates();

  /**
   * The price {@code c_j} of the order's region: what every unit costs with all-units discounts, what the units
   * above {@code b_j} cost with incremental ones.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public double unitPrice() {
    return priceBreaks().price(region());
  }

  /**
   * The purchase cost of an order divided by its quantity, {@code C(Q)/Q}: the {@link #unitPrice()} with all-units
   * discounts, above it with incremental ones.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public double averageUnitPrice() {
    return priceBreaks().offset(region()) / orderQuantity() + unitPrice();
  }

  /**
   * The time between orders, {@code Q/λ}.
   *
   * @return periods, above 0
   * @since 0.1
   */
  @JsonProperty
  public double cycleTime() {
    return orderQuantity() / demandRate();
  }

  /**
   * How many orders a period, {@code λ/Q}.
   *
   * @return above 0; not rounded
   * @since 0.1
   */
  @JsonProperty
  public double ordersPerPeriod() {
    return demandRate() / orderQuantity();
  }

  /**
   * The cost a period of ordering {@code quantity} at a time, purchase cost included, priced in the region the
   * quantity falls in: {@code g(Q) = c_j·λ + i·c̄_j/2 + (K + c̄_j)·λ/Q + i·c_j·Q/2} (Snyder &amp; Shen eqs. (3.19),
   * (3.22)).
   *
   * @param quantity {@code Q}, units an order, above 0
   * @return at least {@link #cost()}
   * @throws SupplyException if {@code quantity} is not a finite number above 0
   * @since 0.1
   */
  public double costAt(double quantity) {
    SupplyException.positive("quantity", quantity);
    PriceBreaks breaks = priceBreaks();
    return cost(fixedCost(), holdingRate(), demandRate(), breaks, breaks.region(quantity), quantity);
  }

  /**
   * The model's assumptions, in words.
   *
   * @return a sentence
   * @since 0.1
   */
  @JsonProperty
  public String assumption() {
    return "EOQ with " + (priceBreaks().kind() == PriceBreaks.Kind.ALL_UNITS
        ? "all-units discounts (the price of the order's region on every unit)"
        : "incremental discounts (each unit at the price of the region it falls in)")
        + ": constant demand, no stockouts, holding charged on purchase value; cost is purchase, ordering and "
        + "holding a period";
  }

  /**
   * One order quantity compared: a break quantity or a region's realizable {@code Q*_j}, with its cost.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  @Value.Immutable
  @JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE)
  @JsonPropertyOrder({"region", "orderQuantity", "unitPrice", "cost", "atBreakpoint"})
  public abstract static class Candidate {

    Candidate() {}

    /**
     * The price region {@code j} of the quantity.
     *
     * @return at least 0
     * @since 0.1
     */
    @JsonProperty
    public abstract int region();

    /**
     * The order quantity.
     *
     * @return units, above 0
     * @since 0.1
     */
    @JsonProperty
    public abstract double orderQuantity();

    /**
     * The price {@code c_j} of the region.
     *
     * @return above 0
     * @since 0.1
     */
    @JsonProperty
    public abstract double unitPrice();

    /**
     * The cost a period of ordering this quantity at a time, purchase cost included.
     *
     * @return above 0
     * @since 0.1
     */
    @JsonProperty
    public abstract double cost();

    /**
     * Whether the quantity is the region's break {@code b_j} rather than its {@code Q*_j}.
     *
     * @return true for a break quantity
     * @since 0.1
     */
    @JsonProperty
    public abstract boolean atBreakpoint();
  }
}
