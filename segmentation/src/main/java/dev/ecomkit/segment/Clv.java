package dev.ecomkit.segment;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Customer lifetime value (客户终身价值) over a horizon: the purchases {@link BgNbd} expects in each period ahead,
 * times the spend per purchase {@link GammaGamma} expects, discounted — the sum
 *
 * <pre>
 *   CLV = Σ_{i=1..n} E[M | m̄, x] · (E[Y(t_i) | x, t_x, T] − E[Y(t_{i−1}) | x, t_x, T]) · (1 + d)^(−t_i / s)
 * </pre>
 *
 * over the steps t_i = 1, 2, … model periods up to the horizon (the last step partial), with d the discount rate per
 * discount period s. This is the discrete-time form of Fader, Hardie &amp; Lee (2005), "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42(4):415-430, with a finite horizon; the lifetimes package
 * computes the same sum, stepping by months where this steps by model periods.
 *
 * <pre>{@code
 * Clv clv = Clv.of(bgNbd, gammaGamma).discountRate(0.01, ChronoUnit.MONTHS).horizon(12, ChronoUnit.MONTHS);
 * clv.value(x, tx, T, meanSpend);
 * }</pre>
 *
 * <p><b>Units.</b> The horizon and the discount period can be given in the model's own periods ({@link
 * #horizon(double)}, {@link #discountRate(double)}) or in calendar units, converted by the units' average lengths
 * ({@link ChronoUnit#getDuration()}: a week is 7 days, a month 30.44 days, a year 365.2425 days). A model in weeks thus
 * values 12 months as 52.18 weeks: the same CLV as a horizon of 52.18 weeks. 52 weeks is 0.34 % shorter than 12
 * months and gives a CLV about 0.3 % lower, not the same. Calendar
 * units need the model's unit ({@link BgNbd#unit()}), or a typed error says so.
 *
 * <p>Instances are immutable and thread-safe; each setter returns a new instance.
 *
 * @since 0.1
 */
public final class Clv {

  /** The most steps (model periods) in a horizon. */
  static final int MAX_STEPS = 100_000;

  private final BgNbd purchases;
  private final GammaGamma spend;
  private final double rate;
  /** The discount period, in model periods. */
  private final double ratePeriod;
  /** The horizon, in model periods; NaN until given. */
  private final double horizon;

  private Clv(BgNbd purchases, GammaGamma spend, double rate, double ratePeriod, double horizon) {
    this.purchases = purchases;
    this.spend = spend;
    this.rate = rate;
    this.ratePeriod = ratePeriod;
    this.horizon = horizon;
  }

  /**
   * CLV from a purchase model and a spend model; no discount until one is given; a horizon is required.
   *
   * @param purchases the fitted BG/NBD
   * @param spend the fitted Gamma-Gamma
   * @return the calculation
   * @since 0.1
   */
  public static Clv of(BgNbd purchases, GammaGamma spend) {
    java.util.Objects.requireNonNull(purchases, "purchases");
    java.util.Objects.requireNonNull(spend, "spend");
    return new Clv(purchases, spend, 0, 1, Double.NaN);
  }

  /**
   * The discount rate per model period.
   *
   * @param rate from 0 to 1
   * @return a new calculation
   * @throws SegmentException for a rate out of range
   * @since 0.1
   */
  public Clv discountRate(double rate) {
    return new Clv(purchases, spend, checkRate(rate), 1, horizon);
  }

  /**
   * The discount rate per calendar period, e.g. 1 % a month.
   *
   * @param rate from 0 to 1
   * @param per the period the rate is for
   * @return a new calculation
   * @throws SegmentException for a rate out of range, or if the model's time unit is not stated
   * @since 0.1
   */
  public Clv discountRate(double rate, ChronoUnit per) {
    return new Clv(purchases, spend, checkRate(rate), periods(1, per, "per"), horizon);
  }

  /**
   * The horizon in model periods.
   *
   * @param periods above 0, at most 100,000
   * @return a new calculation
   * @throws SegmentException for a horizon out of range
   * @since 0.1
   */
  public Clv horizon(double periods) {
    return new Clv(purchases, spend, rate, ratePeriod, checkHorizon(periods));
  }

  /**
   * The horizon in calendar units, e.g. 12 months.
   *
   * @param amount above 0
   * @param unit its unit
   * @return a new calculation
   * @throws SegmentException for a horizon out of range, or if the model's time unit is not stated
   * @since 0.1
   */
  public Clv horizon(double amount, ChronoUnit unit) {
    return new Clv(purchases, spend, rate, ratePeriod, checkHorizon(periods(amount, unit, "unit")));
  }

  /**
   * One customer's lifetime value over the horizon.
   *
   * @param x repeat purchases
   * @param tx the time of the last purchase, in model periods
   * @param T the time observed, in model periods
   * @param meanSpend her mean spend per purchase, 0 or more (ignored for x = 0, who gets the population mean). The
   *     Gamma-Gamma estimate weighs it by x, the repeat purchases, as with CDNOW-style data whose mean is that of
   *     the repeat purchases; a mean over all x + 1 purchases ({@link LifetimeSummary}) is then weighed a little
   *     less than it could be
   * @return the discounted expected revenue
   * @throws SegmentException for a bad summary, or if no horizon was given
   * @since 0.1
   */
  public double value(double x, double tx, double T, double meanSpend) {
    requireHorizon();
    double perPurchase = spend.expectedSpend(x, meanSpend);
    int steps = (int) Math.ceil(horizon - 1e-9);
    double total = 0;
    double before = 0;
    for (int i = 1; i <= steps; i++) {
      double t = Math.min(i, horizon);
      double expected = purchases.expectedPurchases(t, x, tx, T);
      total += (expected - before) * Math.pow(1 + rate, -t / ratePeriod);
      before = expected;
    }
    return perPurchase * total;
  }

  /**
   * {@link #value} for many customers. The expectations are taken for all customers at once per step of the horizon
   * ({@link BgNbd#expectedPurchases(double, double[], double[], double[])}, interpolated where many customers are
   * alike), so values agree with {@link #value} to about 1e-12 (relative), not to the last bit.
   *
   * @param x repeat purchases per customer
   * @param tx the times of their last purchases
   * @param T the times observed
   * @param meanSpend their mean spends
   * @return one value per customer
   * @throws SegmentException naming the first bad customer, or if no horizon was given
   * @since 0.1
   */
  public double[] values(double[] x, double[] tx, double[] T, double[] meanSpend) {
    requireHorizon();
    BgNbd.lengths(x, tx, T);
    if (meanSpend == null || meanSpend.length != x.length) {
      throw new SegmentException("meanSpend", "give one mean spend per customer");
    }
    int n = x.length;
    double[] perPurchase = new double[n];
    for (int i = 0; i < n; i++) {
      BgNbdData.check(i, x[i], tx[i], T[i]); // each customer whole, so the first bad one is named
      try {
        perPurchase[i] = spend.expectedSpend(x[i], meanSpend[i]);
      } catch (SegmentException e) {
        throw new SegmentException(e.argument().orElse("x"), "customer " + i + ": " + e.getMessage());
      }
    }
    int steps = (int) Math.ceil(horizon - 1e-9);
    double[] total = new double[n];
    double[] before = new double[n];
    for (int step = 1; step <= steps; step++) {
      double t = Math.min(step, horizon);
      double[] expected = purchases.expectedPurchases(t, x, tx, T);
      double discount = Math.pow(1 + rate, -t / ratePeriod);
      for (int i = 0; i < n; i++) {
        total[i] += (expected[i] - before[i]) * discount;
      }
      before = expected;
    }
    for (int i = 0; i < n; i++) {
      total[i] *= perPurchase[i];
    }
    return total;
  }

  private void requireHorizon() {
    if (Double.isNaN(horizon)) {
      throw new SegmentException("horizon", "give the horizon: horizon(periods) or horizon(amount, unit)");
    }
  }

  /** {@code amount} of {@code unit} in model periods. */
  private double periods(double amount, ChronoUnit unit, String argument) {
    if (unit == null) {
      throw new SegmentException(argument, "give the unit");
    }
    ChronoUnit model = purchases.unit().orElseThrow(() -> new SegmentException(argument, "the BG/NBD model has no "
        + "time unit: fit it with one (BgNbd.fit(x, tx, T, unit)) or state it (inUnit), or give the horizon and "
        + "discount in model periods"));
    if (unit.compareTo(ChronoUnit.HOURS) < 0 || unit.compareTo(ChronoUnit.YEARS) > 0) {
      throw new SegmentException(argument, "use hours, days, weeks, months or years, got " + unit);
    }
    return amount * seconds(unit) / seconds(model);
  }

  private static double seconds(ChronoUnit unit) {
    return unit.getDuration().getSeconds();
  }

  private static double checkRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new SegmentException("rate", "the discount rate must be from 0 to 1, got " + rate);
    }
    return rate;
  }

  private static double checkHorizon(double periods) {
    if (!(periods > 0 && periods <= MAX_STEPS)) {
      throw new SegmentException("horizon", "the horizon must be above 0 and at most " + MAX_STEPS + " model "
          + "periods, got " + periods);
    }
    return periods;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Clv(%s, %s, discount %.4f per %.4g periods, horizon %.4g periods)",
        purchases, spend, rate, ratePeriod, horizon);
  }
}
