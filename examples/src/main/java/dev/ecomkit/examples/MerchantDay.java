package dev.ecomkit.examples;

import static dev.ecomkit.examples.ForecastDemo.sum;

import dev.ecomkit.forecast.Accuracy;
import dev.ecomkit.forecast.Backtest;
import dev.ecomkit.forecast.DailyEventModel;
import dev.ecomkit.forecast.Forecast;
import dev.ecomkit.forecast.TimeSeries;
import dev.ecomkit.risk.Alert;
import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Incident;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.Rule;
import dev.ecomkit.risk.RuleCategory;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleScope;
import dev.ecomkit.risk.RuleSet;
import dev.ecomkit.risk.Threshold;
import dev.ecomkit.segment.ParetoAnalysis;
import dev.ecomkit.segment.ReactivationLadder;
import dev.ecomkit.segment.ReactivationPlan;
import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.RfmResult;
import dev.ecomkit.segment.RfmScorer;
import dev.ecomkit.segment.SegmentSummary;
import dev.ecomkit.segment.kol.ContentFunnel;
import dev.ecomkit.segment.kol.FunnelReport;
import dev.ecomkit.sku.Sku;
import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuImportReport;
import dev.ecomkit.sku.SkuRegistry;
import dev.ecomkit.supply.Demand;
import dev.ecomkit.supply.Echelon;
import dev.ecomkit.supply.LeadTime;
import dev.ecomkit.supply.Newsvendor;
import dev.ecomkit.supply.NewsvendorSolution;
import dev.ecomkit.supply.SafetyStock;
import dev.ecomkit.supply.SimulationResult;
import dev.ecomkit.supply.SkuStress;
import dev.ecomkit.supply.StockPolicy;
import dev.ecomkit.supply.StressReport;
import dev.ecomkit.supply.StressTest;
import dev.ecomkit.supply.SupplyChainSimulation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "merchant day" walkthrough: one synthetic merchant ({@link MerchantDayData}, down jackets and fleece on
 * Taobao, JD.com and Pinduoduo) on 30 September 2026, the day before the Double 11 quarter, through every module's
 * public API in the order a planner would work:
 * <ol>
 *   <li>import the three platforms' SKU catalogues ({@link SkuRegistry}, the lenient codec);
 *   <li>forecast next quarter's daily sales of the down-jacket line with the retail calendar ({@link
 *       DailyEventModel}), after backtesting the same quarter last year ({@link Backtest});
 *   <li>turn the forecast into reorder points per size ({@link SafetyStock}) and the Double 11 buy ({@link
 *       Newsvendor}), and see what ordering does up the chain ({@link SupplyChainSimulation});
 *   <li>score the customers ({@link RfmScorer}) and plan the reactivation ladder for the sleeping ones ({@link
 *       ReactivationLadder});
 *   <li>measure the Double 11 warm-up's KOL funnel ({@link ContentFunnel});
 *   <li>replay the day's mentions into alerts ({@link RuleEngine}, the handbook's rules and the merchant's own);
 *   <li>run the 48-hour stress test on the Double 11 stock ({@link StressTest}).
 * </ol>
 * It prints each step's result, then one summary, and writes four charts as PNG ({@link MerchantDayCharts}).
 *
 * <pre>
 * mvn -q -Pdemo -pl examples -am verify -DskipTests -Ddemo.args=merchant-day
 * </pre>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class MerchantDay {

  /** The Double 11 window: the pre-sale from 20 October to the day. */
  static final LocalDate PRESALE = LocalDate.of(2026, 10, 20);
  static final LocalDate DOUBLE_11 = LocalDate.of(2026, 11, 11);
  static final LocalDate LADDER_START = LocalDate.of(2026, 10, 8);
  static final int QUARTER = 92;
  static final double PRICE = 599;
  static final double COST = 260;
  /** What a jacket left after the season fetches on Pinduoduo. */
  static final double CLEARANCE = 180;
  static final LeadTime FACTORY = LeadTime.normal(2, 0.5);

  private MerchantDay() {}

  static void run(String[] args, PrintStream out) throws IOException {
    out.print(report(ForecastDemo.chartDirectory().resolve("merchant-day")));
  }

  /** What the steps found, for the summary and the charts. */
  record Day(SkuImportReport catalogue, TimeSeries sales, Forecast backtest, Accuracy backtestAccuracy,
      Forecast next, Map<String, StockPolicy> reorderPoints, NewsvendorSolution buy, double buyDemand,
      SimulationResult chain, SimulationResult smoothed, RfmResult customers, ParetoAnalysis pareto,
      ReactivationPlan ladder, ContentFunnel kol, List<Alert> alerts, List<Incident> incidents, int mentions,
      int late, long repeats, StressReport stress) {}

  static String report(Path chartDir) throws IOException {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "== Merchant day: %s on TB, JD and DD, %s ==%n",
        MerchantDayData.MERCHANT, MerchantDayData.DAY));
    Day day = walk(sb);
    List<Path> charts = MerchantDayCharts.write(day, chartDir);
    summary(day, charts, sb);
    return sb.toString();
  }

  static Day walk(StringBuilder sb) {
    // 1. the catalogue
    SkuImportReport catalogue = SkuRegistry.loader(SkuCodec.standard().lenient()).detailLimit(5)
        .load(MerchantDayData.catalogue());
    sb.append(String.format(Locale.ROOT, "%n1. Catalogue: %d lines from three exports, %d SKUs; %d keyed by hand "
        + "and fixed, %d duplicate, %d refused:%n", catalogue.lines(), catalogue.registry().size(),
        catalogue.lenientFixes(), catalogue.duplicateLines(), catalogue.errorLines()));
    catalogue.fixes().forEach(f -> sb.append(String.format(Locale.ROOT, "   fixed line %d \"%s\" -> %s%n", f.line(),
        f.text(), f.sku())));
    catalogue.errors().forEach(e -> sb.append(String.format(Locale.ROOT, "   refused line %d: %s%n", e.line(),
        e.message())));
    sb.append(String.format(Locale.ROOT, "   %d items are listed on two or more platforms (keep their stock in "
        + "sync)%n", catalogue.twinGroups()));

    // 2. the forecast: last year's Q4 as a backtest, then next quarter
    TimeSeries sales = MerchantDayData.jacketSales();
    int lastYear = (int) ChronoUnit.DAYS.between(MerchantDayData.SALES_START, MerchantDayData.DAY.minusYears(1)) + 1;
    TimeSeries training = sales.head(lastYear);
    double[] lastQ4 = Arrays.copyOfRange(sales.values(), lastYear, lastYear + QUARTER);
    DailyEventModel model = DailyEventModel.standard();
    Forecast backtest = model.forecast(training, QUARTER);
    Accuracy accuracy = Backtest.holdOut(backtest, training, lastQ4);
    Forecast next = model.forecast(sales, QUARTER);
    sb.append(String.format(Locale.ROOT, "%n2. Forecast of the down-jacket line (all sizes, all platforms), daily "
        + "model with the retail calendar:%n   backtest on Q4 2025 from 30 Sep 2025: forecast %,.0f, actual %,.0f; "
        + "WAPE %.1f %%, %.0f %% of days inside the 95 %% interval%n", sum(backtest.mean(), 0, QUARTER),
        sum(lastQ4, 0, QUARTER), accuracy.wape(), 100 * accuracy.coverage95()));
    sb.append(String.format(Locale.ROOT, "   Q4 2026: %,.0f jackets; October %,.0f, November %,.0f (Double 11 day "
        + "%,.0f), December %,.0f%n", sum(next.mean(), 0, QUARTER), sum(next.mean(), 0, 31),
        sum(next.mean(), 31, 61), next.mean()[index(DOUBLE_11)], sum(next.mean(), 61, QUARTER)));

    // 3. reorder points for October's weeks, the Double 11 buy, the chain
    double weekly = sum(next.mean(), 0, 28) / 4;
    double weeklySd = weeklyError(backtest.mean(), lastQ4) * weekly;
    sb.append(String.format(Locale.ROOT, "%n3. Reorder points for October: %,.0f jackets a week ± %,.0f (the "
        + "backtest's weekly error), factory lead%n   time 2 ± 0.5 weeks, 95 %% of cycles without a stock-out:%n",
        weekly, weeklySd));
    Map<String, StockPolicy> reorderPoints = new LinkedHashMap<>();
    for (String size : new String[] {"S", "M", "L", "XL", "XXL"}) {
      double share = MerchantDayData.SIZE_SHARES.get(size);
      StockPolicy p = SafetyStock.of(Demand.normal(weekly * share, weeklySd * share), FACTORY)
          .forCycleServiceLevel(0.95);
      reorderPoints.put(size, p);
      sb.append(String.format(Locale.ROOT, "   %-3s reorder at %,6.0f, safety stock %,5.0f%n", size, p.reorderPoint(),
          p.safetyStock()));
    }
    int from = index(PRESALE);
    int to = index(DOUBLE_11) + 1;
    double windowMean = sum(next.mean(), from, to);
    double windowLastYear = sum(backtest.mean(), from, to);
    double windowError = Math.abs(sum(lastQ4, from, to) - windowLastYear) / windowLastYear;
    // the window's spread from the daily standard errors assumes independent days (the model's errors are), and
    // leaves out the estimates' own uncertainty: last year's error on the same window stands in for that
    double[] se = next.standardError();
    double ownSd = 0;
    for (int h = from; h < to; h++) {
      ownSd += se[h] * se[h];
    }
    double buySd = Math.max(Math.sqrt(ownSd), windowError * windowMean);
    NewsvendorSolution buy = Newsvendor.of(Demand.normal(windowMean, buySd)).economics(PRICE, COST, CLEARANCE)
        .solve();
    sb.append(String.format(Locale.ROOT, "   Double 11 buy (pre-sale to the day): demand %,.0f ± %,.0f (the "
        + "forecast's own ± %,.0f, or last year's error on the window, %.1f %%, whichever is larger); price %.0f, "
        + "cost %.0f, cleared at %.0f → buy %,.0f, expected profit %,.0f%n", windowMean, buySd, Math.sqrt(ownSd),
        100 * windowError, PRICE, COST, CLEARANCE, buy.orderUpTo(), buy.expectedProfit().orElseThrow()));
    SimulationResult chain = chain(weekly, weeklySd, 1);
    SimulationResult smoothed = chain(weekly, weeklySd, 4);
    sb.append(String.format(Locale.ROOT, "   up the chain, weekly orders swing %.0f %% at the shop and %.0f %% at the "
        + "fabric mill; smoothing (Ti = 4) brings the mill to %.0f %%%n", 100 * chain.echelon("shop").orderSwing(),
        100 * chain.echelon("fabric mill").orderSwing(), 100 * smoothed.echelon("fabric mill").orderSwing()));

    // 4. customers
    RfmAggregate orders = RfmAggregate.create();
    MerchantDayData.orders(orders);
    RfmResult customers = RfmScorer.standard(MerchantDayData.DAY).score(orders);
    double[] revenue = customers.customers().stream().mapToDouble(c -> Math.max(0, c.monetary())).toArray();
    ParetoAnalysis pareto = ParetoAnalysis.of(revenue);
    ReactivationPlan ladder = ReactivationLadder.standard().holdout(0.10, 2026)
        .plan(customers, LADDER_START, "hibernating", "at risk");
    sb.append(String.format(Locale.ROOT, "%n4. Customers: %,d scored as of %s; the top 20 %% bring %.0f %% of "
        + "revenue.%n", customers.size(), MerchantDayData.DAY, 100 * pareto.shareOfTop(0.2)));
    for (SegmentSummary s : customers.segments()) {
      sb.append(String.format(Locale.ROOT, "   %-20s %,6d customers, %5.1f %% of revenue%n", s.name(), s.customers(),
          100 * s.revenueShare()));
    }
    sb.append(String.format(Locale.ROOT, "   reactivation ladder (沉睡客户唤醒) from %s for %,d hibernating and "
        + "at-risk customers, a tenth held out: %,d coupons that day, %,d one-to-one chats a week later%n",
        LADDER_START, ladder.size(), ladder.dueOn(LADDER_START).size(), ladder.dueOn(LADDER_START.plusDays(7))
            .size()));

    // 5. the KOL warm-up
    ContentFunnel kol = ContentFunnel.fromEvents(MerchantDayData.kolCampaign(), Duration.ofDays(7));
    FunnelReport whole = kol.report();
    sb.append(String.format(Locale.ROOT, "%n5. Double 11 warm-up: %d pieces of content, %,d views, %,d orders, cost "
        + "%,.0f, revenue %,.0f; ROI on margin %s%n", kol.contents().size(), whole.views(),
        whole.count(dev.ecomkit.segment.kol.FunnelStage.Stage.ORDER), whole.cost(), whole.revenue(),
        whole.roi().map(e -> String.format(Locale.ROOT, "%+.2f (95 %% CI %+.2f to %+.2f)", e.value(), e.lower(),
            e.upper())).orElse("-")));
    kol.byTier().forEach((tier, r) -> sb.append(String.format(Locale.ROOT, "   %-8s %d pieces, %,7d views, click "
        + "rate %.2f %%, ROI %s%n", tier, r.contents(), r.views(), 100 * r.clickRate().value(), r.roi().map(e ->
        String.format(Locale.ROOT, "%+.2f", e.value())).orElse("-"))));

    // 6. the day's mentions
    RuleSet rules = RuleSet.handbookDefaults().toBuilder().add(Rule.builder().id("down-leak")
        .category(RuleCategory.QUALITY).addKeywords("跑绒", "钻绒", "掉绒")
        .threshold(Threshold.atLeast(3, Duration.ofHours(6))).scope(RuleScope.SKU)
        .action("pull the batch and test the down-proof fabric (面料防钻绒排查)").owner("QC")
        .respondWithin(Duration.ofHours(4)).build()).build();
    RuleEngine engine = rules.newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    List<MerchantDayData.Arrival> mentions = MerchantDayData.mentions();
    List<Alert> alerts = new ArrayList<>();
    for (MerchantDayData.Arrival a : mentions) {
      alerts.addAll(engine.accept(a.mention()));
    }
    Instant midnight = MerchantDayData.DAY.plusDays(1).atStartOfDay(MerchantDayData.ZONE).toInstant();
    alerts.addAll(engine.advanceTo(midnight));
    List<Mention> late = engine.drainLate();
    sb.append(String.format(Locale.ROOT, "%n6. Mentions: %d delivered, %d repeated, %d late (kept for review); "
        + "%d alert%s:%n", mentions.size(), engine.duplicatesIgnored(), late.size(), alerts.size(),
        alerts.size() == 1 ? "" : "s"));
    alerts.forEach(a -> sb.append("   ").append(a.describe(MerchantDayData.ZONE)).append('\n'));

    // 7. the 48-hour stress test over 10 and 11 November
    StressReport stress = stress(catalogue.registry(), next, buy.orderUpTo());
    sb.append(String.format(Locale.ROOT, "%n7. Stress test, 10-11 November with the Double 11 buy on the shelf:%n"))
        .append(Demo.indent(stress.toString()));
    return new Day(catalogue, sales, backtest, accuracy, next, reorderPoints, buy, windowMean, chain, smoothed,
        customers, pareto, ladder, kol, alerts, engine.incidents(), mentions.size(), late.size(),
        engine.duplicatesIgnored(), stress);
  }

  static void summary(Day d, List<Path> charts, StringBuilder sb) {
    long thresholds = d.alerts().stream().filter(a -> a.kind() == Alert.Kind.THRESHOLD).count();
    int level = d.incidents().stream().mapToInt(Incident::level).max().orElse(0);
    SkuStress first = d.stress().failedFirst(1).stream().findFirst().orElse(null);
    sb.append(String.format(Locale.ROOT, "%nMerchant day summary (%s, %s):%n", MerchantDayData.MERCHANT,
        MerchantDayData.DAY));
    sb.append(String.format(Locale.ROOT, "  catalogue   %d SKUs, %d fixed, %d refused, %d items on several "
        + "platforms%n", d.catalogue().registry().size(), d.catalogue().lenientFixes(), d.catalogue().errorLines(),
        d.catalogue().twinGroups()));
    sb.append(String.format(Locale.ROOT, "  forecast    Q4 2026 %,.0f down jackets (backtest WAPE %.1f %%)%n",
        sum(d.next().mean(), 0, QUARTER), d.backtestAccuracy().wape()));
    sb.append(String.format(Locale.ROOT, "  stock       reorder size M at %,.0f; Double 11 buy %,.0f for a demand of "
        + "%,.0f%n", d.reorderPoints().get("M").reorderPoint(), d.buy().orderUpTo(), d.buyDemand()));
    sb.append(String.format(Locale.ROOT, "  bullwhip    %.0f %% swing at the fabric mill, %.0f %% smoothed%n",
        100 * d.chain().echelon("fabric mill").orderSwing(), 100 * d.smoothed().echelon("fabric mill")
            .orderSwing()));
    sb.append(String.format(Locale.ROOT, "  customers   %,d scored, %,d to reactivate from %s%n", d.customers().size(),
        d.ladder().size(), LADDER_START));
    sb.append(String.format(Locale.ROOT, "  KOL         %d pieces, ROI %s%n", d.kol().contents().size(),
        d.kol().report().roi().map(e -> String.format(Locale.ROOT, "%+.2f", e.value())).orElse("-")));
    sb.append(String.format(Locale.ROOT, "  mentions    %d, %d alert%s (%d threshold), incident level %d%n",
        d.mentions(), d.alerts().size(), d.alerts().size() == 1 ? "" : "s", thresholds, level));
    sb.append(String.format(Locale.ROOT, "  stress      traffic x%.1f for %d h: %s%s%n", d.stress().trafficMultiplier(),
        d.stress().hours(), d.stress().holds() ? "HOLDS" : "BREAKS", first == null ? "" : String.format(Locale.ROOT,
            ", first out %s", first.sku())));
    for (Path chart : charts) {
      sb.append("  chart       ").append(chart).append('\n');
    }
  }

  /** Four stages ordering from each other; {@code ti} 1 is order-up-to, more smooths the orders. */
  static SimulationResult chain(double weekly, double sd, double ti) {
    SupplyChainSimulation.Builder b = SupplyChainSimulation.builder().demand(Demand.normal(weekly, sd))
        .periods(20_000);
    for (String stage : new String[] {"shop", "warehouse", "factory", "fabric mill"}) {
      b.echelon(Echelon.builder().name(stage).leadTime(1).movingAverage(6).smoothing(ti).safetyStock(2 * sd)
          .holdingCost(1).backorderCost(9).build());
    }
    return b.build().run(930);
  }

  /**
   * The jackets launched this season on the shelf for 10 and 11 November: the buy split by size and platform, less
   * what the pre-sale days sold; the hourly forecast shaped by the Double 11 day (the midnight rush, the evening).
   */
  static StressReport stress(SkuRegistry registry, Forecast next, double buy) {
    double[] day = {9, 5, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 4, 4, 4, 5, 5, 6, 7, 8, 8, 6};
    double total = Arrays.stream(day).sum();
    int start = index(DOUBLE_11.minusDays(1));
    double sold = sum(next.mean(), index(PRESALE), start);
    StressTest.Builder b = StressTest.builder().horizon(Duration.ofHours(48)).trafficMultiplier(2.0)
        .handleTime(Duration.ofMinutes(5)).answerTarget(0.8, Duration.ofSeconds(20)).roster(30);
    double[] contacts = new double[48];
    List<Sku> jackets = registry.stream().filter(s -> s.category().equals("01")
        && s.launchMonth().getYear() == 2026).toList();
    double platforms = jackets.stream().map(Sku::platform).distinct()
        .mapToDouble(p -> MerchantDayData.PLATFORM_SHARES.get(p)).sum();
    for (Sku s : jackets) {
      double share = MerchantDayData.SIZE_SHARES.get(s.size()) * MerchantDayData.PLATFORM_SHARES.get(s.platform())
          / platforms;
      double[] hourly = new double[48];
      for (int h = 0; h < 48; h++) {
        hourly[h] = next.mean()[start + h / 24] * share * day[h % 24] / total;
        contacts[h] += hourly[h] / 8; // a contact for every eight jackets sold
      }
      b.sku(s.toString(), Math.max(0, (buy - sold) * share), hourly);
    }
    return b.contactsPerHour(contacts).build().run();
  }

  /** The root-mean-square error of the weekly totals, relative to the mean weekly actual. */
  static double weeklyError(double[] forecast, double[] actual) {
    int weeks = actual.length / 7;
    double squares = 0;
    double total = 0;
    for (int w = 0; w < weeks; w++) {
      double week = sum(actual, 7 * w, 7 * w + 7);
      double e = week - sum(forecast, 7 * w, 7 * w + 7);
      squares += e * e;
      total += week;
    }
    return Math.sqrt(squares / weeks) / (total / weeks);
  }

  /** The forecast step of {@code date}: 0 is the day after {@link MerchantDayData#DAY}. */
  static int index(LocalDate date) {
    return (int) ChronoUnit.DAYS.between(MerchantDayData.DAY, date) - 1;
  }
}
