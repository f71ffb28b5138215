package dev.ecomkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bundled {@code orders-sample.csv.gz}: about 100,000 orders of 12,000 customers of a synthetic shop over
 * the two years to 30 November 2026, from a fixed seed so the file is reproducible. Customers differ the way real
 * ones do: a heavy-tailed order rate (a few buy every week, most a few times a year), a log-normal basket with a
 * per-customer level (some spend ten times what others do), a first purchase spread over the two years (newcomers
 * keep arriving), and a "churn" day after which a customer buys no more (about half stop before the end). Orders
 * cluster on the campaign days (618, Double 11, Double 12); one order in thirty is followed by a refund of part or
 * all of it. Columns {@code customer_id,order_id,paid_at,amount}, one line an order, days in order; a refund
 * follows its order's line, dated up to ten days later.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp "$(cat examples/target/classpath.txt):examples/target/classes" \
 *     dev.ecomkit.examples.OrderSampleGenerator examples/src/main/resources/dev/ecomkit/examples/orders-sample.csv.gz
 * </pre>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class OrderSampleGenerator {

  static final long SEED = 20261130L;
  static final int CUSTOMERS = 12_000;
  static final LocalDate FIRST = LocalDate.of(2024, 12, 1);
  static final LocalDate LAST = LocalDate.of(2026, 11, 30);

  private OrderSampleGenerator() {}

  /**
   * Writes the file.
   *
   * @param args the path to write, ending {@code .gz}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: OrderSampleGenerator path/to/orders-sample.csv.gz");
      System.exit(2);
    }
    Random random = new Random(SEED);
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    // per customer: orders a day, basket level, first and churn day
    double[] rate = new double[CUSTOMERS];
    double[] basket = new double[CUSTOMERS];
    int[] first = new int[CUSTOMERS];
    int[] churn = new int[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      rate[c] = Math.min(0.25, 0.0145 * Math.exp(1.1 * random.nextGaussian()));
      basket[c] = 120 * Math.exp(0.8 * random.nextGaussian());
      first[c] = random.nextInt(days);
      churn[c] = random.nextBoolean() ? first[c] + random.nextInt(days - first[c]) : days;
    }
    long orderId = 1_000_000;
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
      out.write("customer_id,order_id,paid_at,amount\n");
      for (int d = 0; d < days; d++) {
        LocalDate day = FIRST.plusDays(d);
        double boost = campaign(day);
        for (int c = 0; c < CUSTOMERS; c++) {
          if (d < first[c] || d >= churn[c] || random.nextDouble() >= rate[c] * boost) {
            continue;
          }
          double amount = Math.max(9.9, basket[c] * Math.exp(0.5 * random.nextGaussian()));
          String customer = String.format(Locale.ROOT, "U%05d", c + 1);
          out.write(String.format(Locale.ROOT, "%s,%d,%s,%.2f%n", customer, orderId++, day, amount));
          if (random.nextInt(30) == 0) {
            double refund = random.nextBoolean() ? amount : Math.round(amount * 30) / 100.0;
            LocalDate when = day.plusDays(1 + random.nextInt(10));
            if (!when.isAfter(LAST)) {
              out.write(String.format(Locale.ROOT, "%s,%d,%s,%.2f%n", customer, orderId - 1, when, -refund));
            }
          }
        }
      }
    }
  }

  /** How much more customers buy on campaign days. */
  private static double campaign(LocalDate day) {
    int m = day.getMonthValue();
    int d = day.getDayOfMonth();
    if ((m == 11 && d == 11) || (m == 6 && d == 18)) {
      return 6;
    }
    if ((m == 11 && d >= 1 && d <= 10) || (m == 6 && d >= 1 && d <= 17) || (m == 12 && d == 12)) {
      return 1.8;
    }
    return 1;
  }
}
