package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The likelihood's analytic gradient and Hessian against central differences, with times tabulated or not. */
class BgNbdLikelihoodTest {

  @Test
  void derivativesMatchDifferences() {
    double[][] few = BgNbdTest.simulate(200, 0.4, 3, 0.9, 2.2, 5, 10, 60); // every row distinct: per-row logs
    double[] x = new double[4_000]; // few distinct rows, many customers: tabulated times
    double[] tx = new double[x.length];
    double[] t = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 7;
      tx[i] = x[i] == 0 ? 0 : (i % 5) + 1;
      t[i] = 10 + i % 3;
    }
    for (BgNbdData data : new BgNbdData[] {BgNbdData.of(few[0], few[1], few[2]), BgNbdData.of(x, tx, t)}) {
      BgNbdLikelihood f = new BgNbdLikelihood(data);
      double[] theta = {Math.log(0.5), Math.log(2.5), Math.log(1.3), Math.log(1.9)};
      double[] g = new double[4];
      double[][] h = new double[4][4];
      double value = f.valueGradientHessian(theta, g, h);
      double[] g2 = new double[4];
      assertEquals(value, f.valueAndGradient(theta, g2), 0);
      double step = 1e-5;
      for (int j = 0; j < 4; j++) {
        double[] up = theta.clone();
        double[] down = theta.clone();
        up[j] += step;
        down[j] -= step;
        double[] gu = new double[4];
        double[] gd = new double[4];
        double fu = f.valueAndGradient(up, gu);
        double fd = f.valueAndGradient(down, gd);
        assertEquals((fu - fd) / (2 * step), g[j], 1e-6 * Math.max(1, Math.abs(g[j])), "gradient " + j);
        for (int i = 0; i < 4; i++) {
          double numeric = (gu[i] - gd[i]) / (2 * step);
          assertEquals(numeric, h[i][j], 1e-5 * Math.max(1, Math.abs(numeric)), "hessian " + i + "," + j);
        }
      }
    }
  }
}
