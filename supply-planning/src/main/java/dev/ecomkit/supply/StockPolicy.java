package dev.ecomkit.supply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An inventory policy with what it achieves: when to order (the reorder point), how much (up to a level, or a fixed
 * quantity), the safety stock it holds, and the cycle service level, fill rate, expected shortage, average stock and
 * — when costs were given — expected cost that follow from the demand it was computed for. Every calculator of this
 * package returns one: {@link SafetyStock} for a service target, the (r, Q), (s, S), base-stock and periodic-review
 * optimisers for costs, and their {@code evaluate} methods for levels a planner chose.
 *
 * <pre>{@code
 * StockPolicy p = SafetyStock.of(Demand.normal(2500, 500), LeadTime.fixed(2)).forCycleServiceLevel(0.90);
 * p.reorderPoint();        // 5906.19: order when the inventory position falls to this
 * p.safetyStock();         // 906.19
 * p.cycleServiceLevel();   // 0.90: the chance that a replenishment cycle has no stockout
 * p.fillRate();            // the share of demand met from stock
 * }</pre>
 *
 * <p>All levels act on the <i>inventory position</i>: on hand plus on order minus backorders, where "on order" counts
 * the orders that arrive within the protection interval (the lead time, plus the review period under periodic
 * review); a purchase order scheduled to arrive after it does not protect this cycle and is left out. Quantities are
 * in the units of demand, times in its periods. {@link #shortageModel()} says whether unmet demand was assumed backordered or
 * lost; {@link #method()} how the numbers were computed, {@link #notes()} every approximation made. Serialises to
 * JSON with Jackson as an object of these properties.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "reorderPoint", "orderUpToLevel", "orderQuantity", "reviewPeriod", "safetyStock"})
public abstract class StockPolicy {

  StockPolicy() {}

  /**
   * The shape of a policy.
   *
   * @since 0.1
   */
  public enum Kind {
    /**
     * Continuous review: when the inventory position falls to the reorder point {@code r}, order {@code Q} (再订货点
     * 法). With {@code Q} one period's demand this is a base-stock policy watched continuously.
     */
    REORDER_POINT_QUANTITY,
    /**
     * Periodic review every {@code R} periods: order up to the level {@code S} each time (定期补货到目标库存); with
     * {@code R = 1} the base-stock policy.
     */
    ORDER_UP_TO,
    /** Periodic review: when the inventory position is at or below {@code s}, order up to {@code S}. */
    MIN_MAX
  }

  /**
   * The shape of the policy.
   *
   * @return the kind
   * @since 0.1
   */
  @JsonProperty
  public abstract Kind kind();

  /**
   * The per-period demand the policy was computed for.
   *
   * @return the demand
   * @since 0.1
   */
  @JsonProperty
  public abstract Demand demand();

  /**
   * The replenishment lead time the policy was computed for.
   *
   * @return the lead time
   * @since 0.1
   */
  @JsonProperty
  public abstract LeadTime leadTime();

  /**
   * The review period {@code R}: 0 for continuous review.
   *
   * @return periods, at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double reviewPeriod();

  /**
   * When to order: {@code r} of (r, Q), {@code s} of (s, S); for an order-up-to policy, which orders at every review,
   * the order-up-to level {@code S}.
   *
   * @return the level of the inventory position; whole for discrete demand; may be negative
   * @since 0.1
   */
  @JsonProperty
  public abstract double reorderPoint();

  /**
   * The level an order brings the inventory position to: {@code r + Q} for (r, Q), {@code S} otherwise.
   *
   * @return the level
   * @since 0.1
   */
  @JsonProperty
  public abstract double orderUpToLevel();

  /**
   * How much an order is: {@code Q} for (r, Q); for order-up-to and (s, S) policies, whose orders vary, the mean
   * demand between reviews ({@code R·d̄}) and {@code S − s} (the smallest order) respectively.
   *
   * @return the quantity, above 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double orderQuantity();

  /**
   * The mean demand over the protection interval: the lead time for continuous review, the lead time plus the review
   * period for periodic review (Chopra &amp; Meindl, §12.4; Silver, Pyke &amp; Peterson, §7.6).
   *
   * @return the mean
   * @since 0.1
   */
  @JsonProperty
  public abstract double protectionDemandMean();

  /**
   * The standard deviation of demand over the protection interval.
   *
   * @return the standard deviation
   * @since 0.1
   */
  @JsonProperty
  public abstract double protectionDemandStandardDeviation();

  /**
   * The safety stock: the reorder point (for order-up-to policies, the order-up-to level) minus the mean demand over
   * the protection interval (安全库存).
   *
   * @return the safety stock; negative when the policy plans to run short on average
   * @since 0.1
   */
  @JsonProperty
  public double safetyStock() {
    return reorderPoint() - protectionDemandMean();
  }

  /**
   * The cycle service level achieved (α, type 1): the probability that a replenishment cycle ends without a stockout.
   *
   * @return a probability
   * @since 0.1
   */
  @JsonProperty
  public abstract double cycleServiceLevel();

  /**
   * The fill rate achieved (β, type 2): the expected share of demand met from stock (现货满足率).
   *
   * @return a share, in [0, 1]
   * @since 0.1
   */
  @JsonProperty
  public abstract double fillRate();

  /**
   * The expected shortage per replenishment cycle (units of demand not met from stock in a cycle).
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedShortagePerCycle();

  /**
   * The expected stock on hand, averaged over time.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedOnHand();

  /**
   * The expected number of replenishment orders per period.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double ordersPerPeriod();

  /**
   * Whether unmet demand was assumed backordered or lost.
   *
   * @return the model
   * @since 0.1
   */
  @JsonProperty
  public abstract ShortageModel shortageModel();

  /**
   * The expected cost per period, when the policy was computed from costs.
   *
   * @return the cost, or empty
   * @since 0.1
   */
  @JsonIgnore
  public abstract OptionalDouble expectedCost();

  @JsonProperty("expectedCost")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  Double expectedCostOrNull() {
    return expectedCost().isPresent() ? expectedCost().getAsDouble() : null;
  }

  /**
   * What the policy was computed for, e.g. {@code "cycle service level 0.95"}, {@code "fill rate 0.98 with Q = 400"},
   * {@code "minimum expected cost"}, {@code "given levels"}.
   *
   * @return the basis
   * @since 0.1
   */
  @JsonProperty
  public abstract String basis();

  /**
   * How the numbers were computed, e.g. {@code "normal"}, {@code "exact Poisson"},
   * {@code "Zheng-Federgruen exact"}, {@code "power approximation"}.
   *
   * @return the method
   * @since 0.1
   */
  @JsonProperty
  public abstract String method();

  /**
   * Approximations made and other things a planner should know.
   *
   * @return the notes, possibly empty
   * @since 0.1
   */
  @JsonProperty
  public abstract ImmutableList<String> notes();
}
