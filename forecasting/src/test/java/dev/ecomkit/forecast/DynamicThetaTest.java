package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dynamic optimised Theta model's recursion in its limiting cases, and its forecasts. */
class DynamicThetaTest {

  @Test
  void thetaOneIsSimpleExponentialSmoothing() {
    double[] x = Datasets.NILE;
    double alpha = 0.3;
    double initial = 1000;
    double[] errors = new double[x.length];
    DynamicTheta.run(x, initial, alpha, 1, errors, null);

    double level = alpha * x[0] + (1 - alpha) * initial;
    for (int t = 1; t < x.length; t++) {
      assertEquals(x[t] - level, errors[t], 1e-9, "t=" + t);
      level += alpha * (x[t] - level);
    }
  }

  @Test
  void aStraightLineIsContinued() {
    double[] line = new double[40];
    for (int t = 0; t < line.length; t++) {
      line[t] = 100 + 3 * t;
    }
    Forecast f = Forecaster.dynamicTheta().forecast(TimeSeries.of(line, 1), 12);

    for (int h = 0; h < 12; h++) {
      double expected = 100 + 3 * (40 + h);
      assertEquals(expected, f.mean()[h], 0.01 * expected, "h=" + (h + 1));
    }
    assertEquals("dynamic theta", f.report().method());
  }

  @Test
  void seasonalSeriesIsReseasonalised() {
    Forecast f = Forecaster.dynamicTheta().forecast(TimeSeries.of(Datasets.US_ACCIDENTAL_DEATHS, 12), 12);

    // July is the peak of accidental deaths in the USA, February the trough, every year of the history
    double[] mean = f.mean();
    for (int h = 0; h < 12; h++) {
      assertTrue(mean[6] >= mean[h] && mean[1] <= mean[h], "h=" + (h + 1));
      assertTrue(f.lower(0.95)[h] < mean[h] && mean[h] < f.upper(0.95)[h]);
    }
  }

  @Test
  void constantSeriesIsFlat() {
    Forecast f = Forecaster.dynamicTheta().forecast(TimeSeries.of(new double[] {4, 4, 4, 4, 4, 4}, 1), 3);

    assertEquals(4, f.mean()[2]);
    assertEquals(4, f.upper(0.95)[2]);
  }

  @net.jqwik.api.Property(tries = 200)
  void theDynamicLineIsTheLeastSquaresLineOfTheValuesSoFar(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 2, max = 60) java.util.List<
          @net.jqwik.api.constraints.DoubleRange(min = -1000, max = 1000) Double> values) {
    double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] line = new double[2];
    DynamicTheta.run(x, 0, 0.5, 2, new double[x.length], null, line);

    // Fiorucci et al. (2016) eq. (8)-(9): A_t + B_t·s is the least-squares line of y_1..y_t on s = 1..t
    int n = x.length;
    double[][] design = new double[n][];
    for (int t = 0; t < n; t++) {
      design[t] = new double[] {1, t + 1};
    }
    double[] ols = LeastSquares.solve(design, x);
    double size = 1 + java.util.Arrays.stream(x).map(Math::abs).max().orElse(0);
    assertEquals(ols[0], line[0], 1e-9 * size * n);
    assertEquals(ols[1], line[1], 1e-9 * size);
  }
}
