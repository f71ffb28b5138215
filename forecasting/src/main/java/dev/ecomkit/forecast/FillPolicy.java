package dev.ecomkit.forecast;

/**
 * How {@link TimeSeries#of(double[], int, FillPolicy)} fills missing values ({@code NaN}) before a series is used:
 * an explicit choice, since each one means something different for sales (a day the shop was closed sold nothing;
 * a day the export lost did not).
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum FillPolicy {
  /** A missing value is 0: the period sold nothing (the shop was closed, the item not listed). */
  ZERO,
  /** A missing value repeats the last known one; leading gaps take the first known value. */
  PREVIOUS,
  /**
   * A run of missing values lies on the straight line between the known values on either side; leading and
   * trailing gaps take the nearest known value.
   */
  LINEAR
}
