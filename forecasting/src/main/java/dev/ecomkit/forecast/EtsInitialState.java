package dev.ecomkit.forecast;

/**
 * The starting values of an ETS model's initial states, from which the optimiser starts (HKOS 2008 §5.2.1, the
 * heuristic of Hyndman, Koehler, Snyder &amp; Grose 2002, §2.6.1), computed as R's {@code forecast:::initstate}:
 *
 * <ul>
 *   <li>Season: with at least three seasons of data, the seasonal figure of a classical decomposition
 *       ({@link #decompose}); with fewer, what remains of the series after a linear trend fitted together with one
 *       pair of Fourier terms ({@code y ~ 1 + t + sin(2πt/m) + cos(2πt/m)}). A multiplicative season is kept at
 *       0.01 or above.
 *   <li>Level and growth: from the first {@code min(max(10, 2m), n)} seasonally adjusted values, their mean (no
 *       trend) or the intercept and slope of a least-squares line (additive trend).
 * </ul>
 *
 * <p>The result is laid out as R's {@code initstate}: the level, the growth if there is a trend, then the
 * {@code m − 1} free seasonal states, most recent first (the m-th follows from the seasonal states summing to 0,
 * or to {@code m} for a multiplicative season). Stateless and thread-safe.
 */
final class EtsInitialState {

  private EtsInitialState() {}

  /**
   * The starting states of a model of {@code type} for {@code y} with period {@code m} (1 for non-seasonal
   * models).
   *
   * @throws ForecastException if a seasonal model has fewer than 4 values to start from
   */
  static double[] of(EtsType type, double[] y, int m) {
    int n = y.length;
    double[] adjusted = y;
    double[] seasons = new double[0];
    if (type.hasSeason()) {
      if (n < 4) {
        throw new ForecastException("a seasonal model needs at least 4 values to start from, got " + n);
      }
      boolean multiplicative = type.season == EtsType.Form.MULTIPLICATIVE;
      double[] seasonal = n < 3L * m ? fourierSeasonal(y, m, multiplicative) : decompose(y, m, multiplicative);
      seasons = new double[m - 1];
      for (int j = 0; j < m - 1; j++) {
        seasons[j] = seasonal[m - 1 - j];
      }
      adjusted = new double[n];
      if (multiplicative) {
        double sum = 0;
        for (int j = 0; j < m - 1; j++) {
          seasons[j] = Math.max(seasons[j], 0.01);
          sum += seasons[j];
        }
        if (sum > m) {
          double scale = sum + 0.01 * (m - 1);
          for (int j = 0; j < m - 1; j++) {
            seasons[j] /= scale;
          }
        }
        for (int t = 0; t < n; t++) {
          adjusted[t] = y[t] / Math.max(seasonal[t], 0.01);
        }
      } else {
        for (int t = 0; t < n; t++) {
          adjusted[t] = y[t] - seasonal[t];
        }
      }
    } else {
      m = 1;
    }
    int start = Math.min(Math.max(10, 2 * m), n);
    double[] result = new double[1 + (type.hasTrend() ? 1 : 0) + seasons.length];
    if (type.hasTrend()) {
      double[] line = leastSquaresLine(adjusted, start);
      double level = line[0];
      double growth = line[1];
      if (Math.abs(level + growth) < 1e-8) {
        level *= 1.001;
        growth *= 0.999;
      }
      result[0] = level;
      result[1] = growth;
    } else {
      double sum = 0;
      for (int t = 0; t < start; t++) {
        sum += adjusted[t];
      }
      result[0] = sum / start;
    }
    System.arraycopy(seasons, 0, result, result.length - seasons.length, seasons.length);
    return result;
  }

  /**
   * The seasonal component of a classical decomposition, one value per step (R's {@code decompose}; Kendall &amp;
   * Stuart 1983; FPP3 §3.4): the trend is the centred moving average of order {@code m} ({@code 2×m} for even
   * {@code m}); the seasonal figure of each position in the season is the mean of the detrended values there
   * ({@code y − trend} or {@code y / trend}), then centred to sum 0 (additive) or to average 1 (multiplicative).
   */
  static double[] decompose(double[] y, int m, boolean multiplicative) {
    int n = y.length;
    int half = m / 2;
    double[] figure = new double[m];
    int[] count = new int[m];
    for (int t = half; t < n - half; t++) {
      double trend = centredMovingAverage(y, t, m);
      figure[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
      count[t % m]++;
    }
    double mean = 0;
    for (int i = 0; i < m; i++) {
      figure[i] /= count[i];
      mean += figure[i] / m;
    }
    double[] seasonal = new double[n];
    for (int t = 0; t < n; t++) {
      seasonal[t] = multiplicative ? figure[t % m] / mean : figure[t % m] - mean;
    }
    return seasonal;
  }

  /**
   * The centred moving average of order {@code m} at {@code t} ({@code 2×m} for even {@code m}: half weights at
   * both ends), the trend of a classical decomposition; {@code m/2 ≤ t < n − m/2}.
   */
  static double centredMovingAverage(double[] y, int t, int m) {
    int half = m / 2;
    double sum = 0;
    if (m % 2 == 0) {
      sum = 0.5 * (y[t - half] + y[t + half]);
      for (int k = -half + 1; k < half; k++) {
        sum += y[t + k];
      }
    } else {
      for (int k = -half; k <= half; k++) {
        sum += y[t + k];
      }
    }
    return sum / m;
  }

  /** {@code y} less (or divided by) the linear part of a least-squares fit of {@code 1, t, sin, cos} terms. */
  private static double[] fourierSeasonal(double[] y, int m, boolean multiplicative) {
    int n = y.length;
    boolean withCos = m != 2; // for m = 2 the cosine term is (−1)^t and the sine term 0: keep one
    int k = withCos ? 4 : 3;
    double[][] x = new double[n][k];
    for (int t = 0; t < n; t++) {
      double angle = 2 * Math.PI * (t + 1) / m;
      x[t][0] = 1;
      x[t][1] = t + 1;
      x[t][2] = withCos ? Math.sin(angle) : Math.cos(angle);
      if (withCos) {
        x[t][3] = Math.cos(angle);
      }
    }
    double[] coefficients = LeastSquares.solve(x, y);
    double[] seasonal = new double[n];
    for (int t = 0; t < n; t++) {
      double trend = coefficients[0] + coefficients[1] * (t + 1);
      seasonal[t] = multiplicative ? y[t] / trend : y[t] - trend;
    }
    return seasonal;
  }

  /** Intercept and slope of the least-squares line through {@code (t, y[t−1])}, {@code t = 1..count}. */
  private static double[] leastSquaresLine(double[] y, int count) {
    double meanT = (count + 1) / 2.0;
    double meanY = 0;
    for (int t = 0; t < count; t++) {
      meanY += y[t] / count;
    }
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < count; t++) {
      double dt = t + 1 - meanT;
      sxy += dt * (y[t] - meanY);
      sxx += dt * dt;
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    return new double[] {meanY - slope * meanT, slope};
  }
}
