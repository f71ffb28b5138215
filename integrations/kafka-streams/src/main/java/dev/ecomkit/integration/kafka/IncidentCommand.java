package dev.ecomkit.integration.kafka;

import java.time.Instant;
import java.util.Objects;

/**
 * What people do with an incident (舆情处置), sent to the topology's command topic: acknowledge it (the owner took
 * it on) or resolve it, as {@link dev.ecomkit.risk.RuleEngine#acknowledge} and {@link
 * dev.ecomkit.risk.RuleEngine#resolve} do in one JVM. As JSON ({@link RiskSerdes#command()}):
 *
 * <pre>{@code
 * {"action": "ACKNOWLEDGE", "partition": 0, "incident": "INC-1", "at": "2026-11-11T07:40:00Z", "text": "crisis team"}
 * {"action": "RESOLVE", "partition": 0, "incident": "INC-1", "at": "2026-11-11T13:00:00Z", "text": "batch recalled"}
 * }</pre>
 *
 * <p>Incident ids are per engine, and each partition has its engine, so every partition may have an {@code INC-1}:
 * a command names the partition from the alert's {@value RiskRulesTopology#PARTITION_HEADER} header, and must be
 * sent to that partition of the command topic; one that arrives elsewhere is refused (a dead letter), never applied
 * to another partition's incident.
 *
 * <p>Immutable and thread-safe.
 *
 * @param action what to do
 * @param partition the partition whose engine holds the incident, 0 or more
 * @param incident the incident's id, e.g. {@code INC-1}
 * @param at when it was done
 * @param text who acknowledged it, or what was done to resolve it
 * @since 0.1
 */
public record IncidentCommand(Action action, int partition, String incident, Instant at, String text) {

  /** The longest id and text, in characters. */
  static final int MAX_TEXT = 10_000;

  /**
   * What to do with the incident.
   *
   * @since 0.1
   */
  public enum Action {
    /** The owner took the incident on at its level. */
    ACKNOWLEDGE,
    /** The incident is closed. */
    RESOLVE
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException for a null field
   * @throws IllegalArgumentException for a negative partition, a blank id or text, or one longer than 10,000
   *     characters
   */
  public IncidentCommand {
    Objects.requireNonNull(action, "action");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must be 0 or more, got " + partition);
    }
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
    if (incident.isBlank() || incident.length() > MAX_TEXT) {
      throw new IllegalArgumentException("incident must be an id of 1 to " + MAX_TEXT + " characters");
    }
    if (text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text must be 1 to " + MAX_TEXT + " characters: who acknowledged, or what "
          + "was done");
    }
  }

  /**
   * An acknowledgement.
   *
   * @param partition the partition from the alert's {@value RiskRulesTopology#PARTITION_HEADER} header
   * @param incident the incident's id
   * @param at when
   * @param by who
   * @return the command
   * @since 0.1
   */
  public static IncidentCommand acknowledge(int partition, String incident, Instant at, String by) {
    return new IncidentCommand(Action.ACKNOWLEDGE, partition, incident, at, by);
  }

  /**
   * A resolution.
   *
   * @param partition the partition from the alert's {@value RiskRulesTopology#PARTITION_HEADER} header
   * @param incident the incident's id
   * @param at when
   * @param note what was done
   * @return the command
   * @since 0.1
   */
  public static IncidentCommand resolve(int partition, String incident, Instant at, String note) {
    return new IncidentCommand(Action.RESOLVE, partition, incident, at, note);
  }
}
