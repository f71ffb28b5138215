package dev.ecomkit.segment;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * How a maximum-likelihood fit of {@link BgNbd} or {@link GammaGamma} went: the log-likelihood reached, the
 * iterations, the largest gradient component per customer at the end, and the data's size. A fit that does not
 * converge throws instead of returning a model, so a model's diagnostics always say converged.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FitDiagnostics {

  FitDiagnostics() {}

  /**
   * The log-likelihood at the estimates, summed over customers.
   *
   * @return the log-likelihood
   * @since 0.1
   */
  public abstract double logLikelihood();

  /**
   * Newton iterations taken.
   *
   * @return 1 or more
   * @since 0.1
   */
  public abstract int iterations();

  /**
   * The largest component of the gradient in the log-parameters, per customer, at the estimates.
   *
   * @return below 1e-6 for a converged fit
   * @since 0.1
   */
  public abstract double gradientNorm();

  /**
   * The customers fitted.
   *
   * @return the count
   * @since 0.1
   */
  public abstract long customers();

  /**
   * Their distinct summaries, each fitted once with its count as weight (for {@link GammaGamma}, every customer).
   *
   * @return the count
   * @since 0.1
   */
  public abstract long distinctRows();

  /**
   * The asymptotic standard errors of the parameters, in the model's order (r, α, a, b for {@link BgNbd}; p, q, v
   * for {@link GammaGamma}) and units: from the inverse of the observed information (the negative Hessian of the
   * log-likelihood) in the log-parameters, by the delta method se(θ) ≈ θ·se(ln θ) (Casella &amp; Berger,
   * <i>Statistical Inference</i>, 2nd ed., 2002, §10.1.3 and Theorem 5.5.24). An approximate 95 % interval is
   * θ·exp(±1.96·se/θ), which stays positive.
   *
   * @return one standard error per parameter
   * @since 0.1
   */
  public abstract java.util.List<Double> standardErrors();

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "log-likelihood %.4f after %d iterations (gradient %.1e per customer; "
        + "%,d customers in %,d distinct rows)", logLikelihood(), iterations(), gradientNorm(), customers(),
        distinctRows());
  }
}
