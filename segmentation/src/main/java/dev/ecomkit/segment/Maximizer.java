package dev.ecomkit.segment;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Maximises a smooth log-likelihood over the logarithms of its positive parameters by Newton's method with
 * Levenberg-Marquardt damping (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., 2006, §3.4 "Newton's
 * method with Hessian modification" and §10.3): the step solves {@code (−H + λ·(D + I))·δ = g}, with H the Hessian
 * (analytic for a {@link HessianObjective}, otherwise from forward differences of the analytic gradient), D its
 * diagonal's magnitudes, and λ shrunk after a step that
 * raises the likelihood and grown after one that does not. The linear solve is Commons Math's Cholesky
 * decomposition. Converged when a step changes the log-likelihood by less than 1e-12 of its size and the gradient's
 * largest component, per unit of weight, is below 1e-6, and the Hessian there is negative definite (a maximum, not
 * a saddle; a nearly flat ridge passes and shows as large standard errors); its inverse then gives the standard errors of θ (the observed information, e.g. Casella
 * &amp; Berger, <i>Statistical Inference</i>, 2nd ed., 2002, §10.1.3). At most {@value #MAX_EVALUATIONS}
 * evaluations of the objective are spent.
 *
 * <p>Stateless and thread-safe; an {@link Objective} is called from the calling thread only.
 */
final class Maximizer {

  /** A log-likelihood over log-parameters θ, with its gradient in θ. */
  interface Objective {
    /** Writes ∂ℓ/∂θ into {@code gradient} and returns ℓ (−∞ or NaN where undefined). */
    double valueAndGradient(double[] theta, double[] gradient);
  }

  /** An objective that also gives its Hessian in θ analytically (then no finite differences are taken). */
  interface HessianObjective extends Objective {
    /** Writes ∂ℓ/∂θ and ∂²ℓ/∂θ² and returns ℓ. */
    double valueGradientHessian(double[] theta, double[] gradient, double[][] hessian);
  }

  /**
   * The outcome: the log-parameters, the log-likelihood, iterations, the scaled gradient, whether it converged, and
   * the standard errors of the log-parameters (null unless converged).
   */
  record Result(double[] theta, double logLikelihood, int iterations, double gradientNorm, boolean converged,
      double[] standardErrors) {}

  static final int MAX_ITERATIONS = 200;
  static final int MAX_EVALUATIONS = 2_000;
  private static final double STEP = 1e-6;

  private Maximizer() {}

  /**
   * @param objective the log-likelihood
   * @param start the starting log-parameters
   * @param weight the total weight (number of customers), to scale the gradient test
   * @param bound the largest |θ| allowed: a parameter running beyond e^bound is not identified by the data
   */
  static Result maximize(Objective objective, double[] start, double weight, double bound) {
    int k = start.length;
    HessianObjective exact = objective instanceof HessianObjective h ? h : null;
    double[] theta = start.clone();
    double[] gradient = new double[k];
    double[][] hessian = new double[k][k];
    double value = exact != null ? exact.valueGradientHessian(theta, gradient, hessian)
        : objective.valueAndGradient(theta, gradient);
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("the log-likelihood is not finite at the starting values " + Arrays.toString(
          theta));
    }
    double lambda = 1e-3;
    double[] next = new double[k];
    double[] nextGradient = new double[k];
    double[][] nextHessian = new double[k][k];
    int evaluations = 1;
    int iteration = 1;
    for (; iteration <= MAX_ITERATIONS && evaluations < MAX_EVALUATIONS; iteration++) {
      if (exact == null) {
        differences(objective, theta, gradient, hessian);
        evaluations += k;
      }
      boolean accepted = false;
      double nextValue = value;
      for (int attempt = 0; attempt < 60 && !accepted && evaluations < MAX_EVALUATIONS; attempt++) {
        double[] step = solve(hessian, gradient, lambda);
        if (step == null) {
          lambda *= 4;
          continue;
        }
        boolean inside = true;
        for (int i = 0; i < k; i++) {
          next[i] = theta[i] + step[i];
          inside &= Math.abs(next[i]) <= bound;
        }
        evaluations += inside ? 1 : 0;
        nextValue = !inside ? Double.NaN : exact != null ? exact.valueGradientHessian(next, nextGradient, nextHessian)
            : objective.valueAndGradient(next, nextGradient);
        if (inside && nextValue >= value && Double.isFinite(nextValue)) {
          accepted = true;
          lambda = Math.max(lambda / 4, 1e-12);
        } else {
          lambda *= 4;
        }
      }
      if (!accepted) {
        double norm = norm(gradient, weight);
        // no step raises the likelihood: converged if the gradient is flat, otherwise stuck (often at a bound)
        return finish(objective, theta, value, iteration, norm, norm < 1e-6, gradient, hessian, exact != null);
      }
      double change = nextValue - value;
      System.arraycopy(next, 0, theta, 0, k);
      value = nextValue;
      System.arraycopy(nextGradient, 0, gradient, 0, k);
      if (exact != null) {
        for (int i = 0; i < k; i++) {
          System.arraycopy(nextHessian[i], 0, hessian[i], 0, k);
        }
      }
      double norm = norm(gradient, weight);
      if (change <= 1e-12 * Math.abs(value) && norm < 1e-6) {
        return finish(objective, theta, value, iteration, norm, true, gradient, hessian, exact != null);
      }
    }
    return new Result(theta, value, iteration - 1, norm(gradient, weight), false, null); // out of iterations or budget
  }

  /** The result, converged only if −H is positive definite at θ; the standard errors from (−H)⁻¹. */
  private static Result finish(Objective objective, double[] theta, double value, int iterations, double norm,
      boolean flat, double[] gradient, double[][] hessian, boolean exact) {
    if (!flat) {
      return new Result(theta, value, iterations, norm, false, null);
    }
    if (!exact) {
      differences(objective, theta, gradient, hessian); // the last ones were taken before the last step
    }
    CholeskyDecomposition information = factor(hessian, 0);
    if (information == null) {
      return new Result(theta, value, iterations, norm, false, null); // a saddle, not a maximum
    }
    RealMatrix inverse = information.getSolver().getInverse();
    double[] errors = new double[theta.length];
    for (int i = 0; i < errors.length; i++) {
      errors[i] = Math.sqrt(inverse.getEntry(i, i));
    }
    return new Result(theta, value, iterations, norm, true, errors);
  }

  private static double norm(double[] gradient, double weight) {
    double norm = 0;
    for (double g : gradient) {
      norm = Math.max(norm, Math.abs(g) / weight);
    }
    return norm;
  }

  /** The Hessian by forward differences of the gradient, symmetrised. */
  private static void differences(Objective objective, double[] theta, double[] gradient, double[][] hessian) {
    int k = theta.length;
    double[] probe = new double[k];
    double[] probeGradient = new double[k];
    for (int j = 0; j < k; j++) {
      System.arraycopy(theta, 0, probe, 0, k);
      probe[j] += STEP;
      objective.valueAndGradient(probe, probeGradient);
      for (int i = 0; i < k; i++) {
        hessian[i][j] = (probeGradient[i] - gradient[i]) / STEP;
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (hessian[i][j] + hessian[j][i]);
        hessian[i][j] = m;
        hessian[j][i] = m;
      }
    }
  }

  /** Solves (−H + λ(|diag H| + 1))·δ = g; null if that matrix is not positive definite. */
  private static double[] solve(double[][] hessian, double[] gradient, double lambda) {
    CholeskyDecomposition c = factor(hessian, lambda);
    return c == null ? null : c.getSolver().solve(new ArrayRealVector(gradient, false)).toArray();
  }

  /** The Cholesky factor of −H + λ(|diag H| + 1); null if that matrix is not positive definite. */
  private static CholeskyDecomposition factor(double[][] hessian, double lambda) {
    int k = hessian.length;
    RealMatrix m = new Array2DRowRealMatrix(k, k);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m.setEntry(i, j, -hessian[i][j]);
      }
      m.addToEntry(i, i, lambda * (Math.abs(hessian[i][i]) + 1));
    }
    try {
      return new CholeskyDecomposition(m, 1e-12, 1e-14);
    } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException x) {
      return null;
    }
  }
}
