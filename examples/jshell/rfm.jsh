// ecomkit RFM segments and the 80/20 analysis in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/rfm.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

import dev.ecomkit.segment.*;
import java.time.LocalDate;

// Transactions go into an aggregate: one small record a customer; refunds are negative amounts.
var agg = RfmAggregate.create();
agg.add("C01", LocalDate.of(2024, 1, 30), 120);
agg.add("C01", LocalDate.of(2024, 1, 10), 80);
agg.add("C02", LocalDate.of(2024, 1, 25), 40);
agg.add("C03", LocalDate.of(2023, 7, 4), 12.5);
agg.add("C04", LocalDate.of(2023, 11, 15), 300);
agg.add("C04", LocalDate.of(2023, 8, 1), 250);
agg.add("C04", LocalDate.of(2023, 8, 9), -50);

// Aggregates of partitions merge exactly (Spark, Kafka Streams): here a second partition with more orders.
var other = RfmAggregate.create();
other.add("C02", LocalDate.of(2023, 10, 1), 35);
other.add("C05", LocalDate.of(2024, 1, 20), 500);
agg.merge(other);
System.out.println("customers: " + agg.size() + ", bytes: " + agg.toBytes().length);

// Scores 1-5 by quintiles as of a date (ties share a score), then the segment of the cell.
var result = RfmScorer.standard(LocalDate.of(2024, 1, 31)).score(agg);
for (var c : result.customers()) {
  System.out.printf("  %s: %3d days, %d orders, %6.1f → R%d F%d M%d %s%n", c.id(), c.recencyDays(), c.frequency(),
      c.monetary(), c.r(), c.f(), c.m(), c.segment());
}

// The R rfm package's convention, or fixed business thresholds, instead of quintiles.
var r = RfmScorer.standard(LocalDate.of(2024, 1, 31)).binning(RfmScorer.Binning.R_RFM).score(agg);
System.out.println("R rfm convention, C04: " + r.customers().get(3));

// The segment table is data: every cell of the 5×5×5 scores in exactly one segment, from JSON or a builder.
System.out.println("segment of (5,5,5): " + SegmentTable.standard().segmentOf(5, 5, 5));
try {
  SegmentTable.builder(2).segment("a", 1, 2, 1, 2, 1, 1).build();
} catch (SegmentException e) {
  System.out.println("bad table: " + e.getMessage());
}

// Order-line data: one order spans several rows. Keep the orders to count distinct orders (or purchase days).
var lines = RfmAggregate.builder().keep(Frequency.ORDERS, Frequency.PURCHASE_DAYS).build();
lines.add("C01", "SO-1", LocalDate.of(2024, 1, 10), 50);
lines.add("C01", "SO-1", LocalDate.of(2024, 1, 10), 30);
lines.add("C01", "SO-2", LocalDate.of(2024, 1, 10), 20);
lines.add("C01", "SO-3", LocalDate.of(2024, 1, 30), 120);
var asOf = RfmScorer.standard(LocalDate.of(2024, 1, 31));
System.out.println("C01 order lines: " + asOf.score(lines).customers().get(0).frequency() + " rows, "
    + asOf.frequency(Frequency.ORDERS).score(lines).customers().get(0).frequency() + " orders, "
    + asOf.frequency(Frequency.PURCHASE_DAYS).score(lines).customers().get(0).frequency() + " purchase days");

// 80/20: revenue share of the top 20 %, how few customers bring 80 %, the Gini coefficient.
var pareto = ParetoAnalysis.of(new double[] {360, 75, 500, 60, 350, 75, 1400, 30, 150, 12.5, 100, 20});
System.out.printf("top 20 %%: %.1f %% of revenue; 80 %% from %.1f %% of customers; Gini %.3f%n",
    100 * pareto.shareOfTop(0.2), 100 * pareto.topShareFor(0.8), pareto.gini());

// Exports.
var csv = new StringBuilder();
result.writeSegmentsCsv(csv);
System.out.print(csv);

// Dormant customers: coupon, then one-to-one service, then a phone call, 7 days each; purchases fed back.
var plan = ReactivationLadder.standard().plan(List.of("C07", "C08", "C09"), LocalDate.of(2026, 12, 1));
plan.record(new ReactivationPlan.Outcome("C07", LocalDate.of(2026, 12, 3), 88));
System.out.println("due on 8 December: " + plan.dueOn(LocalDate.of(2026, 12, 8)).size() + " one-to-one chats");
System.out.print(plan.report(LocalDate.of(2026, 12, 31)));

// The handbook's coupon question: 满100减20 or 满80减15?
var evaluator = CouponEvaluator.of(new double[] {50, 70, 85, 90, 100, 120, 150, 200}).margin(0.35);
System.out.print(evaluator.compare(Coupon.spendGet(100, 20), Coupon.spendGet(80, 15)));

// Lifetime value with Fader, Hardie & Lee's CDNOW estimates (weeks) and Fader & Hardie's spend model.
var bgnbd = BgNbd.of(0.243, 4.414, 0.793, 2.426).inUnit(java.time.temporal.ChronoUnit.WEEKS);
var gg = GammaGamma.of(6.25, 3.74, 15.44);
System.out.printf("CLV: P(alive) %.3f, %.3f purchases in 39 weeks, 12 months worth %.2f%n",
    bgnbd.probabilityAlive(2, 30.43, 38.86), bgnbd.expectedPurchases(39, 2, 30.43, 38.86),
    Clv.of(bgnbd, gg).discountRate(0.01, java.time.temporal.ChronoUnit.MONTHS)
        .horizon(12, java.time.temporal.ChronoUnit.MONTHS).value(2, 30.43, 38.86, 35.5));

System.out.printf("RFM: %d customers in %d segments, top 20 %% bring %.0f %%%n", result.size(),
    result.segments().stream().filter(s -> s.customers() > 0).count(), 100 * pareto.shareOfTop(0.2));

/exit
