package dev.ecomkit.supply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;

/**
 * The replenishment lead time, in the periods demand is counted in: from placing an order to having the goods to
 * sell. Fixed (0 is valid: goods arrive within the period they are ordered in), normally distributed, or the
 * lead times observed on past orders (each equally likely); with a random
 * lead time the demand over it has variance {@code L̄·σ_d² + d̄²·σ_L²} (Silver, Pyke &amp; Peterson, <i>Inventory
 * Management and Production Planning and Scheduling</i>, 3rd ed., 1998, §7.12; Chopra &amp; Meindl, <i>Supply Chain
 * Management</i>, §12.2).
 *
 * <pre>{@code
 * LeadTime.fixed(2);          // two weeks from a domestic supplier
 * LeadTime.normal(6, 1.5);    // six weeks by sea, give or take
 * }</pre>
 *
 * <p>Serialises to JSON with Jackson as {@code {"mean":6.0,"standardDeviation":1.5}} (and the observed values of an
 * empirical lead time).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public final class LeadTime {

  /** The longest lead time or lead-time standard deviation, in periods: a million days is 2,700 years. */
  static final double MAX = 1e6;

  private final double mean;
  private final double standardDeviation;
  /** The sorted observed lead times of {@link #empirical}, else null. */
  private final double[] observed;

  private LeadTime(double mean, double standardDeviation, double[] observed) {
    this.mean = mean;
    this.standardDeviation = standardDeviation;
    this.observed = observed;
  }

  /**
   * A lead time known in advance.
   *
   * @param periods from 0 to 1e6; need not be whole
   * @return the lead time
   * @throws SupplyException if {@code periods} is negative or not finite
   * @since 0.1
   */
  public static LeadTime fixed(double periods) {
    return new LeadTime(SupplyException.between("periods", periods, 0, MAX), 0, null);
  }

  /**
   * A normally distributed lead time.
   *
   * @param mean the mean, from 0 to 1e6
   * @param sd the standard deviation, from 0 to 1e6
   * @return the lead time
   * @throws SupplyException if an argument is negative or not finite
   * @since 0.1
   */
  public static LeadTime normal(double mean, double sd) {
    return new LeadTime(SupplyException.between("mean", mean, 0, MAX), SupplyException.between("sd", sd, 0, MAX),
        null);
  }

  /**
   * The lead times observed on past orders, each equally likely: with discrete demand (Poisson, negative binomial)
   * the demand over the lead time is the exact mixture over these values.
   *
   * <pre>{@code
   * LeadTime.empirical(1, 2, 2, 2, 3, 2, 1, 3, 2, 3);   // weeks, from the last ten purchase orders
   * }</pre>
   *
   * @param observed at least one value, each finite and at least 0; copied
   * @return the lead time, with the mean and (population) standard deviation of the values
   * @throws SupplyException if there are no values or one is negative or not finite (the message gives its index)
   * @since 0.1
   */
  public static LeadTime empirical(double... observed) {
    double[] checked = SupplyException.observations("observed", observed, "lead time");
    int n = observed.length;
    if (checked[n - 1] > MAX) {
      throw new SupplyException("observed", "observed lead times must be at most 1e6 periods, got " + checked[n - 1]);
    }
    double[] sorted = Arrays.copyOf(checked, n);
    return new LeadTime(checked[n], checked[n + 1], sorted[0] == sorted[n - 1] ? null : sorted);
  }

  /**
   * The mean lead time.
   *
   * @return periods, at least 0
   * @since 0.1
   */
  @JsonProperty
  public double mean() {
    return mean;
  }

  /**
   * The standard deviation of the lead time.
   *
   * @return periods, at least 0; 0 for a fixed lead time
   * @since 0.1
   */
  @JsonProperty
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * Whether the lead time is known in advance.
   *
   * @return true for {@link #fixed}, and for a normal or empirical lead time of standard deviation 0
   * @since 0.1
   */
  public boolean isFixed() {
    return standardDeviation == 0;
  }

  /**
   * The mean demand over the lead time, {@code L̄·d̄}.
   *
   * @param demand demand per period
   * @return at least 0
   * @since 0.1
   */
  public double demandMean(Demand demand) {
    return mean * demand.mean();
  }

  /**
   * The standard deviation of demand over the lead time, {@code √(L̄·σ_d² + d̄²·σ_L²)}, with demand in different
   * periods independent and independent of the lead time.
   *
   * @param demand demand per period
   * @return at least 0
   * @since 0.1
   */
  public double demandStandardDeviation(Demand demand) {
    return demandStandardDeviation(mean, demand.standardDeviation(), demand.mean(), standardDeviation);
  }

  /**
   * {@code √(t·σ_d² + d̄²·σ_L²)}: the standard deviation of demand over {@code t} periods whose length varies with
   * standard deviation {@code σ_L} (Silver, Pyke &amp; Peterson §7.12).
   */
  static double demandStandardDeviation(double periods, double sd, double mean, double leadTimeSd) {
    return Math.sqrt(periods * sd * sd + mean * mean * leadTimeSd * leadTimeSd);
  }

  @JsonProperty("observed")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private double[] observedForJson() {
    return observed;
  }

  /** The sorted observed lead times of an empirical lead time that varies, else null; not a copy. */
  double[] observedOrNull() {
    return observed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeadTime && Double.compare(mean, ((LeadTime) o).mean) == 0
        && Double.compare(standardDeviation, ((LeadTime) o).standardDeviation) == 0
        && Arrays.equals(observed, ((LeadTime) o).observed);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Double.hashCode(mean) + Double.hashCode(standardDeviation)) + Arrays.hashCode(observed);
  }

  @Override
  public String toString() {
    if (observed != null) {
      return String.format(Locale.ROOT, "LeadTime.empirical(mean=%.6g, sd=%.6g, n=%d)", mean, standardDeviation,
          observed.length);
    }
    return isFixed() ? String.format(Locale.ROOT, "LeadTime.fixed(%.6g)", mean)
        : String.format(Locale.ROOT, "LeadTime.normal(%.6g, %.6g)", mean, standardDeviation);
  }
}
