package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * RFM scoring (RFM 模型): for each customer of an {@link RfmAggregate} the recency (days from the last purchase to
 * the as-of date), frequency (number of purchases; or of distinct purchase days or orders, {@link #frequency}) and
 * monetary value (purchases less refunds, in total or per
 * purchase), each turned into a score from 1 to {@code n} (5 by default, higher is better: 5 is the most recent), and
 * the segment of the score cell.
 *
 * <pre>{@code
 * RfmResult r = RfmScorer.standard(LocalDate.of(2026, 11, 30)).score(aggregate);
 * RfmScorer.standard(asOf).monetary(RfmScorer.Monetary.AVERAGE).binning(RfmScorer.Binning.R_RFM);
 * RfmScorer.standard(asOf).thresholds(new double[] {30, 90, 180, 365},   // recency days
 *     new double[] {2, 3, 5, 10}, new double[] {100, 300, 1000, 3000});    // purchases, money
 * }</pre>
 *
 * <p>Binning:
 * <ul>
 *   <li>{@link Binning#QUANTILES} (the default): by rank. A customer's score is {@code 1 + ⌊n·b/N⌋}, {@code b} the
 *       number of the {@code N} scored customers with a strictly worse value (for recency: more days). Equal values
 *       always share a score (the tie rule), scores never fall as the value improves, and without ties the groups
 *       are the equal-count quantiles (quintiles for {@code n = 5}). Ties can make groups unequal but never skip
 *       a score below the top tie group.
 *   <li>{@link Binning#R_RFM}: the convention of the R package {@code rfm} (0.2-0.3): cut points are R's type-7
 *       quantiles at {@code 1/n, …, (n−1)/n} plus 1, intervals {@code [low, high)}, recency reversed. Bins follow the
 *       values, not the counts: they may be very unequal, and a score may go unused (a low-variety frequency often
 *       gets only scores 1, 2, 4 and 5). Reproduces {@code rfm_table_order}'s scores.
 *   <li>thresholds ({@link #thresholds}): fixed business cut points, {@code n − 1} ascending values per dimension,
 *       intervals {@code [low, high)} as {@code rfm}'s custom bins: frequency and monetary score {@code 1 + } the number
 *       of cut points at or below the value; recency {@code n − } that number (fewer days, higher score).
 * </ul>
 * Customers with no purchase (refunds only) are not scored; {@link RfmResult#unscored()} counts them. A purchase
 * after the as-of date is an error.
 *
 * <p>Instances are immutable and thread-safe; the configuration methods return new instances.
 *
 * @since 0.1
 */
public final class RfmScorer {

  /**
   * How purchase amounts become the monetary value.
   *
   * @since 0.1
   */
  public enum Monetary {
    /** Purchases less refunds (the default; R {@code rfm}'s {@code amount}). */
    TOTAL,
    /** Purchases less refunds, per purchase: the average basket. */
    AVERAGE
  }

  /**
   * How values become scores.
   *
   * @since 0.1
   */
  public enum Binning {
    /** By rank, equal-count groups, ties shared (the default). */
    QUANTILES,
    /** The R {@code rfm} package's value-based cut points. */
    R_RFM,
    /** Fixed cut points given by {@link #thresholds}. */
    THRESHOLDS
  }

  private final int asOf;
  private final int scores;
  private final Monetary monetary;
  private final Binning binning;
  private final double[][] thresholds;
  private final SegmentTable segments;
  private final Frequency frequency;

  private RfmScorer(int asOf, int scores, Monetary monetary, Binning binning, double[][] thresholds,
      SegmentTable segments, Frequency frequency) {
    this.frequency = frequency;
    this.asOf = asOf;
    this.scores = scores;
    this.monetary = monetary;
    this.binning = binning;
    this.thresholds = thresholds;
    this.segments = segments;
  }

  /**
   * Scores 1-5 by quantiles as of a date, monetary as the total, with {@link SegmentTable#standard()}.
   *
   * @param asOf the date recency is counted to, in the years 1-9999; no purchase may be later
   * @return the scorer
   * @throws SegmentException if the date is out of range
   * @since 0.1
   */
  public static RfmScorer standard(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    if (!RfmAggregate.validDay(asOf.toEpochDay())) {
      throw new SegmentException("asOf", "the as-of date must be in the years 1-9999, got " + asOf);
    }
    return new RfmScorer(Math.toIntExact(asOf.toEpochDay()), 5, Monetary.TOTAL, Binning.QUANTILES, null,
        SegmentTable.standard(), Frequency.PURCHASES);
  }

  /**
   * The monetary value: total (default) or per purchase.
   *
   * @param monetary the choice
   * @return a new scorer
   * @since 0.1
   */
  public RfmScorer monetary(Monetary monetary) {
    return new RfmScorer(asOf, scores, checkNotNull(monetary, "monetary"), binning, thresholds, segments, frequency);
  }

  /**
   * What frequency counts: purchase rows (the default), distinct purchase days or distinct orders. The last two need
   * an aggregate that kept them ({@link RfmAggregate.Builder#keep}). {@link Monetary#AVERAGE} divides by the same
   * count: per order for {@link Frequency#ORDERS}, per purchase day for {@link Frequency#PURCHASE_DAYS}.
   *
   * @param frequency the choice
   * @return a new scorer
   * @since 0.1
   */
  public RfmScorer frequency(Frequency frequency) {
    return new RfmScorer(asOf, scores, monetary, binning, thresholds, segments,
        checkNotNull(frequency, "frequency"));
  }

  /**
   * The binning: {@link Binning#QUANTILES} (default) or {@link Binning#R_RFM}; for thresholds use
   * {@link #thresholds}.
   *
   * @param binning the choice
   * @return a new scorer
   * @throws SegmentException for {@link Binning#THRESHOLDS}, which needs the cut points
   * @since 0.1
   */
  public RfmScorer binning(Binning binning) {
    checkNotNull(binning, "binning");
    if (binning == Binning.THRESHOLDS) {
      throw new SegmentException("binning", "give the cut points with thresholds(recency, frequency, monetary)");
    }
    return new RfmScorer(asOf, scores, monetary, binning, null, segments, frequency);
  }

  /**
   * Fixed business cut points, {@code scores − 1} strictly ascending values for each dimension: recency in days,
   * frequency in its count (purchases, purchase days or orders: {@link #frequency}), monetary in money.
   *
   * @param recencyDays cut points of recency
   * @param frequency cut points of frequency
   * @param monetary cut points of the monetary value
   * @return a new scorer
   * @throws SegmentException if a list has the wrong length, is not strictly ascending or holds a non-finite value
   * @since 0.1
   */
  public RfmScorer thresholds(double[] recencyDays, double[] frequency, double[] monetary) {
    double[][] t = {cutPoints("recencyDays", recencyDays), cutPoints("frequency", frequency),
        cutPoints("monetary", monetary)};
    return new RfmScorer(asOf, scores, this.monetary, Binning.THRESHOLDS, t, segments, this.frequency);
  }

  private double[] cutPoints(String name, double[] values) {
    checkNotNull(values, name);
    if (values.length != scores - 1) {
      throw new SegmentException(name, name + " needs " + (scores - 1) + " cut points for scores 1-" + scores
          + ", got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i]) || (i > 0 && !(values[i] > values[i - 1]))) {
        throw new SegmentException(name, name + " must be finite and strictly ascending, got "
            + Arrays.toString(values));
      }
    }
    return values.clone();
  }

  /**
   * The segment table, and with it the number of scores ({@link SegmentTable#scores()}). Thresholds given before
   * are dropped when the number of scores changes.
   *
   * @param table the table
   * @return a new scorer
   * @since 0.1
   */
  public RfmScorer segments(SegmentTable table) {
    checkNotNull(table, "table");
    boolean keep = table.scores() == scores;
    return new RfmScorer(asOf, table.scores(), monetary, keep ? binning : binning == Binning.THRESHOLDS
        ? Binning.QUANTILES : binning, keep ? thresholds : null, table, frequency);
  }

  /**
   * Scores every customer of the aggregate with at least one purchase.
   *
   * @param aggregate the aggregate; not changed
   * @return the result
   * @throws SegmentException if a customer's last purchase is after the as-of date (the message names the customer)
   * @since 0.1
   */
  public RfmResult score(RfmAggregate aggregate) {
    checkNotNull(aggregate, "aggregate");
    if (!aggregate.frequencies().contains(this.frequency)) {
      throw new SegmentException("frequency", "frequency " + this.frequency + " needs an aggregate that kept it: "
          + "RfmAggregate.builder().keep(Frequency." + this.frequency + "); this one keeps "
          + aggregate.frequencies());
    }
    int total = aggregate.size();
    int[] lastDays = new int[total];
    int[] purchases = new int[total];
    long[] nets = new long[total];
    long[] ids = new long[total];
    aggregate.columns(lastDays, purchases, nets, ids);
    int[] distinct = aggregate.kept().counts(this.frequency, total);
    int[] members = new int[total];
    int count = 0;
    for (int i = 0; i < total; i++) {
      if (purchases[i] > 0) {
        if (lastDays[i] > asOf) {
          throw new SegmentException("asOf", "customer " + aggregate.idString(i) + " purchased on "
              + LocalDate.ofEpochDay(lastDays[i]) + ", after the as-of date " + LocalDate.ofEpochDay(asOf));
        }
        members[count++] = i;
      }
    }
    int[] recency = new int[count];
    int[] frequency = new int[count];
    double[] money = new double[count];
    long[] moneyKeys = new long[count];
    double scale = aggregate.scale();
    for (int k = 0; k < count; k++) {
      int i = members[k];
      recency[k] = asOf - lastDays[i];
      frequency[k] = distinct == null ? purchases[i] : distinct[i];
      long net = nets[i];
      if (monetary == Monetary.TOTAL) {
        money[k] = net / scale;
        moneyKeys[k] = net;
      } else {
        money[k] = net / scale / frequency[k];
        moneyKeys[k] = Ranking.key(money[k]);
      }
    }
    byte[] r = new byte[count];
    byte[] f = new byte[count];
    byte[] m = new byte[count];
    switch (count == 0 ? Binning.QUANTILES : binning) { // nothing to cut when no customer bought
      case QUANTILES:
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
          keys[k] = -(long) recency[k];
        }
        Ranking.scores(keys, scores, r);
        for (int k = 0; k < count; k++) {
          keys[k] = frequency[k];
        }
        Ranking.scores(keys, scores, f);
        Ranking.scores(moneyKeys, scores, m);
        break;
      case R_RFM:
        double[] days = asDoubles(recency);
        double[] counts = asDoubles(frequency);
        byCutPoints(days, RRfm.cutPoints(days, scores), true, r);
        byCutPoints(counts, RRfm.cutPoints(counts, scores), false, f);
        byCutPoints(money, RRfm.cutPoints(money, scores), false, m);
        break;
      case THRESHOLDS:
      default:
        byCutPoints(asDoubles(recency), thresholds[0], true, r);
        byCutPoints(asDoubles(frequency), thresholds[1], false, f);
        byCutPoints(money, thresholds[2], false, m);
        break;
    }
    byte[] segment = new byte[count];
    for (int k = 0; k < count; k++) {
      segment[k] = (byte) segments.indexOf(r[k], f[k], m[k]);
    }
    double[] revenue = new double[count];
    long[] longIds = aggregate.stringKeyed() ? null : new long[count];
    String[] names = aggregate.stringKeyed() ? new String[count] : null;
    for (int k = 0; k < count; k++) {
      revenue[k] = nets[members[k]] / scale;
      if (longIds != null) {
        longIds[k] = ids[members[k]];
      } else {
        names[k] = aggregate.stringId(members[k]);
      }
    }
    return new RfmResult(longIds, names, count, total - count, LocalDate.ofEpochDay(asOf), recency, frequency,
        money, revenue, r, f, m, segment, segments, describe());
  }

  /** Score {@code 1 + #(cut points ≤ v)}, or for a reversed dimension {@code n − #(cut points ≤ v)}. */
  private void byCutPoints(double[] values, double[] cuts, boolean reversed, byte[] out) {
    for (int k = 0; k < values.length; k++) {
      int at = 0;
      while (at < cuts.length && cuts[at] <= values[k]) {
        at++;
      }
      out[k] = (byte) (reversed ? scores - at : 1 + at);
    }
  }

  private static double[] asDoubles(int[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = values[i];
    }
    return d;
  }

  private String describe() {
    return String.format(Locale.ROOT, "as of %s, scores 1-%d, %s, frequency %s, monetary %s",
        LocalDate.ofEpochDay(asOf), scores, binning == Binning.QUANTILES ? "quantiles by rank"
            : binning == Binning.R_RFM ? "R rfm cut points" : "thresholds " + Arrays.deepToString(thresholds),
        frequency.name().toLowerCase(Locale.ROOT).replace('_', ' '), monetary.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "RfmScorer{" + describe() + "}";
  }
}
