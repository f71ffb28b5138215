package dev.ecomkit.supply;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What one smoothing factor Ti of a {@link ReorderPlanner} does per period: the bullwhip it passes upstream, the
 * net-stock variance it causes, the safety stock that keeps the service level under it, and the costs of that stock.
 * See {@link ReorderPlanner} for the formulas and their sources.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SmoothingOption {

  SmoothingOption() {}

  /**
   * The smoothing factor Ti.
   *
   * @return Ti; 1 is plain order-up-to
   * @since 0.1
   */
  public abstract double smoothing();

  /**
   * The bullwhip passed upstream, Var(orders)/Var(demand).
   *
   * @return the order-variance ratio
   * @since 0.1
   */
  public abstract double bullwhip();

  /**
   * The standard deviation of the orders per period, what the supplier sees.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double orderStandardDeviation();

  /**
   * The net-stock variance amplification, Var(net stock)/Var(demand) (NSAmp).
   *
   * @return the ratio
   * @since 0.1
   */
  public abstract double netStockAmplification();

  /**
   * The standard deviation of the net stock at a period's end.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double netStockStandardDeviation();

  /**
   * The target net stock that keeps the service level under this smoothing.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double safetyStock();

  /**
   * The expected stock on hand at a period's end.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double expectedOnHand();

  /**
   * The expected backorders at a period's end.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double expectedBackorders();

  /**
   * The holding cost per period, expected stock on hand times the holding cost.
   *
   * @return the cost
   * @since 0.1
   */
  public abstract double holdingCost();

  /**
   * The backorder cost per period, expected backorders times the backorder cost (0 if none was given).
   *
   * @return the cost
   * @since 0.1
   */
  public abstract double backorderCost();

  /**
   * Holding plus backorder cost per period.
   *
   * @return the cost
   * @since 0.1
   */
  public double totalCost() {
    return holdingCost() + backorderCost();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Ti %s: bullwhip %.3f, order sd %.1f, NSAmp %.3f, safety stock %.1f, "
        + "holding cost %.2f", smoothing(), bullwhip(), orderStandardDeviation(), netStockAmplification(),
        safetyStock(), holdingCost());
  }
}
