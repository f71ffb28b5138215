package dev.ecomkit.segment;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Coupons side by side on one basket distribution ({@link CouponEvaluator#compare}); {@link #toString()} is the
 * table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CouponComparison {

  CouponComparison() {}

  /** @return one row per coupon, in the order given */
  public abstract List<CouponEconomics> rows();

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %7s %8s %8s %9s %10s %10s %11s%n",
        "coupon", "reach", "raised", "by", "redeem", "effective", "deadweight", "cost/basket"));
    for (CouponEconomics e : rows()) {
      sb.append(String.format(Locale.ROOT, "%-14s %6.1f%% %7.1f%% %8.2f %8.1f%% %9.1f%% %9.0f%% %11.2f%n",
          "满" + Coupon.number(e.coupon().threshold()) + "减" + Coupon.number(e.coupon().discount()), 100 * e.reach(),
          100 * e.raisedShare(), e.averageRaise(), 100 * e.redemptionShare(), 100 * e.effectiveDiscountRate(),
          100 * e.deadweightShare(), e.costPerBasket()));
    }
    return sb.toString();
  }
}
