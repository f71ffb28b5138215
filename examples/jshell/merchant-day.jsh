// The "merchant day" in JShell: one merchant of down jackets on Taobao, JD.com and Pinduoduo, on 30 September 2026,
// through every module, from the SKU import to the 48-hour stress test. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/merchant-day.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar; the full walkthrough with its
// charts is the demo's merchant-day section: mvn -q -Pdemo -pl examples -am verify -DskipTests -Ddemo.args=merchant-day)

import dev.ecomkit.sku.*;
import dev.ecomkit.forecast.*;
import dev.ecomkit.supply.*;
import dev.ecomkit.segment.*;
import dev.ecomkit.segment.kol.*;
import dev.ecomkit.risk.*;
import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;

var day = LocalDate.of(2026, 9, 30);
var random = new SplittableRandom(2609);

// 1. The three platforms' exports: two lines keyed by hand, one listed twice, one from a marketplace we do not sell on.
var lines = List.of("TB-01-S-2609", "TB-01-M-2609", "TB-01-L-2609", "JD-01-M-2609", "jd-01-l-2609", "DD-01-M-2409",
    "ＴＢ－08－F－2603", "TB-01-M-2609", "AMZ-01-M-2609");
var catalogue = SkuRegistry.loader(SkuCodec.standard().lenient()).load(lines);
System.out.printf("catalogue: %d SKUs, %d fixed, %d duplicate, %d refused, %d items on several platforms%n",
    catalogue.registry().size(), catalogue.lenientFixes(), catalogue.duplicateLines(), catalogue.errorLines(),
    catalogue.twinGroups());

// 2. Three years of the jacket line's daily sales: a winter nine times the summer, Double 11 four times a normal day.
var start = LocalDate.of(2023, 10, 1);
int n = (int) ChronoUnit.DAYS.between(start, day) + 1;
double[] y = new double[n];
for (int t = 0; t < n; t++) {
  var d = start.plusDays(t);
  double mu = 110 * Math.exp(1.1 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 15) / 365.25))
      * (d.getMonthValue() == 11 && d.getDayOfMonth() == 11 ? 4 : 1);
  y[t] = Math.max(0, Math.round(mu + Math.sqrt(mu) * random.nextGaussian()));
}
var sales = TimeSeries.daily(start, y);
var model = DailyEventModel.standard();   // the retail calendar's events; a Forecaster, so it can be backtested
var lastQ4 = Backtest.holdOut(model, sales.head(n - 365), Arrays.copyOfRange(y, n - 365, n - 365 + 92));
var next = model.forecast(sales, 92);
System.out.printf("forecast: Q4 2026 %,.0f jackets, Double 11 day %,.0f; last year's Q4 as a backtest: WAPE %.1f %%%n",
    Arrays.stream(next.mean()).sum(), next.mean()[41], lastQ4.wape());

// 3. October's reorder point (weekly demand, the forecast with 8 % error; factory 2 ± 0.5 weeks) and the Double 11 buy
// (pre-sale from 20 October to the day, price 599, cost 260, cleared at 180 on Pinduoduo).
double weekly = Arrays.stream(next.mean(), 0, 28).sum() / 4;
var policy = SafetyStock.of(Demand.normal(weekly, 0.08 * weekly), LeadTime.normal(2, 0.5)).forCycleServiceLevel(0.95);
double window = Arrays.stream(next.mean(), 19, 42).sum();
var buy = Newsvendor.of(Demand.normal(window, 0.1 * window)).economics(599, 260, 180).solve();
System.out.printf("stock: reorder at %,.0f (safety stock %,.0f); Double 11 buy %,.0f for a demand of %,.0f%n",
    policy.reorderPoint(), policy.safetyStock(), buy.orderUpTo(), window);

// 4. Customers: 800 of them buying at their own pace until they drift away; the sleeping ones get the ladder.
var orders = RfmAggregate.create();
for (int c = 0; c < 800; c++) {
  var when = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(990));
  double every = 25 + 200 * random.nextDouble();
  while (!when.isAfter(day)) {
    orders.add("TB-" + (100_000 + c), when, 150 + random.nextInt(450));
    if (random.nextDouble() < 0.2) break;
    when = when.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * every));
  }
}
var scored = RfmScorer.standard(day).score(orders);
var ladder = ReactivationLadder.standard().holdout(0.10, 2026).plan(scored, LocalDate.of(2026, 10, 8), "hibernating", "at risk");
System.out.printf("customers: %d scored; %d hibernating or at risk on the ladder, %d coupons on 8 October%n",
    scored.size(), ladder.size(), ladder.dueOn(LocalDate.of(2026, 10, 8)).size());

// 5. The warm-up's KOL funnel from the platforms' counts.
var warmUp = ContentFunnel.of(
    ContentStats.builder().id("W-01").creator("阿北").platform("douyin").tier("waist").format("short video")
        .published(Instant.parse("2026-10-08T02:00:00Z")).cost(5_000).views(30_000).clicks(600).addToCart(180)
        .orders(65).gmv(65 * 599).margin(0.38 * 65 * 599).build(),
    ContentStats.builder().id("H-01").creator("大雪").platform("douyin").tier("head").format("live stream")
        .published(Instant.parse("2026-10-09T12:00:00Z")).cost(50_000).views(200_000).clicks(1_800).addToCart(400)
        .orders(120).gmv(120 * 599).margin(0.38 * 120 * 599).build());
warmUp.byTier().forEach((tier, r) -> System.out.printf("KOL %s: %,d views, %d orders, ROI %s%n", tier, r.views(),
    r.count(FunnelStage.Stage.ORDER), r.roi().map(e -> String.format("%+.2f", e.value())).orElse("-")));

// 6. The day's mentions: the handbook's rules and the merchant's own, down leaking (跑绒) on one SKU.
var rules = RuleSet.handbookDefaults().toBuilder().add(Rule.builder().id("down-leak").category(RuleCategory.QUALITY)
    .addKeywords("跑绒", "钻绒", "掉绒").threshold(Threshold.atLeast(3, Duration.ofHours(6))).scope(RuleScope.SKU)
    .action("pull the batch and test the down-proof fabric").owner("QC").respondWithin(Duration.ofHours(4)).build()).
    build();
var engine = rules.newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
var alerts = new ArrayList<Alert>();
var noon = day.atTime(13, 10).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
String[] posts = {"新买的羽绒服跑绒", "羽绒服很暖和", "跑绒太严重了，要求退货", "衣服缝线的地方一直钻绒", "尺码标准"};
for (int i = 0; i < posts.length; i++) {
  var m = Mention.builder().id("P" + i).platform("jd").time(noon.plusSeconds(600L * i)).text(posts[i]);
  if (posts[i].contains("绒")) m.sku("JD-01-L-2609");
  alerts.addAll(engine.accept(m.build()));
}
alerts.addAll(engine.advanceTo(noon.plus(Duration.ofHours(12))));
alerts.forEach(a -> System.out.println("alert: " + a.describe(ZoneId.of("Asia/Shanghai"))));

// 7. The 48-hour stress test on 10-11 November: this season's jackets with the buy on the shelf, traffic doubled.
var jackets = catalogue.registry().stream().filter(s -> s.launchMonth().getYear() == 2026 && s.category().equals("01")).toList();
var stress = StressTest.builder().horizon(Duration.ofHours(48)).trafficMultiplier(2.0).
    handleTime(Duration.ofMinutes(5)).contactsPerHour(40).roster(12);
for (var s : jackets) {
  double share = 1.0 / jackets.size();
  double sold = Arrays.stream(next.mean(), 19, 40).sum();
  double[] hourly = new double[48];
  for (int h = 0; h < 48; h++) hourly[h] = next.mean()[40 + h / 24] * share / 24;
  stress.sku(s.toString(), Math.max(0, (buy.orderUpTo() - sold) * share), hourly);
}
var report = stress.build().run();
System.out.println(report);

System.out.printf("Merchant day: %d SKUs, Q4 %,.0f jackets, Double 11 buy %,.0f, %d to reactivate, %d alert(s), stress %s%n",
    catalogue.registry().size(), Arrays.stream(next.mean()).sum(), buy.orderUpTo(), ladder.size(), alerts.size(),
    report.holds() ? "HOLDS" : "BREAKS");
/exit
