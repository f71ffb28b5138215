package dev.ecomkit.segment;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood of Fader, Hardie &amp; Lee (2005), "'Counting your customers' the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2):275-284 (the individual likelihood), summed over
 * compressed customers ({@link BgNbdData}), with its gradient and Hessian in the log-parameters. Per customer, in
 * log space:
 *
 * <pre>
 *   ℓ = ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b) + lse(A₃, A₄)
 *   A₃ = −(r + x) ln(α + T),   A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x)  (x &gt; 0 only)
 * </pre>
 *
 * where lse is the log-sum-exp, so that no power of α + T under- or overflows for large x or T. With p the share
 * e^A₄/(e^A₃ + e^A₄), the Hessian of lse is {@code (1−p)∇²A₃ + p∇²A₄ + p(1−p)(∇A₄ − ∇A₃)(∇A₄ − ∇A₃)ᵀ}; the gamma
 * terms give trigamma functions, taken once per distinct x. Times are tabulated (one logarithm per distinct time)
 * unless there are more distinct times than half the rows, when each row takes its own logarithms in order.
 *
 * <p>Not thread-safe (scratch tables); one instance per fit.
 */
final class BgNbdLikelihood implements Maximizer.HessianObjective {

  private final BgNbdData d;
  private final boolean tabulated;
  private final double[] base;
  private final double[] dr;
  private final double[] da;
  private final double[] db;
  private final double[] hrr;
  private final double[] hab;
  private final double[] hbb;
  private final double[] lnRatio;
  private final double[] inverse;
  private final double[] lnTime;
  private final double[] invTime;

  BgNbdLikelihood(BgNbdData d) {
    this.d = d;
    this.tabulated = d.times.length <= d.rows / 2 + 16;
    int nx = d.xs.length;
    base = new double[nx];
    dr = new double[nx];
    da = new double[nx];
    db = new double[nx];
    hrr = new double[nx];
    hab = new double[nx];
    hbb = new double[nx];
    lnRatio = new double[nx];
    inverse = new double[nx];
    lnTime = new double[tabulated ? d.times.length : 0];
    invTime = new double[tabulated ? d.times.length : 0];
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    return evaluate(theta, gradient, null);
  }

  @Override
  public double valueGradientHessian(double[] theta, double[] gradient, double[][] hessian) {
    return evaluate(theta, gradient, hessian);
  }

  private double evaluate(double[] theta, double[] gradient, double[][] hessian) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double a = Math.exp(theta[2]);
    double b = Math.exp(theta[3]);
    boolean second = hessian != null;
    double lgR = Gamma.logGamma(r);
    double lgB = Gamma.logGamma(b);
    double lgAb = Gamma.logGamma(a + b);
    double psiR = Gamma.digamma(r);
    double psiB = Gamma.digamma(b);
    double psiAb = Gamma.digamma(a + b);
    double triR = second ? Gamma.trigamma(r) : 0;
    double triB = second ? Gamma.trigamma(b) : 0;
    double triAb = second ? Gamma.trigamma(a + b) : 0;
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
      if (second) {
        double triAbx = Gamma.trigamma(a + b + x);
        hrr[i] = Gamma.trigamma(r + x) - triR;
        hab[i] = triAb - triAbx;
        hbb[i] = hab[i] + Gamma.trigamma(b + x) - triB;
      }
      if (x > 0) {
        lnRatio[i] = lnA - Math.log(b + x - 1);
        inverse[i] = 1 / (b + x - 1);
      }
    }
    if (tabulated) {
      for (int i = 0; i < d.times.length; i++) {
        lnTime[i] = Math.log(alpha + d.times[i]);
        invTime[i] = 1 / (alpha + d.times[i]);
      }
    }
    double invAlpha = 1 / alpha;
    double invA = 1 / a;
    double value = 0;
    double gr = 0;
    double gAlpha = 0;
    double ga = 0;
    double gb = 0;
    double srr = 0;
    double sra = 0;
    double saa = 0;
    double sr = 0;
    double sAl = 0;
    double s0 = 0;
    double srb = 0;
    double sab = 0;
    double sb = 0;
    double sbb = 0;
    double hr = 0;
    double hAlAl = 0;
    double hAB = 0;
    double hBB = 0;
    double hAA = 0;
    double pa = 0;
    for (int k = 0; k < d.rows; k++) {
      double w = d.weight[k];
      int xi = d.xIndex[k];
      double x = d.xs[xi];
      double rx = r + x;
      double lT;
      double iT;
      double lTx;
      double iTx;
      if (tabulated) {
        lT = lnTime[d.tIndex[k]];
        iT = invTime[d.tIndex[k]];
        lTx = lnTime[d.txIndex[k]];
        iTx = invTime[d.txIndex[k]];
      } else {
        lT = Math.log(alpha + d.rowT[k]);
        iT = 1 / (alpha + d.rowT[k]);
        if (x > 0) {
          lTx = Math.log(alpha + d.rowTx[k]);
          iTx = 1 / (alpha + d.rowTx[k]);
        } else {
          lTx = lnAlpha;
          iTx = invAlpha;
        }
      }
      double a3 = -rx * lT;
      double lse;
      double p; // the share of the likelihood from "dropped out after the last purchase"
      if (x > 0) {
        double a4 = lnRatio[xi] - rx * lTx;
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
      double inv = x > 0 ? inverse[xi] : 0;
      value += w * (base[xi] + lse);
      gr += w * (dr[xi] - q * lT - p * lTx);
      gAlpha += w * (r * invAlpha - rx * (q * iT + p * iTx));
      ga += w * (da[xi] + p * invA);
      gb += w * (db[xi] - p * inv);
      if (second) {
        hr += w * (hrr[xi]);
        hAlAl += w * (rx * (q * iT * iT + p * iTx * iTx));
        pa += w * (q * iT + p * iTx);
        hAA += w * (hab[xi] - p * invA * invA);
        hAB += w * hab[xi];
        hBB += w * (hbb[xi] + p * inv * inv);
        if (p > 0) {
          // p(1 − p)·ΔΔᵀ with Δ = ∇A₄ − ∇A₃ = (lT − lTx, −rx(iTx − iT), 1/a, −inv)
          double s = w * p * q;
          double deltaR = lT - lTx;
          double deltaAlpha = -rx * (iTx - iT);
          srr += s * deltaR * deltaR;
          sra += s * deltaR * deltaAlpha;
          saa += s * deltaAlpha * deltaAlpha;
          sr += s * deltaR;
          sAl += s * deltaAlpha;
          s0 += s;
          srb += s * deltaR * inv;
          sab += s * deltaAlpha * inv;
          sb += s * inv;
          sbb += s * inv * inv;
        }
      }
    }
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
    if (second) {
      double total = d.customers;
      double[][] h = new double[4][4];
      h[0][0] = hr + srr;
      h[0][1] = total * invAlpha - pa + sra;
      h[1][1] = -total * r * invAlpha * invAlpha + hAlAl + saa;
      h[0][2] = sr * invA;
      h[0][3] = -srb;
      h[1][2] = sAl * invA;
      h[1][3] = -sab;
      h[2][2] = hAA + s0 * invA * invA;
      h[2][3] = hAB - sb * invA;
      h[3][3] = hBB + sbb;
      double[] phi = {r, alpha, a, b};
      double[] g = {gr, gAlpha, ga, gb};
      for (int i = 0; i < 4; i++) {
        for (int j = i; j < 4; j++) {
          double v = phi[i] * phi[j] * h[i][j] + (i == j ? phi[i] * g[i] : 0);
          hessian[i][j] = v;
          hessian[j][i] = v;
        }
      }
    }
    return value;
  }
}
