package dev.ecomkit.forecast;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * What one calendar event does to a SKU's daily sales, as {@link DailyEventModel} estimates it: for a
 * multiplicative event the lift as a share (0.40 = sales 40 % higher on the event's days than the baseline would
 * be), for an additive one the extra units a day; with a 95 % interval and the days and occurrences seen.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EventEffect {

  EventEffect() {}

  /** @return the event's name */
  public abstract String name();

  /** @return how the effect is measured: a share, or units a day */
  public abstract EventRule.Effect kind();

  /** @return the estimated lift (a share for multiplicative events, units a day for additive ones) */
  public abstract double estimate();

  /** @return the lower end of its 95 % interval */
  public abstract double lower();

  /** @return the upper end of its 95 % interval */
  public abstract double upper();

  /** @return the days of the history the event was assigned */
  public abstract int days();

  /** @return the occurrences (years) of the event in the history */
  public abstract int occurrences();

  /** @return a sentence such as "double-11 lifts sales by 302 % (95 % CI 288 % to 317 %) over 3 occurrences" */
  public String describe() {
    if (kind() == EventRule.Effect.ADDITIVE) {
      return String.format(Locale.ROOT, "%s adds %+.1f units a day (95 %% CI %+.1f to %+.1f) over %d occurrence%s",
          name(), estimate(), lower(), upper(), occurrences(), occurrences() == 1 ? "" : "s");
    }
    return String.format(Locale.ROOT, "%s %s sales by %.0f %% (95 %% CI %+.0f %% to %+.0f %%) over %d occurrence%s",
        name(), estimate() >= 0 ? "lifts" : "lowers", Math.abs(100 * estimate()), 100 * lower(), 100 * upper(),
        occurrences(), occurrences() == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return describe();
  }
}
