package dev.ecomkit.forecast;

import java.util.Arrays;

/**
 * A seasonal ARIMA(p,d,q)(P,D,Q)m model (Box, Jenkins, Reinsel &amp; Ljung, <i>Time Series Analysis</i>, 5th ed.,
 * 2015, ch. 4 and 9) fitted by conditional least squares, with its forecasts.
 *
 * <p>With {@code w = (1 − B)^d (1 − B^m)^D y} and {@code x = w − μ} ({@code μ} the mean of {@code w} when the model
 * has a constant: the mean of {@code y} for {@code d + D = 0}, its drift for {@code d + D = 1}),
 * {@code φ(B)Φ(B^m) x_t = θ(B)Θ(B^m) e_t}. The coefficients minimise the conditional sum of squares
 * {@code Σ e_t²} over {@code t} past the first {@code p + mP} values of {@code w}, with earlier errors taken as 0
 * (BJRL §7.1.2; R's {@code arima(method = "CSS")}), by Levenberg-Marquardt from all-zero coefficients. The
 * log-likelihood is the Gaussian one at {@code σ̂² = Σe²/(used values)}, over all {@code n − d − mD} values of
 * {@code w}: {@code −(n'/2)(log 2πσ̂² + 1)}, so that models with different conditioning compare on one scale.
 *
 * <p>As R's {@code auto.arima}, a fit whose autoregressive or moving-average polynomial has a root within 1.01 of
 * the unit circle is rejected (near non-stationary or non-invertible).
 *
 * <p>Forecasts run the difference equation forward with future errors 0; the variance of the {@code h}-step error
 * is {@code σ²Σ_{j<h} ψ_j²}, with {@code ψ} the weights of {@code θ(B)Θ(B^m) / [φ(B)Φ(B^m)(1 − B)^d(1 − B^m)^D]}
 * (BJRL §5.2).
 *
 * <p>Immutable and thread-safe.
 */
final class ArimaModel {

  /** The orders and whether there is a constant. */
  static final class Order {
    final int p;
    final int d;
    final int q;
    final int seasonalP;
    final int seasonalD;
    final int seasonalQ;
    final boolean constant;

    Order(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, boolean constant) {
      this.p = p;
      this.d = d;
      this.q = q;
      this.seasonalP = seasonalP;
      this.seasonalD = seasonalD;
      this.seasonalQ = seasonalQ;
      this.constant = constant;
    }

    int coefficients() {
      return p + q + seasonalP + seasonalQ + (constant ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Order && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    /** {@code ARIMA(2,1,1)(0,1,1)} with {@code " with drift"} or {@code " with non-zero mean"}, as R prints it. */
    String name(int m) {
      String s = "ARIMA(" + p + "," + d + "," + q + ")"
          + (seasonalP + seasonalD + seasonalQ > 0 ? "(" + seasonalP + "," + seasonalD + "," + seasonalQ + ")[" + m
              + "]" : "");
      if (constant) {
        s += d + seasonalD == 0 ? " with non-zero mean" : " with drift";
      }
      return s;
    }

    @Override
    public String toString() {
      return name(0);
    }
  }

  /** The closest a root may come to the unit circle (R's {@code auto.arima}). */
  private static final double MIN_ROOT = 1.01;
  private static final int MAX_ITERATIONS = 100;

  final Order order;
  final int m;
  private final double[] coefficients;
  final double sigma2;
  final double logLikelihood;
  final int n;
  private final double[] y;
  private final double[] x;
  private final double[] errors;
  private final double mean;

  private ArimaModel(Order order, int m, double[] coefficients, double sigma2, double logLikelihood, double[] y,
      double[] x, double[] errors, double mean) {
    this.order = order;
    this.m = m;
    this.coefficients = coefficients;
    this.sigma2 = sigma2;
    this.logLikelihood = logLikelihood;
    this.n = x.length;
    this.y = y;
    this.x = x;
    this.errors = errors;
    this.mean = mean;
  }

  /** AICc with {@code k} the coefficients plus one for σ², over the {@code n − d − mD} differenced values. */
  double aicc() {
    int k = order.coefficients() + 1;
    return -2 * logLikelihood + 2 * k + 2.0 * k * (k + 1) / (n - k - 1);
  }

  /**
   * Fits {@code order} to {@code y} with seasonal period {@code m}.
   *
   * @throws ForecastException if the series is too short for the model, or the fit is not stationary and
   *     invertible with a margin
   */
  static ArimaModel fit(Order order, double[] y, int m) {
    double[] w = difference(y, order.d, order.seasonalD, m);
    int condition = order.p + m * order.seasonalP;
    int k = order.coefficients() + 1;
    if (w.length - condition < k + 2 || w.length - k - 1 <= 0) {
      throw new ForecastException(order.name(m) + " needs more values than the " + y.length + " given");
    }
    double mean = 0;
    if (order.constant) {
      for (double v : w) {
        mean += v / w.length;
      }
    }
    Residuals residuals = new Residuals(order, m, w, condition);
    double[] theta = new double[order.coefficients()];
    if (order.constant) {
      theta[theta.length - 1] = mean;
    }
    double sse = levenbergMarquardt(residuals, theta);
    if (!Double.isFinite(sse) || !residuals.admissible(theta, MIN_ROOT)) {
      throw new ForecastException(order.name(m) + ": the fit is not stationary and invertible");
    }
    residuals.compute(theta);
    double[] errors = residuals.errors.clone();
    double mu = order.constant ? theta[theta.length - 1] : 0;
    double[] xs = new double[w.length];
    for (int t = 0; t < w.length; t++) {
      xs[t] = w[t] - mu;
    }
    int used = w.length - condition;
    double sigma2 = sse / used;
    double logLikelihood = sigma2 > 0 ? -0.5 * w.length * (Math.log(2 * Math.PI * sigma2) + 1) : 1e10;
    return new ArimaModel(order, m, theta, sigma2, logLikelihood, y.clone(), xs, errors, mu);
  }

  /** {@code (1 − B)^d (1 − B^m)^D y}. */
  static double[] difference(double[] y, int d, int seasonalD, int m) {
    double[] w = y;
    for (int i = 0; i < seasonalD; i++) {
      w = lagDifference(w, m);
    }
    for (int i = 0; i < d; i++) {
      w = lagDifference(w, 1);
    }
    return w;
  }

  private static double[] lagDifference(double[] y, int lag) {
    double[] w = new double[Math.max(0, y.length - lag)];
    for (int t = 0; t < w.length; t++) {
      w[t] = y[t + lag] - y[t];
    }
    return w;
  }

  /** Levenberg-Marquardt (Moré 1978) on the residuals, with a forward-difference Jacobian; returns the SSE. */
  private static double levenbergMarquardt(Residuals r, double[] theta) {
    int k = theta.length;
    double sse = r.compute(theta);
    if (k == 0 || !Double.isFinite(sse)) {
      return sse;
    }
    int rows = r.used();
    double lambda = 1e-3;
    double[] base = new double[rows];
    double[][] jacobian = new double[rows][k];
    double[] trial = new double[k];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      System.arraycopy(r.errors, r.condition, base, 0, rows);
      for (int j = 0; j < k; j++) {
        double h = 1e-6 * Math.max(1, Math.abs(theta[j]));
        double saved = theta[j];
        theta[j] = saved + h;
        r.compute(theta);
        theta[j] = saved;
        for (int i = 0; i < rows; i++) {
          jacobian[i][j] = (r.errors[r.condition + i] - base[i]) / h;
        }
      }
      boolean improved = false;
      while (lambda < 1e10) {
        double[][] augmented = new double[rows + k][];
        double[] target = new double[rows + k];
        for (int i = 0; i < rows; i++) {
          augmented[i] = jacobian[i];
          target[i] = -base[i];
        }
        for (int j = 0; j < k; j++) {
          double norm = 0;
          for (int i = 0; i < rows; i++) {
            norm += jacobian[i][j] * jacobian[i][j];
          }
          augmented[rows + j] = new double[k];
          augmented[rows + j][j] = Math.sqrt(lambda * Math.max(norm, 1e-12));
        }
        double[] step;
        try {
          step = LeastSquares.solve(augmented, target);
        } catch (RuntimeException singular) {
          lambda *= 10;
          continue;
        }
        for (int j = 0; j < k; j++) {
          trial[j] = theta[j] + step[j];
        }
        double trialSse = r.admissible(trial, 1) ? r.compute(trial) : Double.POSITIVE_INFINITY;
        if (trialSse < sse) {
          boolean converged = sse - trialSse <= 1e-10 * sse;
          System.arraycopy(trial, 0, theta, 0, k);
          sse = trialSse;
          lambda = Math.max(lambda / 10, 1e-12);
          improved = !converged;
          break;
        }
        lambda *= 10;
      }
      if (!improved) {
        break;
      }
    }
    return r.compute(theta);
  }

  /** Forecast means and variances for {@code horizon} steps. */
  void forecast(int horizon, double[] mean, double[] variance) {
    double[] a = arPolynomial();
    double[] b = maPolynomial();
    int nx = x.length;
    double[] xs = Arrays.copyOf(x, nx + horizon);
    for (int t = nx; t < nx + horizon; t++) {
      double v = 0;
      for (int i = 1; i < a.length; i++) {
        if (t - i >= 0) {
          v += a[i] * xs[t - i];
        }
      }
      for (int j = 1; j < b.length; j++) {
        if (t - j < nx && t - j >= 0) {
          v += b[j] * errors[t - j];
        }
      }
      xs[t] = v;
    }
    double[] delta = differencePolynomial();
    int total = y.length;
    double[] ys = Arrays.copyOf(y, total + horizon);
    int offset = total - nx; // w index = y index − offset
    for (int t = total; t < total + horizon; t++) {
      double v = xs[t - offset] + this.mean;
      for (int i = 1; i < delta.length; i++) {
        v -= delta[i] * ys[t - i];
      }
      ys[t] = v;
      mean[t - total] = v;
    }
    // ψ weights of θ(B) / [A(B)Δ(B)], with A(B)Δ(B) = 1 − Σ c_i B^i
    double[] full = multiply(negateTail(a), delta);
    double[] psi = new double[horizon];
    psi[0] = 1;
    double sum = 0;
    for (int j = 0; j < horizon; j++) {
      if (j > 0) {
        double v = j < b.length ? b[j] : 0;
        for (int i = 1; i <= Math.min(j, full.length - 1); i++) {
          v -= full[i] * psi[j - i];
        }
        psi[j] = v;
      }
      sum += psi[j] * psi[j];
      variance[j] = sigma2 * sum;
    }
  }

  /** {@code 1, −a_1, …}: the polynomial {@code 1 − Σ a_i B^i} from the AR coefficients {@code a}. */
  private static double[] negateTail(double[] a) {
    double[] c = a.clone();
    for (int i = 1; i < c.length; i++) {
      c[i] = -c[i];
    }
    return c;
  }

  /** The expanded AR coefficients {@code a} with {@code φ(B)Φ(B^m) = 1 − Σ a_i B^i}; {@code a[0]} unused. */
  double[] arPolynomial() {
    return Residuals.ar(order, m, coefficients);
  }

  double[] maPolynomial() {
    return Residuals.ma(order, m, coefficients);
  }

  /** {@code Δ(B) = (1 − B)^d (1 − B^m)^D} as {@code 1 + Σ δ_i B^i}. */
  private double[] differencePolynomial() {
    double[] delta = {1};
    for (int i = 0; i < order.d; i++) {
      delta = multiply(delta, new double[] {1, -1});
    }
    for (int i = 0; i < order.seasonalD; i++) {
      double[] seasonal = new double[m + 1];
      seasonal[0] = 1;
      seasonal[m] = -1;
      delta = multiply(delta, seasonal);
    }
    return delta;
  }

  static double[] multiply(double[] a, double[] b) {
    double[] c = new double[a.length + b.length - 1];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        c[i + j] += a[i] * b[j];
      }
    }
    return c;
  }

  String name() {
    return order.name(m);
  }

  /** The fitted constant of {@code w}: mean or drift, 0 without a constant. */
  double mean() {
    return mean;
  }

  /** The conditional residuals of an order on a differenced series, for any coefficient vector. */
  static final class Residuals {
    private final Order order;
    private final int m;
    private final double[] w;
    final int condition;
    final double[] errors;
    private final double[] work;

    Residuals(Order order, int m, double[] w, int condition) {
      this.order = order;
      this.m = m;
      this.w = w;
      this.condition = condition;
      this.errors = new double[w.length];
      this.work = new double[2 * (Math.max(Math.max(order.p, order.q), Math.max(order.seasonalP, order.seasonalQ))
          + 1)];
    }

    int used() {
      return w.length - condition;
    }

    /** Fills {@link #errors} and returns their sum of squares past the conditioning values. */
    double compute(double[] theta) {
      double[] a = ar(order, m, theta);
      double[] b = ma(order, m, theta);
      double mu = order.constant ? theta[theta.length - 1] : 0;
      double sse = 0;
      for (int t = 0; t < w.length; t++) {
        if (t < condition) {
          errors[t] = 0;
          continue;
        }
        double e = w[t] - mu;
        for (int i = 1; i < a.length; i++) {
          e -= a[i] * (w[t - i] - mu);
        }
        for (int j = 1; j < b.length && j <= t; j++) {
          e -= b[j] * errors[t - j];
        }
        errors[t] = e;
        sse += e * e;
      }
      return Double.isNaN(sse) ? Double.POSITIVE_INFINITY : sse;
    }

    /** Whether every AR and MA factor has its roots outside the circle of radius {@code radius}. */
    boolean admissible(double[] theta, double radius) {
      int k = 0;
      boolean ok = rootsOutside(theta, k, order.p, -1, radius);
      k += order.p;
      ok &= rootsOutside(theta, k, order.q, 1, radius);
      k += order.q;
      ok &= rootsOutside(theta, k, order.seasonalP, -1, radius);
      k += order.seasonalP;
      ok &= rootsOutside(theta, k, order.seasonalQ, 1, radius);
      return ok;
    }

    /**
     * Whether {@code 1 + sign·Σ c_i z^i} ({@code c} = {@code theta[from..from+degree)}) has every root outside
     * radius {@code r}: its reciprocal, {@code z^deg + sign·Σ c_i z^(deg−i)}, has every root inside {@code 1/r}
     * (the Schur-Cohn test of {@link EtsAdmissibility}).
     */
    private boolean rootsOutside(double[] theta, int from, int degree, int sign, double radius) {
      if (degree == 0) {
        return true;
      }
      for (int k = 0; k < degree; k++) { // the reciprocal's coefficient of z^k
        work[k] = sign * theta[from + degree - 1 - k];
      }
      work[degree] = 1;
      // its roots lie inside 1/r ⇔ those of the polynomial in r·z lie inside 1: coefficient k scaled by r^−k
      double scale = 1;
      for (int k = 1; k <= degree; k++) {
        scale /= radius;
        work[k] *= scale;
      }
      return EtsAdmissibility.rootsInUnitDisc(work, degree, degree + 1);
    }

    static double[] ar(Order order, int m, double[] theta) {
      double[] phi = new double[order.p + 1];
      for (int i = 1; i <= order.p; i++) {
        phi[i] = -theta[i - 1];
      }
      phi[0] = 1;
      double[] seasonal = new double[order.seasonalP * m + 1];
      seasonal[0] = 1;
      int from = order.p + order.q;
      for (int j = 1; j <= order.seasonalP; j++) {
        seasonal[j * m] = -theta[from + j - 1];
      }
      double[] product = multiply(phi, seasonal); // 1 − Σ a_i B^i
      for (int i = 1; i < product.length; i++) {
        product[i] = -product[i];
      }
      return product;
    }

    static double[] ma(Order order, int m, double[] theta) {
      double[] ma = new double[order.q + 1];
      ma[0] = 1;
      for (int i = 1; i <= order.q; i++) {
        ma[i] = theta[order.p + i - 1];
      }
      double[] seasonal = new double[order.seasonalQ * m + 1];
      seasonal[0] = 1;
      int from = order.p + order.q + order.seasonalP;
      for (int j = 1; j <= order.seasonalQ; j++) {
        seasonal[j * m] = theta[from + j - 1];
      }
      return multiply(ma, seasonal);
    }
  }
}
