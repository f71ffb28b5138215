package dev.ecomkit.supply;

/**
 * The inverse of the standard normal loss function, {@code k} with {@code L(k) = t}: a start from a table of
 * {@code k} and its slope against {@code u = ln t} at equal steps of {@code u} (cubic Hermite interpolation), then
 * Newton's method on {@code ln L(k) − u}, whose
 * derivative is {@code −(1 − Φ(k))/L(k)}. In Cody's ranges {@code ln L(k)} and {@code (1 − Φ(k))/L(k)} come from the
 * rational terms without an exponential: {@code ln L = −k²/2 + ln(1/√(2π) − k·R(k))} and
 * {@code ln L = −k²/2 + ln T(k)} (see {@link StandardNormal}). One or two steps reach full precision.
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
    // cubic Hermite interpolation of k(u) from the values and slopes at the two nodes: error of order STEP⁴
    double k0 = TABLE[2 * i];
    double k1 = TABLE[2 * i + 2];
    double d0 = TABLE[2 * i + 1] * STEP;
    double d1 = TABLE[2 * i + 3] * STEP;
    double f2 = f * f;
    double f3 = f2 * f;
    double k = (2 * f3 - 3 * f2 + 1) * k0 + (f3 - 2 * f2 + f) * d0 + (-2 * f3 + 3 * f2) * k1 + (f3 - f2) * d1;
    return newton(k, u, 4);
  }

  /** Newton steps on {@code ln L(k) − u}, at most {@code steps}. */
  private static double newton(double k, double u, int steps) {
    for (int n = 0; n < steps; n++) {
      double step = step(k, u);
      k += step;
      // quadratic convergence: after a step of δ the error is of order δ², below double precision for δ < 1e-9
      if (Math.abs(step) <= 1e-9 * Math.max(1, Math.abs(k))) {
        break;
      }
    }
    return k;
  }

  /**
   * Newton's step {@code (ln L(k) − u)·L(k)/(1 − Φ(k))} towards {@code ln L = u}, from one rational term and at most
   * one exponential; its sign is that of {@code ln L(k) − u}.
   */
  private static double step(double k, double u) {
    double c = StandardNormal.ONE_OVER_SQRT_2PI;
    if (k > StandardNormal.MEDIUM) {
      double t = StandardNormal.large(k);
      return (-0.5 * k * k + Math.log(t) - u) * (k * t / (c - t));
    }
    if (k > StandardNormal.SMALL) {
      double r = StandardNormal.medium(k);
      double a = c - k * r;
      return (-0.5 * k * k + Math.log(a) - u) * (a / r);
    }
    double e = Math.exp(-0.5 * k * k);
    double tail = StandardNormal.tailGiven(k, e);
    double loss = k < 0 ? StandardNormal.lossGiven(-k, e, 1 - tail) - k : StandardNormal.lossGiven(k, e, tail);
    return (Math.log(loss) - u) * (loss / tail);
  }

  /** {@code L(k)/(1 − Φ(k))}, the reciprocal of the derivative of {@code −ln L}. */
  private static double lossOverTail(double k) {
    double c = StandardNormal.ONE_OVER_SQRT_2PI;
    if (k > StandardNormal.MEDIUM) {
      double t = StandardNormal.large(k);
      return k * t / (c - t);
    }
    if (k > StandardNormal.SMALL) {
      double r = StandardNormal.medium(k);
      return (c - k * r) / r;
    }
    return StandardNormal.loss(k) / StandardNormal.complementaryCdf(k);
  }

  /** {@code k} and {@code dk/du = −L(k)/(1 − Φ(k))} at each node, interleaved. */
  private static double[] table() {
    double[] k = new double[2 * NODES];
    double guess = 37;
    for (int i = 0; i < NODES; i++) {
      double u = U_MIN + i * STEP;
      guess = solve(u, guess);
      k[2 * i] = guess;
      k[2 * i + 1] = -lossOverTail(guess);
    }
    return k;
  }

  /** {@code k} with {@code ln L(k) = u} by safeguarded Newton from a nearby solution. */
  private static double solve(double u, double start) {
    double lo = -T_MAX - 1;
    double hi = 38;
    double k = start;
    for (int n = 0; n < 100; n++) {
      double step = step(k, u);
      if (step > 0) { // ln L(k) > u
        lo = Math.max(lo, k); // L decreases in k: the root is above k
      } else {
        hi = Math.min(hi, k);
      }
      double next = k + step;
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
