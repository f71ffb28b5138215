package dev.ecomkit.segment;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (客单价模型) of Fader, Hardie &amp; Lee (2005), "RFM and CLV: using
 * iso-value curves for customer base analysis", Journal of Marketing Research 42(4):415-430, §"Spend", as set out in
 * Fader &amp; Hardie (2013), "The Gamma-Gamma model of monetary value" (note, brucehardie.com). A customer's purchases
 * are Gamma(p, ν) amounts with her own ν ~ Gamma(q, γ); her average over x purchases, m̄, has the likelihood
 *
 * <pre>
 *   ln f(m̄ | x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m̄ + px ln x − (px + q) ln(γ + x m̄)
 * </pre>
 *
 * and her expected spend per purchase is {@code E[M | m̄, x] = p(γ + x m̄)/(px + q − 1)}, a weighted mean of the
 * population mean {@code pγ/(q − 1)} and her own m̄. The model assumes spend is independent of the purchase
 * process: check that m̄ and x are not correlated before relying on it.
 *
 * <pre>{@code
 * GammaGamma gg = GammaGamma.fit(x, meanSpend);        // customers with x ≥ 1 only
 * gg.p(); gg.q(); gg.v();
 * gg.expectedSpend(2, 35.5);                           // shrinks 35.5 towards the population mean
 * }</pre>
 *
 * <p>Fitting is by maximum likelihood with the same Newton method and failure rules as {@link BgNbd}, on spends
 * in units of their mean (γ is scaled back); special functions are taken once per distinct x, and every customer is
 * a row of her own (spends rarely repeat), so the diagnostics' distinct rows are the customers. x counts the purchases m̄ averages (in CDNOW-style data, the repeat
 * purchases and their mean); a customer with x = 0 or m̄ ≤ 0 is refused with a typed error naming her, as the
 * model has nothing to say about her spend.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GammaGamma {

  private static final double BOUND = 18;

  private final double p;
  private final double q;
  private final double v;
  private final FitDiagnostics diagnostics;

  private GammaGamma(double p, double q, double v, FitDiagnostics diagnostics) {
    this.p = p;
    this.q = q;
    this.v = v;
    this.diagnostics = diagnostics;
  }

  /**
   * A model with known parameters.
   *
   * @param p the shape of a purchase's amount, above 0
   * @param q the shape of the customers' ν, above 0
   * @param v γ, the scale of the customers' ν, above 0
   * @return the model
   * @throws SegmentException for a parameter that is not a finite number above 0
   * @since 0.1
   */
  public static GammaGamma of(double p, double q, double v) {
    BgNbd.positive("p", p);
    BgNbd.positive("q", q);
    BgNbd.positive("v", v);
    return new GammaGamma(p, q, v, null);
  }

  /**
   * Fits the model.
   *
   * @param x the purchases each customer's mean spend averages, whole numbers from 1 to 1,000,000
   * @param meanSpend each customer's mean spend per purchase, above 0 and finite
   * @return the fitted model
   * @throws SegmentException naming the first customer with x = 0 or a spend that is not above 0, or if the fit
   *     does not converge
   * @since 0.1
   */
  public static GammaGamma fit(double[] x, double[] meanSpend) {
    if (x == null || meanSpend == null) {
      throw new SegmentException(x == null ? "x" : "meanSpend", "the summaries must not be null");
    }
    if (x.length != meanSpend.length) {
      throw new SegmentException("meanSpend", "x and meanSpend must have one value per customer: got " + x.length
          + " and " + meanSpend.length);
    }
    if (x.length == 0) {
      throw new SegmentException("x", "no customers to fit");
    }
    BgNbdData.DoubleIndex xs = new BgNbdData.DoubleIndex(64);
    int n = x.length;
    int[] xi = new int[n];
    double[] lnM = new double[n];
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      check(i, x[i], meanSpend[i]);
      xi[i] = xs.index(x[i]);
      lnM[i] = Math.log(meanSpend[i]);
      sum += meanSpend[i];
      squares += meanSpend[i] * meanSpend[i];
    }
    double[] distinct = xs.values();
    double mean = sum / n;
    // spends are fitted in units of their mean (γ scales back), so that no currency puts the start out of range
    double[] scaled = new double[n];
    double lnMean = Math.log(mean);
    for (int i = 0; i < n; i++) {
      scaled[i] = meanSpend[i] / mean;
      lnM[i] -= lnMean;
    }
    double cv2 = Math.max(squares / n / (mean * mean) - 1, 0.01);
    // start: purchases of shape p = 1/cv² around a population mean, q = 2 (a wide spread between customers)
    double p0 = Math.min(Math.max(1 / cv2, 0.1), 100);
    double q0 = 3;
    double v0 = (q0 - 1) / p0;
    Objective f = new Objective(x, scaled, xi, lnM, distinct);
    Maximizer.Result fit;
    try {
      fit = Maximizer.maximize(f, new double[] {Math.log(p0), Math.log(q0), Math.log(v0)}, n, BOUND);
    } catch (IllegalStateException e) {
      throw new SegmentException("meanSpend", "the Gamma-Gamma fit could not start: " + e.getMessage());
    }
    double p = Math.exp(fit.theta()[0]);
    double q = Math.exp(fit.theta()[1]);
    double v = Math.exp(fit.theta()[2]) * mean;
    boolean edge = false;
    for (double t : fit.theta()) {
      edge |= Math.abs(t) > BOUND - 1;
    }
    if (!fit.converged() || edge) {
      throw new SegmentException("meanSpend", String.format(Locale.ROOT, "the Gamma-Gamma fit did not converge "
          + "(p %.4g, q %.4g, v %.4g after %d iterations, gradient %.2e per customer): the spends may not follow the "
          + "model", p, q, v, fit.iterations(), fit.gradientNorm()));
    }
    // back to the data's currency: each customer's density scales by 1/mean
    FitDiagnostics diagnostics = ImmutableFitDiagnostics.builder().logLikelihood(fit.logLikelihood() - n * lnMean)
        .iterations(fit.iterations()).gradientNorm(fit.gradientNorm()).customers(n).distinctRows(n)
        .addStandardErrors(p * fit.standardErrors()[0], q * fit.standardErrors()[1], v * fit.standardErrors()[2])
        .build();
    return new GammaGamma(p, q, v, diagnostics);
  }

  private static void check(int i, double x, double m) {
    if (!(x >= 1 && x <= BgNbdData.MAX_X && x == Math.rint(x))) {
      throw new SegmentException("x", BgNbdData.who(i) + "x must be a whole number from 1 to " + BgNbdData.MAX_X
          + " (the spend model needs at least one purchase averaged), got " + x);
    }
    if (!(m > 0 && m < Double.POSITIVE_INFINITY)) {
      throw new SegmentException("meanSpend", BgNbdData.who(i) + "the mean spend must be a finite number above 0, "
          + "got " + m);
    }
  }

  /** The log-likelihood in (ln p, ln q, ln γ), its special functions once per distinct x. */
  private static final class Objective implements Maximizer.Objective {
    private final double[] x;
    private final double[] m;
    private final int[] xi;
    private final double[] lnM;
    private final double[] xs;
    private final double[] lgPxq;
    private final double[] lgPx;
    private final double[] psiPxq;
    private final double[] psiPx;
    private final double[] lnX;

    Objective(double[] x, double[] m, int[] xi, double[] lnM, double[] xs) {
      this.x = x;
      this.m = m;
      this.xi = xi;
      this.lnM = lnM;
      this.xs = xs;
      int k = xs.length;
      lgPxq = new double[k];
      lgPx = new double[k];
      psiPxq = new double[k];
      psiPx = new double[k];
      lnX = new double[k];
      for (int i = 0; i < k; i++) {
        lnX[i] = Math.log(xs[i]);
      }
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
      double p = Math.exp(theta[0]);
      double q = Math.exp(theta[1]);
      double v = Math.exp(theta[2]);
      for (int i = 0; i < xs.length; i++) {
        double px = p * xs[i];
        lgPxq[i] = Gamma.logGamma(px + q);
        lgPx[i] = Gamma.logGamma(px);
        psiPxq[i] = Gamma.digamma(px + q);
        psiPx[i] = Gamma.digamma(px);
      }
      double lgQ = Gamma.logGamma(q);
      double psiQ = Gamma.digamma(q);
      double lnV = Math.log(v);
      double value = 0;
      double gp = 0;
      double gq = 0;
      double gv = 0;
      for (int i = 0; i < x.length; i++) {
        int k = xi[i];
        double xv = xs[k];
        double px = p * xv;
        double s = v + xv * m[i];
        double lnS = Math.log(s);
        value += lgPxq[k] - lgPx[k] - lgQ + q * lnV + (px - 1) * lnM[i] + px * lnX[k] - (px + q) * lnS;
        gp += xv * (psiPxq[k] - psiPx[k] + lnM[i] + lnX[k] - lnS);
        gq += psiPxq[k] - psiQ + lnV - lnS;
        gv += q / v - (px + q) / s;
      }
      gradient[0] = gp * p;
      gradient[1] = gq * q;
      gradient[2] = gv * v;
      return value;
    }
  }

  /** @return p, the shape of a purchase's amount */
  public double p() {
    return p;
  }

  /** @return q, the shape of the customers' ν */
  public double q() {
    return q;
  }

  /** @return γ (called v in the lifetimes package), the scale of the customers' ν */
  public double v() {
    return v;
  }

  /** @return how the fit went; empty for a model built from known parameters */
  public Optional<FitDiagnostics> diagnostics() {
    return Optional.ofNullable(diagnostics);
  }

  /**
   * The population's mean spend per purchase, pγ/(q − 1).
   *
   * @return the mean
   * @throws SegmentException if q ≤ 1, where the mean is infinite
   * @since 0.1
   */
  public double expectedSpend() {
    if (!(q > 1)) {
      throw new SegmentException("q", "with q = " + q + " ≤ 1 the population's mean spend is infinite");
    }
    return p * v / (q - 1);
  }

  /**
   * A customer's expected spend per purchase given her history, p(γ + x m̄)/(px + q − 1); the population mean for
   * x = 0.
   *
   * @param x the purchases her mean spend averages, a whole number of at least 0
   * @param meanSpend her mean spend, 0 or more (0 for a customer whose refunds cancel her purchases; the estimate
   *     then leans on the population); ignored for x = 0
   * @return the expected spend per purchase
   * @throws SegmentException for a bad value, or if px + q ≤ 1
   * @since 0.1
   */
  public double expectedSpend(double x, double meanSpend) {
    if (x == 0) {
      return expectedSpend();
    }
    if (!(x >= 1 && x <= BgNbdData.MAX_X && x == Math.rint(x))) {
      check(-1, x, meanSpend); // throws, naming x
    }
    if (!(meanSpend >= 0 && meanSpend < Double.POSITIVE_INFINITY)) {
      throw new SegmentException("meanSpend", "the mean spend must be a finite number of at least 0, got "
          + meanSpend);
    }
    double denominator = p * x + q - 1;
    if (!(denominator > 0)) {
      throw new SegmentException("q", "px + q − 1 = " + denominator + " ≤ 0: the expected spend is infinite");
    }
    return p * (v + x * meanSpend) / denominator;
  }

  /**
   * One customer's log-likelihood, as above.
   *
   * @param x the purchases her mean spend averages, 1 or more
   * @param meanSpend her mean spend, above 0
   * @return ln f(m̄ | p, q, γ, x)
   * @throws SegmentException for a bad value
   * @since 0.1
   */
  public double logLikelihood(double x, double meanSpend) {
    check(-1, x, meanSpend);
    double px = p * x;
    return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
        + (px - 1) * Math.log(meanSpend) + px * Math.log(x) - (px + q) * Math.log(v + x * meanSpend);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Gamma-Gamma(p %.4f, q %.4f, v %.4f)", p, q, v);
  }
}
