package dev.ecomkit.segment.kol;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.immutables.value.Value;

/**
 * A money ratio of a funnel — CPC, CPA, ROAS, ROI — with a 95 % interval carried over from the Wilson interval of
 * the rate behind it ({@link FunnelReport} says which). The cost, the views and the value per order are held
 * fixed; the rate (clicks, engagements or orders per view) is what the data only estimate. Since each ratio is a
 * monotone function of that rate, the function of the rate's interval is an interval for the ratio at the true rate
 * with the same 95 % coverage (the transformation principle: Casella &amp; Berger, Statistical Inference, 2nd ed.,
 * §9.2.3). A ratio with nothing uncertain behind it (CPM, break-even CPA) has an interval of its value alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Estimate {

  Estimate() {}

  static Estimate exact(double value) {
    return of(value, value, value);
  }

  /**
   * The ratio {@code value} = f(rate) with the interval f maps the rate's interval to, f monotone; the value is
   * given as computed from the data, so rounding in f does not move it.
   */
  static Estimate through(double value, Rate rate, DoubleUnaryOperator f) {
    double a = f.applyAsDouble(rate.lower());
    double b = f.applyAsDouble(rate.upper());
    return of(value, Math.min(value, Math.min(a, b)), Math.max(value, Math.max(a, b)));
  }

  static Estimate of(double value, double lower, double upper) {
    return ImmutableEstimate.builder().value(value).lower(lower).upper(upper).build();
  }

  /**
   * The ratio from the data.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The lower end of the 95 % interval.
   *
   * @return at most {@link #value()}
   */
  public abstract double lower();

  /**
   * The upper end of the 95 % interval; may be infinite for a cost per event when the rate's lower end is 0.
   *
   * @return at least {@link #value()}
   */
  public abstract double upper();

  @Value.Check
  void check() {
    if (!(lower() <= value() && value() <= upper()) || !Double.isFinite(value())) {
      throw new IllegalStateException("not an estimate: " + value() + " in [" + lower() + ", " + upper() + "]");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f (95%% CI %.4f to %.4f)", value(), lower(), upper());
  }
}
