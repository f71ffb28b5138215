package dev.ecomkit.risk;

import java.time.Duration;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * How a {@link RuleEngine} treats time. The allowed lateness has no default: how long to wait for stragglers is a
 * trade of alert latency against completeness that only the merchant can make.
 *
 * <pre>{@code
 * RuleEngine now = rules.newEngine(EngineOptions.lateness(Duration.ZERO));        // alerts at once, in arrival order
 * RuleEngine fair = rules.newEngine(EngineOptions.lateness(Duration.ofMinutes(10))); // order within 10 min ignored
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class EngineOptions {

  /** The longest allowed lateness. */
  public static final Duration MAX_LATENESS = Duration.ofDays(7);
  /** The zone unless another is given: the merchants' (China Standard Time). */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
  /** How many late mentions are kept for {@link RuleEngine#drainLate()} unless another number is given. */
  public static final int DEFAULT_LATE_LIMIT = 10_000;
  /** The most late mentions that can be kept. */
  public static final int MAX_LATE_LIMIT = 1_000_000;

  EngineOptions() {}

  /**
   * Options with an allowed lateness and the defaults for the rest.
   *
   * @param allowedLateness how far behind the newest event time a mention may arrive and still count; whole
   *     milliseconds from zero to {@link #MAX_LATENESS}
   * @return the options
   * @throws RiskException if out of range
   */
  public static EngineOptions lateness(Duration allowedLateness) {
    return builder().allowedLateness(allowedLateness).build();
  }

  /**
   * A new builder; {@link Builder#allowedLateness(Duration)} must be called.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How far behind the newest event time seen a mention may arrive and still count. The engine's watermark is the
   * newest event time minus this (or a later time given to {@link RuleEngine#advanceTo}); a mention older than the
   * watermark is late. Zero gives alerts at once, with mentions of the same millisecond taken in arrival order.
   *
   * @return the lateness
   */
  public abstract Duration allowedLateness();

  /**
   * The zone for calendar display ({@link Alert#describe}), {@link #DEFAULT_ZONE} unless set. Windows are durations
   * and do not depend on it.
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * How many late mentions the engine keeps until {@link RuleEngine#drainLate()}; beyond it the oldest are dropped,
   * and counted in {@link RuleEngine#lateDropped()}. {@link #DEFAULT_LATE_LIMIT} unless set.
   *
   * @return 0 to {@link #MAX_LATE_LIMIT}
   */
  @Value.Default
  public int lateLimit() {
    return DEFAULT_LATE_LIMIT;
  }

  /**
   * How alerts become incidents and crisis levels; {@link CrisisPolicy#handbook()} unless set.
   *
   * @return the policy
   */
  @Value.Default
  public CrisisPolicy crisis() {
    return CrisisPolicy.handbook();
  }

  @Value.Check
  void check() {
    Duration l = allowedLateness();
    if (l.isNegative() || l.compareTo(MAX_LATENESS) > 0 || l.getNano() % 1_000_000 != 0) {
      throw new RiskException("allowedLateness", "the allowed lateness must be whole milliseconds from 0 to "
          + MAX_LATENESS.toDays() + " days, got " + l);
    }
    if (lateLimit() < 0 || lateLimit() > MAX_LATE_LIMIT) {
      throw new RiskException("lateLimit", "the late limit must be from 0 to " + MAX_LATE_LIMIT + ", got "
          + lateLimit());
    }
  }

  /**
   * Builds {@link EngineOptions}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEngineOptions.Builder {
    Builder() {}
  }
}
