package dev.ecomkit.examples;

import dev.ecomkit.segment.kol.ContentFunnel;
import dev.ecomkit.segment.kol.ContentStats;
import dev.ecomkit.segment.kol.ConversionEvent;
import dev.ecomkit.segment.kol.Estimate;
import dev.ecomkit.segment.kol.FunnelComparison;
import dev.ecomkit.segment.kol.FunnelEvents;
import dev.ecomkit.segment.kol.FunnelReport;
import dev.ecomkit.segment.kol.FunnelStage;
import dev.ecomkit.segment.kol.KolTier;
import dev.ecomkit.segment.kol.KolTiers;
import dev.ecomkit.segment.kol.RateDifference;
import dev.ecomkit.segment.kol.RoiRank;
import dev.ecomkit.segment.kol.RoiRanking;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The KOL section of the demo: the influencer tier table, and the bundled Double 11 campaign ({@link
 * KolCampaignGenerator}: thirty pieces of content in {@code kol-campaign.json}, the shop's conversion event log in
 * {@code kol-events.tsv.gz}), or two files given as arguments in those formats.
 * <ol>
 *   <li>the tier table ({@link KolTiers#standard()}): follower ranges and recommended formats;
 *   <li>the log read into {@link FunnelEvents} and turned into funnels with a 7-day conversion window ({@link
 *       ContentFunnel#fromEvents});
 *   <li>per tier: views, click rate, each step's conversion and drop-off, cost, revenue, ROI with its 95 % interval;
 *   <li>the ROI ranking of the pieces, with those too thin to rank flagged instead of ranked first;
 *   <li>two tiers compared: orders per view, the difference with its interval and the verdict.
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class KolDemo {

  static final Duration WINDOW = Duration.ofDays(7);

  private KolDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String[] campaign = args.length >= 2 ? new String[] {args[0]} : new String[0];
    String[] events = args.length >= 2 ? new String[] {args[1]} : new String[0];
    ContentFunnel described;
    try (Reader json = SampleFiles.open(campaign, KolCampaignGenerator.CAMPAIGN)) {
      described = ContentFunnel.fromJson(json);
    }
    FunnelEvents log;
    try (BufferedReader tsv = new BufferedReader(SampleFiles.open(events, KolCampaignGenerator.EVENTS))) {
      log = read(described.contents(), tsv);
    }
    out.print(report(log, SampleFiles.name(events, KolCampaignGenerator.EVENTS)));
  }

  /** The log: the descriptions, then one row a line {@code user<TAB>event<TAB>time<TAB>content}. */
  static FunnelEvents read(List<ContentStats> descriptions, BufferedReader tsv) throws IOException {
    FunnelEvents.Builder b = FunnelEvents.builder();
    descriptions.forEach(b::content);
    int n = 0;
    for (String line = tsv.readLine(); line != null; line = tsv.readLine()) {
      n++;
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("line " + n + ": expected user, event, time and content id separated "
            + "by tabs, got \"" + line + "\"");
      }
      try {
        b.add(Long.parseLong(f[0]), ConversionEvent.valueOf(f[1]), Instant.parse(f[2]), f[3]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  static String report(FunnelEvents log, String name) {
    StringBuilder sb = new StringBuilder("== KOL funnels (ecomkit-segmentation) ==\n");
    sb.append("Tiers by followers (KolTiers.standard()):\n");
    for (KolTier t : KolTiers.standard().tiers()) {
      sb.append(String.format(Locale.ROOT, "  %-9s %19s  %s%n", t.name(), t.maxFollowers().isPresent()
          ? String.format(Locale.ROOT, "%,d-%,d", t.minFollowers(), t.maxFollowers().getAsLong())
          : String.format(Locale.ROOT, "%,d or more", t.minFollowers()), t.format()));
    }
    ContentFunnel funnel = ContentFunnel.fromEvents(log, WINDOW);
    FunnelReport whole = funnel.report();
    sb.append(String.format(Locale.ROOT, "%nCampaign: %d pieces of content, %,d conversion events from %s, a %d-day "
        + "window in strict step order%n(click → add to cart → order → repurchase; repeats count once a user, steps "
        + "out of order not at all).%n", funnel.contents().size(), log.size(), name, WINDOW.toDays()));
    String basis = whole.roiBasis() == FunnelReport.RoiBasis.MARGIN ? "margin" : "revenue";
    sb.append(String.format(Locale.ROOT, "%n%-9s %6s %9s %6s %14s %14s %14s %8s %8s  %s%n", "tier", "pieces",
        "views", "CTR", "click→cart", "cart→order", "order→again", "cost", "revenue", "ROI on " + basis
        + " (95 % CI)"));
    Map<String, FunnelReport> tiers = funnel.byTier();
    for (KolTier t : KolTiers.standard().tiers()) {
      FunnelReport r = tiers.get(t.name());
      if (r != null) {
        sb.append(line(t.name(), r));
      }
    }
    sb.append(line("all", whole));
    sb.append("(a step column: its conversion, and in brackets the share of users lost there)\n");

    RoiRanking ranking = funnel.rankByRoi();
    List<RoiRank> ranked = ranking.ranked();
    sb.append(String.format(Locale.ROOT, "%nROI ranking of the pieces (ROI on %s, 95 %% CI; ranked only with at "
        + "least %d orders, %d views without one and %d views):%n", basis, RateDifference.MIN_EVENTS,
        RateDifference.MIN_EVENTS, RateDifference.MIN_TRIALS));
    for (int i = 0; i < ranked.size(); i++) {
      if (i < 5 || i >= ranked.size() - 2) {
        sb.append(rankLine(ranked.get(i), funnel));
      } else if (i == 5) {
        sb.append(String.format(Locale.ROOT, "  … %d more …%n", ranked.size() - 7));
      }
    }
    List<RoiRank> thin = ranking.thin();
    sb.append(String.format(Locale.ROOT, "Too thin to rank (%d), whatever their ROI:%n", thin.size()));
    for (RoiRank r : thin) {
      sb.append(String.format(Locale.ROOT, "  THIN %-5s %-8s ROI %-26s %4d orders%n", r.key(), tierOf(funnel,
          r.key()), r.roi().map(KolDemo::estimate).orElse("-"), r.report().count(FunnelStage.Stage.ORDER)));
    }

    sb.append("\nTiers compared, orders per view:\n");
    for (String[] pair : new String[][] {{"waist", "amateur"}, {"waist", "head"}, {"amateur", "nano"}}) {
      if (!tiers.containsKey(pair[0]) || !tiers.containsKey(pair[1])) {
        continue; // your own campaign may not use every tier
      }
      RateDifference d = FunnelComparison.of(tiers.get(pair[0]), tiers.get(pair[1]))
          .fromViews(FunnelStage.Stage.ORDER);
      sb.append(String.format(Locale.ROOT, "  %-7s %.4f vs %-7s %.4f: difference %+.4f (95 %% CI %+.4f to %+.4f) "
          + "→ %s%n", pair[0], d.a().value(), pair[1], d.b().value(), d.difference(), d.lower(), d.upper(),
          d.verdict()));
    }
    String best = ranked.isEmpty() ? "none ranked" : String.format(Locale.ROOT, "best ranked %s (%s, ROI %s)",
        ranked.get(0).key(), creatorOf(funnel, ranked.get(0).key()), estimate(ranked.get(0).roi().orElseThrow()));
    sb.append(String.format(Locale.ROOT, "%nKOL: %d pieces, %d events, %s, %d too thin to rank, campaign ROI %s%n",
        funnel.contents().size(), log.size(), best, thin.size(), whole.roi().map(KolDemo::estimate).orElse("-")));
    return sb.toString();
  }

  private static String line(String name, FunnelReport r) {
    List<FunnelStage> s = r.stages();
    return String.format(Locale.ROOT, "%-9s %6d %9s %5.2f%% %14s %14s %14s %8s %8s  %s%n", name, r.contents(),
        k(r.views()), 100 * r.clickRate().value(), step(s.get(2)), step(s.get(3)), step(s.get(4)),
        money(r.cost()), money(r.revenue()), r.roi().map(KolDemo::estimate).orElse("-"));
  }

  private static String step(FunnelStage s) {
    return String.format(Locale.ROOT, "%5.1f%% (-%2.0f%%)", 100 * s.step().orElseThrow().value(), 100 * s.dropOff());
  }

  private static String rankLine(RoiRank r, ContentFunnel funnel) {
    FunnelReport p = r.report();
    return String.format(Locale.ROOT, "  #%-2d %-5s %-8s %-7s ROI %-26s %4d orders, cost %s%n", r.rank().orElseThrow(),
        r.key(), tierOf(funnel, r.key()), creatorOf(funnel, r.key()), estimate(r.roi().orElseThrow()),
        p.count(FunnelStage.Stage.ORDER), money(p.cost()));
  }

  private static String estimate(Estimate e) {
    return String.format(Locale.ROOT, "%+.2f (%+.2f to %+.2f)", e.value(), e.lower(), e.upper());
  }

  private static String tierOf(ContentFunnel funnel, String id) {
    return piece(funnel, id).map(ContentStats::tier).orElse("?");
  }

  private static String creatorOf(ContentFunnel funnel, String id) {
    return piece(funnel, id).map(ContentStats::creator).orElse("?");
  }

  private static Optional<ContentStats> piece(ContentFunnel funnel, String id) {
    return funnel.contents().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** 1,500 → 1.5k, 2,000,000 → 2M. */
  private static String k(double v) {
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%.3gM", v / 1e6).replace(".00M", "M");
    }
    if (v >= 1e3) {
      return String.format(Locale.ROOT, "%.3gk", v / 1e3).replace(".00k", "k");
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
