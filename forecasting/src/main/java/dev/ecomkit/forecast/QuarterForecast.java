package dev.ecomkit.forecast;

import org.immutables.value.Value;

/**
 * One SKU's forecast for one quarter of an {@link AnnualForecastTable}: units with an interval, and the stock to hold
 * for the table's service level.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class QuarterForecast {

  QuarterForecast() {}

  /** @return the quarter, 1-4 */
  public abstract int quarter();

  /** @return the forecast units: the sum of the quarter's three monthly forecasts */
  public abstract double units();

  /** @return the standard error of the quarter's units */
  public abstract double standardError();

  /** @return the lower end of the 95 % interval, at least 0 */
  public abstract double lower();

  /** @return the upper end of the 95 % interval */
  public abstract double upper();

  /** @return units + z · standard error for the table's service level (备货量), at least the units */
  public abstract double stock();
}
