package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Reader;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the {@link RuleEngine} turns alerts into incidents and grades them by crisis level (危机分级, seed 001 §5.2):
 *
 * <ul>
 *   <li><b>Level 3</b>, a few complaints: a threshold alert of a rule in {@link #categories()} opens an incident
 *       at level 3 (or higher when its mentions already meet a higher level's conditions). The handbook: respond
 *       within 24 hours so that it does not grow into level 2.
 *   <li><b>Level 2</b>, bad reviews concentrated on one platform: an incident with {@link
 *       #level2MentionsOnOnePlatform()} mentions on one platform; or a level-3 incident still growing ({@link
 *       #level2Growth()} more mentions since it reached level 3); or one not acknowledged within level 3's response
 *       time. The handbook: handle fast, improve the experience, compensate.
 *   <li><b>Level 1</b>, wide and deep: mentions on {@link #level1Platforms()} platforms, or {@link #level1Mentions()}
 *       mentions in all (a trending topic); or, if {@link #level1WhenLevel2Overdue()}, a level-2 incident not
 *       acknowledged within level 2's response time. The handbook: respond at once — verify, act, fix.
 * </ul>
 *
 * Every escalation is an {@link Alert} of kind {@link Alert.Kind#ESCALATION}, owned by the new level's {@link
 * CrisisLevel#owner()} and due within its {@link CrisisLevel#respondWithin()}; an escalated incident must be
 * acknowledged anew. Mentions count toward an incident from the alert that opened it until it is resolved.
 *
 * <p>The handbook gives level 3's 24 hours; the other numbers of {@link #handbook()} are this library's defaults,
 * to be tuned by the merchant (JSON format in the README).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class CrisisPolicy {

  private static final CrisisPolicy HANDBOOK = builder().build();

  CrisisPolicy() {}

  /**
   * The defaults: quality alerts open incidents; level 3 acknowledged within 24 h by customer service; level 2 at
   * 10 mentions on one platform or 5 more after opening, within 4 h by operations; level 1 at 4 platforms or 100
   * mentions, or level 2 overdue, within 1 h by the crisis team.
   *
   * @return the policy
   */
  public static CrisisPolicy handbook() {
    return HANDBOOK;
  }

  /**
   * A builder starting from {@link #handbook()}'s values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a policy from JSON (format in the README).
   *
   * @param json the JSON
   * @return the policy
   * @throws RiskException naming the JSON path of the first problem
   */
  public static CrisisPolicy fromJson(String json) {
    return CrisisPolicyJson.read(checkNotNull(json, "json"));
  }

  /**
   * Reads a policy from JSON. The reader is not closed.
   *
   * @param reader the JSON
   * @return the policy
   * @throws RiskException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static CrisisPolicy fromJson(Reader reader) {
    return CrisisPolicyJson.read(checkNotNull(reader, "reader"));
  }

  /**
   * The policy as JSON that {@link #fromJson(String)} reads back to an equal policy.
   *
   * @return the JSON
   */
  public String toJson() {
    return CrisisPolicyJson.write(this);
  }

  /**
   * Which rules' alerts open incidents; {@link RuleCategory#QUALITY} unless set.
   *
   * @return the categories
   */
  @Value.Default
  public Set<RuleCategory> categories() {
    return EnumSet.of(RuleCategory.QUALITY);
  }

  /**
   * Level 3's response (a few complaints); the handbook's 24 hours unless set.
   *
   * @return the response
   */
  @Value.Default
  public CrisisLevel level3() {
    return CrisisLevel.of(Duration.ofHours(24), "customer service",
        "respond to the complaining users and handle their cases");
  }

  /**
   * Level 2's response (one platform's bad reviews); 4 hours unless set.
   *
   * @return the response
   */
  @Value.Default
  public CrisisLevel level2() {
    return CrisisLevel.of(Duration.ofHours(4), "operations",
        "improve the experience on the platform and offer compensation to the reviewers");
  }

  /**
   * Level 1's response (wide and deep); 1 hour unless set.
   *
   * @return the response
   */
  @Value.Default
  public CrisisLevel level1() {
    return CrisisLevel.of(Duration.ofHours(1), "crisis team",
        "verify the facts, act, publish the fix and the improvements");
  }

  /**
   * Mentions on one platform that make an incident level 2; 10 unless set.
   *
   * @return at least 1
   */
  @Value.Default
  public int level2MentionsOnOnePlatform() {
    return 10;
  }

  /**
   * Mentions gained since reaching level 3 that make an incident level 2 (still growing); 5 unless set.
   *
   * @return at least 1
   */
  @Value.Default
  public int level2Growth() {
    return 5;
  }

  /**
   * Platforms with mentions that make an incident level 1; 4 unless set.
   *
   * @return at least 2
   */
  @Value.Default
  public int level1Platforms() {
    return 4;
  }

  /**
   * Mentions in all that make an incident level 1; 100 unless set.
   *
   * @return at least 1
   */
  @Value.Default
  public int level1Mentions() {
    return 100;
  }

  /**
   * Whether a level-2 incident not acknowledged within level 2's response time escalates to level 1; true unless
   * set.
   *
   * @return the switch
   */
  @Value.Default
  public boolean level1WhenLevel2Overdue() {
    return true;
  }

  /**
   * The response of a level.
   *
   * @param level 1, 2 or 3
   * @return the response
   */
  public CrisisLevel level(int level) {
    switch (level) {
      case 1:
        return level1();
      case 2:
        return level2();
      case 3:
        return level3();
      default:
        throw new RiskException("level", "crisis levels are 1, 2 and 3, got " + level);
    }
  }

  /** The most mentions any condition asks for. */
  static final int MAX_MENTIONS = 1_000_000;

  @Value.Check
  void check() {
    range("level2MentionsOnOnePlatform", level2MentionsOnOnePlatform(), 1);
    range("level2Growth", level2Growth(), 1);
    range("level1Platforms", level1Platforms(), 2);
    range("level1Mentions", level1Mentions(), 1);
  }

  private static void range(String field, int value, int min) {
    if (value < min || value > MAX_MENTIONS) {
      throw new RiskException(field, field + " must be from " + min + " to " + MAX_MENTIONS + ", got " + value);
    }
  }

  /**
   * Builds a {@link CrisisPolicy}; unset values are {@link #handbook()}'s. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCrisisPolicy.Builder {
    Builder() {}
  }
}
