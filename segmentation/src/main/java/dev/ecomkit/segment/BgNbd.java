package dev.ecomkit.segment;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of repeat buying (复购预测) of Fader, Hardie &amp; Lee (2005), "'Counting your customers' the
 * easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2):275-284. While active, a customer buys
 * at a rate λ ~ Gamma(r, α) (a Poisson process); after each repeat purchase she drops out for good with probability
 * p ~ Beta(a, b). A customer is summarised by {@code x} (repeat purchases: purchases after the first), {@code t_x}
 * (the time of the last purchase, from the first) and {@code T} (the time from the first purchase to the end of the
 * observation), all in one time unit.
 *
 * <pre>{@code
 * BgNbd model = BgNbd.fit(x, tx, T, ChronoUnit.WEEKS);
 * model.r(); model.alpha(); model.a(); model.b();
 * model.probabilityAlive(2, 30.43, 38.86);            // P(still a customer | x, t_x, T)
 * model.expectedPurchases(39, 2, 30.43, 38.86);       // purchases expected in the next 39 weeks
 * }</pre>
 *
 * <p><b>Fitting</b> is by maximum likelihood ({@link BgNbdLikelihood}: the paper's individual likelihood, in log
 * space), with times in units of their mean T (α is scaled back, so the data's unit does not matter). Customers
 * are compressed to their distinct (x, t_x, T) rows with counts as weights, so ten million customers fit as fast as
 * their distinct rows; the special functions are taken once per distinct x and the logarithms once per distinct time.
 * Newton's method with damping on the log-parameters ({@link Maximizer}), from the rate of purchase in the data; a
 * fit that does not converge, or whose parameters run off to 0 or infinity (data that do not identify the model,
 * e.g. no dropout at all), or that stops where the Hessian is not negative definite, throws {@link SegmentException}
 * with what it reached, never a model; a fitted model's {@link #diagnostics()} carry the standard errors.
 *
 * <p><b>Predictions</b>: {@link #expectedPurchases(double)} for a new customer (the paper's eq. 9),
 * {@link #expectedPurchases(double, double, double, double)} for a customer with a history (eq. 10), and
 * {@link #probabilityAlive} (Fader, Hardie &amp; Lee 2008, "Computing P(alive) using the BG/NBD model", note 021 at
 * brucehardie.com). The Gaussian hypergeometric function in eq. 10 is summed after Euler's transformation
 * ({@code ₂F₁(A, B; C; z) = (1 − z)^(C−A−B)·₂F₁(C − A, C − B; C; z)}, Abramowitz &amp; Stegun 15.3.3), whose terms stay
 * bounded for the large x where the direct series overflows (for a large a the sum is carried with a separate
 * exponent); the (a − 1) of eq. 10 is divided out analytically, so a = 1 is no special case. The series needs about
 * ln(ε)/ln z terms, z = t/(α + T + t): a horizon far beyond α + T (z near 1) takes many, and beyond a million terms
 * the call fails with a typed error. The batch call replaces the series by checked polynomial interpolants where
 * many customers are alike (see {@link #expectedPurchases(double, double[], double[], double[])}).
 *
 * <p><b>Time unit.</b> The model's parameters are in the unit of the data: α and the times scale together. {@link
 * #unit()} says which, when the fit was told; {@link Clv} needs it to take a horizon in another unit.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BgNbd {

  /** The largest |ln θ| of a fitted parameter: beyond e^±18 (about 6.6e7) the data do not identify it. */
  private static final double BOUND = 18;
  /** The most terms of a hypergeometric series. */
  private static final int MAX_TERMS = 1_000_000;

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final ChronoUnit unit;
  private final FitDiagnostics diagnostics;

  private BgNbd(double r, double alpha, double a, double b, ChronoUnit unit, FitDiagnostics diagnostics) {
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
    this.unit = unit;
    this.diagnostics = diagnostics;
  }

  /**
   * A model with known parameters, e.g. published estimates.
   *
   * @param r the shape of the purchase-rate distribution, above 0
   * @param alpha its scale (rate), above 0, in the data's time unit
   * @param a the first shape of the dropout-probability distribution, above 0
   * @param b its second shape, above 0
   * @return the model, in no stated time unit
   * @throws SegmentException for a parameter that is not a finite number above 0
   * @since 0.1
   */
  public static BgNbd of(double r, double alpha, double a, double b) {
    positive("r", r);
    positive("alpha", alpha);
    positive("a", a);
    positive("b", b);
    return new BgNbd(r, alpha, a, b, null, null);
  }

  /**
   * Fits the model to customers' summaries, in no stated time unit.
   *
   * @param x repeat purchases per customer, whole numbers from 0 to 1,000,000
   * @param tx the time of each customer's last purchase from the first, 0 to T (0 when x = 0)
   * @param T the time from each customer's first purchase to the end of the observation, 0 or more
   * @return the fitted model
   * @throws SegmentException naming the first bad customer, or if the fit does not converge
   * @since 0.1
   */
  public static BgNbd fit(double[] x, double[] tx, double[] T) {
    return fit(x, tx, T, null);
  }

  /**
   * Fits the model to customers' summaries given in {@code unit}.
   *
   * @param x repeat purchases per customer, whole numbers from 0 to 1,000,000
   * @param tx the time of each customer's last purchase from the first, 0 to T (0 when x = 0)
   * @param T the time from each customer's first purchase to the end of the observation, 0 or more
   * @param unit the unit of tx and T (days, weeks, months …); null for none stated
   * @return the fitted model
   * @throws SegmentException naming the first bad customer, or if the fit does not converge
   * @since 0.1
   */
  public static BgNbd fit(double[] x, double[] tx, double[] T, ChronoUnit unit) {
    // times are fitted in units of the mean T (α scales back), so that no unit puts the start out of range
    double scale = 0;
    if (T != null && T.length > 0) {
      for (double v : T) {
        scale += v / T.length;
      }
    }
    scale = scale > 0 && Double.isFinite(scale) ? scale : 1;
    BgNbdData data = BgNbdData.of(x, tx, T, scale);
    if (data.sumX == 0 || data.sumT == 0) {
      throw new SegmentException(data.sumX == 0 ? "x" : "T", data.sumX == 0 ? "no customer made a repeat purchase: "
          + "the model cannot be fitted" : "no customer was observed for any time (every T is 0)");
    }
    double rate = data.sumX / data.sumT; // purchases per unit of time, ignoring dropout
    double[] start = {0, Math.log(1 / rate), 0, Math.log(2)};
    Maximizer.Result fit;
    try {
      fit = Maximizer.maximize(new BgNbdLikelihood(data), start, data.customers, BOUND);
    } catch (IllegalStateException e) {
      throw new SegmentException("x", "the BG/NBD fit could not start: " + e.getMessage());
    }
    double[] p = new double[4];
    for (int i = 0; i < 4; i++) {
      p[i] = Math.exp(fit.theta()[i]);
    }
    p[1] *= scale;
    if (!fit.converged()) {
      throw new SegmentException("x", String.format(Locale.ROOT, "the BG/NBD fit did not converge after %d "
          + "iterations (r %.4g, alpha %.4g, a %.4g, b %.4g, gradient %.2e per customer): the data may not identify "
          + "the model (e.g. no customer drops out, or too few repeat purchases; or no maximum: a saddle or a ridge)",
          fit.iterations(), p[0], p[1], p[2],
          p[3], fit.gradientNorm()));
    }
    for (int i = 0; i < 4; i++) {
      if (Math.abs(fit.theta()[i]) > BOUND - 1) {
        throw new SegmentException("x", String.format(Locale.ROOT, "the BG/NBD fit ran to the edge (r %.4g, alpha "
            + "%.4g, a %.4g, b %.4g): the data do not identify the model", p[0], p[1], p[2], p[3]));
      }
    }
    // back to the data's time unit: each repeat purchase's density scales by 1/scale
    FitDiagnostics diagnostics = ImmutableFitDiagnostics.builder()
        .logLikelihood(fit.logLikelihood() - data.sumX * Math.log(scale))
        .iterations(fit.iterations()).gradientNorm(fit.gradientNorm()).customers(x.length).distinctRows(data.rows)
        .addStandardErrors(p[0] * fit.standardErrors()[0], p[1] * fit.standardErrors()[1],
            p[2] * fit.standardErrors()[2], p[3] * fit.standardErrors()[3])
        .build();
    return new BgNbd(p[0], p[1], p[2], p[3], checkUnit(unit), diagnostics);
  }

  /**
   * This model stating the time unit of its data.
   *
   * @param unit the unit of the times it was fitted on
   * @return a copy in that unit
   * @since 0.1
   */
  public BgNbd inUnit(ChronoUnit unit) {
    return new BgNbd(r, alpha, a, b, checkUnit(java.util.Objects.requireNonNull(unit, "unit")), diagnostics);
  }

  /** Hours to years, or null. */
  static ChronoUnit checkUnit(ChronoUnit unit) {
    if (unit != null && (unit.compareTo(ChronoUnit.HOURS) < 0 || unit.compareTo(ChronoUnit.YEARS) > 0)) {
      throw new SegmentException("unit", "use hours, days, weeks, months or years, got " + unit);
    }
    return unit;
  }

  /** @return r, the shape of the purchase-rate distribution */
  public double r() {
    return r;
  }

  /** @return α, the scale (rate) of the purchase-rate distribution, in the data's time unit */
  public double alpha() {
    return alpha;
  }

  /** @return a, the first shape of the dropout-probability distribution */
  public double a() {
    return a;
  }

  /** @return b, the second shape of the dropout-probability distribution */
  public double b() {
    return b;
  }

  /** @return the time unit of the data, if stated */
  public Optional<ChronoUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /** @return how the fit went; empty for a model built from known parameters */
  public Optional<FitDiagnostics> diagnostics() {
    return Optional.ofNullable(diagnostics);
  }

  /**
   * One customer's log-likelihood (the paper's individual likelihood, in log space).
   *
   * @param x repeat purchases
   * @param tx the time of the last purchase
   * @param T the time observed
   * @return ln L(r, α, a, b | x, t_x, T)
   * @throws SegmentException for a bad summary
   * @since 0.1
   */
  public double logLikelihood(double x, double tx, double T) {
    BgNbdData.check(-1, x, tx, T);
    double rx = r + x;
    double base = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b)
        + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
    double a3 = -rx * Math.log(alpha + T);
    if (x == 0) {
      return base + a3;
    }
    double a4 = Math.log(a) - Math.log(b + x - 1) - rx * Math.log(alpha + tx);
    double m = Math.max(a3, a4);
    return base + m + Math.log1p(Math.exp(Math.min(a3, a4) - m));
  }

  /**
   * The probability that a customer is still active (Fader, Hardie &amp; Lee 2008, note 021): 1 with no repeat
   * purchase, as the model
   * lets a customer drop out only after a repeat purchase.
   *
   * @param x repeat purchases
   * @param tx the time of the last purchase
   * @param T the time observed
   * @return from 0 to 1
   * @throws SegmentException for a bad summary
   * @since 0.1
   */
  public double probabilityAlive(double x, double tx, double T) {
    BgNbdData.check(-1, x, tx, T);
    return x == 0 ? 1 : 1 / (1 + dropoutOdds(x, tx, T));
  }

  /**
   * {@link #probabilityAlive(double, double, double)} for many customers.
   *
   * @param x repeat purchases per customer
   * @param tx the times of their last purchases
   * @param T the times observed
   * @return one probability per customer
   * @throws SegmentException naming the first bad customer
   * @since 0.1
   */
  public double[] probabilityAlive(double[] x, double[] tx, double[] T) {
    lengths(x, tx, T);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      BgNbdData.check(i, x[i], tx[i], T[i]);
      out[i] = x[i] == 0 ? 1 : 1 / (1 + dropoutOdds(x[i], tx[i], T[i]));
    }
    return out;
  }

  /**
   * a/(b + x − 1) · ((α + T)/(α + t_x))^(r+x), for x &gt; 0: one logarithm of the ratio (its rounding costs about
   * 1e-16 in the logarithm, less than the difference of two logarithms) and one exponential; it may overflow to
   * infinity, which gives P(alive) = 0 as it should.
   */
  private double dropoutOdds(double x, double tx, double T) {
    return a / (b + x - 1) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx)));
  }

  /**
   * The purchases a new customer is expected to make in her first {@code t} (the paper's eq. 9).
   *
   * @param t the time, 0 or more
   * @return the expected number of purchases
   * @throws SegmentException for a negative or non-finite time
   * @since 0.1
   */
  public double expectedPurchases(double t) {
    time(t);
    return t == 0 ? 0 : (a + b - 1) * bracket(0, 0, t);
  }

  /**
   * The purchases a customer with a history is expected to make in the next {@code t} (the paper's eq. 10).
   *
   * @param t the time ahead, 0 or more
   * @param x repeat purchases
   * @param tx the time of the last purchase
   * @param T the time observed
   * @return the expected number of purchases
   * @throws SegmentException for a bad summary or time
   * @since 0.1
   */
  public double expectedPurchases(double t, double x, double tx, double T) {
    time(t);
    BgNbdData.check(-1, x, tx, T);
    return conditional(t, x, tx, T, Double.NaN);
  }

  /**
   * {@link #expectedPurchases(double, double, double, double)} for many customers. Where many customers share an x
   * and lie close in z = t/(α + T + t), the series of eq. 10 is replaced by a polynomial interpolant of degree 8 on a
   * small piece of z, built from the series and used only after it agreed with it to 1e-13 at the piece's ends and
   * centre ({@code BracketTable}): results agree with the single-customer call to 1e-12 (relative; tested), and a
   * million customers with exact times take 62-83 ms instead of 460 ms on one core (BENCHMARKS.md).
   *
   * @param t the time ahead, 0 or more
   * @param x repeat purchases per customer
   * @param tx the times of their last purchases
   * @param T the times observed
   * @return one expectation per customer
   * @throws SegmentException naming the first bad customer, or for a bad time
   * @since 0.1
   */
  public double[] expectedPurchases(double t, double[] x, double[] tx, double[] T) {
    time(t);
    lengths(x, tx, T);
    int n = x.length;
    BracketTable table = n >= BracketTable.MIN_CUSTOMERS && t > 0 ? new BracketTable(this) : null;
    for (int i = 0; i < n; i++) {
      BgNbdData.check(i, x[i], tx[i], T[i]);
      if (table != null) {
        table.count(x[i], (alpha + T[i]) * (1 / (alpha + T[i] + t)));
      }
    }
    double[] out = new double[n];
    if (t == 0) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      double inv = 1 / (alpha + T[i] + t);
      double z = t * inv;
      double y = (alpha + T[i]) * inv;
      double br = table != null ? table.bracket(x[i], z, y) : bracketAt(x[i], z, lnOneMinus(z, y));
      if (Double.isNaN(br)) {
        bracket(x[i], T[i], t); // throws the typed error
      }
      out[i] = conditional(t, x[i], tx[i], T[i], br);
    }
    return out;
  }

  private double conditional(double t, double x, double tx, double T, double bracket) {
    if (t == 0) {
      return 0;
    }
    double br = Double.isNaN(bracket) ? bracket(x, T, t) : bracket;
    double numerator = (a + b + x - 1) * br;
    return x == 0 ? numerator : numerator / (1 + dropoutOdds(x, tx, T));
  }

  /** The bracket of eq. 10 for one customer, with a typed error when its series does not converge. */
  private double bracket(double x, double T, double t) {
    double inv = 1 / (alpha + T + t);
    double z = t * inv;
    double br = bracketAt(x, z, lnOneMinus(z, (alpha + T) * inv));
    if (Double.isNaN(br)) {
      throw new SegmentException("t", "the expectation's series did not converge for t = " + t + " (x " + x
          + ", T " + T + "); take a shorter horizon");
    }
    return br;
  }

  /** ln(1 − z) given z and y = 1 − z, each computed directly: log1p for a small z, log for a small y. */
  static double lnOneMinus(double z, double y) {
    return z < 0.5 ? Math.log1p(-z) : Math.log(y);
  }

  /**
   * [1 − ((α+T)/(α+T+t))^(r+x)·₂F₁(r+x, b+x; a+b+x−1; z)]/(a − 1), z = t/(α+T+t), by Euler's transformation:
   * with A = a+b−1−r, C = a+b+x−1 it equals (1 − (1−z)^(a−1))/(a−1) − (1−z)^(a−1)·Σ_{k≥1} (A)_k (a)_{k−1} z^k /
   * ((C)_k k!).
   *
   * @param lnY ln(1 − z), computed accurately ({@link #lnOneMinus})
   * @return the bracket, or NaN if the series did not converge within {@link #MAX_TERMS} terms
   */
  double bracketAt(double x, double z, double lnY) {
    double d = a - 1;
    double first = d == 0 ? -lnY : -Math.expm1(d * lnY) / d;
    double bigA = a + b - 1 - r;
    double bigC = a + b + x - 1;
    double term = bigA / bigC * z;
    double sum = 0;
    for (int k = 1; k <= MAX_TERMS; k++) {
      sum += term;
      if (Math.abs(term) <= 1e-16 * Math.abs(sum) || term == 0) {
        double factor = Math.exp(d * lnY);
        double result = first - factor * sum;
        if (Double.isFinite(result) && Double.isFinite(sum) && (factor > 0 || sum == 0)) {
          return result;
        }
        return scaledBracket(first, bigA, bigC, z, d * lnY); // a large a: the sum overflowed
      }
      term *= (bigA + k) * (a + k - 1) / ((bigC + k) * (k + 1)) * z;
    }
    return Double.NaN;
  }

  /**
   * The series of {@link #bracketAt} with term and sum kept below 1e150 and the factor carried as a logarithm, for
   * the large a whose terms overflow before (1 − z)^(a−1) brings them back; slower, so taken only when needed.
   */
  private double scaledBracket(double first, double bigA, double bigC, double z, double logFactor) {
    double term = bigA / bigC * z;
    double sum = 0;
    double logScale = 0;
    for (int k = 1; k <= MAX_TERMS; k++) {
      sum += term;
      if (Math.abs(term) <= 1e-16 * Math.abs(sum) || term == 0) {
        return first - (sum == 0 ? 0 : Math.signum(sum) * Math.exp(logFactor + Math.log(Math.abs(sum)) + logScale));
      }
      term *= (bigA + k) * (a + k - 1) / ((bigC + k) * (k + 1)) * z;
      if (Math.abs(term) > 1e150 || Math.abs(sum) > 1e150) {
        sum *= 1e-150;
        term *= 1e-150;
        logScale += 150 * Math.log(10);
      }
    }
    return Double.NaN;
  }

  private static void time(double t) {
    if (!(t >= 0 && t < 1e12)) {
      throw new SegmentException("t", "the time ahead must be a finite number of at least 0, got " + t);
    }
  }

  static void lengths(double[] x, double[] tx, double[] T) {
    if (x == null || tx == null || T == null) {
      throw new SegmentException(x == null ? "x" : tx == null ? "tx" : "T", "the summaries must not be null");
    }
    if (tx.length != x.length || T.length != x.length) {
      throw new SegmentException("tx", "x, tx and T must have one value per customer: got " + x.length + ", "
          + tx.length + " and " + T.length);
    }
  }

  /** Checks a model parameter: finite and above 0 (also for {@link GammaGamma}). */
  static void positive(String name, double v) {
    if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw new SegmentException(name, name + " must be a finite number above 0, got " + v);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BG/NBD(r %.4f, alpha %.4f, a %.4f, b %.4f%s)", r, alpha, a, b,
        unit == null ? "" : ", time in " + unit.toString().toLowerCase(Locale.ROOT));
  }
}
