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
 *   <li>{@link #cdf} and {@link #complementaryCdf}: W. J. Cody's rational Chebyshev approximations ("Rational
 *       Chebyshev approximations for the error function", <i>Mathematics of Computation</i> 23 (1969) 631-637; as
 *       {@code ANORM} in ACM TOMS Algorithm 715, 1993, and R's {@code pnorm}) in three ranges, with the upper tail
 *       computed as such, so it keeps its relative precision however small it gets.
 *   <li>{@link #loss}: {@code L(z) = E[(Z − z)⁺] = φ(z) − z(1 − Φ(z))}, the expected shortage per unit of standard
 *       deviation (Silver, Pyke &amp; Peterson, <i>Inventory Management and Production Planning and Scheduling</i>,
 *       3rd ed., 1998, §B.4; written {@code G(z)} or {@code G_u(z)} there), from the same approximations: above
 *       {@code √32} as {@code e^(−z²/2)} times Cody's asymptotic term, so the difference of nearly equal terms is
 *       never taken; below 0 by {@code L(z) = L(−z) − z}. {@link #inverseLoss} inverts it.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StandardNormal {

  static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
  /** Where Cody's first approximation ends: {@code Φ(0.66291) ≈ 0.75}. */
  static final double SMALL = 0.66291;
  /** Where Cody's second approximation ends, {@code √32}. */
  static final double MEDIUM = 5.656854249492380195206754896838;

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
    if (Double.isNaN(z)) {
      return z;
    }
    return z > 0 ? 1 - upperTail(z) : upperTail(-z);
  }

  /**
   * The upper tail {@code 1 − Φ(z) = P(Z > z)}, with its relative precision kept far into the tail.
   *
   * @param z any number
   * @return the probability, in [0, 1]; NaN for NaN
   * @since 0.1
   */
  public static double complementaryCdf(double z) {
    if (Double.isNaN(z)) {
      return z;
    }
    return z > 0 ? upperTail(z) : 1 - upperTail(-z);
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
    if (z <= SMALL) {
      return pdf(z) - z * (0.5 - small(z));
    }
    if (z <= MEDIUM) {
      // L = e^(−z²/2)·(1/√(2π) − z·R(z)) with 1 − Φ(z) = e^(−z²/2)·R(z)
      return gauss(z) * (ONE_OVER_SQRT_2PI - z * medium(z));
    }
    if (z >= 40) {
      return 0; // below the smallest double
    }
    // 1 − Φ(z) = e^(−z²/2)·(1/√(2π) − T(z))/z, so L = φ(z) − z(1 − Φ(z)) = e^(−z²/2)·T(z): no cancellation
    return gauss(z) * large(z);
  }

  /**
   * The {@code k} with {@code L(k) = t}: the safety factor that leaves an expected shortage of {@code t} standard
   * deviations, e.g. {@code t = (1 − β)·Q/σ} for a fill rate {@code β} with order quantity {@code Q} (Silver, Pyke
   * &amp; Peterson, 3rd ed., §7.9). Newton's method on {@code ln L(k) − ln t}, started from a table of {@code ln L}.
   *
   * @param t the expected shortage in standard deviations, above 0 and finite
   * @return the safety factor, any sign (negative when {@code t > L(0) = 0.3989})
   * @throws IllegalArgumentException if {@code t} is not a finite number, or below 1e-300 (a safety factor beyond
   *     about 36.9)
   * @since 0.1
   */
  public static double inverseLoss(double t) {
    if (!(t > 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t must be a finite number above 0, got " + t);
    }
    return InverseLoss.of(t);
  }

  /** {@code 1 − Φ(z)} given {@code e = e^(−z²/2)}: Cody's approximations sharing the caller's exponential. */
  static double tailGiven(double z, double e) {
    double y = Math.abs(z);
    double upper;
    if (y <= SMALL) {
      upper = 0.5 - small(y);
    } else if (y <= MEDIUM) {
      upper = e * medium(y);
    } else if (y < 38) {
      upper = e * (ONE_OVER_SQRT_2PI - large(y)) / y;
    } else {
      upper = 0;
    }
    return z < 0 ? 1 - upper : upper;
  }

  /**
   * {@code L(z) = φ(z) − z(1 − Φ(z))} given {@code e = e^(−z²/2)} and {@code tail = 1 − Φ(z)}; above {@code √32} the
   * form without cancellation.
   */
  static double lossGiven(double z, double e, double tail) {
    if (z > MEDIUM) {
      return z < 38 ? e * large(z) : 0;
    }
    return e * ONE_OVER_SQRT_2PI - z * tail;
  }

  /** {@code 1 − Φ(y)} for {@code y ≥ 0} (W. J. Cody's rational Chebyshev approximations, ACM TOMS Algorithm 715). */
  private static double upperTail(double y) {
    if (y <= SMALL) {
      return 0.5 - small(y);
    }
    if (y <= MEDIUM) {
      return gauss(y) * medium(y);
    }
    if (y >= 40) {
      return 0;
    }
    return gauss(y) * (ONE_OVER_SQRT_2PI - large(y)) / y;
  }

  /** {@code Φ(x) − ½} for {@code |x| ≤ SMALL}. */
  static double small(double x) {
    double xsq = x * x;
    double num = ((((0.065682337918207449113 * xsq + 2.2352520354606839287) * xsq + 161.02823106855587881) * xsq
        + 1067.6894854603709582) * xsq + 18154.981253343561249);
    double den = ((((xsq + 47.20258190468824187) * xsq + 976.09855173777669322) * xsq + 10260.932208618978205) * xsq
        + 45507.789335026729956);
    return x * num / den;
  }

  /** {@code R(y) = (1 − Φ(y))·e^(y²/2)} for {@code SMALL < y ≤ MEDIUM}. */
  static double medium(double y) {
    double num = (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) * y
        + 93.506656132177855979) * y + 597.27027639480026226) * y + 2494.5375852903726711) * y
        + 6848.1904505362823326) * y + 11602.651437647350124) * y + 9842.7148383839780218;
    double den = (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y + 1519.377599407554805) * y
        + 6485.558298266760755) * y + 18615.571640885098091) * y + 34900.952721145977266) * y
        + 38912.003286093271411) * y + 19685.429676859990727;
    return num / den;
  }

  /** {@code T(y)} with {@code 1 − Φ(y) = e^(−y²/2)·(1/√(2π) − T(y))/y}, for {@code y > MEDIUM}. */
  static double large(double y) {
    double xsq = 1 / (y * y);
    double num = (((((0.02307344176494017303 * xsq + 0.21589853405795699) * xsq + 0.1274011611602473639) * xsq
        + 0.022235277870649807) * xsq + 0.001421619193227893466) * xsq + 2.9112874951168792e-5);
    double den = (((((xsq + 1.28426009614491121) * xsq + 0.468238212480865118) * xsq + 0.0659881378689285515) * xsq
        + 0.00378239633202758244) * xsq + 7.29751555083966205e-5);
    return xsq * num / den;
  }

  /**
   * {@code e^(−y²/2)}, with {@code y} split as {@code a + b}, {@code a} a multiple of 1/16, so that {@code a²} is
   * exact and the rounding of {@code y²} is not magnified by the exponential (Cody's device).
   */
  private static double gauss(double y) {
    double a = Math.floor(y * 16) / 16;
    double del = (y - a) * (y + a);
    return Math.exp(-0.5 * a * a) * Math.exp(-0.5 * del);
  }
}
