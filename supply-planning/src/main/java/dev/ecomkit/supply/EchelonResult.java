package dev.ecomkit.supply;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What one stage of a {@link SupplyChainSimulation} did over the measured periods (after the warm-up).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EchelonResult {

  EchelonResult() {}

  /**
   * The stage's name.
   *
   * @return the name
   * @since 0.1
   */
  public abstract String name();

  /**
   * The bullwhip this stage adds: the variance of its orders over that of the demand it saw.
   *
   * @return Var(orders)/Var(incoming demand); 1 if neither varied, infinite if only the orders did
   * @since 0.1
   */
  public abstract double bullwhip();

  /**
   * The bullwhip from end demand to this stage's orders: the product of the stages' own ratios.
   *
   * @return Var(orders)/Var(end demand); 1 if neither varied, infinite if only the orders did
   * @since 0.1
   */
  public abstract double cumulativeBullwhip();

  /**
   * How much the demand this stage saw swings: its standard deviation over its mean.
   *
   * @return the coefficient of variation of the incoming demand
   * @since 0.1
   */
  public abstract double demandSwing();

  /**
   * How much this stage's orders swing: their standard deviation over their mean, the "50 %" of the handbook.
   *
   * @return the coefficient of variation of the orders
   * @since 0.1
   */
  public abstract double orderSwing();

  /**
   * The share of demand met from stock on hand in the period it came.
   *
   * @return from 0 to 1
   * @since 0.1
   */
  public abstract double fillRate();

  /**
   * The average stock on hand at a period's end.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double averageOnHand();

  /**
   * The average backorders at a period's end.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double averageBackorders();

  /**
   * The inventory cost per period: average stock on hand times the holding cost plus average backorders times the
   * backorder cost.
   *
   * @return the cost
   * @since 0.1
   */
  public abstract double inventoryCost();

  /**
   * The orders the policy wanted below 0 and sent as 0, when returns are not allowed.
   *
   * @return the number of such periods
   * @since 0.1
   */
  public abstract int ordersCutAtZero();

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: bullwhip %.2f (from end demand %.2f), order swing %.1f %%, fill rate "
        + "%.1f %%, on hand %.1f, backorders %.1f, cost %.2f", name(), bullwhip(), cumulativeBullwhip(),
        100 * orderSwing(), 100 * fillRate(), averageOnHand(), averageBackorders(), inventoryCost());
  }
}
