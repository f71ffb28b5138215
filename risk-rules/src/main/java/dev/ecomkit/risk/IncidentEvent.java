package dev.ecomkit.risk;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One step of an {@link Incident}'s timeline: opened, escalated, acknowledged or resolved, when, at what level and
 * why or by whom.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class IncidentEvent {

  /**
   * What happened.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A threshold alert opened the incident. */
    OPENED,
    /** It rose to a higher crisis level. */
    ESCALATED,
    /** Its owner acknowledged it ({@link RuleEngine#acknowledge}). */
    ACKNOWLEDGED,
    /** It was resolved ({@link RuleEngine#resolve}). */
    RESOLVED
  }

  IncidentEvent() {}

  static IncidentEvent of(Instant time, Kind kind, int level, String detail) {
    return ImmutableIncidentEvent.builder().time(time).kind(kind).level(level).detail(detail).build();
  }

  /**
   * When: event time for openings and escalations, the caller's time for acknowledgements and resolutions.
   *
   * @return the time
   */
  public abstract Instant time();

  /**
   * What happened.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The crisis level after it.
   *
   * @return 1, 2 or 3
   */
  public abstract int level();

  /**
   * Why (the condition of an escalation) or by whom and with what note.
   *
   * @return the detail, possibly empty
   */
  public abstract String detail();

  @Override
  public String toString() {
    return time() + " " + kind() + " level " + level() + (detail().isEmpty() ? "" : ": " + detail());
  }
}
