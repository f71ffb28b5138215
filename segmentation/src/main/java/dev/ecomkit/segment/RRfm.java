package dev.ecomkit.segment;

import java.util.Arrays;

/**
 * The cut points of the R package {@code rfm} (rsquaredacademy/rfm 0.2-0.3, {@code bins} in {@code R/utils.R}): the
 * quantiles of the values at {@code 1/n, …, (n−1)/n} by R's default type 7 (Hyndman &amp; Fan, "Sample quantiles in
 * statistical packages", <i>The American Statistician</i> 50(4), 1996: {@code h = (N − 1)p}, linear interpolation
 * between the order statistics around {@code h}), each plus 1. See docs/research/rfm.md §2.
 *
 * <p>Stateless and thread-safe.
 */
final class RRfm {

  private RRfm() {}

  static double[] cutPoints(double[] values, int scores) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double[] cuts = new double[scores - 1];
    for (int j = 1; j < scores; j++) {
      double h = (n - 1) * (j / (double) scores);
      int lo = (int) Math.floor(h);
      double q = lo + 1 < n ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[n - 1];
      cuts[j - 1] = q + 1;
    }
    return cuts;
  }
}
