package dev.ecomkit.bench.forecast;

import java.util.Arrays;

/**
 * A plain-Java Holt-Winters fit of one model, written as a merchant's developer would port R's
 * {@code stats::HoltWinters(x, seasonal = "additive" | "multiplicative")} (R Core Team, {@code
 * src/library/stats/R/HoltWinters.R} and {@code src/HoltWinters.c}; the method of Holt 1957 and Winters 1960): the
 * in-run reference of {@link EtsFitBenchmark}.
 *
 * <p>As R:
 * <ul>
 *   <li><b>Start.</b> The classical heuristic on the first two seasons: a centred moving average of order
 *       {@code m} ({@code 2×m} for an even period) of the first {@code 2m} values; the start level and trend are the
 *       intercept and slope of a least-squares line through that moving average (against 1, 2, …); the start
 *       seasonal indices are the averaged differences (ratios) of the values from it, centred to sum 0 (mean 1).
 *       That is R's {@code decompose} and {@code .lm.fit} with {@code start.periods = 2}.
 *   <li><b>Filter.</b> The recursions of R's C code, from observation {@code m + 1}: one-step prediction
 *       {@code ŷ = (ℓ + b) + s} (additive) or {@code (ℓ + b)·s} (multiplicative);
 *       {@code ℓ' = α(y − s) + (1 − α)(ℓ + b)} (or {@code y / s}); {@code b' = β(ℓ' − ℓ) + (1 − β)b};
 *       {@code s' = γ(y − ℓ') + (1 − γ)s} (or {@code y / ℓ'}).
 *   <li><b>Criterion.</b> The sum of squared one-step errors over observations {@code m + 1 … n}, minimised over
 *       {@code (α, β, γ)} in {@code [0, 1]³} from R's start {@code (0.3, 0.1, 0.1)}.
 * </ul>
 *
 * <p>Unlike R, which minimises with {@code optim}'s L-BFGS-B (finite-difference gradients, box bounds), this
 * minimises with a plain Nelder-Mead simplex of its own (Nelder &amp; Mead, "A simplex method for function
 * minimization", <i>The Computer Journal</i> 7 (1965) 308-313; reflection 1, expansion 2, contraction ½, shrink ½,
 * R's {@code optim} defaults), the box kept by evaluating the criterion at the nearest point of the box and adding
 * a penalty growing with the distance outside it; it stops when the simplex's values agree to a relative
 * {@code 1e-8} (R's {@code reltol}) or after 2,000 evaluations. On AirPassengers (multiplicative) it reaches R's
 * optimum: {@code α = 0.2756, β = 0.0327, γ = 0.8707}, SSE 16,570.78 (R 4.x; {@link EtsFitBenchmark} checks
 * this at set-up).
 *
 * <p>Not for use as a library; one single model, no likelihood, no intervals, no model choice. Stateless;
 * {@link #fit} is thread-safe.
 */
final class HoltWintersReference {

  /** How the season enters. */
  enum Season {
    ADDITIVE,
    MULTIPLICATIVE
  }

  /** R's starting point of the optimisation. */
  private static final double[] START = {0.3, 0.1, 0.1};
  private static final double STEP = 0.1;
  private static final double RELATIVE_TOLERANCE = 1e-8;
  private static final int BUDGET = 2000;

  /**
   * A fitted model: the smoothing parameters, the criterion, and the final states.
   *
   * @param alpha level smoothing
   * @param beta trend smoothing
   * @param gamma seasonal smoothing
   * @param sse the sum of squared one-step errors over observations {@code m + 1 … n}
   * @param level the final level ({@code a} in R)
   * @param trend the final trend ({@code b} in R)
   * @param seasonal the last {@code m} seasonal states, the next period's first ({@code s1 … sm} in R)
   * @param season how the season enters
   */
  record Fit(double alpha, double beta, double gamma, double sse, double level, double trend, double[] seasonal,
      Season season) {

    /**
     * The point forecasts {@code 1 … horizon} steps ahead, as R's {@code predict.HoltWinters}.
     *
     * @param horizon how many steps
     * @return the forecasts
     */
    double[] forecast(int horizon) {
      double[] f = new double[horizon];
      int m = seasonal.length;
      for (int h = 1; h <= horizon; h++) {
        double s = seasonal[(h - 1) % m];
        double trendLine = level + h * trend;
        f[h - 1] = season == Season.ADDITIVE ? trendLine + s : trendLine * s;
      }
      return f;
    }
  }

  private HoltWintersReference() {}

  /**
   * Fits Holt-Winters with trend and season to {@code y}.
   *
   * @param y the series, at least {@code 2m + 1} values (strictly positive for a multiplicative season)
   * @param m the seasonal period, at least 2
   * @param season how the season enters
   * @return the fit
   */
  static Fit fit(double[] y, int m, Season season) {
    if (m < 2 || y.length < 2 * m + 1) {
      throw new IllegalArgumentException("need period >= 2 and at least 2m + 1 values, got m = " + m + ", n = "
          + y.length);
    }
    boolean additive = season == Season.ADDITIVE;
    double[] start = new double[2 + m]; // level, trend, s_1 … s_m
    startStates(y, m, additive, start);
    double[] scratch = new double[m];
    double[] p = START.clone();
    minimise(q -> penalised(y, m, additive, start, scratch, q), p);
    for (int j = 0; j < 3; j++) {
      p[j] = clamp(p[j]);
    }
    double[] end = new double[2 + m];
    double sse = filter(y, m, additive, start, p[0], p[1], p[2], scratch, end);
    return new Fit(p[0], p[1], p[2], sse, end[0], end[1], Arrays.copyOfRange(end, 2, 2 + m), season);
  }

  /** R's {@code decompose} of the first two seasons and the least-squares line through its trend. */
  static void startStates(double[] y, int m, boolean additive, double[] out) {
    int window = 2 * m;
    // centred moving average: weights 1/m (odd m) or ½, 1, …, 1, ½ over m + 1 values (even m), as R's filter
    int half = m / 2;
    double[] trend = new double[window];
    Arrays.fill(trend, Double.NaN);
    for (int t = half; t < window - half; t++) {
      double sum = 0;
      for (int k = -half; k <= half; k++) {
        double w = (m % 2 == 0 && Math.abs(k) == half) ? 0.5 : 1;
        sum += w * y[t + k];
      }
      trend[t] = sum / m;
    }
    // seasonal figure: mean over the seasons of the detrended values at each position, then centred
    double[] figure = new double[m];
    double figureMean = 0;
    for (int i = 0; i < m; i++) {
      double sum = 0;
      int count = 0;
      for (int t = i; t < window; t += m) {
        if (!Double.isNaN(trend[t])) {
          sum += additive ? y[t] - trend[t] : y[t] / trend[t];
          count++;
        }
      }
      figure[i] = sum / count;
      figureMean += figure[i] / m;
    }
    // least-squares line through the defined trend values against 1, 2, …: intercept is the level, slope the trend
    int count = window - 2 * half;
    double meanX = (count + 1) / 2.0;
    double meanY = 0;
    for (int t = half; t < window - half; t++) {
      meanY += trend[t] / count;
    }
    double sxy = 0;
    double sxx = 0;
    for (int t = half; t < window - half; t++) {
      double dx = (t - half + 1) - meanX;
      sxy += dx * (trend[t] - meanY);
      sxx += dx * dx;
    }
    double slope = sxy / sxx;
    out[0] = meanY - slope * meanX;
    out[1] = slope;
    for (int i = 0; i < m; i++) {
      out[2 + i] = additive ? figure[i] - figureMean : figure[i] / figureMean;
    }
  }

  /**
   * R's C filter from observation {@code m + 1}: the sum of squared one-step errors; the final states go to
   * {@code end} when it is not null.
   */
  static double filter(double[] y, int m, boolean additive, double[] start, double alpha, double beta,
      double gamma, double[] season, double[] end) {
    double level = start[0];
    double trend = start[1];
    System.arraycopy(start, 2, season, 0, m);
    double sse = 0;
    int slot = 0; // the seasonal state of the period predicted: R's season[s0 - period], kept in a ring
    for (int t = m; t < y.length; t++) {
      double s = season[slot];
      double trendLine = level + trend;
      double predicted = additive ? trendLine + s : trendLine * s;
      double error = y[t] - predicted;
      sse += error * error;
      double newLevel = alpha * (additive ? y[t] - s : y[t] / s) + (1 - alpha) * trendLine;
      trend = beta * (newLevel - level) + (1 - beta) * trend;
      level = newLevel;
      season[slot] = gamma * (additive ? y[t] - level : y[t] / level) + (1 - gamma) * s;
      slot = slot + 1 == m ? 0 : slot + 1;
    }
    if (end != null) {
      end[0] = level;
      end[1] = trend;
      for (int i = 0; i < m; i++) {
        end[2 + i] = season[(slot + i) % m];
      }
    }
    return sse;
  }

  private static double penalised(double[] y, int m, boolean additive, double[] start, double[] scratch,
      double[] q) {
    double outside = 0;
    for (double v : q) {
      double d = v - clamp(v);
      outside += d * d;
    }
    double sse = filter(y, m, additive, start, clamp(q[0]), clamp(q[1]), clamp(q[2]), scratch, null);
    return Double.isFinite(sse) ? sse * (1 + outside) + outside : Double.POSITIVE_INFINITY;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** The criterion as a function of the three parameters. */
  private interface Criterion {
    double at(double[] point);
  }

  /** Plain Nelder-Mead on three parameters; {@code x} is the start and receives the best point found. */
  private static void minimise(Criterion f, double[] x) {
    int n = x.length;
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      simplex[i] = x.clone();
      if (i > 0) {
        simplex[i][i - 1] += STEP;
      }
      values[i] = f.at(simplex[i]);
    }
    int evaluations = n + 1;
    double[] centroid = new double[n];
    double[] reflected = new double[n];
    double[] other = new double[n];
    while (evaluations < BUDGET) {
      // order: best first, worst last
      for (int i = 1; i <= n; i++) {
        for (int j = i; j > 0 && values[j] < values[j - 1]; j--) {
          double v = values[j];
          values[j] = values[j - 1];
          values[j - 1] = v;
          double[] p = simplex[j];
          simplex[j] = simplex[j - 1];
          simplex[j - 1] = p;
        }
      }
      if (values[n] - values[0] <= RELATIVE_TOLERANCE * (Math.abs(values[0]) + RELATIVE_TOLERANCE)) {
        break;
      }
      Arrays.fill(centroid, 0);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += simplex[i][j] / n;
        }
      }
      double[] worst = simplex[n];
      for (int j = 0; j < n; j++) {
        reflected[j] = centroid[j] + (centroid[j] - worst[j]);
      }
      double fr = f.at(reflected);
      evaluations++;
      if (fr < values[0]) {
        for (int j = 0; j < n; j++) {
          other[j] = centroid[j] + 2 * (centroid[j] - worst[j]);
        }
        double fe = f.at(other);
        evaluations++;
        if (fe < fr) {
          replaceWorst(simplex, values, other, fe);
        } else {
          replaceWorst(simplex, values, reflected, fr);
        }
      } else if (fr < values[n - 1]) {
        replaceWorst(simplex, values, reflected, fr);
      } else {
        boolean outside = fr < values[n];
        for (int j = 0; j < n; j++) {
          other[j] = outside ? centroid[j] + 0.5 * (reflected[j] - centroid[j])
              : centroid[j] + 0.5 * (worst[j] - centroid[j]);
        }
        double fc = f.at(other);
        evaluations++;
        if (fc < (outside ? fr : values[n])) {
          replaceWorst(simplex, values, other, fc);
        } else {
          for (int i = 1; i <= n; i++) {
            for (int j = 0; j < n; j++) {
              simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
            }
            values[i] = f.at(simplex[i]);
            evaluations++;
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    System.arraycopy(simplex[best], 0, x, 0, n);
  }

  private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
    int n = values.length - 1;
    System.arraycopy(point, 0, simplex[n], 0, point.length);
    values[n] = value;
  }
}
