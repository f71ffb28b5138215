package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The Schur-Cohn test against the roots themselves (eigenvalues of the companion matrix), and the admissible
 * region against the conditions of Hyndman, Akram &amp; Archibald (2008).
 */
class EtsAdmissibilityProperties {

  @Property(tries = 2000)
  void schurCohnAgreesWithTheRoots(@ForAll @IntRange(min = 1, max = 14) int n,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double c0, @ForAll @DoubleRange(min = -1.5, max = 1.5) double c1,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double c2, @ForAll @DoubleRange(min = -0.3, max = 0.3) double rest) {
    double[] c = new double[2 * (n + 1)];
    c[0] = c0;
    for (int k = 1; k < n; k++) {
      c[k] = k == 1 ? c1 : k == 2 ? c2 : rest / k;
    }
    c[n] = 1;
    double largest = largestRootModulus(c, n);
    Assume.that(Math.abs(largest - 1) > 1e-6);

    assertEquals(largest < 1, EtsAdmissibility.rootsInUnitDisc(c, n, n + 1), () -> "largest root " + largest);
  }

  @Property(tries = 1000)
  void seasonalRegionMatchesTheRootCondition(@ForAll @IntRange(min = 2, max = 24) int m,
      @ForAll @DoubleRange(min = 0, max = 1.2) double alpha, @ForAll @DoubleRange(min = -0.2, max = 1) double beta,
      @ForAll @DoubleRange(min = 0, max = 1.2) double gamma, @ForAll @DoubleRange(min = 0.5, max = 1) double phi) {
    double[] p = new double[2 * (m + 2)];
    double middle = alpha + beta - alpha * phi;
    p[0] = phi * (1 - alpha - gamma);
    p[1] = middle + gamma - 1;
    for (int k = 2; k < m; k++) {
      p[k] = middle;
    }
    p[m] = alpha + beta - phi;
    p[m + 1] = 1;
    double largest = largestRootModulus(p, m + 1);
    Assume.that(Math.abs(largest - 1) > 1e-6);
    boolean easy = gamma >= Math.max(1 - 1 / phi - alpha, 0) && gamma <= 1 + 1 / phi - alpha
        && alpha >= 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)
        && beta >= -(1 - phi) * (gamma / m + alpha);

    assertEquals(easy && largest < 1,
        EtsAdmissibility.admissible(alpha, beta, gamma, phi, true, m, new double[2 * (m + 2)]));
  }

  @Test
  void textbookCases() {
    double[] work = new double[2 * (12 + 2)];
    // the usual region's corner cases are admissible: ANA and AAdA at typical fitted values (R's USAccDeaths ANA)
    assertTrue(EtsAdmissibility.admissible(0.59459, 0, 0.002029, 1, false, 12, work));
    assertTrue(EtsAdmissibility.admissible(0.709552, 0.020409, 0.0001, 0.98, true, 12, work));
    // simple exponential smoothing: 0 < α < 2 (HKOS 2008 §10.2)
    assertTrue(EtsAdmissibility.admissible(1.9, 0, 0, 1, false, 1, work));
    assertFalse(EtsAdmissibility.admissible(2.1, 0, 0, 1, false, 1, work));
    // Holt: 0 < β < 4 − 2α
    assertTrue(EtsAdmissibility.admissible(1.0, 1.9, 0, 1, true, 1, work));
    assertFalse(EtsAdmissibility.admissible(1.0, 2.1, 0, 1, true, 1, work));
    // a season that amplifies itself: γ beyond 1 + 1/φ − α
    assertFalse(EtsAdmissibility.admissible(0.5, 0, 1.6, 1, false, 4, work));
    // φ above 1 is explosive
    assertFalse(EtsAdmissibility.admissible(0.5, 0.1, 0, 1.01, true, 1, work));
  }

  /**
   * The largest |root| of {@code c[0] + … + c[n]z^n} with {@code c[n] = 1}: eigenvalues of the companion matrix, or,
   * when Commons Math's Hessenberg QR iteration stops without converging (it has an iteration cap, reached on a few
   * companion matrices), the roots by Laguerre's method.
   */
  private static double largestRootModulus(double[] c, int n) {
    try {
      return largestEigenvalueModulus(c, n);
    } catch (MaxCountExceededException e) {
      double[] coefficients = java.util.Arrays.copyOf(c, n + 1);
      double largest = 0;
      for (Complex root : new LaguerreSolver(1e-15, 1e-15).solveAllComplex(coefficients, 0)) {
        largest = Math.max(largest, root.abs());
      }
      return largest;
    }
  }

  private static double largestEigenvalueModulus(double[] c, int n) {
    double[][] companion = new double[n][n];
    for (int i = 0; i < n; i++) {
      companion[0][i] = -c[n - 1 - i];
      if (i > 0) {
        companion[i][i - 1] = 1;
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(companion, false));
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, Math.hypot(eigen.getRealEigenvalue(i), eigen.getImagEigenvalue(i)));
    }
    return largest;
  }
}
