package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of {@link Rule}s with the normalisation their keywords are matched with: the merchant's keyword
 * matrix (关键词矩阵, seed 001 §5.1), from JSON ({@link #fromJson(Reader)}, format in the README), from a builder,
 * or the handbook's own ({@link #handbookDefaults()}).
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.handbookDefaults();          // quality, competitor, policy
 * RuleSet mine = RuleSet.fromJson(reader);             // RiskException with the JSON path on a bad file
 * RuleSet more = rules.toBuilder().add(myRule).build();
 * }</pre>
 *
 * <p>Building checks every rule's keywords and allowed phrases against the normalisation (a keyword that is nothing
 * but noise characters is an error) and that rule ids are unique. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleSet {

  /**
   * The normalisation of a rule set unless another is given: full-width → half-width, invisible characters skipped
   * and noise between a keyword's characters skipped (the default noise set, gap 3), so that {@code 杂 质} and
   * {@code 杂-质} match {@code 杂质}.
   */
  public static final Normalization DEFAULT_NORMALIZATION = Normalization.none().fullWidth(true).skipInvisible(true)
      .noise(Normalization.DEFAULT_NOISE, Normalization.DEFAULT_MAX_GAP);

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Rule> byId;
  private final Normalization normalization;
  /** Every rule's keywords in one scan, for the engine. */
  private final RuleMatcher matcher;

  private RuleSet(Builder b) {
    Map<String, Rule> ids = new LinkedHashMap<>();
    for (int i = 0; i < b.rules.size(); i++) {
      Rule r = b.rules.get(i);
      if (ids.putIfAbsent(r.id(), r) != null) {
        throw new RiskException("rules[" + i + "].id", "rule \"" + r.id() + "\" is given twice; rule ids must be "
            + "unique");
      }
    }
    rules = ImmutableList.copyOf(b.rules);
    byId = ImmutableMap.copyOf(ids);
    normalization = b.normalization;
    RuleMatcher m;
    try {
      m = new RuleMatcher(rules, normalization);
    } catch (RiskException e) {
      throw blame(e);
    }
    matcher = m;
  }

  /**
   * The error of the combined matcher, said of the rule at fault: found, on this error path only, by building one
   * matcher a rule.
   */
  private RiskException blame(RiskException e) {
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      try {
        KeywordMatcher.Builder k = KeywordMatcher.builder().addAll(r.keywords()).normalization(normalization);
        r.allowed().forEach(k::allow);
        k.build();
      } catch (RiskException fault) {
        return new RiskException("rules[" + i + "]", "rule \"" + r.id() + "\": " + fault.getMessage());
      }
    }
    return e;
  }

  /**
   * A new, empty builder with {@link #DEFAULT_NORMALIZATION}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this set's rules and normalisation.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().normalization(normalization);
    rules.forEach(b::add);
    return b;
  }

  /**
   * The handbook's keyword matrix (seed 001 §5.1; bundled as {@code dev/ecomkit/risk/handbook-rules.json}), with
   * {@link #DEFAULT_NORMALIZATION}:
   *
   * <ul>
   *   <li>{@code quality} ({@link RuleCategory#QUALITY}): 食品腐败, 杂质, 假冒产品; {@code >= 3} within 24 h over all
   *       platforms → quality control starts an emergency inspection (owner {@code QC}).
   *   <li>{@code competitor}: 模仿, 品质不佳, 定价过高; {@code > 5} within one day on one platform → marketing pulls the
   *       last month's data for a competitor analysis (owner {@code marketing}).
   *   <li>{@code policy}: 禁止销售, 资质要求, 合规性; any one mention ({@code >= 1} within 24 h) → legal leads a
   *       qualification self-review (owner {@code legal}).
   * </ul>
   *
   * The handbook gives a deadline only for the policy review (within 24 hours); the other two take the 24 hours the
   * handbook gives level-3 complaints. Change them in a copy of the JSON.
   *
   * @return the rule set
   */
  public static RuleSet handbookDefaults() {
    return Handbook.RULES;
  }

  /** Loaded once, on first use. */
  private static final class Handbook {
    static final RuleSet RULES = load();

    private static RuleSet load() {
      try (InputStream in = RuleSet.class.getResourceAsStream("handbook-rules.json")) {
        if (in == null) {
          throw new IllegalStateException("handbook-rules.json is missing from the risk-rules jar");
        }
        return fromJson(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a rule set from JSON (format in {@code RuleSetJson} and the README). The reader is not closed.
   *
   * @param reader the JSON
   * @return the rule set
   * @throws RiskException naming the JSON path of the first problem and how to fix it
   * @throws UncheckedIOException if the reader fails
   */
  public static RuleSet fromJson(Reader reader) {
    return RuleSetJson.read(checkNotNull(reader, "reader"));
  }

  /**
   * Reads a rule set from a JSON string.
   *
   * @param json the JSON
   * @return the rule set
   * @throws RiskException naming the JSON path of the first problem and how to fix it
   */
  public static RuleSet fromJson(String json) {
    return RuleSetJson.read(checkNotNull(json, "json"));
  }

  /**
   * The rule set as JSON that {@link #fromJson(String)} reads back to an equal set.
   *
   * @return the JSON, pretty-printed
   */
  public String toJson() {
    return RuleSetJson.write(this);
  }

  /**
   * The rules, in the order given.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rule with an id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(checkNotNull(id, "id")));
  }

  /**
   * The normalisation keywords and mentions are matched with.
   *
   * @return the normalisation
   */
  public Normalization normalization() {
    return normalization;
  }

  /**
   * A new engine that watches mentions with these rules.
   *
   * @param options the allowed lateness and the rest
   * @return the engine, with no state
   */
  public RuleEngine newEngine(EngineOptions options) {
    return new RuleEngine(this, checkNotNull(options, "options"));
  }

  /**
   * An engine with the state of a {@link RuleEngine#snapshot()}, watching with these rules: fed the rest of the
   * stream, it emits exactly what the engine the snapshot was taken of would have, if the rules are the same. State
   * of rules this set does not have (or has with another scope) is dropped; the rest is kept by rule id, as by
   * {@link RuleEngine#replaceRules}.
   *
   * @param snapshot the JSON
   * @return the engine
   * @throws RiskException naming the JSON path, if the snapshot is not one this library wrote
   */
  public RuleEngine restore(String snapshot) {
    return EngineSnapshot.read(this, checkNotNull(snapshot, "snapshot"));
  }

  /** Every rule's keywords and allowed phrases, one scan a text. */
  RuleMatcher matcher() {
    return matcher;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet && ((RuleSet) o).rules.equals(rules)
        && ((RuleSet) o).normalization.equals(normalization);
  }

  @Override
  public int hashCode() {
    return 31 * rules.hashCode() + normalization.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSet{" + byId.keySet() + ", " + normalization + "}";
  }

  /**
   * Collects rules and a normalisation for a {@link RuleSet}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private Normalization normalization = DEFAULT_NORMALIZATION;

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule; its id must differ from the others'
     * @return this builder
     */
    public Builder add(Rule rule) {
      rules.add(checkNotNull(rule, "rule"));
      return this;
    }

    /**
     * Removes the rule with an id, if there is one.
     *
     * @param id the id
     * @return this builder
     */
    public Builder remove(String id) {
      checkNotNull(id, "id");
      rules.removeIf(r -> r.id().equals(id));
      return this;
    }

    /**
     * The normalisation ({@link #DEFAULT_NORMALIZATION} unless set).
     *
     * @param normalization the normalisation
     * @return this builder
     */
    public Builder normalization(Normalization normalization) {
      this.normalization = checkNotNull(normalization, "normalization");
      return this;
    }

    /**
     * The rule set.
     *
     * @return a new rule set
     * @throws RiskException if two rules share an id, or a keyword or allowed phrase is empty after normalisation
     */
    public RuleSet build() {
      return new RuleSet(this);
    }
  }
}
