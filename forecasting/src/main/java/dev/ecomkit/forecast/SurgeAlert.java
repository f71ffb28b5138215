package dev.ecomkit.forecast;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A significant rise in search volume ({@link SurgeDetector}): where, how big, and the evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SurgeAlert {

  SurgeAlert() {}

  /** @return the index of the period in the series */
  public abstract int index();

  /** @return the period's date, for a series with dates */
  public abstract Optional<LocalDate> date();

  /** @return the period's volume */
  public abstract double value();

  /** @return the baseline it is compared with: the median of the periods before it */
  public abstract double baseline();

  /** @return value / baseline − 1 ({@code Double.MAX_VALUE} for a baseline of 0) */
  public abstract double growth();

  /** @return the robust z-score of the rise among the past rises (median and MAD) */
  public abstract double robustZ();

  /** @return the detector's settings, for the evidence */
  abstract String rule();

  /** @return a sentence with the magnitude and the evidence */
  public String evidence() {
    String where = date().map(d -> "period of " + d).orElse("period " + index());
    if (baseline() == 0) {
      return String.format(Locale.ROOT, "%s: %,.0f from a baseline of 0; robust z %.1f (%s)", where, value(),
          robustZ(), rule());
    }
    return String.format(Locale.ROOT, "%s: %,.0f, %+.0f %% on the baseline %,.0f; robust z %.1f (%s)", where, value(),
        100 * growth(), baseline(), robustZ(), rule());
  }

  @Override
  public String toString() {
    return evidence();
  }
}
