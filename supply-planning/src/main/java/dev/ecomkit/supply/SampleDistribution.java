package dev.ecomkit.supply;

import java.util.Arrays;

/**
 * The empirical distribution of observed values (any real numbers, each with weight {@code 1/n}), for one period:
 * the distribution function and losses by binary search over the sorted values and their suffix sums.
 *
 * <p>Immutable and thread-safe.
 */
final class SampleDistribution extends Distribution {

  private final double[] sorted;
  /** {@code suffix[i] = Σ_{j ≥ i} sorted[j]}, {@code suffix[n] = 0}. */
  private final double[] suffix;
  /** {@code suffix2[i] = Σ_{j ≥ i} sorted[j]²}. */
  private final double[] suffix2;
  private final double mean;
  private final double sd;

  SampleDistribution(double[] sortedValues, double mean, double sd) {
    this.sorted = sortedValues;
    this.mean = mean;
    this.sd = sd;
    int n = sorted.length;
    suffix = new double[n + 1];
    suffix2 = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + sorted[i];
      suffix2[i] = suffix2[i + 1] + sorted[i] * sorted[i];
    }
  }

  @Override
  double mean() {
    return mean;
  }

  @Override
  double standardDeviation() {
    return sd;
  }

  @Override
  boolean isDiscrete() {
    return false;
  }

  /** How many values are at most {@code x}. */
  private int countAtMost(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  double cdf(double x) {
    return (double) countAtMost(x) / sorted.length;
  }

  @Override
  double complementaryCdf(double x) {
    return (double) (sorted.length - countAtMost(x)) / sorted.length;
  }

  @Override
  double quantile(double p) {
    // the smallest value v with (count of values ≤ v)/n ≥ p
    int n = sorted.length;
    int k = (int) Math.ceil(p * n - 1e-12 * n);
    k = Math.max(1, Math.min(n, k));
    while (k > 1 && (double) (k - 1) / n >= p) {
      k--;
    }
    while (k < n && (double) k / n < p) {
      k++;
    }
    return sorted[k - 1];
  }

  @Override
  double loss(double x) {
    int i = countAtMost(x);
    return (suffix[i] - (sorted.length - i) * x) / sorted.length;
  }

  @Override
  double secondLoss(double x) {
    int i = countAtMost(x);
    int above = sorted.length - i;
    // ½·Σ_{v > x} (v − x)² / n
    return 0.5 * (suffix2[i] - 2 * x * suffix[i] + above * x * x) / sorted.length;
  }
}
