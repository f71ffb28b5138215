package dev.ecomkit.supply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The stock level for a single season ({@link Newsvendor#solve()}) or a level a buyer chose
 * ({@link Newsvendor#evaluate}), with what it achieves: expected cost, shortage, leftover, sales, the probability of
 * not selling out, the fill rate and — when prices were given — the expected profit. {@link #costAt} prices any other
 * level for comparison. Serialises to JSON with Jackson as an object of these properties.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"orderUpTo", "expectedCost", "criticalRatio"})
public abstract class NewsvendorSolution {

  NewsvendorSolution() {}

  /** The problem solved, for {@link #costAt}. */
  @Value.Auxiliary
  abstract Newsvendor problem();

  /**
   * The season's demand.
   *
   * @return the demand
   * @since 0.1
   */
  @JsonProperty
  public abstract Demand demand();

  /**
   * The overage cost {@code h} of a unit left over.
   *
   * @return the cost
   * @since 0.1
   */
  @JsonProperty
  public abstract double holdingCost();

  /**
   * The underage cost {@code p} of a unit short.
   *
   * @return the cost
   * @since 0.1
   */
  @JsonProperty
  public abstract double stockoutCost();

  /**
   * The critical ratio {@code p/(p + h)}: the optimal probability of not selling out.
   *
   * @return a probability
   * @since 0.1
   */
  @JsonProperty
  public abstract double criticalRatio();

  /**
   * The stock level to start the season with (the order-up-to level {@code S}).
   *
   * @return the level; whole for discrete demand
   * @since 0.1
   */
  @JsonProperty
  public abstract double orderUpTo();

  /**
   * The expected cost at {@link #orderUpTo()}, {@code h·E[(S − D)⁺] + p·E[(D − S)⁺]}.
   *
   * @return the cost
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedCost();

  /**
   * The expected cost of stocking another level, for comparison.
   *
   * @param level any finite number
   * @return the expected cost
   * @throws SupplyException if {@code level} is not finite
   * @since 0.1
   */
  public double costAt(double level) {
    return problem().costAt(level);
  }

  /**
   * The expected demand not met, {@code E[(D − S)⁺]}.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedShortage();

  /**
   * The expected stock left at the end of the season, {@code E[(S − D)⁺]}.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedLeftover();

  /**
   * The expected units sold, {@code E[min(D, S)]}.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public abstract double expectedSales();

  /**
   * The probability of not selling out, {@code P(D ≤ S)}.
   *
   * @return a probability
   * @since 0.1
   */
  @JsonProperty
  public abstract double inStockProbability();

  /**
   * The expected share of demand met, {@code 1 − E[(D − S)⁺]/E[D]}.
   *
   * @return a share, in [0, 1]
   * @since 0.1
   */
  @JsonProperty
  public abstract double fillRate();

  /**
   * The expected profit {@code price·sales + salvage·leftover − unitCost·S}, when the problem was given prices
   * ({@link Newsvendor#economics}).
   *
   * @return the profit, or empty
   * @since 0.1
   */
  @JsonIgnore
  public abstract OptionalDouble expectedProfit();

  @JsonProperty("expectedProfit")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  Double expectedProfitOrNull() {
    return expectedProfit().isPresent() ? expectedProfit().getAsDouble() : null;
  }

  /**
   * What the level was computed for: {@code "minimum expected cost (h …, p …)"} or {@code "given level"}.
   *
   * @return the basis
   * @since 0.1
   */
  @JsonProperty
  public abstract String basis();

  /**
   * How the numbers were computed, e.g. {@code "normal"}, {@code "exact Poisson"}.
   *
   * @return the method
   * @since 0.1
   */
  @JsonProperty
  public abstract String method();

  /**
   * Things a buyer should know, e.g. a tie at the critical ratio.
   *
   * @return the notes, possibly empty
   * @since 0.1
   */
  @JsonProperty
  public abstract ImmutableList<String> notes();
}
