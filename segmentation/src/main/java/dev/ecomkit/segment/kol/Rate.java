package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentException;
import org.immutables.value.Value;

/**
 * A proportion — views that completed, clicks that became orders — with its Wilson score 95 % interval (Wilson 1927,
 * "Probable inference, the law of succession, and statistical inference", JASA 22:209-212; method 3 of Newcombe
 * 1998, "Two-sided confidence intervals for the single proportion: comparison of seven methods", Stat. Med.
 * 17:857-872):
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n),   half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n),   z = 1.959964
 * </pre>
 *
 * It stays inside [0, 1] and behaves at 0 and n successes, where the textbook p ± z·√(p(1−p)/n) collapses to a
 * point. With no trials the rate is 0 and the interval the whole [0, 1]: nothing is known, and nothing is NaN.
 *
 * <pre>{@code
 * Rate r = Rate.of(81, 263);   // 0.3080, 95 % CI 0.2553 to 0.3662 (Newcombe 1998, table I)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Rate {

  /** The normal quantile of a two-sided 95 % interval, Φ⁻¹(0.975). */
  public static final double Z95 = 1.959963984540054;

  Rate() {}

  /**
   * A rate of {@code successes} in {@code trials}.
   *
   * @param successes from 0 to {@code trials}
   * @param trials 0 or more
   * @return the rate
   * @throws SegmentException if the counts are negative or the successes exceed the trials
   */
  public static Rate of(long successes, long trials) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new SegmentException("successes", "a rate needs 0 <= successes <= trials, got " + successes + " of "
          + trials);
    }
    return ImmutableRate.builder().successes(successes).trials(trials).build();
  }

  /**
   * The successes.
   *
   * @return the count
   */
  public abstract long successes();

  /**
   * The trials.
   *
   * @return the count
   */
  public abstract long trials();

  /**
   * successes / trials, or 0 without trials.
   *
   * @return the rate in [0, 1]
   */
  @Value.Derived
  public double value() {
    return trials() == 0 ? 0 : (double) successes() / trials();
  }

  /**
   * The lower end of the Wilson 95 % interval.
   *
   * @return in [0, value]
   */
  @Value.Derived
  public double lower() {
    return bound(-1);
  }

  /**
   * The upper end of the Wilson 95 % interval.
   *
   * @return in [value, 1]
   */
  @Value.Derived
  public double upper() {
    return bound(1);
  }

  private double bound(int sign) {
    long n = trials();
    if (n == 0) {
      return sign < 0 ? 0 : 1;
    }
    long x = successes();
    if (sign < 0 && x == 0) {
      return 0; // exact: the formula gives 0 up to rounding
    }
    if (sign > 0 && x == n) {
      return 1;
    }
    double p = value();
    double z2 = Z95 * Z95;
    double d = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / d;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / d;
    double b = centre + sign * half;
    return sign < 0 ? Math.max(0, Math.min(b, p)) : Math.min(1, Math.max(b, p));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.4f (%d/%d, 95%% CI %.4f-%.4f)", value(), successes(), trials(),
        lower(), upper());
  }
}
