package dev.ecomkit.forecast;

/**
 * Fits one ETS class to a series by maximum likelihood, as R's {@code forecast::ets} does for a given model
 * (HKOS 2008 §5.2): the smoothing parameters and the initial states are found together by Nelder-Mead from R's
 * starting values ({@code initparam}; {@link EtsInitialState}), minimising the criterion of {@link EtsFilter}
 * within the "usual" region {@code 1e-4 ≤ α ≤ 0.9999}, {@code 1e-4 ≤ β ≤ α}, {@code 1e-4 ≤ γ ≤ 1 − α},
 * {@code 0.8 ≤ φ ≤ 0.98} (HKOS 2008 §5.4; FPP2 §7.6), with non-negative seasonal states for a multiplicative
 * season. The information criteria follow R: {@code AIC = lik + 2k}, {@code AICc = AIC + 2k(k+1)/(n−k−1)},
 * {@code BIC = lik + k·log n}, with {@code k} the estimated parameters and free initial states plus one for σ.
 *
 * <p>As R ({@code bounds = "both"}), the parameters must also be admissible ({@link EtsAdmissibility}; Hyndman,
 * Akram &amp; Archibald 2008): inside the usual region this only ever rejects seasonal models whose characteristic
 * polynomial has a root outside the unit circle.
 *
 * <p>Stateless and thread-safe.
 */
final class EtsFit {

  static final double LOWER = 1e-4;
  static final double UPPER = 0.9999;
  static final double PHI_LOWER = 0.8;
  static final double PHI_UPPER = 0.98;
  private static final double TOLERANCE = 1.4901161193847656e-8; // √ε, R's reltol
  private static final int BUDGET = 2000; // R's maxit
  private static final int RESTARTS = 8;

  /** A fitted model's numbers. */
  static final class Result {
    final EtsType type;
    final double alpha;
    final double beta;
    final double gamma;
    final double phi;
    /** l0, b0, s1..sm (most recent first). */
    final double[] initialState;
    final double lik;
    final int parameters;
    final int n;

    Result(EtsType type, double alpha, double beta, double gamma, double phi, double[] initialState, double lik,
        int parameters, int n) {
      this.type = type;
      this.alpha = alpha;
      this.beta = beta;
      this.gamma = gamma;
      this.phi = phi;
      this.initialState = initialState;
      this.lik = lik;
      this.parameters = parameters;
      this.n = n;
    }

    double aic() {
      return lik + 2.0 * parameters;
    }

    double aicc() {
      return aic() + 2.0 * parameters * (parameters + 1) / (n - parameters - 1);
    }

    double bic() {
      return lik + Math.log(n) * parameters;
    }
  }

  private EtsFit() {}

  /**
   * Fits {@code type} to {@code y} with period {@code m} (ignored without a season).
   *
   * @throws ForecastException if the series is too short to estimate the model
   */
  static Result fit(EtsType type, double[] y, int m) {
    int period = type.hasSeason() ? m : 1;
    double[] states = EtsInitialState.of(type, y, period);
    int smoothing = 1 + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? 1 : 0) + (type.damped ? 1 : 0);
    int dimension = smoothing + states.length;
    if (dimension + 2 >= y.length) { // R's etsmodel: k = dimension + 1 must be below n − 1 for a finite AICc
      throw new ForecastException(type + " has " + (dimension + 1) + " parameters and needs more than "
          + (dimension + 2) + " values, got " + y.length);
    }
    double alpha0 = LOWER + 0.2 * (UPPER - LOWER) / period;
    double[] x = new double[dimension];
    double[] steps = new double[dimension];
    int k = 0;
    x[k] = alpha0;
    steps[k++] = 0.1;
    if (type.hasTrend()) {
      x[k] = LOWER + 0.1 * (Math.min(UPPER, alpha0) - LOWER);
      steps[k++] = 0.1 * alpha0;
    }
    if (type.hasSeason()) {
      x[k] = LOWER + 0.05 * (Math.min(UPPER, 1 - alpha0) - LOWER);
      steps[k++] = 0.1;
    }
    if (type.damped) {
      x[k] = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
      steps[k++] = 0.01;
    }
    for (int j = 0; j < states.length; j++) {
      x[k + j] = states[j];
      steps[k + j] = Math.max(0.1 * Math.abs(states[j]), 1e-3);
    }
    Objective objective = new Objective(type, y, period);
    NelderMead nelderMead = new NelderMead(dimension);
    double[] start = x.clone();
    double lik = nelderMead.minimise(objective::value, x, steps, TOLERANCE, BUDGET);
    // R's own first simplex: one step of a tenth of the largest start coordinate along every axis; on some
    // series (JohnsonJohnson's ETS(M,A,A)) only this path finds the optimum, on others only the scaled one
    double largest = 0;
    for (double v : start) {
      largest = Math.max(largest, Math.abs(v));
    }
    double[] rSteps = new double[dimension];
    java.util.Arrays.fill(rSteps, 0.1 * largest);
    double rLik = nelderMead.minimise(objective::value, start, rSteps, TOLERANCE, BUDGET);
    if (rLik < lik) {
      lik = rLik;
      x = start;
    }
    for (int restart = 0; restart < RESTARTS; restart++) { // a simplex collapsed on a ridge: start afresh there
      for (int j = 0; j < dimension; j++) {
        steps[j] = j < smoothing ? 0.05 : Math.max(0.05 * Math.abs(x[j]), 1e-3);
      }
      double again = nelderMead.minimise(objective::value, x, steps, TOLERANCE, BUDGET);
      boolean improved = again < lik - TOLERANCE * (Math.abs(lik) + TOLERANCE);
      lik = Math.min(lik, again);
      if (!improved) {
        break;
      }
    }
    if (!Double.isFinite(lik)) {
      throw new ForecastException(type + " could not be fitted: no admissible parameters give a finite likelihood");
    }
    return objective.result(x, lik, dimension + 1);
  }

  /** The criterion as a function of the parameter vector {@code (α, [β], [γ], [φ], l0, [b0], s0..s(m−2))}. */
  private static final class Objective {
    private final EtsType type;
    private final double[] y;
    private final int m;
    private final double[] seasons;
    private final double[] ring;

    Objective(EtsType type, double[] y, int m) {
      this.type = type;
      this.y = y;
      this.m = m;
      this.seasons = new double[m];
      this.ring = new double[m];
      this.work = new double[2 * (m + 2)];
    }

    private final double[] work;

    /** The smoothing parameters of the last {@link #decode}d vector. */
    private double alpha;
    private double beta;
    private double gamma;
    private double phi;

    /** Reads the smoothing parameters of {@code x} into the fields; returns the index of the level. */
    private int decode(double[] x) {
      int k = 0;
      alpha = x[k++];
      beta = type.hasTrend() ? x[k++] : 0;
      gamma = type.hasSeason() ? x[k++] : 0;
      phi = type.damped ? x[k++] : 1;
      return k;
    }

    double value(double[] x) {
      int k = decode(x);
      if (alpha < LOWER || alpha > UPPER) {
        return Double.POSITIVE_INFINITY;
      }
      if (type.hasTrend() && (beta < LOWER || beta > Math.min(alpha, UPPER))) {
        return Double.POSITIVE_INFINITY;
      }
      if (type.hasSeason() && (gamma < LOWER || gamma > Math.min(1 - alpha, UPPER))) {
        return Double.POSITIVE_INFINITY;
      }
      if (type.damped && (phi < PHI_LOWER || phi > PHI_UPPER)) {
        return Double.POSITIVE_INFINITY;
      }
      if (type.hasSeason() && !EtsAdmissibility.admissible(alpha, beta, gamma, phi, type.hasTrend(), m, work)) {
        return Double.POSITIVE_INFINITY; // within the usual region the non-seasonal conditions always hold
      }
      double level = x[k++];
      double growth = type.hasTrend() ? x[k++] : 0;
      if (type.hasSeason() && !seasonsFrom(x, k)) {
        return Double.POSITIVE_INFINITY;
      }
      return EtsFilter.run(type, y, alpha, beta, gamma, phi, level, growth, seasons, m, ring, null, null, null);
    }

    /** Fills {@link #seasons} from the free states at {@code x[from..]}; false if a multiplicative one is negative. */
    private boolean seasonsFrom(double[] x, int from) {
      boolean multiplicative = type.season == EtsType.Form.MULTIPLICATIVE;
      double sum = 0;
      for (int j = 0; j < m - 1; j++) {
        seasons[j] = x[from + j];
        sum += seasons[j];
      }
      seasons[m - 1] = (multiplicative ? m : 0) - sum;
      if (multiplicative) {
        for (int j = 0; j < m; j++) {
          if (seasons[j] < 0) {
            return false;
          }
        }
      }
      return true;
    }

    Result result(double[] x, double lik, int parameters) {
      int k = decode(x);
      double[] initial = new double[1 + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? m : 0)];
      initial[0] = x[k++];
      if (type.hasTrend()) {
        initial[1] = x[k++];
      }
      if (type.hasSeason()) {
        seasonsFrom(x, k);
        System.arraycopy(seasons, 0, initial, initial.length - m, m);
      }
      return new Result(type, alpha, beta, gamma, phi, initial, lik, parameters, y.length);
    }
  }
}
