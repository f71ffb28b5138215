// ecomkit KOL (influencer) funnels in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/kol.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

import dev.ecomkit.segment.kol.*;
import java.time.Duration;
import java.time.Instant;

// The tier table: five follower ranges, each with its recommended content format; yours from JSON or a builder.
var tiers = KolTiers.standard();
System.out.println("250,000 followers: " + tiers.classify(250_000));

// A piece of content from the platform's numbers: views, engagements, the conversion funnel, money.
var t0 = Instant.parse("2026-10-20T12:00:00Z");
var video = ContentStats.builder().id("v-001").creator("小鹿").platform("douyin").tier("waist").
    format("short video").cost(8_000).published(t0).views(120_000).completions(30_000).likes(4_000).
    comments(600).shares(300).saves(900).clicks(3_600).addToCart(900).orders(420).repurchases(60).
    gmv(33_600).refunds(1_200).margin(11_340).build();
var r = ContentFunnel.of(video).report();
System.out.println("click rate " + r.clickRate() + ", engagement rate " + r.engagementRate());
for (var s : r.stages()) {
  System.out.println("  " + s);
}
System.out.println("CPM " + r.cpm().get() + ", CPC " + r.cpc().get() + ", CPA " + r.cpa().get());
System.out.println("ROAS " + r.roas().get() + ", ROI (" + r.roiBasis() + ") " + r.roi().get());

// Or from the shop's own event log: repeated events count once a user, steps out of order not at all.
var note = ContentStats.builder().id("n-007").creator("阿花").platform("xiaohongshu").tier("amateur").
    format("UGC note").cost(900).published(t0).views(9_000).gmv(1_290).margin(450).build();
var log = FunnelEvents.builder().content(note).
    add(1L, ConversionEvent.CLICK, t0.plusSeconds(60), "n-007").
    add(1L, ConversionEvent.CLICK, t0.plusSeconds(90), "n-007").
    add(1L, ConversionEvent.ADD_TO_CART, t0.plusSeconds(300), "n-007").
    add(1L, ConversionEvent.ORDER, t0.plusSeconds(900), "n-007").
    add(2L, ConversionEvent.ADD_TO_CART, t0.plusSeconds(100), "n-007").
    add(2L, ConversionEvent.CLICK, t0.plusSeconds(200), "n-007").
    build();
var fromLog = ContentFunnel.fromEvents(log, Duration.ofDays(7));
var noteStats = fromLog.contents().get(0);
System.out.println("from the log: " + noteStats.clicks() + " clicking users, " + noteStats.addToCart() + " add to cart, "
    + noteStats.orders() + " order");

// Rank by ROI: the note's single order is too thin to rank, whatever its ROI.
var ranking = ContentFunnel.of(video, noteStats).rankByRoi();
System.out.print(ranking);

// Compare two funnels: the difference of a rate with its interval, and a verdict that refuses thin data.
var d = FunnelComparison.of(r, fromLog.report()).fromViews(FunnelStage.Stage.ORDER);
System.out.println("orders per view, video − note: " + d);

System.out.println("KOL: " + ranking.ranked().size() + " ranked, " + ranking.thin().size() + " thin, verdict "
    + d.verdict());
/exit
