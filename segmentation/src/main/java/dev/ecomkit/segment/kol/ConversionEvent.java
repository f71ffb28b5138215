package dev.ecomkit.segment.kol;

/**
 * What a user did after seeing a piece of content, as a merchant's event log records it ({@link FunnelEvents}): the
 * conversion funnel's steps (转化漏斗). A second {@link #ORDER} after a first is a repurchase (复购).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ConversionEvent {
  /** The user followed the content's product link (点击). */
  CLICK,
  /** The user added the product to the cart (加购). */
  ADD_TO_CART,
  /** The user ordered (下单); a later order in the same window is a repurchase. */
  ORDER
}
