package dev.ecomkit.forecast;

/**
 * The dynamic optimised Theta model (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos &amp; Koehler ("Models for
 * optimising the theta method and their relationship to state space models", <i>International Journal of
 * Forecasting</i> 32 (2016) 1151-1161), on an already seasonally adjusted series. It scored sMAPE 13.74 on the M3
 * monthly series in the paper, against 13.85 for the classic Theta method; here 13.71 (BENCHMARKS.md).
 *
 * <p>The forecast is {@code μ_t = ℓ_{t−1} + (1 − 1/θ)[A_{t−1}(1 − α)^t + B_{t−1}(1 − (1 − α)^{t+1})/α]}: simple
 * exponential smoothing {@code ℓ_t = αy_t + (1 − α)ℓ_{t−1}} (from {@code ℓ_0 = αy_0 + (1 − α)ℓ*}) plus a share
 * {@code 1 − 1/θ} of the least-squares trend line {@code A + Bt} of the values so far, updated at each step
 * ({@code B_t = ((t − 1)B_{t−1} + 6(y_t − Ȳ_{t−1})/(t + 1))/(t + 2)}, {@code A_t = Ȳ_t − B_t(t + 2)/2},
 * {@code Ȳ} the running mean; {@code A_0 = y_0}, {@code B_0 = 0}). {@code θ = 2} with a static line is the classic
 * Theta method. {@code ℓ*}, {@code α ∈ [0.1, 0.99]} and {@code θ ≥ 1} minimise the sum of squared one-step errors
 * after the first three, by Nelder-Mead from {@code (y_0/2, 0.5, 2)} (the authors' {@code forecTheta} package and
 * its statsforecast port), on the series divided to a mean absolute value of 1000 so that the fit does not depend on
 * its unit. Forecasts continue the recursion with each forecast in place of the value.
 *
 * <p>The standard error is the Theta method's, {@code σ√(1 + (h − 1)α²)} (Hyndman &amp; Billah 2003: Theta is simple
 * exponential smoothing with drift), with {@code σ²} the mean squared error after the first three; the paper's
 * reference code simulates instead.
 *
 * <p>Stateless and thread-safe.
 */
final class DynamicTheta {

  /** Errors left out of the criterion while the trend line settles. */
  private static final int BURN_IN = 3;

  private DynamicTheta() {}

  /** Fits {@code x} (at least 5 values, not constant) and fills the forecast means and standard errors. */
  static void forecast(double[] series, double[] mean, double[] standardError) {
    int n = series.length;
    double scale = EtsFit.scaleOf(series); // fitted at a fixed size (mean |x| 1000): unit-free, no overflow
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = series[t] / scale;
    }
    double[] errors = new double[n];
    double[] p = {x[0] / 2, 0.5, 2};
    double[] steps = {Math.max(0.05 * Math.abs(p[0]), 1e-4), 0.025, 0.1};
    double sse = new NelderMead(3).minimise(v -> criterion(x, v, errors), p, steps, EtsFit.R_TOLERANCE, 0, 1000);
    run(x, p[0], p[1], p[2], errors, mean);
    double sigma2 = sse / (n - BURN_IN);
    for (int h = 0; h < mean.length; h++) {
      mean[h] *= scale;
      standardError[h] = scale * Math.sqrt(sigma2 * (1 + h * p[1] * p[1]));
    }
  }

  /** The sum of squared errors after the burn-in, {@code +∞} outside the parameter region. */
  static double criterion(double[] x, double[] p, double[] errors) {
    if (!(p[1] >= 0.1 && p[1] <= 0.99 && p[2] >= 1 && Math.abs(p[0]) <= 1e10)) {
      return Double.POSITIVE_INFINITY;
    }
    run(x, p[0], p[1], p[2], errors, null);
    double sum = 0;
    for (int t = BURN_IN; t < x.length; t++) {
      sum += errors[t] * errors[t];
    }
    return sum;
  }

  /**
   * Runs the recursion over {@code x}, writing the one-step errors ({@code errors[0]} is 0) and, if
   * {@code forecasts} is not null, continuing it for {@code forecasts.length} steps.
   */
  static void run(double[] x, double initial, double alpha, double theta, double[] errors, double[] forecasts) {
    run(x, initial, alpha, theta, errors, forecasts, null);
  }

  /** As above; {@code line}, if not null, receives the final {@code A} and {@code B}. */
  static void run(double[] x, double initial, double alpha, double theta, double[] errors, double[] forecasts,
      double[] line) {
    int n = x.length;
    int horizon = forecasts == null ? 0 : forecasts.length;
    double level = alpha * x[0] + (1 - alpha) * initial;
    double mean = x[0];
    double a = x[0];
    double b = 0;
    double decay = 1 - alpha; // (1 − α)^t
    double share = 1 - 1 / theta;
    errors[0] = 0;
    for (int t = 1; t < n + horizon; t++) {
      double next = decay * (1 - alpha);
      double mu = level + share * (a * decay + b * (1 - next) / alpha);
      decay = next;
      double value;
      if (t < n) {
        value = x[t];
        errors[t] = value - mu;
      } else {
        value = mu;
        forecasts[t - n] = mu;
      }
      level = alpha * value + (1 - alpha) * level;
      double newMean = (t * mean + value) / (t + 1);
      b = ((t - 1) * b + 6 * (value - mean) / (t + 1)) / (t + 2);
      a = newMean - b * (t + 2) / 2;
      mean = newMean;
    }
    if (line != null) {
      line[0] = a;
      line[1] = b;
    }
  }
}
