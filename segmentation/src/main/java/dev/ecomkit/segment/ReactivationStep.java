package dev.ecomkit.segment;

/**
 * A rung of the {@link ReactivationLadder} for dormant customers (沉睡客户唤醒, seed 001 §3.1): cheap first, personal
 * last.
 *
 * @since 0.1
 */
public enum ReactivationStep {
  /** An exclusive coupon (专属优惠券), sent by message or in the app. */
  EXCLUSIVE_COUPON,
  /** One-to-one service (一对一专属客服): a named agent reaches out in chat. */
  ONE_TO_ONE_SERVICE,
  /** A phone call (电话回访). */
  PHONE_CALL
}
