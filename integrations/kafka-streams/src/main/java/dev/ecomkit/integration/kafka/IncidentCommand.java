package dev.ecomkit.integration.kafka;

import java.time.Instant;
import java.util.Objects;

/**
 * What people do with an incident (舆情处置), sent to the topology's command topic: acknowledge it (the owner took
 * it on) or resolve it, as {@link dev.ecomkit.risk.RuleEngine#acknowledge} and {@link
 * dev.ecomkit.risk.RuleEngine#resolve} do in one JVM. As JSON ({@link RiskSerdes#command()}):
 *
 * <pre>{@code
 * {"action": "ACKNOWLEDGE", "incident": "INC-1", "at": "2026-11-11T07:40:00Z", "text": "crisis team on duty"}
 * {"action": "RESOLVE", "incident": "INC-1", "at": "2026-11-11T13:00:00Z", "text": "batch recalled"}
 * }</pre>
 *
 * <p>Incident ids are per engine, and each partition has its engine: send the command to the partition named in the
 * alert's {@value RiskRulesTopology#PARTITION_HEADER} header.
 *
 * @param action what to do
 * @param incident the incident's id, e.g. {@code INC-1}
 * @param at when it was done
 * @param text who acknowledged it, or what was done to resolve it
 * @since 0.1
 */
public record IncidentCommand(Action action, String incident, Instant at, String text) {

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
   * @throws IllegalArgumentException for a blank id or text, or one longer than 10,000 characters
   */
  public IncidentCommand {
    Objects.requireNonNull(action, "action");
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
   * @param incident the incident's id
   * @param at when
   * @param by who
   * @return the command
   */
  public static IncidentCommand acknowledge(String incident, Instant at, String by) {
    return new IncidentCommand(Action.ACKNOWLEDGE, incident, at, by);
  }

  /**
   * A resolution.
   *
   * @param incident the incident's id
   * @param at when
   * @param note what was done
   * @return the command
   */
  public static IncidentCommand resolve(String incident, Instant at, String note) {
    return new IncidentCommand(Action.RESOLVE, incident, at, note);
  }
}
