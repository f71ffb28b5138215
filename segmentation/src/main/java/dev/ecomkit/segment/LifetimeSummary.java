package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Customers' purchase histories as the lifetime-value models read them (CDNOW-style summaries), from an
 * {@link RfmAggregate} at an as-of date: per customer {@code x} (repeat purchases: purchases after the first),
 * {@code t_x} (the time from the first purchase to the last), {@code T} (the time from the first purchase to the
 * as-of date) and the mean spend per purchase, times in one {@link ChronoUnit}.
 *
 * <pre>{@code
 * LifetimeSummary s = aggregate.lifetimeSummary(LocalDate.of(2026, 11, 30), ChronoUnit.WEEKS);
 * BgNbd purchases = BgNbd.fit(s.x(), s.tx(), s.T(), s.unit());
 * LifetimeSummary repeat = s.repeatBuyers();
 * GammaGamma spend = GammaGamma.fit(repeat.purchases(), repeat.meanSpend());
 * }</pre>
 *
 * <p>Purchases are counted as purchase occasions: distinct purchase days if the aggregate keeps them
 * ({@link Frequency#PURCHASE_DAYS}, the better basis here, as several orders on a day are one occasion), else
 * distinct orders if it keeps those ({@link Frequency#ORDERS}, for order-line data), else purchase rows. The mean
 * spend is the net amount (refunds subtracted) over the same occasions, the first included: the aggregate keeps
 * totals, not the first purchase apart. So it averages {@link #purchases()} = x + 1 occasions, the count to give
 * {@link GammaGamma#fit}. Customers with refunds only are left out; a customer whose refunds exceed her purchases
 * has a negative mean spend.
 *
 * <p>Immutable and thread-safe; accessors return copies.
 *
 * @since 0.1
 */
public final class LifetimeSummary {

  private final LocalDate asOf;
  private final ChronoUnit unit;
  private final String[] ids;
  private final double[] x;
  private final double[] tx;
  private final double[] t;
  private final double[] meanSpend;

  private LifetimeSummary(LocalDate asOf, ChronoUnit unit, String[] ids, double[] x, double[] tx, double[] t,
      double[] meanSpend) {
    this.asOf = asOf;
    this.unit = unit;
    this.ids = ids;
    this.x = x;
    this.tx = tx;
    this.t = t;
    this.meanSpend = meanSpend;
  }

  static LifetimeSummary of(RfmAggregate aggregate, LocalDate asOf, ChronoUnit unit) {
    checkNotNull(asOf, "asOf");
    checkNotNull(unit, "unit");
    double days = daysIn(unit);
    long end = asOf.toEpochDay();
    if (!RfmAggregate.validDay(end)) {
      throw new SegmentException("asOf", "the as-of date must be in the years 1-9999, got " + asOf);
    }
    int total = aggregate.size();
    // purchase occasions: distinct days if kept, else distinct orders if kept, else rows
    int[] distinct = aggregate.frequencies().contains(Frequency.PURCHASE_DAYS)
        ? aggregate.kept().counts(Frequency.PURCHASE_DAYS, total)
        : aggregate.frequencies().contains(Frequency.ORDERS) ? aggregate.kept().counts(Frequency.ORDERS, total) : null;
    int count = 0;
    for (int i = 0; i < total; i++) {
      if (aggregate.purchases(i) > 0) {
        if (aggregate.lastDay(i) > end) {
          throw new SegmentException("asOf", "customer " + aggregate.idString(i) + " purchased on "
              + LocalDate.ofEpochDay(aggregate.lastDay(i)) + ", after the as-of date " + asOf);
        }
        count++;
      }
    }
    String[] ids = new String[count];
    double[] x = new double[count];
    double[] tx = new double[count];
    double[] t = new double[count];
    double[] spend = new double[count];
    double scale = aggregate.scale();
    for (int i = 0, k = 0; i < total; i++) {
      int purchases = aggregate.purchases(i);
      if (purchases == 0) {
        continue;
      }
      int first = aggregate.firstDay(i);
      int occasions = distinct == null ? purchases : distinct[i];
      ids[k] = aggregate.idString(i);
      x[k] = occasions - 1;
      tx[k] = x[k] == 0 ? 0 : (aggregate.lastDay(i) - first) / days;
      t[k] = (end - first) / days;
      spend[k] = (aggregate.amountMinor(i) - aggregate.refundsMinor(i)) / scale / occasions;
      k++;
    }
    return new LifetimeSummary(asOf, unit, ids, x, tx, t, spend);
  }

  /** The length of a unit in days, by its average duration; days to years only. */
  static double daysIn(ChronoUnit unit) {
    if (unit.compareTo(ChronoUnit.DAYS) < 0 || unit.compareTo(ChronoUnit.YEARS) > 0) {
      throw new SegmentException("unit", "use days, weeks, months or years, got " + unit);
    }
    return unit.getDuration().getSeconds() / 86_400.0;
  }

  /**
   * The customers who made at least one repeat purchase and spent more than 0 on average: those the Gamma-Gamma
   * spend model takes.
   *
   * @return a summary of those customers
   * @since 0.1
   */
  public LifetimeSummary repeatBuyers() {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += x[i] >= 1 && meanSpend[i] > 0 ? 1 : 0;
    }
    String[] i2 = new String[n];
    double[][] cols = new double[4][n];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (x[i] >= 1 && meanSpend[i] > 0) {
        i2[k] = ids[i];
        cols[0][k] = x[i];
        cols[1][k] = tx[i];
        cols[2][k] = t[i];
        cols[3][k] = meanSpend[i];
        k++;
      }
    }
    return new LifetimeSummary(asOf, unit, i2, cols[0], cols[1], cols[2], cols[3]);
  }

  /** @return the as-of date the times run to */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the unit of {@link #tx()} and {@link #T()} */
  public ChronoUnit unit() {
    return unit;
  }

  /** @return the number of customers */
  public int size() {
    return ids.length;
  }

  /**
   * A customer's id.
   *
   * @param i the customer's index, 0 to size − 1
   * @return her id, as the aggregate keeps it
   * @since 0.1
   */
  public String customerId(int i) {
    if (i < 0 || i >= ids.length) {
      throw new SegmentException("i", "no customer " + i + " among " + ids.length);
    }
    return ids[i];
  }

  /** @return the purchase occasions each customer's mean spend averages: x + 1 (a copy) */
  public double[] purchases() {
    double[] out = new double[x.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = x[i] + 1;
    }
    return out;
  }

  /** @return repeat purchases per customer (a copy) */
  public double[] x() {
    return x.clone();
  }

  /** @return the time from each customer's first purchase to her last, in {@link #unit()} (a copy) */
  public double[] tx() {
    return tx.clone();
  }

  /** @return the time from each customer's first purchase to the as-of date, in {@link #unit()} (a copy) */
  public double[] T() {
    return t.clone();
  }

  /** @return each customer's mean spend per purchase, net of refunds (a copy) */
  public double[] meanSpend() {
    return meanSpend.clone();
  }

  @Override
  public String toString() {
    return "LifetimeSummary(" + ids.length + " customers as of " + asOf + ", times in " + unit + ", "
        + Arrays.stream(x).sum() + " repeat purchases)";
  }
}
