package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * An exponential smoothing (ETS) model fitted to a series: its type in the taxonomy of Hyndman, Koehler, Ord &amp;
 * Snyder (<i>Forecasting with Exponential Smoothing: The State Space Approach</i>, 2008, Table 2.1), its smoothing
 * parameters, information criteria, and the forecasts it makes. {@link AutoEts#fit} makes one.
 *
 * <pre>{@code
 * EtsModel model = AutoEts.fit(sales);
 * model.spec();                         // "ETS(M,Ad,M)": multiplicative error, damped additive trend, multiplicative season
 * model.aicc();                         // what it was chosen by
 * Forecast f = model.forecast(12);      // means with 80/95 % intervals
 * }</pre>
 *
 * <p>The information criteria are those R's {@code forecast::ets} reports, on the same scale: with {@code L} the
 * Gaussian likelihood ({@code σ²} profiled out, constants dropped) and {@code k} the estimated parameters and
 * initial states plus one, {@code AIC = −2 log L + 2k}, {@code AICc = AIC + 2k(k + 1)/(n − k − 1)},
 * {@code BIC = −2 log L + k log n} (HKOS 2008 §7.1). {@code σ²} is the mean squared one-step error (relative
 * error for a multiplicative error) over {@code n − k + 1} degrees of freedom, as R.
 *
 * <p>Forecast means and variances are analytic for every model {@link AutoEts} chooses (HKOS 2008 ch. 6, classes
 * 1-3; {@code EtsForecasts}); intervals are Gaussian around the mean, as R's {@code forecast.ets}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EtsModel {

  private final EtsType type;
  private final int period;
  private final double alpha;
  private final double beta;
  private final double gamma;
  private final double phi;
  private final double[] finalState;
  private final double sigma2;
  private final EtsFit.Result fit;
  private final FitReport report;

  private EtsModel(EtsFit.Result fit, int period, double[] finalState, double sigma2, FitReport report) {
    this.type = fit.type;
    this.period = period;
    this.alpha = fit.alpha;
    this.beta = fit.beta;
    this.gamma = fit.gamma;
    this.phi = fit.phi;
    this.finalState = finalState;
    this.sigma2 = sigma2;
    this.fit = fit;
    this.report = report;
  }

  /** Runs the fitted model over {@code y} once more for its final states and {@code σ²}. */
  static EtsModel of(EtsFit.Result fit, double[] y, int m, FitReport report) {
    int period = fit.type.hasSeason() ? m : 1;
    double[] seasons = new double[period];
    double[] initial = fit.initialState;
    if (fit.type.hasSeason()) {
      System.arraycopy(initial, initial.length - period, seasons, 0, period);
    }
    double[] errors = new double[y.length];
    double[] end = new double[2 + period];
    EtsFilter.run(fit.type, y, fit.alpha, fit.beta, fit.gamma, fit.phi, initial[0],
        fit.type.hasTrend() ? initial[1] : 0, seasons, period, new double[period], errors, null, end);
    double sumOfSquares = 0;
    for (double e : errors) {
      sumOfSquares += e * e;
    }
    int degrees = y.length - (fit.parameters - 1);
    double sigma2 = degrees > 0 ? sumOfSquares / degrees : 0;
    return new EtsModel(fit, period, end, sigma2, report);
  }

  /**
   * The model's type as {@code ETS(error, trend, season)}, e.g. {@code "ETS(M,Ad,M)"}: error {@code A}dditive or
   * {@code M}ultiplicative; trend {@code N}one, {@code A}dditive or {@code Ad} (damped); season {@code N}, {@code A}
   * or {@code M} (HKOS 2008 §2.1; R's notation).
   *
   * @return the specification
   * @since 0.1
   */
  public String spec() {
    return type.toString();
  }

  /**
   * The seasonal period the model uses: the series' period for a seasonal model, 1 otherwise.
   *
   * @return at least 1
   * @since 0.1
   */
  public int period() {
    return period;
  }

  /**
   * The level smoothing parameter α.
   *
   * @return α, in {@code [0.0001, 0.9999]}
   * @since 0.1
   */
  public double alpha() {
    return alpha;
  }

  /**
   * The trend smoothing parameter β (the state-space β, which is {@code α·β*} in Holt's notation).
   *
   * @return β, or empty without a trend
   * @since 0.1
   */
  public OptionalDouble beta() {
    return type.hasTrend() ? OptionalDouble.of(beta) : OptionalDouble.empty();
  }

  /**
   * The seasonal smoothing parameter γ.
   *
   * @return γ, or empty without a season
   * @since 0.1
   */
  public OptionalDouble gamma() {
    return type.hasSeason() ? OptionalDouble.of(gamma) : OptionalDouble.empty();
  }

  /**
   * The damping parameter φ.
   *
   * @return φ, or empty without a damped trend
   * @since 0.1
   */
  public OptionalDouble phi() {
    return type.damped ? OptionalDouble.of(phi) : OptionalDouble.empty();
  }

  /**
   * The innovation variance σ² (of the relative errors for a multiplicative error).
   *
   * @return σ², at least 0
   * @since 0.1
   */
  public double sigma2() {
    return sigma2;
  }

  /**
   * Akaike's information criterion corrected for small samples, by which {@link AutoEts} chooses.
   *
   * @return AICc, on R's scale
   * @since 0.1
   */
  public double aicc() {
    return fit.aicc();
  }

  /**
   * Akaike's information criterion.
   *
   * @return AIC, on R's scale
   * @since 0.1
   */
  public double aic() {
    return fit.aic();
  }

  /**
   * The Bayesian information criterion.
   *
   * @return BIC, on R's scale
   * @since 0.1
   */
  public double bic() {
    return fit.bic();
  }

  /**
   * How the model was chosen, and any fallback taken (e.g. a short series fitted without a season).
   *
   * @return the report; {@link FitReport#method()} is the {@link #spec()}
   * @since 0.1
   */
  public FitReport report() {
    return report;
  }

  /**
   * Forecasts the next {@code horizon} steps: the mean of the forecast distribution, which is the point forecast
   * except for a multiplicative season beyond one season ahead, where it is slightly larger (HKOS 2008 §6.4).
   *
   * @param horizon how many steps, at least 1
   * @return the forecast, with this model's report
   * @throws IllegalArgumentException if {@code horizon} is below 1
   * @since 0.1
   */
  public Forecast forecast(int horizon) {
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] mean = new double[horizon];
    double[] variance = new double[horizon];
    EtsForecasts.meansAndVariances(type, alpha, beta, gamma, phi, finalState, period, sigma2, mean, variance);
    double[] standardError = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      standardError[h] = Math.sqrt(Math.max(variance[h], 0));
    }
    return Forecast.normal(mean, standardError, report);
  }

  /** The final states, for tests: level, growth, seasonal states most recent first. */
  double[] finalState() {
    return finalState.clone();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(spec()).append("{alpha=").append(format(alpha));
    beta().ifPresent(v -> s.append(", beta=").append(format(v)));
    gamma().ifPresent(v -> s.append(", gamma=").append(format(v)));
    phi().ifPresent(v -> s.append(", phi=").append(format(v)));
    return s.append(", sigma2=").append(format(sigma2)).append(", aicc=").append(format(aicc())).append('}')
        .toString();
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
