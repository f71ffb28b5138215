package dev.ecomkit.forecast;

/**
 * Forecast means and variances of a fitted ETS model, from its final states, in closed form for the three model
 * classes that have one (Hyndman, Koehler, Ord &amp; Snyder, <i>Forecasting with Exponential Smoothing</i>, 2008,
 * ch. 6; as R's {@code forecast.ets}):
 * <ul>
 *   <li>class 1, additive error, trend and season (ANN … AAdA): {@code v_h = σ²(1 + Σ_{j<h} c_j²)} with
 *       {@code c_j = α + β·φ_j + γ·[j ≡ 0 mod m]}, {@code φ_j = φ + φ² + … + φ^j} ({@code j} without damping)
 *       (HKOS Table 6.1; FPP2 Table 7.8);
 *   <li>class 2, multiplicative error with an additive or no season (MNN … MAdA): the same {@code c_j},
 *       {@code θ_1 = μ_1²}, {@code θ_h = μ_h² + σ²Σ_{j<h} c_j²θ_{h−j}}, {@code v_h = (1 + σ²)θ_h − μ_h²}
 *       (HKOS §6.3);
 *   <li>class 3, multiplicative error and season (MNM, MAM, MAdM): the moment recursions of HKOS §6.4 over
 *       {@code M = x₁x₂'} and {@code V = Var(vec M)}, whose mean exceeds the point forecast beyond one season.
 * </ul>
 * Class 3 uses the model's own damped trend ({@code l + φb} in the forecast, {@code φ} in the transition); R 8.20
 * uses {@code l + b} there, so damped MAdM means differ from R's by a fraction of a per cent. Its matrices are
 * Kronecker products of a cyclic shift with 2×2 blocks, kept as sparse triplets: a step costs {@code O(m²)}, not
 * {@code O(m⁶)}, so period 52 is cheap.
 *
 * <p>Stateless and thread-safe.
 */
final class EtsForecasts {

  private EtsForecasts() {}

  /**
   * The point forecasts: the states carried forward with no further errors.
   *
   * @param end the final states: level, growth, seasonal states most recent first (as {@link EtsFilter#run})
   */
  static double[] pointForecasts(EtsType type, double phi, double[] end, int m, int horizon) {
    double[] point = new double[horizon];
    double phiH = 0;
    double power = 1;
    for (int h = 1; h <= horizon; h++) {
      power *= type.damped ? phi : 1;
      phiH += power;
      double trendPart = end[0] + (type.hasTrend() ? phiH * end[1] : 0);
      if (!type.hasSeason()) {
        point[h - 1] = trendPart;
      } else {
        double s = end[2 + (m - h % m) % m];
        point[h - 1] = type.season == EtsType.Form.MULTIPLICATIVE ? trendPart * s : trendPart + s;
      }
    }
    return point;
  }

  /**
   * Fills {@code mean} and {@code variance} (length {@code horizon}) for an {@link #analytic} type.
   *
   * @param sigma2 the innovation variance
   */
  static void meansAndVariances(EtsType type, double alpha, double beta, double gamma, double phi, double[] end,
      int m, double sigma2, double[] mean, double[] variance) {
    int horizon = mean.length;
    double[] point = pointForecasts(type, phi, end, m, horizon);
    if (type.error == EtsType.Form.MULTIPLICATIVE && type.season == EtsType.Form.MULTIPLICATIVE) {
      class3(type, alpha, beta, gamma, phi, end, m, sigma2, mean, variance);
      return;
    }
    System.arraycopy(point, 0, mean, 0, horizon);
    double[] c2 = new double[horizon]; // c_j², j = 1..h−1
    double phiJ = 0;
    double power = 1;
    for (int j = 1; j < horizon; j++) {
      power *= type.damped ? phi : 1;
      phiJ += power;
      double c = alpha + (type.hasTrend() ? beta * phiJ : 0) + (type.hasSeason() && j % m == 0 ? gamma : 0);
      c2[j] = c * c;
    }
    if (type.error == EtsType.Form.ADDITIVE) {
      double sum = 0;
      for (int h = 1; h <= horizon; h++) {
        if (h > 1) {
          sum += c2[h - 1];
        }
        variance[h - 1] = sigma2 * (1 + sum);
      }
      return;
    }
    double[] theta = new double[horizon + 1];
    for (int h = 1; h <= horizon; h++) {
      double mu = point[h - 1];
      double sum = 0;
      for (int j = 1; j < h; j++) {
        sum += c2[j] * theta[h - j];
      }
      theta[h] = mu * mu + sigma2 * sum;
      variance[h - 1] = (1 + sigma2) * theta[h] - mu * mu;
    }
  }

  /** HKOS 2008 §6.4 with {@code x₁ = (l, b)} or {@code (l)}, {@code x₂ = (s1..sm)}, {@code s1} the most recent. */
  private static void class3(EtsType type, double alpha, double beta, double gamma, double phi, double[] end, int m,
      double sigma2, double[] mean, double[] variance) {
    boolean trend = type.hasTrend();
    double damping = type.damped ? phi : 1;
    int p = trend ? 2 : 1;
    int d = p * m;
    // F1 = [[1, φ], [0, φ]] (or [1]), G1 = [[α, αφ], [β, βφ]] (or [α]), H1 = (1, φ) (or (1)), row-major p×p
    double[] f1 = trend ? new double[] {1, damping, 0, damping} : new double[] {1};
    double[] g1 = trend ? new double[] {alpha, alpha * damping, beta, beta * damping} : new double[] {alpha};
    double[] h1 = trend ? new double[] {1, damping} : new double[] {1};
    // F2: s1' = sm, s(k+1)' = sk; G2: s1' gets γ·sm; H2 = e_m. Kronecker products index vec(M), column-major.
    Sparse f21 = new Sparse(3 * m);
    Sparse g21 = new Sparse(4);
    Sparse k = new Sparse(4 + 4 * m);
    for (int row = 0; row < m; row++) {
      int col = row == 0 ? m - 1 : row - 1; // F2[row][col] = 1
      f21.addKronecker(row, col, 1, f1, p);
      k.addKronecker(row, col, 1, g1, p);
    }
    g21.addKronecker(0, m - 1, gamma, g1, p);
    k.addKronecker(0, m - 1, gamma, f1, p);
    double[] mMatrix = new double[d]; // vec(M), M = x1·x2'
    for (int col = 0; col < m; col++) {
      for (int r = 0; r < p; r++) {
        mMatrix[col * p + r] = end[r] * end[2 + col];
      }
    }
    double[] v = new double[d * d];
    double[] next = new double[d * d];
    double[] km = new double[d];
    double[] gm = new double[d];
    double[] nextM = new double[d];
    int last = (m - 1) * p; // H2 ⊗ H1 picks column m of M
    for (int i = 0; i < mean.length; i++) {
      double mu = 0;
      double hvh = 0;
      for (int a = 0; a < p; a++) {
        mu += h1[a] * mMatrix[last + a];
        for (int b = 0; b < p; b++) {
          hvh += h1[a] * h1[b] * v[(last + a) * d + last + b];
        }
      }
      mean[i] = mu;
      variance[i] = (1 + sigma2) * hvh + sigma2 * mu * mu;
      if (i == mean.length - 1) {
        break;
      }
      // V' = F V F' + σ²[F V G' + G V F' + K V K' + (Km)(Km)' + σ²(3 G V G' + 2 (Gm)(Gm)')]
      java.util.Arrays.fill(next, 0);
      f21.sandwich(v, f21, 1, next, d);
      f21.sandwich(v, g21, sigma2, next, d);
      g21.sandwich(v, f21, sigma2, next, d);
      k.sandwich(v, k, sigma2, next, d);
      g21.sandwich(v, g21, 3 * sigma2 * sigma2, next, d);
      k.times(mMatrix, km);
      g21.times(mMatrix, gm);
      for (int r = 0; r < d; r++) {
        for (int c = 0; c < d; c++) {
          next[r * d + c] += sigma2 * km[r] * km[c] + 2 * sigma2 * sigma2 * gm[r] * gm[c];
        }
      }
      double[] swap = v;
      v = next;
      next = swap;
      // M' = F1 M F2' + σ² G1 M G2'  ⇔  vec M' = (F21 + σ² G21) vec M
      f21.times(mMatrix, nextM);
      g21.times(mMatrix, gm);
      for (int r = 0; r < d; r++) {
        mMatrix[r] = nextM[r] + sigma2 * gm[r];
      }
    }
  }

  /** A sparse square matrix as (row, column, value) triplets. */
  private static final class Sparse {
    private final int[] rows;
    private final int[] cols;
    private final double[] values;
    private int size;

    Sparse(int capacity) {
      rows = new int[capacity];
      cols = new int[capacity];
      values = new double[capacity];
    }

    /** Adds {@code a·E(row, col) ⊗ B}, with {@code B} a dense row-major {@code p×p} block. */
    void addKronecker(int row, int col, double a, double[] block, int p) {
      for (int r = 0; r < p; r++) {
        for (int c = 0; c < p; c++) {
          double value = a * block[r * p + c];
          if (value != 0) {
            rows[size] = row * p + r;
            cols[size] = col * p + c;
            values[size++] = value;
          }
        }
      }
    }

    /** {@code out += w · this · V · other'} for a dense row-major {@code d×d} V. */
    void sandwich(double[] v, Sparse other, double w, double[] out, int d) {
      for (int i = 0; i < size; i++) {
        double left = w * values[i];
        int vRow = cols[i] * d;
        int outRow = rows[i] * d;
        for (int j = 0; j < other.size; j++) {
          out[outRow + other.rows[j]] += left * other.values[j] * v[vRow + other.cols[j]];
        }
      }
    }

    /** {@code out = this · x}. */
    void times(double[] x, double[] out) {
      java.util.Arrays.fill(out, 0);
      for (int i = 0; i < size; i++) {
        out[rows[i]] += values[i] * x[cols[i]];
      }
    }
  }
}
