package dev.ecomkit.supply;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * One hour of customer service in a {@link StressTest}: the contacts the stressed traffic brings, the agents Erlang
 * C says they need for the answer target, the agents on the roster, and the service the roster gives.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class StaffingHour {

  StaffingHour() {}

  /**
   * The hour, counted from the start of the test.
   *
   * @return 0 or more
   * @since 0.1
   */
  public abstract int hour();

  /**
   * The contacts in this hour under the stressed traffic.
   *
   * @return contacts an hour
   * @since 0.1
   */
  public abstract double contacts();

  /**
   * The fewest agents that meet the answer target ({@link ErlangC#agentsFor}).
   *
   * @return agents
   * @since 0.1
   */
  public abstract int agentsNeeded();

  /**
   * The agents on the roster.
   *
   * @return agents
   * @since 0.1
   */
  public abstract int agentsRostered();

  /**
   * The share of contacts the roster answers within the target time ({@link ErlangC#serviceLevel}); 0 when the
   * roster cannot keep up at all.
   *
   * @return from 0 to 1
   * @since 0.1
   */
  public abstract double serviceLevel();

  /**
   * Whether the roster is short of what the target needs.
   *
   * @return true if fewer agents are rostered than needed
   * @since 0.1
   */
  public boolean understaffed() {
    return agentsRostered() < agentsNeeded();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "hour %d: %.0f contacts, %d agents needed, %d rostered, %.0f %% answered in "
        + "time", hour(), contacts(), agentsNeeded(), agentsRostered(), 100 * serviceLevel());
  }
}
