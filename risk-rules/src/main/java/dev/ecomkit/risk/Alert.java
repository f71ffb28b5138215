package dev.ecomkit.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What the {@link RuleEngine} tells the merchant (预警): which rule fired, over which scope, on what evidence, what to do,
 * who owns it and by when.
 *
 * <p>All times are event times: {@link #time()} is when the threshold was crossed with the mentions in event-time
 * order, not when the alert was emitted, so the same stream gives the same alerts however its mentions arrive within
 * the allowed lateness.
 *
 * <pre>{@code
 * for (Alert a : engine.accept(mention)) {
 *   System.out.println(a.describe(ZoneId.of("Asia/Shanghai")));
 *   // quality fired: 3 mentions in (11-11 08:00, 11-12 08:00] -> QC: emergency quality inspection, due 11-13 08:00
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Alert {

  /**
   * What raised an alert.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A rule's threshold was crossed. */
    THRESHOLD,
    /**
     * An incident rose to a higher crisis level ({@link CrisisPolicy}): its owner and action are the new level's,
     * its window the incident's life so far, its count the incident's mentions.
     */
    ESCALATION
  }

  Alert() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * What raised it.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Why: for {@link Kind#THRESHOLD} the threshold ({@code ">= 3 within PT24H"}), for {@link Kind#ESCALATION} the
   * condition met ({@code "10 mentions on weibo"}, {@code "not acknowledged within PT24H"}).
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The incident the alert belongs to, when its rule's category opens incidents ({@link
   * CrisisPolicy#categories()}).
   *
   * @return the incident id, or empty
   */
  public abstract Optional<String> incidentId();

  /**
   * The incident's crisis level after this alert: 3, 2 or 1.
   *
   * @return the level, or empty without an incident
   */
  public abstract OptionalInt level();

  /**
   * The rule's id.
   *
   * @return the id
   */
  public abstract String ruleId();

  /**
   * The rule's category.
   *
   * @return the category
   */
  public abstract RuleCategory category();

  /**
   * What the rule counts over.
   *
   * @return the scope
   */
  public abstract RuleScope scope();

  /**
   * Which platform or SKU the count was of: empty for {@link RuleScope#GLOBAL}.
   *
   * @return the platform or SKU, or empty
   */
  public abstract Optional<String> scopeKey();

  /**
   * When it happened, in event time: for {@link Kind#THRESHOLD}, the time of the mention that crossed the threshold.
   *
   * @return the time, counted to the millisecond
   */
  public abstract Instant time();

  /**
   * The start of the counted window, exclusive: {@link #windowEnd()} minus the rule's window.
   *
   * @return the start
   */
  public abstract Instant windowStart();

  /**
   * The end of the counted window, inclusive.
   *
   * @return the end
   */
  public abstract Instant windowEnd();

  /**
   * How many matching mentions the window held when the alert was raised.
   *
   * @return the count
   */
  public abstract int count();

  /**
   * The mentions counted, in event-time order.
   *
   * @return the evidence, {@link #count()} of them
   */
  public abstract List<Evidence> evidence();

  /**
   * What to do: the rule's action.
   *
   * @return the action
   */
  public abstract String action();

  /**
   * Who does it: the rule's owner (department).
   *
   * @return the owner
   */
  public abstract String owner();

  /**
   * By when: {@link #time()} plus the rule's response time.
   *
   * @return the due time
   */
  public abstract Instant due();

  /**
   * One line for a log or a chat message, with times in a zone.
   *
   * @param zone the zone, e.g. the engine's {@link EngineOptions#zone()}
   * @return the line
   */
  public String describe(ZoneId zone) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
    String incident = incidentId().map(i -> " [" + i + " level " + level().getAsInt() + "]").orElse("");
    String what = kind() == Kind.THRESHOLD ? ruleId() + " fired" : ruleId() + " escalated";
    return what + scopeKey().map(k -> " on " + k).orElse("") + incident + ": " + count()
        + (count() == 1 ? " mention" : " mentions") + " in ("
        + f.format(windowStart()) + ", " + f.format(windowEnd()) + "], " + reason() + " -> " + owner() + ": "
        + action() + ", due " + f.format(due());
  }

  @Override
  public String toString() {
    return kind() + " " + ruleId() + scopeKey().map(k -> "[" + k + "]").orElse("")
        + incidentId().map(i -> " " + i + "/L" + level().getAsInt()).orElse("") + " at " + time() + " (" + reason()
        + "), "
        + count() + " in " + Duration.between(windowStart(), windowEnd()) + " " + evidence() + " -> " + owner()
        + ": " + action() + " by " + due();
  }

  /** Builds an alert; the engine's. */
  static final class Builder extends ImmutableAlert.Builder {
    Builder() {}
  }
}
