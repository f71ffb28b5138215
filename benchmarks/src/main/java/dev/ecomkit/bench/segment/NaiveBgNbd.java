package dev.ecomkit.bench.segment;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * BG/NBD the textbook way, as a developer writes it first: the log-likelihood summed customer by customer with its
 * log-gammas taken per row, minimised by Nelder-Mead from 0.1 for every parameter, and eq. 10 with the
 * hypergeometric series summed as written, per customer. Not the Python peer lifetimes' current method (0.11
 * minimises with autograd gradients and BFGS on rescaled times, and takes scipy's {@code hyp2f1}). Same model, same
 * answers (set-up checks).
 */
final class NaiveBgNbd {

  private NaiveBgNbd() {}

  /** {r, α, a, b} by Nelder-Mead on the negative log-likelihood over log-parameters. */
  static double[] fit(double[] x, double[] tx, double[] t) {
    MultivariateFunction negative = theta -> {
      double r = Math.exp(theta[0]);
      double alpha = Math.exp(theta[1]);
      double a = Math.exp(theta[2]);
      double b = Math.exp(theta[3]);
      double sum = 0;
      for (int i = 0; i < x.length; i++) {
        sum += logLikelihood(r, alpha, a, b, x[i], tx[i], t[i]);
      }
      return -sum;
    };
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-8);
    PointValuePair best = optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(negative),
        GoalType.MINIMIZE, new InitialGuess(new double[] {Math.log(0.1), Math.log(0.1), Math.log(0.1),
            Math.log(0.1)}), new NelderMeadSimplex(4, 0.5));
    double[] p = best.getPoint();
    return new double[] {Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])};
  }

  static double logLikelihood(double r, double alpha, double a, double b, double x, double tx, double t) {
    double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
    double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
    double a3 = -(r + x) * Math.log(alpha + t);
    double a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : Double.NEGATIVE_INFINITY;
    double m = Math.max(a3, a4);
    return a1 + a2 + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
  }

  /** Eq. 10 per customer, the Gauss series of ₂F₁ summed directly. */
  static double[] expected(double[] p, double h, double[] x, double[] tx, double[] t) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double z = h / (alpha + t[i] + h);
      double aa = r + x[i];
      double bb = b + x[i];
      double cc = a + b + x[i] - 1;
      double term = 1;
      double sum = 1;
      for (int k = 0; k < 100_000 && Math.abs(term) > 1e-15 * Math.abs(sum); k++) {
        term *= (aa + k) * (bb + k) / ((cc + k) * (k + 1)) * z;
        sum += term;
      }
      double numerator = (a + b + x[i] - 1) / (a - 1)
          * (1 - Math.pow((alpha + t[i]) / (alpha + t[i] + h), r + x[i]) * sum);
      double denominator = 1 + (x[i] > 0 ? a / (b + x[i] - 1) * Math.pow((alpha + t[i]) / (alpha + tx[i]),
          r + x[i]) : 0);
      out[i] = numerator / denominator;
    }
    return out;
  }
}
