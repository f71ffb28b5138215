package dev.ecomkit.segment;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What a threshold coupon does to a basket-value distribution, per basket that would have been placed without it;
 * from {@link CouponEvaluator#evaluate}. The assumptions are {@link CouponEvaluator}'s.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CouponEconomics {

  CouponEconomics() {}

  /** @return the coupon evaluated */
  public abstract Coupon coupon();

  /** @return the share of baskets at or above the threshold already: they qualify as they are (reach) */
  public abstract double reach();

  /** @return the share of baskets below the threshold but within the top-up window, raised to the threshold */
  public abstract double raisedShare();

  /** @return the mean amount those baskets are raised by; 0 if none */
  public abstract double averageRaise();

  /** @return the share of baskets that redeem: reach plus the raised share */
  public double redemptionShare() {
    return reach() + raisedShare();
  }

  /** @return the mean value of a redeemed basket, before the discount (a raised one counts at the threshold) */
  public abstract double averageRedeemedBasket();

  /**
   * The discount as a share of the mean redeemed basket: what the coupon really gives away, below its headline
   * rate D/T whenever baskets exceed the threshold.
   *
   * @return D / mean redeemed basket; 0 if nothing redeems
   */
  public double effectiveDiscountRate() {
    return redemptionShare() > 0 ? coupon().discount() / averageRedeemedBasket() : 0;
  }

  /**
   * The share of redemptions by baskets that qualified anyway: the discount on them buys no extra spend.
   *
   * @return reach / redemption share; 0 if nothing redeems
   */
  public double deadweightShare() {
    return redemptionShare() > 0 ? reach() / redemptionShare() : 0;
  }

  /** @return the extra spend per basket from the raised baskets: raised share × average raise */
  public double extraSpendPerBasket() {
    return raisedShare() * averageRaise();
  }

  /**
   * The expected cost of a redemption: the discount less the margin earned on the extra spend it brings.
   *
   * @return D − margin × extra spend per redemption; D if nothing redeems
   */
  public abstract double costPerRedemption();

  /** @return the expected cost per basket: redemption share × cost per redemption */
  public double costPerBasket() {
    return redemptionShare() * costPerRedemption();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: reach %.1f %%, raised %.1f %% by %.2f on average, effective discount "
        + "%.1f %%, deadweight %.0f %%, cost %.2f a redemption", coupon(), 100 * reach(), 100 * raisedShare(),
        averageRaise(), 100 * effectiveDiscountRate(), 100 * deadweightShare(), costPerRedemption());
  }
}
