package dev.ecomkit.supply;

/**
 * What happens to demand that finds the shelf empty: it waits for the next delivery (backorders: 缺货待发, the
 * customer keeps the order) or it is lost (lost sales: the customer buys elsewhere). Formulas for the fill rate and
 * the average stock differ between the two; every policy says which one it assumed.
 *
 * @since 0.1
 */
public enum ShortageModel {
  /** Unmet demand is filled from the next delivery. */
  BACKORDERS,
  /** Unmet demand is lost. */
  LOST_SALES
}
