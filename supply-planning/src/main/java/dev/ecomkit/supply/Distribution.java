package dev.ecomkit.supply;

/**
 * A distribution of demand over some number of periods, with what the inventory formulas need of it: the
 * distribution function, the quantile, the first-order loss {@code n(x) = E[(D − x)⁺]} and the second-order loss
 * {@code n₂(x)}, whose differences give the average backorders of an (r, Q) policy.
 *
 * <p>Three kinds: {@link NormalDistribution} (continuous, through {@link StandardNormal});
 * {@link LatticeDistribution} (whole units: Poisson, negative binomial, whole-valued empirical, and their
 * convolutions and lead-time mixtures, held as a truncated probability table); {@link SampleDistribution} (the
 * observed values of an empirical distribution, any real numbers, one period).
 *
 * <p>Immutable and thread-safe.
 */
abstract class Distribution {

  /** The mean. */
  abstract double mean();

  /** The standard deviation. */
  abstract double standardDeviation();

  /** Whether the distribution takes whole values only (policies then use whole reorder points). */
  abstract boolean isDiscrete();

  /** {@code P(D ≤ x)}. */
  abstract double cdf(double x);

  /** {@code P(D > x)}, to relative precision in the upper tail. */
  abstract double complementaryCdf(double x);

  /**
   * The smallest {@code x} with {@code P(D ≤ x) ≥ p}: for a discrete distribution a whole number, for a sample one of
   * its values.
   */
  abstract double quantile(double p);

  /** The first-order loss {@code n(x) = E[(D − x)⁺]}, the expected shortage of a stock of {@code x}. */
  abstract double loss(double x);

  /**
   * The second-order loss: {@code n₂(x) = ∫ₓ^∞ n(y) dy = ½E[((D − x)⁺)²]} for a continuous distribution, so that
   * {@code n₂(r) − n₂(r + Q) = ∫_r^{r+Q} n(y) dy}; for a discrete one at a whole {@code x},
   * {@code n₂(x) = Σ_{y > x} n(y)}, so that {@code n₂(r) − n₂(r + Q) = Σ_{y=r+1}^{r+Q} n(y)} (Zipkin, <i>Foundations
   * of Inventory Management</i>, 2000, App. C; Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd
   * ed., App. C).
   */
  abstract double secondLoss(double x);

  /** {@code n(a) − n(b) = ∫_a^b P(D > y) dy} for {@code a ≤ b}: the expected demand that falls between a and b. */
  double lossDifference(double a, double b) {
    return Math.max(0, loss(a) - loss(b));
  }

  /** The complementary loss {@code n̄(x) = E[(x − D)⁺] = x − E[D] + n(x)}, the expected leftover of a stock of x. */
  double leftover(double x) {
    return x - mean() + loss(x);
  }
}
