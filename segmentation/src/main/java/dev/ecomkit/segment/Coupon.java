package dev.ecomkit.segment;

import java.util.Locale;

/**
 * A threshold coupon, "spend T, get D off" (满减券, e.g. 满100减20): an order of at least {@code threshold} is
 * {@code discount} cheaper.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Coupon {

  private final double threshold;
  private final double discount;

  private Coupon(double threshold, double discount) {
    this.threshold = threshold;
    this.discount = discount;
  }

  /**
   * Spend {@code threshold}, get {@code discount} off.
   *
   * @param threshold the basket value that qualifies, above 0
   * @param discount the amount off, above 0 and at most the threshold
   * @return the coupon
   * @throws SegmentException for values out of range
   * @since 0.1
   */
  public static Coupon spendGet(double threshold, double discount) {
    if (!(threshold > 0 && threshold < 1e12)) {
      throw new SegmentException("threshold", "the threshold must be a finite number above 0, got " + threshold);
    }
    if (!(discount > 0 && discount <= threshold)) {
      throw new SegmentException("discount", "the discount must be above 0 and at most the threshold "
          + threshold + ", got " + discount);
    }
    return new Coupon(threshold, discount);
  }

  /** @return T, the basket value that qualifies */
  public double threshold() {
    return threshold;
  }

  /** @return D, the amount off */
  public double discount() {
    return discount;
  }

  /** @return D/T, the discount at the threshold: its largest possible rate */
  public double headlineRate() {
    return discount / threshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coupon c && c.threshold == threshold && c.discount == discount;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(threshold) * 31 + Double.hashCode(discount);
  }

  /** @return e.g. "spend 100 get 20 off (满100减20)" */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "spend %s get %s off (满%s减%s)", number(threshold), number(discount),
        number(threshold), number(discount));
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
