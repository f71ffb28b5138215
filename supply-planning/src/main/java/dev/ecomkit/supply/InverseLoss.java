package dev.ecomkit.supply;

/**
 * The inverse of the standard normal loss function, {@code k} with {@code L(k) = t}: a start from a table of
 * {@code k} against {@code u = ln t} at equal steps of {@code u}, then Newton's method on {@code ln L(k) − u}, whose
 * derivative is {@code −(1 − Φ(k))/L(k)}. In Cody's ranges {@code ln L(k)} and {@code (1 − Φ(k))/L(k)} come from the
 * rational terms without an exponential: {@code ln L = −k²/2 + ln(1/√(2π) − k·R(k))} and
 * {@code ln L = −k²/2 + ln T(k)} (see {@link StandardNormal}). Two or three steps reach full precision.
 *
 * <p>Stateless and thread-safe; the table is built once, on first use.
 */
final class InverseLoss {

  /** Smallest {@code ln t} served: {@code t = 1e-300}, where {@code k ≈ 36.9}. */
  private static final double U_MIN = Math.log(1e-300);
  /** Above {@code t = 38}, {@code L(k) = −k} to double precision ({@code L(38)} underflows). */
  private static final double T_MAX = 38;
  private static final double U_MAX = Math.log(T_MAX);
  private static final int NODES = 8192;
  private static final double STEP = (U_MAX - U_MIN) / (NODES - 1);
  private static final double[] TABLE = table();

  private InverseLoss() {}

  static double of(double t) {
    if (t >= T_MAX) {
      return -t;
    }
    if (t < 1e-300) {
      throw new IllegalArgumentException("t must be at least 1e-300 (a safety factor of about 37), got " + t);
    }
    double u = Math.log(t);
    double x = (u - U_MIN) / STEP;
    int i = Math.min(NODES - 2, (int) x);
    double f = x - i;
    double k = TABLE[i] + f * (TABLE[i + 1] - TABLE[i]);
    return newton(k, u, 6);
  }

  /** Newton steps on {@code ln L(k) − u}, at most {@code steps}, stopping when the step is below a few ulps. */
  private static double newton(double k, double u, int steps) {
    for (int n = 0; n < steps; n++) {
      double[] lnLossAndRatio = lnLossAndRatio(k);
      double step = (lnLossAndRatio[0] - u) * lnLossAndRatio[1];
      k += step;
      if (Math.abs(step) <= 4e-16 * Math.max(1, Math.abs(k))) {
        break;
      }
    }
    return k;
  }

  /** {@code {ln L(k), L(k)/(1 − Φ(k))}}. */
  private static double[] lnLossAndRatio(double k) {
    double c = StandardNormal.ONE_OVER_SQRT_2PI;
    if (k > StandardNormal.MEDIUM) {
      double t = StandardNormal.large(k);
      return new double[] {-0.5 * k * k + Math.log(t), k * t / (c - t)};
    }
    if (k > StandardNormal.SMALL) {
      double r = StandardNormal.medium(k);
      double a = c - k * r;
      return new double[] {-0.5 * k * k + Math.log(a), a / r};
    }
    double loss = StandardNormal.loss(k);
    return new double[] {Math.log(loss), loss / StandardNormal.complementaryCdf(k)};
  }

  private static double[] table() {
    double[] k = new double[NODES];
    double guess = 37;
    for (int i = 0; i < NODES; i++) {
      double u = U_MIN + i * STEP;
      guess = solve(u, guess);
      k[i] = guess;
    }
    return k;
  }

  /** {@code k} with {@code ln L(k) = u} by safeguarded Newton from a nearby solution. */
  private static double solve(double u, double start) {
    double lo = -T_MAX - 1;
    double hi = 38;
    double k = start;
    for (int n = 0; n < 100; n++) {
      double[] v = lnLossAndRatio(k);
      if (v[0] > u) {
        lo = Math.max(lo, k); // L decreases in k: the root is above k
      } else {
        hi = Math.min(hi, k);
      }
      double next = k + (v[0] - u) * v[1];
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - k) <= 1e-15 * Math.max(1, Math.abs(k))) {
        return next;
      }
      k = next;
    }
    return k;
  }
}
