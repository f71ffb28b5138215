package dev.ecomkit.supply;

import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One SKU's outcome in a {@link StressTest}: when it runs out and how much demand goes unserved.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SkuStress {

  SkuStress() {}

  /**
   * The SKU.
   *
   * @return its identifier
   * @since 0.1
   */
  public abstract String sku();

  /**
   * The stock at the start.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double stock();

  /**
   * The hours from the start to the first moment demand finds no stock, to a fraction of an hour (demand spread
   * evenly within an hour); empty if the SKU holds through the horizon.
   *
   * @return the hours to stock-out
   * @since 0.1
   */
  public abstract OptionalDouble hoursToStockOut();

  /**
   * The demand over the horizon under the stressed traffic.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double demand();

  /**
   * The demand that found no stock (lost or late), over the horizon.
   *
   * @return in units
   * @since 0.1
   */
  public abstract double unitsShort();

  /**
   * Whether the SKU runs out within the horizon.
   *
   * @return true if it does
   * @since 0.1
   */
  public boolean fails() {
    return hoursToStockOut().isPresent();
  }

  @Override
  public String toString() {
    return hoursToStockOut().isPresent()
        ? String.format(Locale.ROOT, "%s: out of stock after %.1f h, %.0f of %.0f units short", sku(),
            hoursToStockOut().getAsDouble(), unitsShort(), demand())
        : String.format(Locale.ROOT, "%s: holds (%.0f units demanded of %.0f in stock)", sku(), demand(), stock());
  }
}
