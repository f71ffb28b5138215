package dev.ecomkit.supply;

/**
 * The standard normal distribution's density, distribution function, quantile and first-order loss function, to
 * full double precision and fast enough for a million SKUs: the arithmetic behind normal safety stock, fill rates
 * and the newsvendor.
 *
 * <ul>
 *   <li>{@link #quantile}: Wichura's algorithm AS 241 ({@code PPND16}; "The percentage points of the normal
 *       distribution", <i>Applied Statistics</i> 37 (1988) 477-484), rational approximations accurate to about 1
 *       part in 10¹⁶, as R's {@code qnorm}; no root finding.
 *   <li>{@link #cdf} and {@link #complementaryCdf}: near the centre the series
 *       {@code Φ(z) = ½ + φ(z)(z + z³/3 + z⁵/(3·5) + …)} (Marsaglia, "Evaluating the normal distribution",
 *       <i>Journal of Statistical Software</i> 11(4), 2004); in the tails the continued fraction of Mills' ratio
 *       {@code (1 − Φ(z))/φ(z) = 1/(z + 1/(z + 2/(z + 3/(z + …))))} (Abramowitz &amp; Stegun 26.2.14), which keeps its
 *       relative precision however small the tail.
 *   <li>{@link #loss}: {@code L(z) = E[(Z − z)⁺] = φ(z) − z(1 − Φ(z))}, the expected shortage per unit of standard
 *       deviation (Silver, Pyke &amp; Peterson, <i>Inventory Management and Production Planning and Scheduling</i>,
 *       3rd ed., 1998, §B.4; written {@code G(z)} or {@code G_u(z)} there); in the upper tail as {@code φ(z)·a/(z + a)}
 *       with {@code a} the continued fraction's tail, so the difference of nearly equal terms is never taken; below 0
 *       by {@code L(z) = L(−z) − z}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StandardNormal {

  private static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
  /** Where the tails' continued fraction takes over from the series. */
  private static final double TAIL = 2.5;
  /** Terms of the continued fraction, evaluated backwards: enough for full precision from {@link #TAIL} on. */
  private static final int TERMS = 120;

  private StandardNormal() {}

  /**
   * The density {@code φ(z) = e^(−z²/2)/√(2π)}.
   *
   * @param z any number
   * @return the density, 0 for infinite {@code z}, NaN for NaN
   * @since 0.1
   */
  public static double pdf(double z) {
    return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * z * z);
  }

  /**
   * The distribution function {@code Φ(z) = P(Z ≤ z)}.
   *
   * @param z any number
   * @return the probability, in [0, 1]; NaN for NaN
   * @since 0.1
   */
  public static double cdf(double z) {
    if (z > TAIL) {
      return 1 - upperTail(z);
    }
    if (z < -TAIL) {
      return upperTail(-z);
    }
    return 0.5 + pdf(z) * series(z);
  }

  /**
   * The upper tail {@code 1 − Φ(z) = P(Z > z)}, with its relative precision kept far into the tail.
   *
   * @param z any number
   * @return the probability, in [0, 1]; NaN for NaN
   * @since 0.1
   */
  public static double complementaryCdf(double z) {
    if (z > TAIL) {
      return upperTail(z);
    }
    if (z < -TAIL) {
      return 1 - upperTail(-z);
    }
    return 0.5 - pdf(z) * series(z);
  }

  /**
   * The quantile {@code Φ⁻¹(p)}: the {@code z} with {@code P(Z ≤ z) = p}, by AS 241.
   *
   * @param p a probability, strictly between 0 and 1
   * @return the quantile
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1 (NaN included)
   * @since 0.1
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be strictly between 0 and 1, got " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
          + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
          + 133.14166789178437745) * r + 3.3871328727963666080)
          / (((((((5226.4952788528545610 * r + 28729.085735721942674) * r + 39307.895800092710610) * r
          + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.18700749205790830) * r
          + 42.313330701600911252) * r + 1);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    double z;
    if (r <= 5) {
      r -= 1.6;
      z = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
          + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r
          + 4.63033784615654529590) * r + 1.42343711074968357734)
          / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2)
          * r + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r
          + 2.05319162663775882187) * r + 1);
    } else {
      r -= 5;
      z = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
          + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r
          + 5.46378491116411436990) * r + 6.65790464350110377720)
          / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5)
          * r + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
          + 5.99832206555887937690e-1) * r + 1);
    }
    return q < 0 ? -z : z;
  }

  /**
   * The standard normal first-order loss function {@code L(z) = E[(Z − z)⁺] = φ(z) − z(1 − Φ(z))}: the expected
   * amount by which demand exceeds a stock of {@code z} standard deviations above its mean, in standard deviations.
   *
   * @param z any finite number
   * @return the loss, positive; {@code −z} plus a vanishing term far below 0
   * @since 0.1
   */
  public static double loss(double z) {
    if (z < 0) {
      return loss(-z) - z; // E[(Z − z)⁺] − E[(z − Z)⁺] = −z, and E[(z − Z)⁺] = L(−z) by symmetry
    }
    if (z > TAIL) {
      double a = continuedFractionTail(z);
      return pdf(z) * a / (z + a);
    }
    return pdf(z) - z * (0.5 - pdf(z) * series(z));
  }

  /** {@code z + z³/3 + z⁵/(3·5) + …}, so that {@code Φ(z) = ½ + φ(z)·series(z)}; for {@code |z| ≤ TAIL}. */
  private static double series(double z) {
    double term = z;
    double sum = z;
    double z2 = z * z;
    for (int k = 3; ; k += 2) {
      term *= z2 / k;
      double next = sum + term;
      if (next == sum) {
        return sum;
      }
      sum = next;
    }
  }

  /** {@code 1 − Φ(z) = φ(z)/(z + a)} for {@code z > TAIL}. */
  private static double upperTail(double z) {
    if (z == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return pdf(z) / (z + continuedFractionTail(z));
  }

  /** {@code a = 1/(z + 2/(z + 3/(z + …)))}, evaluated backwards over {@link #TERMS} terms. */
  private static double continuedFractionTail(double z) {
    double tail = 0;
    for (int k = TERMS; k >= 2; k--) {
      tail = k / (z + tail);
    }
    return 1 / (z + tail);
  }
}
