package dev.ecomkit.forecast;

import java.util.function.ToDoubleFunction;

/**
 * Minimises a function by the downhill simplex method of Nelder &amp; Mead ("A simplex method for function
 * minimization", The Computer Journal 7(4), 1965) with the coefficients R's {@code optim} uses (reflection 1,
 * contraction 0.5, expansion 2, shrink 0.5) and its stopping rule: the spread of the simplex's values below
 * {@code tolerance · (|f(start)| + tolerance)}, or a budget of evaluations. Infinite values (a point outside the
 * admissible region) are simply the worst. Not thread-safe: one instance per minimisation, reused across restarts.
 */
final class NelderMead {

  private final int dimension;
  private final double[][] simplex;
  private final double[] values;
  private final double[] centroid;
  private final double[] trial;
  private final double[] trial2;
  private int evaluations;

  NelderMead(int dimension) {
    this.dimension = dimension;
    this.simplex = new double[dimension + 1][dimension];
    this.values = new double[dimension + 1];
    this.centroid = new double[dimension];
    this.trial = new double[dimension];
    this.trial2 = new double[dimension];
  }

  /**
   * Minimises {@code f} from {@code start} (overwritten with the best point found), the initial simplex spanning
   * {@code steps[j]} along each axis.
   *
   * @return the best value found
   */
  double minimise(ToDoubleFunction<double[]> f, double[] start, double[] steps, double tolerance, double absolute,
      int budget) {
    evaluations = 0;
    int n = dimension;
    System.arraycopy(start, 0, simplex[0], 0, n);
    values[0] = evaluate(f, simplex[0]);
    double threshold = tolerance * (Math.abs(values[0]) + tolerance) + absolute;
    for (int j = 0; j < n; j++) {
      System.arraycopy(start, 0, simplex[j + 1], 0, n);
      simplex[j + 1][j] += steps[j];
      values[j + 1] = evaluate(f, simplex[j + 1]);
    }
    while (evaluations < budget) {
      int best = 0;
      int worst = 0;
      for (int i = 1; i <= n; i++) {
        if (values[i] < values[best]) {
          best = i;
        }
        if (values[i] > values[worst]) {
          worst = i;
        }
      }
      int second = best;
      for (int i = 0; i <= n; i++) {
        if (i != worst && values[i] > values[second]) {
          second = i;
        }
      }
      if (values[worst] <= values[best] + threshold) {
        break;
      }
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i <= n; i++) {
          if (i != worst) {
            sum += simplex[i][j];
          }
        }
        centroid[j] = sum / n;
      }
      move(centroid, simplex[worst], 1, trial); // reflect
      double reflected = evaluate(f, trial);
      if (reflected < values[best]) {
        move(centroid, simplex[worst], 2, trial2); // expand
        double expanded = evaluate(f, trial2);
        if (expanded < reflected) {
          accept(worst, trial2, expanded);
        } else {
          accept(worst, trial, reflected);
        }
      } else if (reflected < values[second]) {
        accept(worst, trial, reflected);
      } else {
        boolean outside = reflected < values[worst];
        move(centroid, simplex[worst], outside ? 0.5 : -0.5, trial2); // contract, outside or inside
        double contracted = evaluate(f, trial2);
        if (contracted < Math.min(reflected, values[worst])) {
          accept(worst, trial2, contracted);
        } else {
          for (int i = 0; i <= n; i++) { // shrink towards the best
            if (i != best) {
              for (int j = 0; j < n; j++) {
                simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
              }
              values[i] = evaluate(f, simplex[i]);
            }
          }
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= n; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    System.arraycopy(simplex[best], 0, start, 0, n);
    return values[best];
  }

  private double evaluate(ToDoubleFunction<double[]> f, double[] x) {
    evaluations++;
    double v = f.applyAsDouble(x);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  /** {@code out = centroid + coefficient · (centroid − worst)}. */
  private void move(double[] centroid, double[] worst, double coefficient, double[] out) {
    for (int j = 0; j < dimension; j++) {
      out[j] = centroid[j] + coefficient * (centroid[j] - worst[j]);
    }
  }

  private void accept(int index, double[] point, double value) {
    System.arraycopy(point, 0, simplex[index], 0, dimension);
    values[index] = value;
  }
}
