package dev.ecomkit.forecast;

/**
 * Runs an ETS model's state-space recursions over a series and scores them: the one-step forecasts, the errors
 * and the likelihood criterion the parameters are chosen by.
 *
 * <p>The recursions are those of Hyndman, Koehler, Ord &amp; Snyder (2008, Tables 2.2-2.3) in the error-correction
 * form that R's {@code forecast::ets} evaluates (its {@code etscalc.c}): with {@code q} the trend part of the
 * one-step forecast ({@code l}, or {@code l + φb}) and {@code s} the seasonal state of one season ago,
 * <pre>
 *   μ = q, q + s or q·s                       one-step forecast (no, additive, multiplicative season)
 *   e = y − μ (additive error), (y − μ)/μ (multiplicative error)
 *   l' = q + α(p − q),   p = y, y − s or y/s  level
 *   b' = φb + (β/α)(l' − l − φb)              growth (β is the state-space β, not Holt's β* = β/α)
 *   s' = s + γ(τ − s),   τ = y − q or y/q     season
 * </pre>
 * The criterion is {@code n·log(Σe²)}, plus {@code 2·Σlog|μ|} for a multiplicative error: minus twice the
 * Gaussian log-likelihood with σ² profiled out and constants dropped (HKOS 2008 §5.2, eq. 5.3; Ord, Koehler
 * &amp; Snyder 1997), exactly the {@code lik} R reports, so AIC values are comparable with R's.
 *
 * <p>The seasonal states live in a ring, so a step costs the same for any period. Stateless and thread-safe;
 * callers pass the work arrays.
 */
final class EtsFilter {

  /** What R's {@code etscalc.c} substitutes for a division by (nearly) zero. */
  private static final double HUGE = 1e10;

  private EtsFilter() {}

  /**
   * Runs the model over {@code y} and returns the criterion {@code n·log(Σe²) [+ 2·Σlog|μ|]}: {@code +∞} when it
   * is undefined, and at least {@code −10^10} (a perfect fit), as R's {@code EtsTargetFunction}.
   *
   * @param level the initial level {@code l0}
   * @param growth the initial growth {@code b0} (ignored without a trend)
   * @param seasons the initial seasonal states, most recent first ({@code s1..sm} as R's {@code initstate}); not
   *     modified; ignored without a season
   * @param ring work array of length at least {@code m}
   * @param errors if not null, receives the errors {@code e}
   * @param fitted if not null, receives the one-step forecasts {@code μ}
   * @param end if not null, of length {@code 2 + m}: receives the final level, growth and seasonal states (most
   *     recent first)
   */
  static double run(EtsType type, double[] y, double alpha, double beta, double gamma, double phi, double level,
      double growth, double[] seasons, int m, double[] ring, double[] errors, double[] fitted, double[] end) {
    boolean trend = type.hasTrend();
    boolean seasonal = type.hasSeason();
    boolean multiplicativeSeason = type.season == EtsType.Form.MULTIPLICATIVE;
    boolean multiplicativeError = type.error == EtsType.Form.MULTIPLICATIVE;
    if (!type.damped) {
      phi = 1;
    }
    if (seasonal) {
      for (int j = 0; j < m; j++) {
        ring[j] = seasons[m - 1 - j]; // ring[t mod m] holds the season of step t − m
      }
    }
    double l = level;
    double b = trend ? growth : 0;
    double betaOverAlpha = trend ? beta / alpha : 0;
    double sumOfSquares = 0;
    double sumOfLogs = 0;
    double product = 1; // Σlog|μ| as the log of a running product, renormalised before it leaves the safe range
    int n = y.length;
    int slot = -1; // t mod m, without a division
    for (int t = 0; t < n; t++) {
      double phib = trend ? phi * b : 0;
      double q = l + phib;
      if (++slot == m) {
        slot = 0;
      }
      double s = seasonal ? ring[slot] : 0;
      double mu = !seasonal ? q : multiplicativeSeason ? q * s : q + s;
      double yt = y[t];
      double e = multiplicativeError ? (yt - mu) / mu : yt - mu;
      sumOfSquares += e * e;
      if (multiplicativeError) {
        product *= Math.abs(mu);
        if (!(product > 1e-150 && product < 1e150)) {
          sumOfLogs += Math.log(product); // also carries 0 (−∞) and NaN through
          product = 1;
        }
      }
      if (errors != null) {
        errors[t] = e;
      }
      if (fitted != null) {
        fitted[t] = mu;
      }
      double p;
      if (!seasonal) {
        p = yt;
      } else if (multiplicativeSeason) {
        p = Math.abs(s) < 1e-10 ? HUGE : yt / s;
      } else {
        p = yt - s;
      }
      double newLevel = q + alpha * (p - q);
      if (trend) {
        b = phib + betaOverAlpha * (newLevel - l - phib);
      }
      l = newLevel;
      if (seasonal) {
        double tau;
        if (multiplicativeSeason) {
          tau = Math.abs(q) < 1e-10 ? HUGE : yt / q;
        } else {
          tau = yt - q;
        }
        ring[slot] = s + gamma * (tau - s);
      }
    }
    if (end != null) {
      end[0] = l;
      end[1] = b;
      for (int j = 0; seasonal && j < m; j++) {
        end[2 + j] = ring[Math.floorMod(n - 1 - j, m)];
      }
    }
    if (multiplicativeError) {
      sumOfLogs += Math.log(product);
    }
    double criterion = n * Math.log(sumOfSquares) + 2 * sumOfLogs;
    if (Double.isNaN(criterion) || criterion == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(criterion, -1e10); // a perfect fit: as R's EtsTargetFunction, not −∞
  }
}
