package dev.ecomkit.forecast;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One SKU's line of an {@link AnnualForecastTable}: the method used, the four quarters and the year.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SkuForecast {

  SkuForecast() {}

  /** @return the SKU */
  public abstract String sku();

  /** @return how it was forecast, e.g. "mean of ETS(M,A,M), theta, dynamic theta" or "SBA (α 0.10)" */
  public abstract String method();

  /** @return the quarters, 1 to 4 */
  public abstract List<QuarterForecast> quarters();

  /** @return the unit price, when given: revenue = units × price */
  public abstract OptionalDouble price();

  /** @return the year's units: the sum of the quarters */
  public double yearUnits() {
    double s = 0;
    for (QuarterForecast q : quarters()) {
      s += q.units();
    }
    return s;
  }

  /**
   * A quarter's forecast.
   *
   * @param quarter 1-4
   * @return the quarter
   */
  public QuarterForecast quarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new ForecastException("quarter " + quarter + " does not exist; quarters are 1 to 4");
    }
    return quarters().get(quarter - 1);
  }
}
