package dev.ecomkit.segment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The outcome of {@link RfmScorer#score}: every scored customer with recency, frequency, monetary value, the three
 * scores and the segment ({@link #customers()}, a list view over columns, no object a customer until read), the
 * segments with their counts, revenue shares and averages ({@link #segments()}), and exports of both as CSV and JSON.
 *
 * <pre>{@code
 * RfmResult r = RfmScorer.standard(asOf).score(aggregate);
 * for (SegmentSummary s : r.segments()) { … s.name(), s.customers(), s.revenueShare() … }
 * r.customers().get(0);              // RfmCustomer[id=C-1001, recencyDays=3, frequency=7, …, segment=champions]
 * r.writeCustomersCsv(writer);       // id,recency_days,frequency,monetary,r,f,m,segment
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmResult {

  /** Ids: {@code long} ones, or else String ones. */
  private final long[] longIds;
  private final String[] names;
  private final int size;
  private final int unscored;
  private final LocalDate asOf;
  private final int[] recency;
  private final int[] frequency;
  private final double[] monetary;
  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final byte[] segment;
  private final SegmentTable table;
  private final String method;
  private final ImmutableList<SegmentSummary> segments;

  RfmResult(long[] longIds, String[] names, int size, int unscored, LocalDate asOf, int[] recency,
      int[] frequency, double[] monetary, double[] revenue, byte[] r, byte[] f, byte[] m, byte[] segment,
      SegmentTable table, String method) {
    this.longIds = longIds;
    this.names = names;
    this.size = size;
    this.unscored = unscored;
    this.asOf = asOf;
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.r = r;
    this.f = f;
    this.m = m;
    this.segment = segment;
    this.table = table;
    this.method = method;
    this.segments = summarise(revenue);
  }

  private ImmutableList<SegmentSummary> summarise(double[] netRevenue) {
    int s = table.names().size();
    int[] count = new int[s];
    double[] revenue = new double[s];
    double[] days = new double[s];
    double[] purchases = new double[s];
    double total = 0;
    for (int k = 0; k < size; k++) {
      double net = netRevenue[k];
      int g = segment[k];
      count[g]++;
      revenue[g] += net;
      days[g] += recency[k];
      purchases[g] += frequency[k];
      total += net;
    }
    ImmutableList.Builder<SegmentSummary> list = ImmutableList.builderWithExpectedSize(s);
    for (int g = 0; g < s; g++) {
      int c = count[g];
      list.add(new SegmentSummary(table.names().get(g), c, size == 0 ? 0 : c / (double) size, revenue[g],
          total == 0 ? 0 : revenue[g] / total, c == 0 ? 0 : days[g] / c, c == 0 ? 0 : purchases[g] / c,
          c == 0 ? 0 : revenue[g] / c));
    }
    return list.build();
  }

  /**
   * The scored customers, in the aggregate's order: the order customers were first seen in a small aggregate; in a
   * large one (an {@link RfmAggregate#addAll} batch, or single adds buffered once the aggregate is large) new
   * customers are grouped by the hash of their id. The same calls always give the same order; sort the list if an
   * order matters. A read-only view, each element made when read.
   *
   * @return the customers
   * @since 0.1
   */
  public List<RfmCustomer> customers() {
    return new Customers();
  }

  /**
   * The segments, in the table's order, empty ones included.
   *
   * @return one summary a segment
   * @since 0.1
   */
  public ImmutableList<SegmentSummary> segments() {
    return segments;
  }

  /**
   * The number of scored customers.
   *
   * @return at least 0
   * @since 0.1
   */
  public int size() {
    return size;
  }

  /**
   * Customers in the aggregate with refunds but no purchase, who are not scored.
   *
   * @return at least 0
   * @since 0.1
   */
  public int unscored() {
    return unscored;
  }

  /**
   * The as-of date recency was counted to.
   *
   * @return the date
   * @since 0.1
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * How the scores were made, e.g. {@code "as of 2026-11-30, scores 1-5, quantiles by rank, monetary total"}.
   *
   * @return the description
   * @since 0.1
   */
  public String method() {
    return method;
  }

  /**
   * Writes the customers as CSV: a header {@code id,recency_days,frequency,monetary,r,f,m,segment}, then one line a
   * customer; ids and segment names quoted when they hold a comma, quote or line break.
   *
   * @param out where to write
   * @throws IOException if writing fails
   * @since 0.1
   */
  public void writeCustomersCsv(Appendable out) throws IOException {
    out.append("id,recency_days,frequency,monetary,r,f,m,segment\n");
    for (int k = 0; k < size; k++) {
      out.append(csv(id(k))).append(',').append(Integer.toString(recency[k])).append(',')
          .append(Integer.toString(frequency[k])).append(',').append(number(monetary[k])).append(',')
          .append((char) ('0' + r[k])).append(',').append((char) ('0' + f[k])).append(',')
          .append(Integer.toString(m[k])).append(',').append(csv(table.names().get(segment[k]))).append('\n');
    }
  }

  /**
   * Writes the segments as CSV: a header
   * {@code segment,customers,customer_share,revenue,revenue_share,avg_recency_days,avg_frequency,avg_monetary}.
   *
   * @param out where to write
   * @throws IOException if writing fails
   * @since 0.1
   */
  public void writeSegmentsCsv(Appendable out) throws IOException {
    out.append("segment,customers,customer_share,revenue,revenue_share,avg_recency_days,avg_frequency,"
        + "avg_monetary\n");
    for (SegmentSummary s : segments) {
      out.append(csv(s.name())).append(',').append(Integer.toString(s.customers())).append(',')
          .append(number(s.customerShare())).append(',').append(number(s.revenue())).append(',')
          .append(number(s.revenueShare())).append(',').append(number(s.averageRecencyDays())).append(',')
          .append(number(s.averageFrequency())).append(',').append(number(s.averageMonetary())).append('\n');
    }
  }

  /**
   * Writes the customers as a JSON array of objects with the fields of {@link RfmCustomer}, streaming.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @since 0.1
   */
  public void writeCustomersJson(Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartArray();
      for (int k = 0; k < size; k++) {
        g.writeStartObject();
        g.writeStringField("id", id(k));
        g.writeNumberField("recencyDays", recency[k]);
        g.writeNumberField("frequency", frequency[k]);
        g.writeNumberField("monetary", monetary[k]);
        g.writeNumberField("r", r[k]);
        g.writeNumberField("f", f[k]);
        g.writeNumberField("m", m[k]);
        g.writeStringField("segment", table.names().get(segment[k]));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /**
   * Writes the segments as a JSON array of objects with the fields of {@link SegmentSummary}.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   * @since 0.1
   */
  public void writeSegmentsJson(Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartArray();
      for (SegmentSummary s : segments) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeNumberField("customers", s.customers());
        g.writeNumberField("customerShare", s.customerShare());
        g.writeNumberField("revenue", s.revenue());
        g.writeNumberField("revenueShare", s.revenueShare());
        g.writeNumberField("averageRecencyDays", s.averageRecencyDays());
        g.writeNumberField("averageFrequency", s.averageFrequency());
        g.writeNumberField("averageMonetary", s.averageMonetary());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private String id(int k) {
    return longIds != null ? Long.toString(longIds[k]) : names[k];
  }

  private static String csv(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }

  /** Whole numbers as such, others to six significant digits without trailing zeros ({@code 0.543689}, {@code 12.5}). */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.indexOf('.') >= 0) {
      int end = mantissa.length();
      while (mantissa.charAt(end - 1) == '0') {
        end--;
      }
      if (mantissa.charAt(end - 1) == '.') {
        end--;
      }
      mantissa = mantissa.substring(0, end);
    }
    return e < 0 ? mantissa : mantissa + s.substring(e);
  }

  @Override
  public String toString() {
    return "RfmResult{" + size + " customers, " + method + "}";
  }

  /** The customers as a list view over the columns. */
  private final class Customers extends AbstractList<RfmCustomer> implements RandomAccess {
    @Override
    public RfmCustomer get(int k) {
      if (k < 0 || k >= size) {
        throw new IndexOutOfBoundsException("index " + k + ", size " + size);
      }
      return new RfmCustomer(id(k), recency[k], frequency[k], monetary[k], r[k], f[k], m[k],
          table.names().get(segment[k]));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
