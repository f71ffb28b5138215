package dev.ecomkit.forecast;

/**
 * The admissible parameter region of the linear (additive) ETS models: the parameters for which the model is
 * forecastable, i.e. old observations have a vanishing effect on today's forecast (Hyndman, Akram &amp; Archibald,
 * "The admissible parameter space for exponential smoothing models", <i>Annals of the Institute of Statistical
 * Mathematics</i> 60 (2008) 407-426; HKOS 2008 ch. 10). R's {@code forecast::ets} applies the same conditions to all
 * error and season types on top of the "usual" region ({@code bounds = "both"}), and so does {@link EtsFit}.
 *
 * <p>With {@code φ = 1} for undamped models and {@code β = 0} without a trend:
 * <ul>
 *   <li>non-seasonal: {@code 1 − 1/φ < α < 1 + 1/φ}, and with a trend {@code α(φ − 1) < β < (1 + φ)(2 − α)};
 *   <li>seasonal (period {@code m}): {@code max(1 − 1/φ − α, 0) < γ < 1 + 1/φ − α},
 *       {@code α > 1 − 1/φ − γ(1 − m + φ + φm)/(2φm)}, {@code β > −(1 − φ)(γ/m + α)}, and every root of
 *       <pre>
 *   P(z) = z^(m+1) + (α + β − φ) z^m + (α + β − αφ)(z^(m−1) + … + z²) + (α + β − αφ + γ − 1) z + φ(1 − α − γ)
 *       </pre>
 *       lies in the closed unit disc (R allows {@code |z| ≤ 1 + 10^−10}).
 * </ul>
 * The roots are not computed: the Schur-Cohn test (the Levinson-Durbin step-down of Jury's stability criterion,
 * e.g. Marden, <i>Geometry of Polynomials</i>, 1966, §42-43) decides "all roots inside the disc" from the
 * coefficients in {@code O(m²)} arithmetic, without iteration, so it is cheap enough for every likelihood evaluation.
 *
 * <p>Stateless and thread-safe; callers pass the work array.
 */
final class EtsAdmissibility {

  /** R's tolerance on the root moduli. */
  private static final double RADIUS = 1 + 1e-10;

  private EtsAdmissibility() {}

  /**
   * Whether the parameters are admissible.
   *
   * @param beta ignored unless {@code trend}
   * @param gamma ignored unless {@code m > 1}
   * @param phi 1 for an undamped model
   * @param m the seasonal period, 1 for a non-seasonal model
   * @param work at least {@code 2(m + 2)} doubles
   */
  static boolean admissible(double alpha, double beta, double gamma, double phi, boolean trend, int m,
      double[] work) {
    if (phi < 0 || phi > 1 + 1e-8) {
      return false;
    }
    if (m == 1) {
      if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
        return false;
      }
      return !trend || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
    }
    double b = trend ? beta : 0;
    if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
      return false;
    }
    if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
      return false;
    }
    if (b < -(1 - phi) * (gamma / m + alpha)) {
      return false;
    }
    // P's coefficients from z^0 up, scaled by RADIUS^k so that "roots within RADIUS" becomes "within the unit disc"
    int degree = m + 1;
    double middle = alpha + b - alpha * phi;
    work[0] = phi * (1 - alpha - gamma);
    work[1] = middle + gamma - 1;
    for (int k = 2; k < m; k++) {
      work[k] = middle;
    }
    work[m] = alpha + b - phi;
    work[degree] = 1;
    double scale = 1;
    for (int k = 1; k <= degree; k++) {
      scale *= RADIUS;
      work[k] *= scale;
    }
    return rootsInUnitDisc(work, degree, degree + 1);
  }

  /**
   * The Schur-Cohn test: whether all roots of {@code c[0] + c[1]z + … + c[n]z^n} ({@code c[n] ≠ 0}) lie strictly
   * inside the unit circle. If {@code |c0| < |cn|}, the polynomial {@code (cn·p(z) − c0·p*(z))/z}, with {@code p*}
   * the reciprocal polynomial, has degree {@code n − 1} and as many roots outside the disc as {@code p} (Rouché);
   * otherwise the product of the roots has modulus at least 1. Overwrites {@code c[0..n]}, and uses
   * {@code c[spare..spare+n]} (not overlapping {@code c[0..n]}) as scratch.
   */
  static boolean rootsInUnitDisc(double[] c, int n, int spare) {
    for (int degree = n; degree >= 1; degree--) {
      double lead = c[degree];
      double last = c[0];
      if (!(Math.abs(last) < Math.abs(lead))) {
        return false; // also rejects NaN
      }
      System.arraycopy(c, 0, c, spare, degree + 1);
      // e_k = lead·c[k+1] − last·c[degree−k−1], divided by lead² to keep the leading coefficient near 1
      double norm = 1 / (lead * lead);
      for (int k = 0; k < degree; k++) {
        c[k] = (lead * c[spare + k + 1] - last * c[spare + degree - k - 1]) * norm;
      }
    }
    return true;
  }
}
