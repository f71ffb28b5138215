package dev.ecomkit.risk;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One row of the keyword matrix (关键词矩阵): which keywords to watch, how many matching mentions within what window
 * fire it, over what scope, and what then happens — the action, the department that owns it and how soon it must
 * respond.
 *
 * <pre>{@code
 * Rule quality = Rule.builder()
 *     .id("quality").category(RuleCategory.QUALITY)
 *     .addKeywords("食品腐败", "杂质", "假冒产品")
 *     .threshold(Threshold.atLeast(3, Duration.ofHours(24)))
 *     .action("emergency quality inspection").owner("QC").respondWithin(Duration.ofHours(24))
 *     .build();
 * }</pre>
 *
 * <p>A mention matches a rule when it holds one of its keywords outside its allowed phrases (see {@link
 * KeywordMatcher} for how allowed phrases cover hits). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Rule {

  /** The longest rule id. */
  public static final int MAX_ID_LENGTH = 64;

  Rule() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rule's id: 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits, {@code _}, {@code -} or {@code .}; unique in
   * a rule set. Alerts name it, and state kept across rule changes follows it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What the rule watches for.
   *
   * @return the category
   */
  public abstract RuleCategory category();

  /**
   * The keywords; any one in a mention makes it match.
   *
   * @return at least one keyword, none blank, no duplicates
   */
  public abstract List<String> keywords();

  /**
   * Allowed phrases: a keyword hit wholly inside one of them does not count for this rule.
   *
   * @return the phrases, possibly none
   */
  public abstract List<String> allowed();

  /**
   * How many matching mentions within what window fire the rule.
   *
   * @return the threshold
   */
  public abstract Threshold threshold();

  /**
   * What the mentions are counted over.
   *
   * @return the scope, {@link RuleScope#GLOBAL} unless set
   */
  @Value.Default
  public RuleScope scope() {
    return RuleScope.GLOBAL;
  }

  /**
   * What to do when the rule fires, e.g. "emergency quality inspection".
   *
   * @return the action, not blank
   */
  public abstract String action();

  /**
   * The department that owns the response, e.g. "QC", "marketing", "legal".
   *
   * @return the owner, not blank
   */
  public abstract String owner();

  /**
   * How soon after the rule fires the owner must respond: the alert's due time is the firing time plus this.
   *
   * @return a positive duration of whole seconds, at most {@link Threshold#MAX_WINDOW}
   */
  public abstract Duration respondWithin();

  @Value.Check
  void check() {
    String id = id();
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      throw new RiskException("id", "a rule id has 1 to " + MAX_ID_LENGTH + " characters, got " + id.length());
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          || c == '-' || c == '.';
      if (!ok) {
        throw new RiskException("id", "rule id \"" + id + "\": character " + (i + 1) + " is not an ASCII letter, "
            + "digit, '_', '-' or '.'");
      }
    }
    if (keywords().isEmpty()) {
      throw new RiskException("keywords", "rule \"" + id + "\" has no keywords; give at least one");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keywords().size(); i++) {
      String k = keywords().get(i);
      if (k.isBlank()) {
        throw new RiskException("keywords", "rule \"" + id + "\": keyword " + (i + 1) + " is blank");
      }
      if (!seen.add(k)) {
        throw new RiskException("keywords", "rule \"" + id + "\": keyword \"" + k + "\" is listed twice");
      }
    }
    for (int i = 0; i < allowed().size(); i++) {
      if (allowed().get(i).isBlank()) {
        throw new RiskException("allowed", "rule \"" + id + "\": allowed phrase " + (i + 1) + " is blank");
      }
    }
    if (action().isBlank()) {
      throw new RiskException("action", "rule \"" + id + "\" has a blank action; say what to do when it fires");
    }
    if (owner().isBlank()) {
      throw new RiskException("owner", "rule \"" + id + "\" has a blank owner; name the department that responds");
    }
    if (respondWithin().isNegative() || respondWithin().isZero() || respondWithin().getNano() != 0
        || respondWithin().compareTo(Threshold.MAX_WINDOW) > 0) {
      throw new RiskException("respondWithin", "rule \"" + id + "\": the response time must be whole seconds, "
          + "positive and at most " + Threshold.MAX_WINDOW.toDays() + " days, got " + respondWithin());
    }
  }

  /**
   * Builds a {@link Rule}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }
}
