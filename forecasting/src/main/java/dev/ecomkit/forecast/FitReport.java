package dev.ecomkit.forecast;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How a {@link Forecast} was made: the method that produced it and, when the method first asked for could not be
 * used on this series, each fallback taken and why. A batch over thousands of SKUs reads these to list the odd
 * series instead of failing on them.
 *
 * <pre>{@code
 * FitReport r = forecast.report();
 * r.method();   // "seasonal naive"
 * r.notes();    // [] or e.g. ["ETS needs at least 3 values, got 2: fell back to naive"]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FitReport {

  FitReport() {}

  /**
   * The method that produced the forecast, e.g. {@code "naive"}, {@code "seasonal naive"}.
   *
   * @return the method's name
   * @since 0.1
   */
  public abstract String method();

  /**
   * Fallbacks taken and other things a user should know, in the order they happened.
   *
   * @return the notes; empty when the method asked for was used as is
   * @since 0.1
   */
  public abstract ImmutableList<String> notes();

  /**
   * A report, for a user's own {@link Forecaster}.
   *
   * @param method the method's name
   * @param notes anything a user should know, e.g. fallbacks taken
   * @return the report
   * @since 0.1
   */
  public static FitReport of(String method, String... notes) {
    return ImmutableFitReport.builder().method(method).addNotes(notes).build();
  }
}
