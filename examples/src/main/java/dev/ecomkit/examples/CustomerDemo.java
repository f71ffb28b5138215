package dev.ecomkit.examples;

import dev.ecomkit.segment.ParetoAnalysis;
import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmCustomer;
import dev.ecomkit.segment.RfmResult;
import dev.ecomkit.segment.RfmScorer;
import dev.ecomkit.segment.SegmentSummary;
import dev.ecomkit.segment.TransactionCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The customer section of the demo: RFM segments and the 80/20 analysis of the bundled {@code orders-sample.csv.gz}
 * (about 100,000 orders of 12,000 customers written by {@link OrderSampleGenerator}), or a CSV file given as
 * argument with the columns {@code customer_id,paid_at,amount} (others ignored) and a header line.
 * <ol>
 *   <li>the orders read with {@link TransactionCsv} into an {@link RfmAggregate};
 *   <li>RFM scores as of 30 November 2026 ({@link RfmScorer#standard}), the segment table: customers, share of
 *       revenue, average recency, orders and spend per segment;
 *   <li>the Pareto analysis of revenue per customer: the share of the top 20 %, how few customers bring 80 %, the
 *       Gini coefficient;
 *   <li>a customer of each of the segments a merchant acts on first (champions, at risk, can't lose them).
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class CustomerDemo {

  static final String SAMPLE = "orders-sample.csv.gz";
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private CustomerDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String name = SampleFiles.name(args, SAMPLE);
    RfmAggregate aggregate = RfmAggregate.create();
    long rows;
    try (Reader csv = SampleFiles.open(args, SAMPLE)) {
      rows = TransactionCsv.columns("customer_id", "paid_at", "amount").read(csv, aggregate);
    }
    out.print(report(aggregate, rows, name));
    double[] baskets;
    try (Reader csv = SampleFiles.open(args, SAMPLE)) {
      baskets = CustomerValueDemo.baskets(csv);
    }
    out.print(CustomerValueDemo.report(aggregate, baskets, AS_OF));
  }

  static String report(RfmAggregate aggregate, long rows, String name) {
    StringBuilder sb = new StringBuilder("== Customers (ecomkit-segmentation) ==\n");
    RfmResult result = RfmScorer.standard(AS_OF).score(aggregate);
    sb.append(String.format(Locale.ROOT, "%,d orders and refunds of %,d customers from %s, scored as of %s: "
        + "recency, frequency%nand monetary value each 1-5 by quintiles (ties share a score), then the segment of the "
        + "score cell.%n", rows, aggregate.size(), name, AS_OF));
    if (result.unscored() > 0) {
      sb.append(String.format(Locale.ROOT, "%d customers with refunds only are not scored.%n", result.unscored()));
    }
    sb.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s %12s %10s %12s%n", "segment", "customers", "share",
        "revenue", "avg recency", "avg orders", "avg spend"));
    for (SegmentSummary s : result.segments()) {
      sb.append(String.format(Locale.ROOT, "%-20s %9d %8.1f%% %8.1f%% %10.0f d %10.1f %12.0f%n", s.name(),
          s.customers(), 100 * s.customerShare(), 100 * s.revenueShare(), s.averageRecencyDays(),
          s.averageFrequency(), s.averageMonetary()));
    }
    List<RfmCustomer> customers = result.customers();
    double[] revenue = new double[customers.size()];
    for (int i = 0; i < revenue.length; i++) {
      revenue[i] = Math.max(0, customers.get(i).monetary());
    }
    ParetoAnalysis pareto = ParetoAnalysis.of(revenue);
    sb.append(String.format(Locale.ROOT, "%n80/20: the top 20 %% of customers bring %.1f %% of revenue; %.1f %% of "
        + "customers bring 80 %%; Gini %.3f.%n", 100 * pareto.shareOfTop(0.2), 100 * pareto.topShareFor(0.8),
        pareto.gini()));
    sb.append("One customer each of the segments to act on first:\n");
    for (String segment : new String[] {"champions", "at risk", "can't lose them"}) {
      customers.stream().filter(c -> c.segment().equals(segment)).findFirst().ifPresent(c -> sb.append(
          String.format(Locale.ROOT, "  %-16s %s: last order %d days ago, %d orders, %,.0f spent (R%d F%d M%d)%n",
              segment, c.id(), c.recencyDays(), c.frequency(), c.monetary(), c.r(), c.f(), c.m())));
    }
    return sb.toString();
  }
}
