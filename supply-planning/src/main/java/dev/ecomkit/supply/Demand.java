package dev.ecomkit.supply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;

/**
 * Demand in one period (a day, a week: the period the lead time is counted in), as a probability distribution:
 * normal for fast movers, Poisson for slow movers selling a unit at a time, negative binomial for slow movers whose
 * variance exceeds their mean (over-dispersed: bulk buyers, promotions), or empirical, from observed periods.
 *
 * <pre>{@code
 * Demand fast = Demand.normal(120, 30);               // units a week: mean 120, standard deviation 30
 * Demand slow = Demand.poisson(2.5);
 * Demand lumpy = Demand.negativeBinomial(2.5, 3.0);   // sd 3 > √2.5: over-dispersed
 * Demand seen = Demand.empirical(new double[] {3, 0, 7, 2, 5});
 * }</pre>
 *
 * <p>The negative binomial is parametrised by mean {@code μ} and standard deviation {@code σ}: with
 * {@code p = μ/σ²} and {@code r = μ²/(σ² − μ)} it is the number of failures before the {@code r}-th success in trials
 * of success probability {@code p} (Nahmias, <i>Production and Operations Analysis</i>, 6th ed., §5;
 * Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., App. C). An empirical distribution puts equal
 * weight on each observed value.
 *
 * <p>Serialises to JSON with Jackson as {@code {"kind":"POISSON","mean":2.5,"standardDeviation":1.58…}} (and the
 * observed values of an empirical distribution).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public final class Demand {

  /**
   * The family of a demand distribution.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Normal (continuous; may take negative values, with negligible probability when the mean is large). */
    NORMAL,
    /** Poisson (whole units; variance equal to the mean). */
    POISSON,
    /** Negative binomial (whole units; variance above the mean). */
    NEGATIVE_BINOMIAL,
    /** The observed values, each with equal probability. */
    EMPIRICAL
  }

  /** The largest mean, standard deviation or observed value: squares and products of such stay finite. */
  static final double MAX = 1e100;

  private final Kind kind;
  private final double mean;
  private final double standardDeviation;
  private final double[] values;
  /** The one-period distribution, made on first use (racy single check: every thread computes an equal one). */
  private volatile Distribution distribution;

  private Demand(Kind kind, double mean, double standardDeviation, double[] values) {
    this.kind = kind;
    this.mean = mean;
    this.standardDeviation = standardDeviation;
    this.values = values;
  }

  /**
   * Normally distributed demand.
   *
   * @param mean the mean per period, from 0 to 1e100
   * @param sd the standard deviation per period, from 0 to 1e100 (0: known demand)
   * @return the distribution
   * @throws SupplyException if an argument is negative or not finite
   * @since 0.1
   */
  public static Demand normal(double mean, double sd) {
    return new Demand(Kind.NORMAL, SupplyException.between("mean", mean, 0, MAX), SupplyException.between("sd", sd, 0,
        MAX), null);
  }

  /**
   * Poisson demand.
   *
   * @param mean the mean per period, above 0
   * @return the distribution; its standard deviation is {@code √mean}
   * @throws SupplyException if {@code mean} is not a positive finite number
   * @since 0.1
   */
  public static Demand poisson(double mean) {
    if (!(mean > 0) || !(mean <= MAX)) {
      throw new SupplyException("mean", "mean must be a finite number above 0 and at most 1e100, got " + mean);
    }
    return new Demand(Kind.POISSON, mean, Math.sqrt(mean), null);
  }

  /**
   * Negative binomial demand with the given mean and standard deviation.
   *
   * @param mean the mean per period, above 0
   * @param sd the standard deviation per period, above {@code √mean} (else the demand is not over-dispersed: use
   *     {@link #poisson})
   * @return the distribution
   * @throws SupplyException if an argument is out of its range
   * @since 0.1
   */
  public static Demand negativeBinomial(double mean, double sd) {
    if (!(mean > 0) || !(mean <= MAX)) {
      throw new SupplyException("mean", "mean must be a finite number above 0 and at most 1e100, got " + mean);
    }
    if (!(sd * sd > mean) || !(sd <= MAX)) {
      throw new SupplyException("sd", String.format(Locale.ROOT, "sd must exceed √mean = %.6g for a negative "
          + "binomial (variance above the mean), got %s; use Demand.poisson(%s) for variance equal to the mean",
          Math.sqrt(mean), sd, mean));
    }
    return new Demand(Kind.NEGATIVE_BINOMIAL, mean, sd, null);
  }

  /**
   * The empirical distribution of observed per-period demand.
   *
   * @param observed at least one value, each finite and at least 0; copied
   * @return the distribution: mean and (population) standard deviation of the values
   * @throws SupplyException if there are no values or one is negative or not finite (the message gives its index)
   * @since 0.1
   */
  public static Demand empirical(double[] observed) {
    double[] checked = SupplyException.observations("observed", observed, "value");
    if (checked[observed.length - 1] > MAX) {
      throw new SupplyException("observed", "observed values must be at most 1e100, got " + checked[observed.length - 1]);
    }
    int n = observed.length;
    return new Demand(Kind.EMPIRICAL, checked[n], checked[n + 1], Arrays.copyOf(checked, n));
  }

  /**
   * The family.
   *
   * @return the kind
   * @since 0.1
   */
  @JsonProperty
  public Kind kind() {
    return kind;
  }

  /**
   * The mean demand per period.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public double mean() {
    return mean;
  }

  /**
   * The standard deviation of demand per period.
   *
   * @return at least 0
   * @since 0.1
   */
  @JsonProperty
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * The observed values of an empirical distribution, sorted.
   *
   * @return a copy; empty for the other kinds
   * @since 0.1
   */
  @JsonProperty
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public double[] observed() {
    return values == null ? new double[0] : values.clone();
  }

  /** The sorted observed values of an empirical distribution, else null; not a copy. */
  double[] observedOrNull() {
    return values;
  }

  /** The distribution of one period's demand. */
  Distribution distribution() {
    Distribution d = distribution;
    if (d == null) {
      d = ProtectionDemand.over(this, LeadTime.fixed(1), 0, new java.util.ArrayList<>());
      distribution = d;
    }
    return d;
  }

  /**
   * The probability that one period's demand is at most {@code x}, {@code F(x) = P(D ≤ x)}.
   *
   * @param x any finite number
   * @return the probability, in [0, 1]
   * @throws SupplyException if {@code x} is NaN or infinite
   * @since 0.1
   */
  public double cdf(double x) {
    return distribution().cdf(SupplyException.finite("x", x));
  }

  /**
   * The smallest demand level {@code x} with {@code P(D ≤ x) ≥ p}: a whole number for Poisson, negative binomial and
   * whole-valued empirical demand.
   *
   * @param p a probability strictly between 0 and 1
   * @return the quantile
   * @throws SupplyException if {@code p} is not strictly between 0 and 1
   * @since 0.1
   */
  public double quantile(double p) {
    return distribution().quantile(SupplyException.probability("p", p));
  }

  /**
   * The first-order loss function {@code n(x) = E[(D − x)⁺]}: the expected shortage in one period with {@code x}
   * units in stock. For normal demand {@code σ·L((x − μ)/σ)} with {@link StandardNormal#loss}; for Poisson demand of
   * mean {@code μ} at a whole {@code x} it equals {@code (μ − x)(1 − F(x)) + μ·f(x)} (Snyder &amp; Shen,
   * <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., eq. C.41), computed here from the upper tail so that it keeps
   * its relative precision far above the mean; between whole numbers it is linear.
   *
   * @param x any finite number
   * @return the expected shortage, at least 0
   * @throws SupplyException if {@code x} is NaN or infinite
   * @since 0.1
   */
  public double loss(double x) {
    return distribution().loss(SupplyException.finite("x", x));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Demand)) {
      return false;
    }
    Demand d = (Demand) o;
    return kind == d.kind && Double.compare(mean, d.mean) == 0
        && Double.compare(standardDeviation, d.standardDeviation) == 0 && Arrays.equals(values, d.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + Double.hashCode(mean)) + Double.hashCode(standardDeviation);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Demand.%s{mean=%.6g, sd=%.6g%s}", kind, mean, standardDeviation,
        values == null ? "" : ", n=" + values.length);
  }
}
