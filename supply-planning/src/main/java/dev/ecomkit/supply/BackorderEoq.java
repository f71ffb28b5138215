package dev.ecomkit.supply;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * The economic order quantity with planned backorders (EOQB), from {@link Eoq#withBackorders}: as the
 * {@link Eoq EOQ}, but stock may run out; demand then waits for the next order (none is lost) at a cost of
 * {@code p} per unit per period waited. Each cycle a fraction {@code x} of the time is spent out of stock, and the
 * cost a period is (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., ch. 3, eqs.
 * (3.27)–(3.29))
 *
 * <pre>    g(Q, x) = h·Q·(1 − x)²/2 + p·Q·x²/2 + K·λ/Q,
 *    minimised by    x* = h/(h + p),    Q* = √(2Kλ(h + p)/(hp)),    g* = √(2Kλ·hp/(h + p))</pre>
 *
 * <p>The optimal stockout fraction does not depend on {@code Q}; the EOQB is the EOQ with the holding cost
 * {@code h} replaced by {@code hp/(h + p)}, so it orders more, less often, at a lower cost, and tends to the EOQ as
 * backorders grow dear ({@code p → ∞}).
 *
 * <pre>{@code
 * BackorderEoq b = Eoq.withBackorders(8, 0.225, 5, 1300);   // S&S Ex. 3.8: p = $5 a unit a year
 * b.orderQuantity();      // 310.81
 * b.stockoutFraction();   // 0.0431: out of stock 4.3 % of the time
 * b.cost();               // 66.92 a year
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE)
@JsonPropertyOrder({"fixedCost", "holdingCost", "backorderCost", "demandRate", "orderQuantity", "stockoutFraction",
    "maxBackorders", "cost", "cycleTime", "ordersPerPeriod", "assumption"})
public abstract class BackorderEoq {

  BackorderEoq() {}

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
   * {@code p}, the cost of a unit of demand waiting a period.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double backorderCost();

  /**
   * {@code λ}, units demanded a period.
   *
   * @return above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double demandRate();

  /**
   * The optimal order quantity {@code Q* = √(2Kλ(h + p)/(hp))} (Snyder &amp; Shen eqs. (3.27)–(3.29)).
   *
   * @return units, above 0; not rounded
   * @since 0.1
   */
  @Value.Derived
  @JsonProperty
  public double orderQuantity() {
    double h = holdingCost();
    double p = backorderCost();
    return Math.sqrt(2 * fixedCost() * demandRate() * (h + p) / (h * p));
  }

  /**
   * The optimal fraction of each cycle spent out of stock, {@code x* = h/(h + p)} (Snyder &amp; Shen eqs.
   * (3.27)–(3.29)): the same fraction of demand waits for the next order.
   *
   * @return strictly between 0 and 1
   * @since 0.1
   */
  @Value.Derived
  @JsonProperty
  public double stockoutFraction() {
    return holdingCost() / (holdingCost() + backorderCost());
  }

  /**
   * The backorders waiting when an order arrives, {@code x*·Q*}: the shortfall the order first fills.
   *
   * @return units, above 0
   * @since 0.1
   */
  @JsonProperty
  public double maxBackorders() {
    return stockoutFraction() * orderQuantity();
  }

  /**
   * The cost a period at the optimum, {@code g* = √(2Kλ·hp/(h + p))} (Snyder &amp; Shen eqs. (3.27)–(3.29)):
   * ordering, holding and backorders; purchase cost excluded.
   *
   * @return above 0, below the {@link Eoq#cost() EOQ's}
   * @since 0.1
   */
  @Value.Derived
  @JsonProperty
  public double cost() {
    double h = holdingCost();
    double p = backorderCost();
    return Math.sqrt(2 * fixedCost() * demandRate() * h * p / (h + p));
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
   * The cost a period of ordering {@code quantity} at a time with the optimal stockout fraction {@code x*} (which
   * does not depend on the quantity): {@code g(Q, x*) = K·λ/Q + (hp/(h + p))·Q/2}.
   *
   * @param quantity {@code Q}, units an order, above 0
   * @return at least {@link #cost()}
   * @throws SupplyException if {@code quantity} is not a finite number above 0
   * @since 0.1
   */
  public double costAt(double quantity) {
    SupplyException.positive("quantity", quantity);
    double h = holdingCost();
    double p = backorderCost();
    return fixedCost() * demandRate() / quantity + h * p / (h + p) * quantity / 2;
  }

  /**
   * The model's assumptions, in words.
   *
   * @return a sentence
   * @since 0.1
   */
  @JsonProperty
  public String assumption() {
    return "EOQ with planned backorders: constant demand; demand that finds no stock waits for the next order (none "
        + "is lost) at backorderCost a unit a period; cost is ordering, holding and backorders a period, purchase "
        + "cost excluded";
  }
}
