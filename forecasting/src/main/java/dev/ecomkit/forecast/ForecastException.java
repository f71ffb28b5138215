package dev.ecomkit.forecast;

import java.util.OptionalInt;

/**
 * Thrown when data cannot be forecast as asked: a value that is not a finite number, an empty series, a seasonal
 * period below 1, a series too short for the method. The message says what is wrong and how to fix it; for a bad
 * value, {@link #index()} is where it is.
 *
 * <pre>{@code
 * TimeSeries.of(new double[] {3, Double.NaN, 4}, 1);
 * // ForecastException: value at index 1 is NaN; give a number, or use TimeSeries.of(values, period, FillPolicy)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ForecastException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int index;

  ForecastException(String message) {
    this(-1, message);
  }

  ForecastException(int index, String message) {
    super(message);
    this.index = index;
  }

  /**
   * The 0-based index of the value in error, when the error is about one value.
   *
   * @return the index, or empty
   * @since 0.1
   */
  public OptionalInt index() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }
}
