package dev.ecomkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the bundled {@code mentions-day.tsv}: one synthetic day (Double 11, Asia/Shanghai) of mentions of a snack
 * shop as a crawler delivers them, in arrival order, one a line:
 * {@code id<TAB>platform<TAB>posted<TAB>arrived<TAB>sku or -<TAB>text}, times ISO-8601 UTC. It holds:
 *
 * <ul>
 *   <li>about 1,200 posts of ordinary chatter over the day on four platforms, each delivered up to five minutes
 *       after it was posted (so arrival order is not posting order);
 *   <li>a spike of impurity complaints (杂质) from 09:00: ten on Douyin, two on Weibo, one on Taobao, all about
 *       the same SKU;
 *   <li>a competitor wave on Xiaohongshu in the afternoon (模仿, 定价过高, 品质不佳: seven posts), and three such posts
 *       spread over the other platforms;
 *   <li>a policy post in the evening (禁止销售);
 *   <li>a complaint posted at 07:45 that the crawler delivers only at 10:05 — later than a ten-minute lateness allows;
 *   <li>one Douyin complaint delivered twice, a minute apart.
 * </ul>
 *
 * Seeded: the same file every run. Run: {@code java -cp examples/target/classes
 * dev.ecomkit.examples.MentionDayGenerator examples/src/main/resources/dev/ecomkit/examples/mentions-day.tsv}. Not
 * a library class.
 */
final class MentionDayGenerator {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 11, 0, 0);
  static final String SKU = "NUT-01-500G-2511";
  private static final String[] PLATFORMS = {"weibo", "xiaohongshu", "douyin", "taobao"};
  private static final String[] CHATTER = {
      "今天收到坚果礼盒了，包装很好看", "双11 囤了三箱，性价比可以", "客服回复很快，物流也不错", "这家的牛肉干有点咸",
      "味道一般，不会回购", "朋友推荐的，确实好吃", "发货慢了两天，其他还好", "直播间抢到的优惠券很划算",
      "第二次买了，品质稳定", "口感偏甜，老人不太喜欢", "零点抢单成功！", "等快递中，希望明天到"};
  private static final String[] IMPURITY = {"坚果里吃出了杂质，太恶心了", "又是杂质！这批货有问题吧", "开袋发现杂 质，已投诉",
      "孩子吃到杂质，差点划伤嘴", "杂质这么多，品控在干嘛"};
  private static final String[] COMPETITOR = {"这款完全是模仿大牌的包装", "定价过高，同样的东西别家便宜一半",
      "比起隔壁家品质不佳", "外观模仿得太像了"};

  private MentionDayGenerator() {}

  /** One line before sorting by arrival. */
  private static final class Line {
    final String id;
    final String platform;
    final Instant posted;
    final Instant arrived;
    final String sku;
    final String text;

    Line(String id, String platform, Instant posted, Instant arrived, String sku, String text) {
      this.id = id;
      this.platform = platform;
      this.posted = posted;
      this.arrived = arrived;
      this.sku = sku;
      this.text = text;
    }
  }

  static Instant at(int hour, int minute) {
    return DAY.plusHours(hour).plusMinutes(minute).atZone(ZONE).toInstant();
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/dev/ecomkit/examples/mentions-day.tsv");
    SplittableRandom random = new SplittableRandom(1111);
    List<Line> lines = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 1_200; i++) {
      Instant posted = at(0, 0).plusSeconds(random.nextLong(86_400));
      lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), PLATFORMS[random.nextInt(PLATFORMS.length)],
          posted, posted.plusSeconds(random.nextLong(300)), "-", CHATTER[random.nextInt(CHATTER.length)]));
    }
    // the impurity spike: 13 complaints from 09:02, every 6 to 10 minutes
    String[] spike = {"weibo", "douyin", "douyin", "douyin", "douyin", "taobao", "douyin", "douyin", "weibo",
        "douyin", "douyin", "douyin", "douyin"};
    Instant t = at(9, 2);
    for (String platform : spike) {
      lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), platform, t, t.plusSeconds(random.nextLong(300)),
          SKU, IMPURITY[random.nextInt(IMPURITY.length)]));
      t = t.plusSeconds(360 + random.nextLong(240));
    }
    // the same Douyin complaint delivered twice
    Line again = lines.get(lines.size() - 3);
    lines.add(new Line(again.id, again.platform, again.posted, again.arrived.plusSeconds(60), again.sku, again.text));
    // posted before the spike, delivered after the watermark has passed it
    lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), "taobao", at(7, 45), at(10, 5), SKU,
        "早上就发现有杂质了，现在才有空发"));
    // the competitor wave on Xiaohongshu, and three posts elsewhere
    t = at(14, 10);
    for (int i = 0; i < 7; i++) {
      lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), "xiaohongshu", t,
          t.plusSeconds(random.nextLong(300)), "-", COMPETITOR[random.nextInt(COMPETITOR.length)]));
      t = t.plusSeconds(900 + random.nextLong(900));
    }
    for (String platform : new String[] {"weibo", "douyin", "taobao"}) {
      Instant p = at(13, 0).plusSeconds(random.nextLong(4 * 3600));
      lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), platform, p, p.plusSeconds(random.nextLong(300)),
          "-", COMPETITOR[random.nextInt(COMPETITOR.length)]));
    }
    lines.add(new Line(String.format(Locale.ROOT, "M%05d", ++n), "weibo", at(19, 30), at(19, 33), "-",
        "新规：该类进口坚果禁止销售，商家注意"));
    lines.sort(Comparator.comparing((Line l) -> l.arrived).thenComparing(l -> l.id));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Line l : lines) {
        w.write(l.id + "\t" + l.platform + "\t" + l.posted + "\t" + l.arrived + "\t" + l.sku + "\t" + l.text + "\n");
      }
    }
  }
}
