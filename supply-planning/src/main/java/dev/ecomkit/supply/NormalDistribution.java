package dev.ecomkit.supply;

/**
 * A normal distribution of demand, {@code N(μ, σ²)}; with {@code σ = 0} a point mass at {@code μ}. Losses through the
 * standard normal loss function: {@code n(x) = σ·L(z)}, {@code n₂(x) = σ²·L₂(z)} with {@code z = (x − μ)/σ} and
 * {@code L₂(z) = ½[(z² + 1)(1 − Φ(z)) − z·φ(z)]} (Silver, Pyke &amp; Peterson, 3rd ed., §B.4; Snyder &amp; Shen,
 * 2nd ed., App. C, eq. C.22).
 *
 * <p>Immutable and thread-safe.
 */
final class NormalDistribution extends Distribution {

  private final double mean;
  private final double sd;

  NormalDistribution(double mean, double sd) {
    this.mean = mean;
    this.sd = sd;
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

  @Override
  double cdf(double x) {
    if (sd == 0) {
      return x >= mean ? 1 : 0;
    }
    return StandardNormal.cdf((x - mean) / sd);
  }

  @Override
  double complementaryCdf(double x) {
    if (sd == 0) {
      return x >= mean ? 0 : 1;
    }
    return StandardNormal.complementaryCdf((x - mean) / sd);
  }

  @Override
  double quantile(double p) {
    return mean + sd * StandardNormal.quantile(p);
  }

  @Override
  double loss(double x) {
    if (sd == 0) {
      return Math.max(0, mean - x);
    }
    return sd * StandardNormal.loss((x - mean) / sd);
  }

  @Override
  double secondLoss(double x) {
    if (sd == 0) {
      double d = Math.max(0, mean - x);
      return 0.5 * d * d;
    }
    return sd * sd * secondLossStandard((x - mean) / sd);
  }

  /** {@code L₂(z) = ½[(z² + 1)(1 − Φ(z)) − z·φ(z)]}; below 0 by {@code L₂(z) = ½(z² + 1) − L₂(−z)}. */
  static double secondLossStandard(double z) {
    if (z < 0) {
      // E[((Z − z)⁺)²] + E[((z − Z)⁺)²] = E[(Z − z)²] = 1 + z², and E[((z − Z)⁺)²] = 2·L₂(−z) by symmetry
      return 0.5 * (1 + z * z) - secondLossStandard(-z);
    }
    // for z ≥ 0: ½[(z² + 1)Φ̄(z) − zφ(z)] = ½[Φ̄(z) − z·L(z)], the form without the difference of two large terms
    return 0.5 * (StandardNormal.complementaryCdf(z) - z * StandardNormal.loss(z));
  }
}
