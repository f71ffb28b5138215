package dev.ecomkit.examples;

import dev.ecomkit.segment.kol.ContentFunnel;
import dev.ecomkit.segment.kol.ContentStats;
import dev.ecomkit.segment.kol.KolTier;
import dev.ecomkit.segment.kol.KolTiers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bundled KOL campaign of a snack shop's Double 11 (seed 001 §4.2): {@code kol-campaign.json}, thirty
 * pieces of content by thirty creators as {@link ContentFunnel#fromJson} reads them (creator, platform, tier from
 * the creator's followers by {@link KolTiers#standard()}, the tier's format, cost, publish time, views, completions,
 * likes, comments, shares, saves, GMV and refunds as the platforms attribute them, margin 35 % of revenue), and
 * {@code kol-events.tsv.gz}, the shop's conversion event log, one row a line in time order:
 * {@code user<TAB>CLICK|ADD_TO_CART|ORDER<TAB>time<TAB>content id}, times ISO-8601 UTC.
 *
 * <p>The plan: 2 head creators (brand live streams, 60,000 each), 3 shoulder, 8 waist (short videos), 10 amateur
 * (UGC notes), 7 nano; each tier with its own view counts, click rate and drop-offs, each piece drawn around them.
 * A clicking user sometimes clicks twice, adds to cart, orders (129 a gift box, ± 20), and orders again within one to
 * ten days; 3 % of the adds to cart are logged before the click (a tracking glitch), so they do not count. Seeded:
 * the same files every run.
 *
 * <p>Run: {@code java -cp "$(cat examples/target/classpath.txt):examples/target/classes"
 * dev.ecomkit.examples.KolCampaignGenerator examples/src/main/resources/dev/ecomkit/examples}. Not a library
 * class.
 */
final class KolCampaignGenerator {

  static final String CAMPAIGN = "kol-campaign.json";
  static final String EVENTS = "kol-events.tsv.gz";
  static final Instant START = Instant.parse("2026-10-20T02:00:00Z"); // 10:00 in Shanghai, pre-sale opens
  static final double ORDER_VALUE = 129;
  static final double MARGIN = 0.35;

  private static final String[] NAMES = {"甜甜圈", "阿花", "小鹿", "坚果哥", "吃货小王", "深夜食堂", "零食控", "芒果布丁",
      "老饕", "小橙子", "奶茶妹", "周末厨房", "大胃王", "糖糖", "山野", "阿杰", "一只猫", "饭搭子", "小南瓜", "脆脆鲨",
      "晚安", "面包君", "小满", "豆豆", "阿狸", "可可", "西瓜", "麦穗", "小葵", "团子"};

  /** One tier's plan: pieces, followers, platform, cost, views, rates. */
  private record Plan(String prefix, int pieces, long minFollowers, long maxFollowers, String platform, double cost,
      double views, double completion, double ctr, double cart, double order, double again) {}

  private static final Plan[] PLANS = {
      new Plan("H", 2, 1_200_000, 6_000_000, "douyin", 60_000, 300_000, 0.12, 0.010, 0.25, 0.40, 0.08),
      new Plan("S", 3, 500_000, 999_999, "douyin", 18_000, 120_000, 0.22, 0.013, 0.27, 0.40, 0.09),
      new Plan("W", 8, 100_000, 499_999, "douyin", 6_000, 50_000, 0.30, 0.022, 0.31, 0.42, 0.10),
      new Plan("A", 10, 10_000, 99_999, "xiaohongshu", 900, 9_000, 0.48, 0.028, 0.30, 0.40, 0.10),
      new Plan("N", 7, 800, 9_999, "xiaohongshu", 200, 1_500, 0.55, 0.030, 0.30, 0.40, 0.10)};

  private KolCampaignGenerator() {}

  private record Row(long user, String event, Instant time, String content) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/dev/ecomkit/examples");
    SplittableRandom random = new SplittableRandom(20261111);
    KolTiers tiers = KolTiers.standard();
    List<ContentStats> pieces = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int creator = 0;
    long nextUser = 10_000_000;
    for (Plan plan : PLANS) {
      for (int p = 1; p <= plan.pieces(); p++) {
        String id = String.format(Locale.ROOT, "%s-%02d", plan.prefix(), p);
        long followers = plan.minFollowers() + random.nextLong(plan.maxFollowers() - plan.minFollowers() + 1);
        KolTier tier = tiers.classify(followers);
        Instant published = START.plusSeconds(random.nextLong(8 * 86_400));
        long views = Math.round(plan.views() * (0.6 + 0.8 * random.nextDouble()));
        double ctr = plan.ctr() * (0.7 + 0.6 * random.nextDouble());
        double gmv = 0;
        long clickers = binomial(random, views, ctr);
        for (long u = 0; u < clickers; u++) {
          long user = nextUser++;
          Instant click = published.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 36 * 3600));
          rows.add(new Row(user, "CLICK", click, id));
          if (random.nextDouble() < 0.2) {
            rows.add(new Row(user, "CLICK", click.plusSeconds(60 + random.nextLong(7_200)), id));
          }
          if (random.nextDouble() >= plan.cart()) {
            continue;
          }
          boolean glitch = random.nextDouble() < 0.03;
          Instant cart = glitch ? click.minusSeconds(5 + random.nextLong(120)) : click.plusSeconds(30
              + random.nextLong(1_800));
          rows.add(new Row(user, "ADD_TO_CART", cart, id));
          if (random.nextDouble() >= plan.order()) {
            continue;
          }
          Instant order = cart.plusSeconds(60 + random.nextLong(6 * 3600));
          rows.add(new Row(user, "ORDER", order, id));
          gmv += ORDER_VALUE - 20 + random.nextInt(41);
          if (random.nextDouble() < plan.again()) {
            rows.add(new Row(user, "ORDER", order.plus(Duration.ofHours(24 + random.nextLong(9 * 24))), id));
            gmv += ORDER_VALUE - 20 + random.nextInt(41);
          }
        }
        double refunds = Math.round(gmv * (0.02 + 0.06 * random.nextDouble()));
        double completion = plan.completion() * (0.8 + 0.4 * random.nextDouble());
        double cost = Math.round(plan.cost() * (0.8 + 0.4 * random.nextDouble()) / 10) * 10.0;
        pieces.add(ContentStats.builder().id(id).creator(NAMES[creator++]).platform(plan.platform())
            .tier(tier.name()).format(tier.format()).published(published).cost(cost).views(views)
            .completions(Math.round(views * completion)).likes(Math.round(views * 0.03 * random.nextDouble()))
            .comments(Math.round(views * 0.004 * random.nextDouble()))
            .shares(Math.round(views * 0.003 * random.nextDouble()))
            .saves(Math.round(views * 0.01 * random.nextDouble())).gmv(gmv).refunds(refunds)
            .margin(Math.round(MARGIN * (gmv - refunds))).build());
      }
    }
    Files.writeString(dir.resolve(CAMPAIGN), ContentFunnel.of(pieces).toJson() + "\n", StandardCharsets.UTF_8);
    rows.sort(Comparator.comparing(Row::time).thenComparingLong(Row::user).thenComparing(Row::event));
    try (OutputStream file = Files.newOutputStream(dir.resolve(EVENTS));
        Writer w = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
      for (Row r : rows) {
        w.write(r.user() + "\t" + r.event() + "\t" + r.time() + "\t" + r.content() + "\n");
      }
    }
  }

  private static long binomial(SplittableRandom random, long n, double p) {
    long k = 0;
    for (long i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
