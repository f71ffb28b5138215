package dev.ecomkit.supply;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * The economic order quantity (EOQ): how many units to order at a time when demand is steady, each order costs the
 * same whatever its size, and stock costs money to hold. Harris's model (F. W. Harris, "How many parts to make at
 * once", <i>Factory, The Magazine of Management</i> 10(2), 1913, 135–136; Snyder &amp; Shen, <i>Fundamentals of
 * Supply Chain Theory</i>, 2nd ed., ch. 3, eqs. (3.4)–(3.5)): demand at a constant rate {@code λ} a period, an order
 * of {@code Q} units costs {@code K} plus the goods, each unit in stock costs {@code h} a period, no stockouts (the
 * order arrives as stock runs out; the lead time only sets when to order, the reorder point, not computed here).
 * The cost a period of ordering {@code Q} at a time is
 *
 * <pre>    g(Q) = K·λ/Q + h·Q/2,    minimised by    Q* = √(2Kλ/h),    g* = g(Q*) = √(2Kλh)</pre>
 *
 * <p>The purchase cost {@code c·λ} is left out: it is the same whatever {@code Q}, unless the supplier gives
 * quantity discounts ({@link #withDiscounts}). A period is any unit of time (a year, a week) as long as {@code λ}
 * and {@code h} use the same one.
 *
 * <pre>{@code
 * Eoq eoq = Eoq.of(8, 0.225, 1300);   // $8 an order, $0.225 a unit a year, 1,300 units a year (S&S Ex. 3.1)
 * eoq.orderQuantity();                 // 304.05
 * eoq.cost();                          // 68.41 a year
 * eoq.costAt(250);                     // 69.725: 2 % more for a rounder number; the cost curve is flat near Q*
 * new ObjectMapper().writeValueAsString(eoq);   // {"fixedCost":8.0,"holdingCost":0.225,...,"orderQuantity":...}
 * }</pre>
 *
 * <p>The fixed cost must be above 0: with orders free of charge the optimum is to order continuously
 * ({@code Q* → 0}), which no purchasing process does; put in at least the clerical cost of an order.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE)
@JsonPropertyOrder({"fixedCost", "holdingCost", "demandRate", "orderQuantity", "cost", "cycleTime", "ordersPerPeriod",
    "assumption"})
public abstract class Eoq {

  Eoq() {}

  /**
   * The economic order quantity (Harris 1913; Snyder &amp; Shen eqs. (3.4)–(3.5)).
   *
   * @param fixedCost {@code K}, the cost of placing an order whatever its size, above 0
   * @param holdingCost {@code h}, the cost of holding a unit for a period, above 0
   * @param demandRate {@code λ}, units demanded a period, above 0
   * @return the optimal order quantity and its cost
   * @throws SupplyException naming the argument that is not a finite number above 0
   * @since 0.1
   */
  public static Eoq of(double fixedCost, double holdingCost, double demandRate) {
    return ImmutableEoq.builder().fixedCost(fixedCost(fixedCost))
        .holdingCost(SupplyException.positive("holdingCost", holdingCost))
        .demandRate(SupplyException.positive("demandRate", demandRate)).build();
  }

  /**
   * The economic order quantity with planned backorders (EOQB): running out is allowed, demand waits for the next
   * order, and each unit waiting costs {@code p} a period (Snyder &amp; Shen eqs. (3.27)–(3.29)).
   *
   * @param fixedCost {@code K}, the cost of placing an order whatever its size, above 0
   * @param holdingCost {@code h}, the cost of holding a unit for a period, above 0
   * @param backorderCost {@code p}, the cost of a unit of demand waiting a period, above 0
   * @param demandRate {@code λ}, units demanded a period, above 0
   * @return the optimal order quantity, stockout fraction and cost
   * @throws SupplyException naming the argument that is not a finite number above 0
   * @since 0.1
   */
  public static BackorderEoq withBackorders(double fixedCost, double holdingCost, double backorderCost,
      double demandRate) {
    return ImmutableBackorderEoq.builder().fixedCost(fixedCost(fixedCost))
        .holdingCost(SupplyException.positive("holdingCost", holdingCost))
        .backorderCost(SupplyException.positive("backorderCost", backorderCost))
        .demandRate(SupplyException.positive("demandRate", demandRate)).build();
  }

  /**
   * The economic order quantity when the supplier quotes quantity discounts, all-units or incremental (Snyder
   * &amp; Shen eqs. (3.18)–(3.22); Chopra &amp; Meindl, <i>Supply Chain Management</i>, cycle-inventory chapter).
   * Holding is charged on the value of the stock, a fraction {@code i} of what was paid for it, and the cost
   * includes the purchase cost, which now depends on the order size.
   *
   * @param fixedCost {@code K}, the cost of placing an order whatever its size, above 0
   * @param holdingRate {@code i}, the cost of holding stock for a period as a fraction of its purchase value (0.25:
   *     25 % a period), above 0
   * @param demandRate {@code λ}, units demanded a period, above 0
   * @param breaks the supplier's price breaks
   * @return the cheapest order quantity, its price and cost, and every candidate compared
   * @throws SupplyException naming the argument that is not a finite number above 0
   * @since 0.1
   */
  public static DiscountedEoq withDiscounts(double fixedCost, double holdingRate, double demandRate,
      PriceBreaks breaks) {
    checkNotNull(breaks, "breaks");
    return DiscountedEoq.solve(fixedCost(fixedCost), SupplyException.positive("holdingRate", holdingRate),
        SupplyException.positive("demandRate", demandRate), breaks);
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
   * {@code h}, the cost of holding a unit for a period.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double holdingCost();

  /**
   * {@code λ}, units demanded a period.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double demandRate();

  /**
   * The economic order quantity {@code Q* = √(2Kλ/h)} (Harris 1913; Snyder &amp; Shen eqs. (3.4)–(3.5)).
   *
   * @return units, above 0; not rounded
   * @since 0.1
   */
  @Value.Derived
  @JsonProperty
  public double orderQuantity() {
    return Math.sqrt(2 * fixedCost() * demandRate() / holdingCost());
  }

  /**
   * The cost a period of ordering {@link #orderQuantity()} at a time, {@code g* = √(2Kλh)} (Snyder &amp; Shen eqs.
   * (3.4)–(3.5)): ordering plus holding, half of each at the optimum; purchase cost excluded.
   *
   * @return above 0
   * @since 0.1
   */
  @Value.Derived
  @JsonProperty
  public double cost() {
    return Math.sqrt(2 * fixedCost() * demandRate() * holdingCost());
  }

  /**
   * The time between orders, {@code Q* / λ}.
   *
   * @return periods, above 0
   * @since 0.1
   */
  @JsonProperty
  public double cycleTime() {
    return orderQuantity() / demandRate();
  }

  /**
   * How many orders a period, {@code λ / Q*}.
   *
   * @return above 0; not rounded
   * @since 0.1
   */
  @JsonProperty
  public double ordersPerPeriod() {
    return demandRate() / orderQuantity();
  }

  /**
   * The cost a period of ordering {@code quantity} at a time, {@code g(Q) = K·λ/Q + h·Q/2} (Snyder &amp; Shen
   * ch. 3): how much a rounded or capped order quantity costs compared with {@link #cost()}.
   *
   * @param quantity {@code Q}, units an order, above 0
   * @return at least {@link #cost()}
   * @throws SupplyException if {@code quantity} is not a finite number above 0
   * @since 0.1
   */
  public double costAt(double quantity) {
    SupplyException.positive("quantity", quantity);
    return fixedCost() * demandRate() / quantity + holdingCost() * quantity / 2;
  }

  /**
   * The model's assumptions, in words.
   *
   * @return a sentence
   * @since 0.1
   */
  @JsonProperty
  public String assumption() {
    return "EOQ (Harris 1913): constant demand, no stockouts, each order arrives as stock runs out; cost is "
        + "ordering plus holding a period, purchase cost excluded";
  }

  private static double fixedCost(double fixedCost) {
    if (fixedCost == 0) {
      throw new SupplyException("fixedCost", "fixedCost must be a finite number above 0, got 0.0: with orders free "
          + "of charge the optimum is to order continuously (Q* → 0); put in at least the clerical cost of an order");
    }
    return SupplyException.positive("fixedCost", fixedCost);
  }
}
