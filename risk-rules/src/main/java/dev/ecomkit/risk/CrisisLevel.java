package dev.ecomkit.risk;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * What a crisis level asks for (危机等级的响应): who responds, what they do, and how soon they must acknowledge. An
 * incident at this level not acknowledged within {@link #respondWithin()} escalates (see {@link CrisisPolicy}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class CrisisLevel {

  CrisisLevel() {}

  /**
   * A level's response.
   *
   * @param respondWithin how soon the incident must be acknowledged; whole seconds, positive, at most {@link
   *     Threshold#MAX_WINDOW}
   * @param owner who responds, not blank
   * @param action what they do, not blank
   * @return the response
   * @throws RiskException if a value is out of range
   */
  public static CrisisLevel of(Duration respondWithin, String owner, String action) {
    return ImmutableCrisisLevel.builder().respondWithin(respondWithin).owner(owner).action(action).build();
  }

  /**
   * How soon an incident at this level must be acknowledged.
   *
   * @return the duration
   */
  public abstract Duration respondWithin();

  /**
   * Who responds.
   *
   * @return the owner
   */
  public abstract String owner();

  /**
   * What they do.
   *
   * @return the action
   */
  public abstract String action();

  @Value.Check
  void check() {
    Duration d = respondWithin();
    if (d.isNegative() || d.isZero() || d.getNano() != 0 || d.compareTo(Threshold.MAX_WINDOW) > 0) {
      throw new RiskException("respondWithin", "a level's response time must be whole seconds, positive and at "
          + "most " + Threshold.MAX_WINDOW.toDays() + " days, got " + d);
    }
    if (owner().isBlank()) {
      throw new RiskException("owner", "a level's owner must not be blank; name who responds");
    }
    if (action().isBlank()) {
      throw new RiskException("action", "a level's action must not be blank; say what to do");
    }
  }
}
