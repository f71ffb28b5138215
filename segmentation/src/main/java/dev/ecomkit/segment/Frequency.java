package dev.ecomkit.segment;

/**
 * What the F of RFM counts (购买频次). {@link #PURCHASES} needs nothing beyond the per-customer totals; the other two
 * need the aggregate to keep the distinct days or orders of each customer ({@link RfmAggregate.Builder#keep}), which
 * costs memory by distinct pair (32-64 bytes each) instead of by customer.
 *
 * @since 0.1
 */
public enum Frequency {
  /**
   * Every purchase row counts once (the default): right when each row is an order, as in an ERP's order table. Refund
   * rows do not count.
   */
  PURCHASES,
  /**
   * Distinct days with at least one purchase: two orders on one day count once, so a customer who splits a basket
   * into several orders is not rewarded for it.
   */
  PURCHASE_DAYS,
  /**
   * Distinct orders with at least one purchase row: right for order-line data, where one order spans several rows
   * (R {@code rfm} counts transactions the same way only when each row is an order).
   */
  ORDERS
}
