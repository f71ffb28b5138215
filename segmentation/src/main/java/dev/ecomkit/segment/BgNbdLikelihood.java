package dev.ecomkit.segment;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of Fader, Hardie &amp; Lee (2005), "'Counting your customers' the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2):275-284, eq. 6, summed over compressed customers
 * ({@link BgNbdData}), with its gradient in the log-parameters. Per customer, in log space:
 *
 * <pre>
 *   ℓ = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b)
 *       + ln( (α + T)^−(r+x) + [x &gt; 0]·a/(b + x − 1)·(α + t_x)^−(r+x) )
 * </pre>
 *
 * where the last term is a log-sum-exp, so that no power of α + T under- or overflows for large x or T.
 *
 * <p>Not thread-safe (scratch tables); one instance per fit.
 */
final class BgNbdLikelihood implements Maximizer.Objective {

  private final BgNbdData d;
  private final double[] base;
  private final double[] dr;
  private final double[] da;
  private final double[] db;
  private final double[] lnRatio;
  private final double[] inverse;
  private final double[] lnTime;
  private final double[] invTime;

  BgNbdLikelihood(BgNbdData d) {
    this.d = d;
    int nx = d.xs.length;
    base = new double[nx];
    dr = new double[nx];
    da = new double[nx];
    db = new double[nx];
    lnRatio = new double[nx];
    inverse = new double[nx];
    lnTime = new double[d.times.length];
    invTime = new double[d.times.length];
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double a = Math.exp(theta[2]);
    double b = Math.exp(theta[3]);
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAb = Gamma.logGamma(a + b);
    double psiR = Gamma.digamma(r);
    double psiB = Gamma.digamma(b);
    double psiAb = Gamma.digamma(a + b);
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    for (int i = 0; i < d.xs.length; i++) {
      double x = d.xs[i];
      double psiAbx = Gamma.digamma(a + b + x);
      base[i] = Gamma.logGamma(r + x) - lgR + r * lnAlpha + lgAb + Gamma.logGamma(b + x) - lgB
          - Gamma.logGamma(a + b + x);
      dr[i] = Gamma.digamma(r + x) - psiR + lnAlpha;
      da[i] = psiAb - psiAbx;
      db[i] = psiAb + Gamma.digamma(b + x) - psiB - psiAbx;
      if (x > 0) {
        lnRatio[i] = lnA - Math.log(b + x - 1);
        inverse[i] = 1 / (b + x - 1);
      }
    }
    for (int i = 0; i < d.times.length; i++) {
      lnTime[i] = Math.log(alpha + d.times[i]);
      invTime[i] = 1 / (alpha + d.times[i]);
    }
    double value = 0;
    double gr = 0;
    double gAlpha = 0;
    double ga = 0;
    double gb = 0;
    for (int k = 0; k < d.rows; k++) {
      double w = d.weight[k];
      int xi = d.xIndex[k];
      int ti = d.tIndex[k];
      double x = d.xs[xi];
      double rx = r + x;
      double a3 = -rx * lnTime[ti];
      double lse;
      double p; // the share of the likelihood from "dropped out after the last purchase"
      int txi = d.txIndex[k];
      if (x > 0) {
        double a4 = lnRatio[xi] - rx * lnTime[txi];
        if (a4 >= a3) {
          double e = Math.exp(a3 - a4);
          lse = a4 + Math.log1p(e);
          p = 1 / (1 + e);
        } else {
          double e = Math.exp(a4 - a3);
          lse = a3 + Math.log1p(e);
          p = e / (1 + e);
        }
      } else {
        lse = a3;
        p = 0;
      }
      double q = 1 - p;
      value += w * (base[xi] + lse);
      gr += w * (dr[xi] - q * lnTime[ti] - p * lnTime[txi]);
      gAlpha += w * (r / alpha - rx * (q * invTime[ti] + p * invTime[txi]));
      ga += w * (da[xi] + p / a);
      gb += w * (db[xi] - (x > 0 ? p * inverse[xi] : 0));
    }
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
    return value;
  }
}
