package dev.ecomkit.examples;

import dev.ecomkit.segment.BgNbd;
import dev.ecomkit.segment.Clv;
import dev.ecomkit.segment.Coupon;
import dev.ecomkit.segment.CouponEvaluator;
import dev.ecomkit.segment.GammaGamma;
import dev.ecomkit.segment.LifetimeSummary;
import dev.ecomkit.segment.ReactivationLadder;
import dev.ecomkit.segment.ReactivationPlan;
import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmResult;
import dev.ecomkit.segment.RfmScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The second half of the customer section: what to do with the segments.
 * <ol>
 *   <li>the reactivation ladder for the hibernating and at-risk customers from 1 December 2026, a tenth held out,
 *       with <b>simulated</b> responses (fixed seed; stated in the output) and the report per step;
 *   <li>the handbook's two coupons, 满100减20 against 满80减15, on the sample's basket values;
 *   <li>customer lifetime value: BG/NBD and Gamma-Gamma fitted to the sample's histories (weeks), and the twelve
 *       months' value of the top customers.
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class CustomerValueDemo {

  static final LocalDate LADDER_START = LocalDate.of(2026, 12, 1);

  private CustomerValueDemo() {}

  /** The positive amounts of the CSV's last column: one basket per order. */
  static double[] baskets(Reader reader) throws IOException {
    BufferedReader csv = new BufferedReader(reader);
    List<Double> values = new ArrayList<>();
    boolean header = true;
    for (String line; (line = csv.readLine()) != null; ) {
      if (header || line.isBlank()) {
        header = false;
        continue;
      }
      double amount = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1).trim());
      if (amount > 0) {
        values.add(amount);
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static String report(RfmAggregate aggregate, double[] baskets, LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    RfmResult result = RfmScorer.standard(asOf).score(aggregate);
    ladder(sb, result);
    coupons(sb, baskets);
    lifetimeValue(sb, aggregate, asOf);
    return sb.toString();
  }

  private static void ladder(StringBuilder sb, RfmResult result) {
    ReactivationPlan plan = ReactivationLadder.standard().holdout(0.10, 2026)
        .plan(result, LADDER_START, "hibernating", "at risk");
    // SIMULATED responses, to show the report: 15 % answer the coupon, 8 % the chat, 6 % the call; the held-out
    // customers buy with 5 % over the three weeks
    SplittableRandom random = new SplittableRandom(11);
    double[] chance = {0.15, 0.08, 0.06};
    List<String> ids = result.customers().stream().filter(c -> c.segment().equals("hibernating")
        || c.segment().equals("at risk")).map(c -> c.id()).toList();
    for (String id : ids) {
      if (plan.isHeldOut(id)) {
        if (random.nextDouble() < 0.05) {
          plan.record(new ReactivationPlan.Outcome(id, LADDER_START.plusDays(random.nextInt(21)),
              50 + random.nextInt(200)));
        }
        continue;
      }
      for (int step = 0; step < 3; step++) {
        if (random.nextDouble() < chance[step]) {
          plan.record(new ReactivationPlan.Outcome(id, LADDER_START.plusDays(7L * step + random.nextInt(7)),
              50 + random.nextInt(200)));
          break;
        }
      }
    }
    sb.append(String.format(Locale.ROOT, "%nReactivation ladder (沉睡客户唤醒) for %,d hibernating and at-risk "
        + "customers from %s: exclusive coupon,%nthen one-to-one service, then a phone call, 7 days each; a tenth "
        + "held out. Today's contacts on %s: %,d one-to-one chats.%n", plan.size(), LADDER_START,
        LADDER_START.plusDays(7), plan.dueOn(LADDER_START.plusDays(7)).size()));
    sb.append("Responses below are SIMULATED (fixed seed) to show the report:\n");
    sb.append(Demo.indent(plan.report(LADDER_START.plusDays(30)).toString()));
  }

  private static void coupons(StringBuilder sb, double[] baskets) {
    CouponEvaluator evaluator = CouponEvaluator.of(baskets).margin(0.35);
    sb.append(String.format(Locale.ROOT, "%nCoupons on the sample's %,d baskets (margin 35 %%; a basket within the "
        + "discount of the threshold is topped up):%n", baskets.length));
    sb.append(Demo.indent(evaluator.compare(Coupon.spendGet(100, 20), Coupon.spendGet(80, 15)).toString()));
    sb.append("(reach: already qualify; raised: topped up, by the mean amount shown; effective: discount over the "
        + "mean redeemed basket;\ndeadweight: redemptions that qualified anyway; cost per basket placed)\n");
  }

  private static void lifetimeValue(StringBuilder sb, RfmAggregate aggregate, LocalDate asOf) {
    LifetimeSummary s = aggregate.lifetimeSummary(asOf, ChronoUnit.WEEKS);
    BgNbd purchases = BgNbd.fit(s.x(), s.tx(), s.T(), s.unit());
    LifetimeSummary repeat = s.repeatBuyers();
    GammaGamma spend = GammaGamma.fit(repeat.purchases(), repeat.meanSpend());
    Clv clv = Clv.of(purchases, spend).discountRate(0.01, ChronoUnit.MONTHS).horizon(12, ChronoUnit.MONTHS);
    double[] x = s.x();
    double[] tx = s.tx();
    double[] t = s.T();
    double[] m = s.meanSpend();
    for (int i = 0; i < m.length; i++) {
      m[i] = Math.max(0, m[i]); // refunds beyond purchases: no spend to build on
    }
    double[] values = clv.values(x, tx, t, m);
    double[] alive = purchases.probabilityAlive(x, tx, t);
    double[] ahead = purchases.expectedPurchases(52, x, tx, t);
    sb.append(String.format(Locale.ROOT, "%nCustomer lifetime value (BG/NBD + Gamma-Gamma, weeks, as of %s):%n  %s"
        + "%n  %s%n  %s%n", asOf, purchases, spend, purchases.diagnostics().orElseThrow()));
    sb.append(String.format(Locale.ROOT, "  12 months, 1 %% a month discount: %,.0f for all %,d customers%n",
        java.util.Arrays.stream(values).sum(), s.size()));
    sb.append(String.format(Locale.ROOT, "  %-8s %7s %7s %7s %9s %9s %12s%n", "customer", "repeat", "last", "age",
        "P(alive)", "next 52w", "CLV 12m"));
    List<Integer> top = IntStream.range(0, values.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -values[i])).limit(5).toList();
    top.forEach(i -> sb.append(String.format(Locale.ROOT, "  %-8s %7.0f %6.1fw %6.1fw %9.3f %9.2f %12.2f%n",
        s.customerId(i), x[i], tx[i], t[i], alive[i], ahead[i], values[i])));
    sb.append(String.format(Locale.ROOT, "CLV: top customer %s worth %.0f over 12 months%n",
        s.customerId(top.get(0)), values[top.get(0)]));
  }
}
