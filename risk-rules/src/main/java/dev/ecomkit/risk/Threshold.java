package dev.ecomkit.risk;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * When a rule fires: a count of matching mentions, {@code >= n} or {@code > n}, within a sliding window of event
 * time. The handbook's "3 or more within 24 hours" is {@code atLeast(3, Duration.ofHours(24))}, its "more than 5 …
 * within one day" {@code moreThan(5, Duration.ofDays(1))}.
 *
 * <p>The window is half-open: mentions at times {@code t} with {@code end − window < t ≤ end} are in the window
 * that ends at {@code end}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Threshold {

  /** The longest window: a year. State is kept for a window's length, so it bounds memory. */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);
  /** The largest count: the engine keeps up to this many mentions of evidence per scope key. */
  public static final int MAX_COUNT = 100_000;

  /**
   * How the count compares with {@link #count()}.
   *
   * @since 0.1
   */
  public enum Comparison {
    /** {@code >=}. */
    AT_LEAST(">="),
    /** {@code >}. */
    MORE_THAN(">");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The operator as written in rule files: {@code >=} or {@code >}.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }
  }

  Threshold() {}

  /**
   * How the count compares.
   *
   * @return the comparison
   */
  public abstract Comparison comparison();

  /**
   * The number compared with.
   *
   * @return at least 1 for {@code >=}, at least 0 for {@code >}
   */
  public abstract int count();

  /**
   * The length of the sliding window.
   *
   * @return a positive duration of at most {@link #MAX_WINDOW}
   */
  public abstract Duration window();

  /**
   * {@code >= count} matching mentions within {@code window}.
   *
   * @param count at least 1
   * @param window positive, at most {@link #MAX_WINDOW}
   * @return the threshold
   * @throws RiskException if out of range
   */
  public static Threshold atLeast(int count, Duration window) {
    return ImmutableThreshold.builder().comparison(Comparison.AT_LEAST).count(count).window(window).build();
  }

  /**
   * {@code > count} matching mentions within {@code window}.
   *
   * @param count at least 0
   * @param window positive, at most {@link #MAX_WINDOW}
   * @return the threshold
   * @throws RiskException if out of range
   */
  public static Threshold moreThan(int count, Duration window) {
    return ImmutableThreshold.builder().comparison(Comparison.MORE_THAN).count(count).window(window).build();
  }

  /**
   * The fewest mentions that cross the threshold: {@code count} for {@code >=}, {@code count + 1} for {@code >}.
   *
   * @return at least 1
   */
  public int mentionsToFire() {
    return comparison() == Comparison.AT_LEAST ? count() : count() + 1;
  }

  /**
   * Whether this many mentions in a window cross the threshold.
   *
   * @param mentions the count
   * @return true when it fires
   */
  public boolean isCrossedBy(long mentions) {
    return mentions >= mentionsToFire();
  }

  @Value.Check
  void check() {
    int min = comparison() == Comparison.AT_LEAST ? 1 : 0;
    if (count() < min || count() > MAX_COUNT - 1 + min) {
      throw new RiskException("count", "the count of " + comparison().symbol() + " must be from " + min + " to "
          + (MAX_COUNT - 1 + min) + ", got " + count());
    }
    if (window().isNegative() || window().isZero() || window().compareTo(MAX_WINDOW) > 0
        || window().getNano() != 0) {
      throw new RiskException("window", "the window must be whole seconds, positive and at most "
          + MAX_WINDOW.toDays() + " days, got " + window());
    }
  }

  @Override
  public String toString() {
    return comparison().symbol() + " " + count() + " within " + window();
  }
}
