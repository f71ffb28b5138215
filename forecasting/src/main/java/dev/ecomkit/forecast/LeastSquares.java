package dev.ecomkit.forecast;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Ordinary least squares by Householder QR (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., §5.3), as
 * R's {@code lm}: numerically safer than the normal equations. Stateless and thread-safe.
 */
final class LeastSquares {

  private LeastSquares() {}

  /** The coefficients {@code b} minimising {@code |y − Xb|²}; {@code X} has full column rank. */
  static double[] solve(double[][] x, double[] y) {
    return new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
        .solve(new ArrayRealVector(y, false)).toArray();
  }
}
