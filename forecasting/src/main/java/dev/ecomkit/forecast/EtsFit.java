package dev.ecomkit.forecast;

/**
 * Fits one ETS class to a series by maximum likelihood, as R's {@code forecast::ets} does for a given model
 * (HKOS 2008 §5.2): the smoothing parameters and the initial states are found together by Nelder-Mead from R's
 * starting values ({@code initparam}; {@link EtsInitialState}) and R's first simplex, minimising the criterion of {@link EtsFilter}
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
  /** R's relative stopping tolerance ({@code reltol}, √ε). */
  static final double R_TOLERANCE = 1.4901161193847656e-8;

  /**
   * The quick fits' stopping tolerance, with which {@link AutoEts} compares its candidates: the simplex stops when
   * its vertices' criteria ({@code −2 log L}) lie within 0.5 of each other, below the AICc differences that tell
   * models apart (Burnham &amp; Anderson, <i>Model Selection and Multimodel Inference</i>, 2nd ed., 2002, §2.6:
   * below 2 both have substantial support). Being absolute on a log-likelihood, it does not depend on the series'
   * unit. Measured on the M3 monthly series (BENCHMARKS.md): with every fit this quick, R's relative √ε gave sMAPE
   * 14.10 in 45 s, and 0.01, 0.05, 0.1, 0.5 gave 14.11, 14.00, 13.99, 14.06 in 8-13 s; in AutoEts's two stages, 0.1,
   * 0.3, 0.5 and 1 gave 14.00, 14.03, 14.03 and 14.07 with the AirPassengers fit taking 5.9, 5.6, 4.7 and 4.5 ms.
   */
  static final double TOLERANCE = 0.5;

  /**
   * The maximum-likelihood fit's stopping tolerance: the criteria of the simplex's vertices within 0.01, a
   * difference in {@code −2 log L} a hundred times below what a 95 % confidence region spans (3.84).
   */
  static final double ML_TOLERANCE = 0.01;

  private static final int BUDGET = 2000; // R's maxit

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
   * Fits {@code type} to {@code y} with period {@code m} (ignored without a season), estimating all initial states,
   * with the library's stopping tolerance.
   *
   * @throws ForecastException if the series is too short to estimate the model
   */
  static Result fit(EtsType type, double[] y, int m) {
    return fit(type, y, m, false, 0, TOLERANCE);
  }

  /**
   * Fits {@code type} to {@code y} with period {@code m} (ignored without a season).
   *
   * @param fixedSeasons keep the initial seasonal states at their starting values (a classical decomposition)
   *     instead of estimating them; they still count as estimated parameters in the information criteria
   * @param relative the optimiser's relative stopping tolerance (R's {@link #R_TOLERANCE}), or 0
   * @param absolute the optimiser's absolute stopping tolerance on the criterion ({@link #TOLERANCE}), or 0
   * @throws ForecastException if the series is too short to estimate the model
   */
  static Result fit(EtsType type, double[] y, int m, boolean fixedSeasons, double relative, double absolute) {
    int period = type.hasSeason() ? m : 1;
    int n = y.length;
    boolean fixed = fixedSeasons && type.hasSeason();
    int smoothing = 1 + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? 1 : 0) + (type.damped ? 1 : 0);
    long states = 1L + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? period - 1 : 0);
    long parameters = smoothing + states + 1; // fixed seasons were still estimated from the data
    if (parameters + 1 >= n) { // R's etsmodel: k must be below n − 1 for a finite AICc
      throw new ForecastException(type + " has " + parameters + " parameters and needs more than "
          + (parameters + 1) + " values, got " + n);
    }
    double scale = scaleOf(y);
    double[] scaled = new double[n];
    for (int t = 0; t < n; t++) {
      scaled[t] = y[t] / scale;
    }
    double[] all = EtsInitialState.of(type, scaled, period);
    int free = (int) states - (fixed ? period - 1 : 0); // below n after the check above
    int dimension = smoothing + free;
    double alpha0 = LOWER + 0.2 * (UPPER - LOWER) / period;
    double[] x = new double[dimension];
    int k = 0;
    x[k++] = alpha0;
    if (type.hasTrend()) {
      x[k++] = LOWER + 0.1 * (Math.min(UPPER, alpha0) - LOWER);
    }
    if (type.hasSeason()) {
      x[k++] = LOWER + 0.05 * (Math.min(UPPER, 1 - alpha0) - LOWER);
    }
    if (type.damped) {
      x[k++] = PHI_LOWER + 0.99 * (PHI_UPPER - PHI_LOWER);
    }
    System.arraycopy(all, 0, x, k, free);
    // R's first simplex: a step of a tenth of the largest start value along every axis
    double largest = 0;
    for (double v : x) {
      largest = Math.max(largest, Math.abs(v));
    }
    double[] steps = new double[dimension];
    java.util.Arrays.fill(steps, 0.1 * largest);
    Objective objective = new Objective(type, scaled, period);
    if (fixed) {
      objective.fixSeasons(all, free);
    }
    NelderMead nelderMead = new NelderMead(dimension);
    double lik = nelderMead.minimise(objective::value, x, steps, relative, absolute, BUDGET);
    if (!Double.isFinite(lik)) {
      throw new ForecastException(type + " could not be fitted: no admissible parameters give a finite likelihood");
    }
    // back to the series' unit: states scale with it, and the criterion shifts by 2n·log(scale) for every model
    return objective.result(x, lik + 2 * n * Math.log(scale), (int) parameters, scale);
  }

  /**
   * The unit the optimiser works in: the series is divided by it to a mean absolute value of 1000.
   *
   * <p>R's simplex steps by a tenth of the largest start value; on data in the thousands, the M3 series' typical
   * size, that is a tenth of the level, and the smoothing parameters' vertices start outside the region. Working on
   * every series at that size gives all of them R's search path whatever their unit, so that a series in grams and
   * the same in tonnes get the same model and proportional forecasts (R's fits differ by unit).
   */
  static double scaleOf(double[] y) {
    double sum = 0;
    for (double v : y) {
      sum += Math.abs(v);
    }
    double mean = sum / y.length;
    return mean > 0 ? mean / 1000 : 1;
  }

  /** The criterion as a function of the parameter vector {@code (α, [β], [γ], [φ], l0, [b0], s0..s(m−2))}. */
  private static final class Objective {
    private final EtsType type;
    private final double[] y;
    private final int m;
    private final double[] seasons;
    private final double[] ring;

    /** Whether the seasonal states are fixed ({@link #fixSeasons}) rather than read from the parameter vector. */
    private boolean seasonsFixed;

    void fixSeasons(double[] initial, int from) {
      seasonsFrom(initial, from);
      seasonsFixed = true;
    }

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
      if (type.hasSeason() && !seasonsFixed && !seasonsFrom(x, k)) {
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

    Result result(double[] x, double lik, int parameters, double scale) {
      int k = decode(x);
      double[] initial = new double[1 + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? m : 0)];
      initial[0] = x[k++] * scale;
      if (type.hasTrend()) {
        initial[1] = x[k++] * scale;
      }
      if (type.hasSeason()) {
        if (!seasonsFixed) {
          seasonsFrom(x, k);
        }
        double unit = type.season == EtsType.Form.MULTIPLICATIVE ? 1 : scale;
        for (int j = 0; j < m; j++) {
          initial[initial.length - m + j] = seasons[j] * unit;
        }
      }
      return new Result(type, alpha, beta, gamma, phi, initial, lik, parameters, y.length);
    }
  }
}
