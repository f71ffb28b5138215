package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads transactions from CSV into an {@link RfmAggregate}: a header line, then one transaction a line with the
 * customer id, the date and the amount in columns named by the header (configurable). Dates are ISO
 * ({@code 2026-11-11}, or a timestamp {@code 2026-11-11T20:15:00…} whose date part is used); amounts are decimal
 * numbers, negative for refunds. Fields may be quoted ({@code "…"}, with {@code ""} for a quote); blank lines are
 * skipped. Parsing is by hand, no regular expressions.
 *
 * <pre>{@code
 * TransactionCsv csv = TransactionCsv.columns("buyer_id", "paid_at", "amount");   // header names
 * long rows = csv.read(reader, aggregate);
 * // SegmentException: orders.csv line 8812, column paid_at: "2026-13-01" is not a date (yyyy-MM-dd)
 * }</pre>
 *
 * <p>A read is all or nothing: rows go into a fresh aggregate that is merged into the target only when every line
 * parsed, so a bad line leaves the target as it was. Customer ids are read as {@code String}; with
 * {@link #numericIds()} as {@code long}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransactionCsv {

  private final String customerColumn;
  private final String dateColumn;
  private final String amountColumn;
  private final char delimiter;
  private final boolean numeric;
  /** Null when the rows carry no order id. */
  private final String orderColumn;

  private TransactionCsv(String customerColumn, String dateColumn, String amountColumn, char delimiter,
      boolean numeric, String orderColumn) {
    this.orderColumn = orderColumn;
    this.customerColumn = customerColumn;
    this.dateColumn = dateColumn;
    this.amountColumn = amountColumn;
    this.delimiter = delimiter;
    this.numeric = numeric;
  }

  /**
   * A reader of comma-separated transactions with the given header names.
   *
   * @param customer the customer id column
   * @param date the date column
   * @param amount the amount column
   * @return the reader
   * @since 0.1
   */
  public static TransactionCsv columns(String customer, String date, String amount) {
    return new TransactionCsv(checkNotNull(customer, "customer"), checkNotNull(date, "date"),
        checkNotNull(amount, "amount"), ',', false, null);
  }

  /**
   * The same reader with another delimiter, e.g. {@code ';'} or {@code '\t'}.
   *
   * @param delimiter the delimiter, not a quote or line break
   * @return a new reader
   * @throws SegmentException if the delimiter is a quote or line break
   * @since 0.1
   */
  public TransactionCsv delimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new SegmentException("delimiter", "the delimiter cannot be a quote or a line break");
    }
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, delimiter, numeric, orderColumn);
  }

  /**
   * The same reader taking customer ids as {@code long} numbers (for an aggregate keyed by {@code long}).
   *
   * @return a new reader
   * @since 0.1
   */
  public TransactionCsv numericIds() {
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, delimiter, true, orderColumn);
  }

  /**
   * The same reader taking each row's order id from a column, for an aggregate that keeps orders
   * ({@code RfmAggregate.builder().keep(Frequency.ORDERS)}): order lines of one order then count as one order. Order
   * ids are text ({@code "SO-1001"}, {@code "007"} and {@code "7"} are three orders), kept as 64-bit hashes like
   * {@link RfmAggregate#add(String, String, LocalDate, double)}'s, also with {@link #numericIds()}.
   *
   * @param order the order id column
   * @return a new reader
   * @since 0.1
   */
  public TransactionCsv orderColumn(String order) {
    return new TransactionCsv(customerColumn, dateColumn, amountColumn, delimiter, numeric,
        checkNotNull(order, "order"));
  }

  /**
   * Reads every line into {@code into}, all or nothing.
   *
   * @param in the CSV text; not closed
   * @param into the aggregate to add to
   * @return the number of transactions read
   * @throws SegmentException naming the line and column, for a missing column in the header, a line with too few
   *     fields, an unterminated quote, an empty id, a bad date or amount
   * @throws IOException if reading fails
   * @since 0.1
   */
  public long read(Reader in, RfmAggregate into) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(into, "into");
    BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    String header = lines.readLine();
    if (header == null) {
      throw new SegmentException("in", 1, "line 1: the CSV is empty; expected a header with " + customerColumn + ", "
          + dateColumn + ", " + amountColumn);
    }
    List<String> names = fields(header, 1);
    int c = index(names, customerColumn);
    int d = index(names, dateColumn);
    int a = index(names, amountColumn);
    int o = orderColumn == null ? -1 : index(names, orderColumn);
    int needed = Math.max(Math.max(c, o), Math.max(d, a)) + 1;
    RfmAggregate batch = RfmAggregate.empty(into.decimals(), into.frequencies());
    long line = 1;
    long rows = 0;
    for (String text; (text = lines.readLine()) != null; ) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      List<String> f = fields(text, line);
      if (f.size() < needed) {
        throw new SegmentException("in", line, "line " + line + ": " + f.size() + " fields, expected at least "
            + needed);
      }
      String id = f.get(c).trim();
      if (id.isEmpty()) {
        throw new SegmentException(customerColumn, line, "line " + line + ", column " + customerColumn
            + ": empty customer id");
      }
      LocalDate day = date(f.get(d).trim(), line);
      double amount = amount(f.get(a).trim(), line);
      long numericId = numeric ? number(id, customerColumn, line) : 0;
      String order = o < 0 ? null : f.get(o).trim();
      if (order != null && order.isEmpty()) {
        throw new SegmentException(orderColumn, line, "line " + line + ", column " + orderColumn
            + ": empty order id");
      }
      long orderKey = order != null && numeric ? RfmAggregate.orderKey(order) : 0;
      try {
        if (order == null) {
          if (numeric) {
            batch.add(numericId, day, amount);
          } else {
            batch.add(id, day, amount);
          }
        } else if (numeric) {
          batch.add(numericId, orderKey, day, amount);
        } else {
          batch.add(id, order, day, amount);
        }
      } catch (SegmentException e) {
        boolean orders = e.argument().filter("orderId"::equals).isPresent();
        throw new SegmentException(orders ? (orderColumn == null ? "orderColumn" : orderColumn) : amountColumn, line,
            "line " + line + ": " + e.getMessage());
      }
      rows++;
    }
    into.merge(batch);
    return rows;
  }

  private int index(List<String> names, String column) {
    int i = names.indexOf(column);
    if (i < 0) {
      throw new SegmentException(column, 1, "line 1: no column \"" + column + "\" in the header " + names);
    }
    return i;
  }

  private static long number(String id, String column, long line) {
    long value = 0;
    boolean negative = id.charAt(0) == '-';
    int start = negative ? 1 : 0;
    if (start == id.length() || id.length() - start > 18) {
      throw new SegmentException(column, line, "line " + line + ", column " + column + ": \"" + id
          + "\" is not a whole number of at most 18 digits");
    }
    for (int i = start; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new SegmentException(column, line, "line " + line + ", column " + column + ": \"" + id
            + "\" is not a whole number");
      }
      value = value * 10 + (ch - '0');
    }
    return negative ? -value : value;
  }

  private LocalDate date(String text, long line) {
    String day = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ') ? text.substring(0, 10)
        : text;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new SegmentException(dateColumn, line, "line " + line + ", column " + dateColumn + ": \"" + text
          + "\" is not a date (yyyy-MM-dd)");
    }
  }

  private double amount(String text, long line) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SegmentException(amountColumn, line, "line " + line + ", column " + amountColumn + ": \"" + text
        + "\" is not a number");
  }

  /** Splits a line on the delimiter, honouring double quotes. */
  private List<String> fields(String line, long number) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == delimiter) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new SegmentException("in", number, "line " + number + ": a quoted field is not closed");
    }
    out.add(field.toString());
    return out;
  }

  @Override
  public String toString() {
    return "TransactionCsv{" + customerColumn + ", " + dateColumn + ", " + amountColumn + ", delimiter '"
        + delimiter + "'" + (numeric ? ", numeric ids" : "") + (orderColumn != null ? ", orders " + orderColumn : "")
        + "}";
  }
}
