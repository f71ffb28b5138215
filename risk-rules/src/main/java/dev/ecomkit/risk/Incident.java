package dev.ecomkit.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A crisis the engine is tracking (危机事件): opened by a threshold alert of a rule whose category the {@link
 * CrisisPolicy} covers, graded 3, 2 or 1, and moved through open → acknowledged → resolved by calls that carry their
 * own timestamps ({@link RuleEngine#acknowledge}, {@link RuleEngine#resolve}). A copy of the state at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Incident {

  /**
   * Where an incident is in its lifecycle.
   *
   * @since 0.1
   */
  public enum Status {
    /** Waiting for its level's owner to acknowledge it. */
    OPEN,
    /** Acknowledged at its current level. */
    ACKNOWLEDGED,
    /** Done; the engine no longer tracks it. */
    RESOLVED
  }

  Incident() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The id, {@code INC-1}, {@code INC-2}, … in the order incidents open (by event time).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The rule whose alert opened it.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * The rule's category.
   *
   * @return the category
   */
  public abstract RuleCategory category();

  /**
   * The platform or SKU it is about, for rules with such a scope.
   *
   * @return the key, or empty for a global rule
   */
  public abstract Optional<String> scopeKey();

  /**
   * The crisis level now.
   *
   * @return 1, 2 or 3
   */
  public abstract int level();

  /**
   * The status now.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * When it opened (event time of the alert).
   *
   * @return the time
   */
  public abstract Instant opened();

  /**
   * When its current level's response is due.
   *
   * @return the time
   */
  public abstract Instant due();

  /**
   * Matching mentions counted since it opened, those of the opening alert included.
   *
   * @return the count
   */
  public abstract int mentions();

  /**
   * Those mentions by platform.
   *
   * @return platform to count, in platform order
   */
  public abstract Map<String, Integer> platforms();

  /**
   * The latest mentions (up to ten), oldest first.
   *
   * @return the evidence
   */
  public abstract List<Evidence> recent();

  /**
   * What happened, in order.
   *
   * @return the timeline, starting with {@link IncidentEvent.Kind#OPENED}
   */
  public abstract List<IncidentEvent> timeline();

  @Override
  public String toString() {
    return id() + " " + ruleId() + scopeKey().map(k -> "[" + k + "]").orElse("") + " level " + level() + " "
        + status() + ", " + mentions() + " mentions " + platforms() + ", due " + due();
  }

  /** Builds incidents; the engine's. */
  static final class Builder extends ImmutableIncident.Builder {
    Builder() {}
  }
}
