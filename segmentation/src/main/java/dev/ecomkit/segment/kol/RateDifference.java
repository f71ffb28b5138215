package dev.ecomkit.segment.kol;

import org.immutables.value.Value;

/**
 * The difference of two independent rates, {@code a − b}, with Newcombe's hybrid score 95 % interval (method 10 of
 * Newcombe 1998, "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Stat. Med. 17:873-890), built from each rate's Wilson interval (l, u):
 *
 * <pre>
 *   lower = d − √((p₁ − l₁)² + (u₂ − p₂)²),   upper = d + √((u₁ − p₁)² + (p₂ − l₂)²),   d = p₁ − p₂
 * </pre>
 *
 * and a verdict that refuses to call thin data (the minimum-sample rule, below).
 *
 * <p><b>Minimum-sample rule.</b> A comparison is {@link Verdict#TOO_THIN} when either side has fewer than {@value
 * #MIN_TRIALS} trials, or the two sides together have fewer than {@value #MIN_EVENTS} successes or fewer than {@value
 * #MIN_EVENTS} failures. This is a rule of thumb, not a theorem: below it the interval is honest but wide, and a
 * ranking would mostly reflect luck. Otherwise the verdict is {@link Verdict#A_HIGHER} or {@link Verdict#B_HIGHER}
 * when the interval excludes 0, and {@link Verdict#NO_CLEAR_DIFFERENCE} when it does not.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RateDifference {

  /** The fewest trials each side needs for a call. */
  public static final int MIN_TRIALS = 30;
  /** The fewest successes, and the fewest failures, both sides together need for a call. */
  public static final int MIN_EVENTS = 10;

  /**
   * What the comparison says.
   *
   * @since 0.1
   */
  public enum Verdict {
    /** a's rate is higher: the interval lies above 0. */
    A_HIGHER,
    /** b's rate is higher: the interval lies below 0. */
    B_HIGHER,
    /** Enough data, but the interval holds 0. */
    NO_CLEAR_DIFFERENCE,
    /** Too few trials or events to call (the minimum-sample rule). */
    TOO_THIN
  }

  RateDifference() {}

  /**
   * Compares two rates.
   *
   * @param a the first
   * @param b the second
   * @return {@code a − b} with its interval and verdict
   */
  public static RateDifference of(Rate a, Rate b) {
    return ImmutableRateDifference.builder().a(a).b(b).build();
  }

  /**
   * The first rate.
   *
   * @return the rate
   */
  public abstract Rate a();

  /**
   * The second rate.
   *
   * @return the rate
   */
  public abstract Rate b();

  /**
   * a − b.
   *
   * @return in [−1, 1]
   */
  @Value.Derived
  public double difference() {
    return a().value() - b().value();
  }

  /**
   * The lower end of the 95 % interval.
   *
   * @return in [−1, difference]
   */
  @Value.Derived
  public double lower() {
    Rate a = a();
    Rate b = b();
    double l = difference() - Math.hypot(a.value() - a.lower(), b.upper() - b.value());
    return Math.max(-1, l);
  }

  /**
   * The upper end of the 95 % interval.
   *
   * @return in [difference, 1]
   */
  @Value.Derived
  public double upper() {
    Rate a = a();
    Rate b = b();
    double u = difference() + Math.hypot(a.upper() - a.value(), b.value() - b.lower());
    return Math.min(1, u);
  }

  /**
   * What the comparison says, by the minimum-sample rule and the interval.
   *
   * @return the verdict
   */
  @Value.Derived
  public Verdict verdict() {
    Rate a = a();
    Rate b = b();
    long successes = a.successes() + b.successes();
    long failures = a.trials() - a.successes() + b.trials() - b.successes();
    if (a.trials() < MIN_TRIALS || b.trials() < MIN_TRIALS || successes < MIN_EVENTS || failures < MIN_EVENTS) {
      return Verdict.TOO_THIN;
    }
    return lower() > 0 ? Verdict.A_HIGHER : upper() < 0 ? Verdict.B_HIGHER : Verdict.NO_CLEAR_DIFFERENCE;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%+.4f (95%% CI %+.4f to %+.4f, %s)", difference(), lower(), upper(),
        verdict());
  }
}
