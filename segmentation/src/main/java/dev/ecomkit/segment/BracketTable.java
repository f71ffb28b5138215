package dev.ecomkit.segment;

/**
 * Piecewise polynomial interpolants of the bracket of {@link BgNbd}'s eq. 10, per repeat count x, for its batch
 * expectation. With times to the second no two customers share (x, T), and the series, about a hundred terms at z =
 * 0.3-0.9, costs about half a microsecond a customer; a polynomial of degree 8 costs a few nanoseconds.
 *
 * <p><b>Why it is accurate.</b> ₂F₁(A, B; C; z) is analytic in the plane cut along [1, ∞) (Euler's integral,
 * Abramowitz &amp; Stegun 15.3.1), and so is the bracket B; as a function of y = 1 − z it is analytic off (−∞, 0].
 * The y axis is cut into binades [2^−(e+1), 2^−e), each into 16 pieces, so every piece lies at least 16 of its
 * widths from the singularity at y = 0, and the function is analytic and bounded inside Bernstein ellipses around
 * the piece with ρ up to nearly 66. Interpolants in Chebyshev points then converge geometrically, as ρ^−n
 * (Trefethen, <i>Approximation Theory and Approximation Practice</i>, SIAM 2013, Theorem 8.2, stated for points of
 * the second kind; those of the first kind used here behave alike): on an ellipse with ρ = 33, well away from the
 * singularity, degree 8 gives about 1e-13 of the function's size there. That is the order of the tolerance, so the
 * accuracy promised rests on a check, not on the theory: a piece's interpolant is used only if it agrees with the
 * series to {@value #TOLERANCE} (relative) at both ends and at the centre of the piece; otherwise its customers get
 * the series. The function interpolated is B(z)/z, so a z near 0 keeps its relative precision. The series is also
 * taken for pieces with fewer than {@value #MIN_CUSTOMERS} customers, for x of {@value #MAX_X} and more, and for y
 * below 2^−{@value #BINADES}.
 *
 * <p><b>Memory.</b> The counts of an x are allocated once {@value #MIN_CUSTOMERS} customers share it (2 KB), and its
 * polynomials once a piece is built (4 KB of references, 96 bytes a piece, at most one piece per
 * {@value #MIN_CUSTOMERS} customers): at most {@value #MAX_X} x, so about 24 MB plus 4 bytes a customer in the worst
 * case, and far less for real data, whose customers crowd into a few x and binades.
 *
 * <p>Not thread-safe: one per batch call, filled as it goes.
 */
final class BracketTable {

  /** Pieces per binade of y (the top four bits of the mantissa). */
  static final int SUB = 16;
  /** Binades of y interpolated: y from 2^−32 to 1. */
  static final int BINADES = 32;
  static final int DEGREE = 8;
  /**
   * The customers a piece needs to be interpolated: twice its series evaluations (9 points and 3 checks), so that
   * building costs at most half the series it replaces.
   */
  static final int MIN_CUSTOMERS = 2 * (DEGREE + 1 + 3);
  static final int MAX_X = 1 << 12;
  static final double TOLERANCE = 1e-13;
  /** Chebyshev points of the first kind on [−1, 1]. */
  private static final double[] NODES = new double[DEGREE + 1];
  /** A piece whose interpolant failed its check. */
  private static final double[] SERIES = new double[0];

  static {
    for (int j = 0; j <= DEGREE; j++) {
      NODES[j] = Math.cos(Math.PI * (j + 0.5) / (DEGREE + 1));
    }
  }

  private final BgNbd model;
  private int[] customers = new int[16];
  private int[][] counts = new int[16][];
  private double[][][] polynomials = new double[16][][];
  /** Pieces interpolated and pieces refused by their check (for tests). */
  int interpolated;
  int refused;

  BracketTable(BgNbd model) {
    this.model = model;
  }

  /** The piece of y in (0, 1): 16 per binade; −1 for y outside the table. */
  static int piece(double y) {
    int e = Math.getExponent(y);
    int binade = -1 - e;
    if (binade < 0 || binade >= BINADES) {
      return -1;
    }
    return binade * SUB + (int) ((Double.doubleToRawLongBits(y) >>> 48) & 0xF);
  }

  /** The position of y in its piece, from −1 to 1: the mantissa's bits below the piece's four, exactly. */
  static double local(double y) {
    return (Double.doubleToRawLongBits(y) & 0xFFFF_FFFF_FFFFL) * 0x1p-47 - 1;
  }

  /** The y at position s of a piece. */
  static double at(double s, int piece) {
    int e = -1 - piece / SUB;
    return Math.scalb(s + 33 + 2 * (piece % SUB), e - 5);
  }

  /**
   * Counts a customer; call for all before {@link #bracket}. The pieces of an x are counted from its
   * {@value #MIN_CUSTOMERS}th customer on (earlier ones are not there to count), so a piece may miss the threshold
   * by a few customers and take the series: the choice of method, never the result, depends on it.
   */
  void count(double x, double y) {
    if (x >= MAX_X) {
      return;
    }
    int i = (int) x;
    if (i >= customers.length) {
      int size = Math.min(Math.max(i + 1, 2 * customers.length), MAX_X);
      customers = java.util.Arrays.copyOf(customers, size);
      counts = java.util.Arrays.copyOf(counts, size);
      polynomials = java.util.Arrays.copyOf(polynomials, size);
    }
    int seen = ++customers[i];
    if (seen < MIN_CUSTOMERS) {
      return;
    }
    if (seen == MIN_CUSTOMERS) {
      counts[i] = new int[SUB * BINADES];
    }
    int p = piece(y);
    if (p >= 0) {
      counts[i][p]++;
    }
  }

  /**
   * The bracket for a customer, interpolated where the table allows, else summed.
   *
   * @return the bracket, or NaN if its series did not converge
   */
  double bracket(double x, double z, double y) {
    int p = piece(y);
    if (p >= 0 && x < MAX_X) {
      int i = (int) x;
      if (i < counts.length && counts[i] != null && counts[i][p] >= MIN_CUSTOMERS) {
        double[][] forX = polynomials[i];
        if (forX == null) {
          forX = new double[SUB * BINADES][];
          polynomials[i] = forX;
        }
        double[] c = forX[p];
        if (c == null) {
          c = build(x, p);
          forX[p] = c;
          if (c == SERIES) {
            refused++;
          } else {
            interpolated++;
          }
        }
        if (c != SERIES) {
          return z * evaluate(c, local(y));
        }
      }
    }
    return model.bracketAt(x, z, BgNbd.lnOneMinus(z, y));
  }

  /** The monomial coefficients in s of the piece's interpolant of B(z)/z, or {@link #SERIES}. */
  private double[] build(double x, int piece) {
    int n = DEGREE + 1;
    double[] f = new double[n];
    for (int j = 0; j < n; j++) {
      f[j] = quotient(x, at(NODES[j], piece));
      if (!Double.isFinite(f[j])) {
        return SERIES;
      }
    }
    // Chebyshev coefficients, then the monomial ones by T_{k+1} = 2s·T_k − T_{k−1}
    double[] c = new double[n];
    double[] before = new double[n];
    double[] now = new double[n];
    now[0] = 1;
    double[] next = new double[n];
    for (int k = 0; k < n; k++) {
      double ck = 0;
      for (int j = 0; j < n; j++) {
        ck += f[j] * Math.cos(Math.PI * k * (j + 0.5) / n);
      }
      ck *= (k == 0 ? 1.0 : 2.0) / n;
      for (int m = 0; m <= k; m++) {
        c[m] += ck * now[m];
      }
      if (k + 1 < n) {
        for (int m = 0; m <= k + 1; m++) {
          next[m] = (m > 0 ? 2 * now[m - 1] : 0) - (k == 0 ? 0 : before[m]);
        }
        if (k == 0) {
          next[0] = 0;
          next[1] = 1;
        }
        double[] spare = before;
        before = now;
        now = next;
        next = spare;
      }
    }
    for (double s : new double[] {-1, 0, 1}) {
      double want = quotient(x, at(s, piece));
      if (!(Math.abs(evaluate(c, s) - want) <= TOLERANCE * Math.abs(want))) {
        return SERIES;
      }
    }
    return c;
  }

  /** The polynomial of degree 8 at s, its even and odd halves in s² side by side (half Horner's chain). */
  static double evaluate(double[] c, double s) {
    double s2 = s * s;
    double even = (((c[8] * s2 + c[6]) * s2 + c[4]) * s2 + c[2]) * s2 + c[0];
    double odd = ((c[7] * s2 + c[5]) * s2 + c[3]) * s2 + c[1];
    return even + s * odd;
  }

  /** B(z)/z at y = 1 − z (z exact for y &ge; 1/2, Sterbenz); at z = 0 its limit (r + x)/(a + b + x − 1). */
  private double quotient(double x, double y) {
    double z = 1 - y;
    if (z == 0) {
      return (model.r() + x) / (model.a() + model.b() + x - 1);
    }
    return model.bracketAt(x, z, BgNbd.lnOneMinus(z, y)) / z;
  }
}
