package dev.ecomkit.examples;

import dev.ecomkit.forecast.CalendarEvent;
import dev.ecomkit.forecast.RetailCalendar;
import dev.ecomkit.forecast.TimeSeries;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.segment.RfmAggregate;
import dev.ecomkit.segment.kol.ContentStats;
import dev.ecomkit.segment.kol.ConversionEvent;
import dev.ecomkit.segment.kol.FunnelEvents;
import dev.ecomkit.segment.kol.KolTiers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synthetic merchant of the "merchant day" walkthrough: 北岭户外 (Beiling Outdoor), down jackets and fleece on
 * Taobao ({@code TB}), JD.com ({@code JD}) and Pinduoduo ({@code DD}), on 30 September 2026, the last day before
 * the Double 11 quarter. Everything is drawn from fixed seeds, so the walkthrough prints the same every run:
 *
 * <ul>
 *   <li>{@link #catalogue()}: the SKU lines the three platforms' exports hold, some keyed by hand (lower case, full
 *       width, spaces), one listed twice, two wrong;
 *   <li>{@link #jacketSales()}: three years of the down-jacket line's daily sales, all sizes and platforms: a winter
 *       season nine times the summer's, 10 % growth a year, busier weekends, the retail calendar's events with the
 *       lifts of {@link #LIFTS}, over-dispersed noise;
 *   <li>{@link #orders}: 6,000 customers' orders since January 2024, each customer buying at their own rate until
 *       they drift away (the BG/NBD story);
 *   <li>{@link #kolCampaign()}: the Double 11 warm-up, ten pieces of content on Douyin and Xiaohongshu and the
 *       shop's conversion log;
 *   <li>{@link #mentions()}: the day's mentions as the crawler delivers them, with a burst of down-leak complaints
 *       (跑绒) about one SKU in the afternoon, a late post and a repeated one.
 * </ul>
 *
 * <p>Stateless and thread-safe; not a library class.
 */
final class MerchantDayData {

  static final String MERCHANT = "北岭户外 (Beiling Outdoor)";
  static final LocalDate DAY = LocalDate.of(2026, 9, 30);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The first day of the sales history: three years up to {@link #DAY}. */
  static final LocalDate SALES_START = LocalDate.of(2023, 10, 1);
  /** The SKU of the down-leak complaints. */
  static final String LEAKING_SKU = "JD-01-L-2609";
  /** Size shares of the down-jacket line. */
  static final Map<String, Double> SIZE_SHARES = Map.of("S", 0.14, "M", 0.30, "L", 0.30, "XL", 0.18, "XXL", 0.08);
  /** Platform shares of the down-jacket line. */
  static final Map<String, Double> PLATFORM_SHARES = Map.of("TB", 0.55, "JD", 0.30, "DD", 0.15);
  /** The events' true lifts in {@link #jacketSales()}; the other events of the calendar lift nothing. */
  static final Map<String, Double> LIFTS = Map.of("logistics-shutdown", -0.60, "spring-festival", -0.40,
      "618-season", 0.10, "618", 0.30, "double-11-presale", 0.40, "double-11", 3.00, "double-12", 0.60);

  /** A mention and when the crawler delivered it. */
  record Arrival(Mention mention, Instant arrived) {}

  private MerchantDayData() {}

  /** The catalogue lines, in the order of the three exports (Taobao, JD, Pinduoduo). */
  static List<String> catalogue() {
    List<String> lines = new ArrayList<>();
    String[] jacketSizes = {"S", "M", "L", "XL", "XXL"};
    String[] fleeceSizes = {"F", "M", "L"};
    for (String month : new String[] {"2409", "2509", "2609"}) {
      for (String size : jacketSizes) {
        lines.add("TB-01-" + size + "-" + month);
      }
    }
    for (String month : new String[] {"2503", "2603"}) {
      for (String size : fleeceSizes) {
        lines.add("TB-08-" + size + "-" + month);
      }
    }
    for (String month : new String[] {"2509", "2609"}) {
      for (String size : jacketSizes) {
        lines.add("JD-01-" + size + "-" + month);
      }
    }
    for (String size : fleeceSizes) {
      lines.add("JD-08-" + size + "-2603");
    }
    for (String size : jacketSizes) {
      lines.add("DD-01-" + size + "-2409"); // last season's jackets cleared on Pinduoduo
    }
    for (String size : fleeceSizes) {
      lines.add("DD-08-" + size + "-2603");
    }
    // keyed by hand: the lenient codec fixes these
    lines.set(lines.indexOf("JD-01-M-2609"), "jd-01-m-2609");
    lines.set(lines.indexOf("TB-08-L-2603"), "ＴＢ－08－L－2603");
    lines.set(lines.indexOf("DD-08-F-2603"), "DD 08 F 2603");
    lines.add("TB-01-L-2609"); // listed twice in the Taobao export
    lines.add("AMZ-01-M-2609"); // a marketplace the schema does not know
    lines.add("TB-01-M-2613"); // no 13th month
    return lines;
  }

  /** Three years of the down-jacket line's daily sales, to {@link #DAY}. */
  static TimeSeries jacketSales() {
    SplittableRandom random = new SplittableRandom(2609);
    List<CalendarEvent> events = RetailCalendar.china().events(SALES_START, DAY);
    int days = (int) ChronoUnit.DAYS.between(SALES_START, DAY) + 1;
    double[] units = new double[days];
    for (int t = 0; t < days; t++) {
      LocalDate d = SALES_START.plusDays(t);
      double lift = DailySalesSampleGenerator.lift(events, LIFTS, d);
      double weekend = d.getDayOfWeek().getValue() >= 6 ? 0.15 : 0;
      double years = ChronoUnit.DAYS.between(SALES_START, d) / 365.25;
      double winter = 1.1 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 15) / 365.25);
      double mu = 110 * Math.exp(0.10 * years + weekend + winter) * (1 + lift);
      units[t] = Math.max(0, Math.round(mu + Math.sqrt(1.5 * mu) * DailySalesSampleGenerator.gaussian(random)));
    }
    return TimeSeries.daily(SALES_START, units);
  }

  /** The customers' orders since January 2024 into {@code into}; ids are the platform's, e.g. {@code TB-100042}. */
  static void orders(RfmAggregate into) {
    SplittableRandom random = new SplittableRandom(6000);
    LocalDate first = LocalDate.of(2024, 1, 1);
    int span = (int) ChronoUnit.DAYS.between(first, DAY);
    String[] platforms = {"TB", "TB", "TB", "TB", "TB", "TB", "JD", "JD", "JD", "DD"};
    for (int c = 0; c < 6_000; c++) {
      String id = platforms[random.nextInt(platforms.length)] + "-" + (100_000 + c);
      double everyDays = 25 + random.nextDouble() * 200; // how often this customer buys
      double leaveChance = 0.05 + 0.35 * random.nextDouble(); // after each purchase
      // about 200: a fleece to a jacket
      double basket = Math.exp(5.3 + 0.5 * DailySalesSampleGenerator.gaussian(random));
      LocalDate day = first.plusDays(random.nextInt(span));
      while (!day.isAfter(DAY)) {
        into.add(id, day, Math.round(basket * (0.7 + 0.6 * random.nextDouble())));
        if (random.nextDouble() < leaveChance) {
          break;
        }
        day = day.plusDays(1 + (long) (-Math.log(1 - random.nextDouble()) * everyDays));
      }
    }
  }

  /** One tier's plan for the warm-up: pieces, followers, platform, cost, views and the funnel's rates. */
  private record Plan(String prefix, int pieces, long followers, String platform, double cost, double views,
      double ctr, double cart, double order, double again) {}

  private static final Plan[] PLANS = {
      new Plan("H", 1, 2_400_000, "douyin", 50_000, 200_000, 0.009, 0.22, 0.30, 0.04),
      new Plan("S", 2, 650_000, "douyin", 15_000, 80_000, 0.012, 0.25, 0.33, 0.05),
      new Plan("W", 3, 180_000, "douyin", 5_000, 30_000, 0.020, 0.30, 0.36, 0.05),
      new Plan("A", 4, 30_000, "xiaohongshu", 800, 6_000, 0.028, 0.30, 0.36, 0.06)};
  static final double ORDER_VALUE = 599;
  static final Instant WARM_UP = LocalDateTime.of(2026, 10, 8, 10, 0).atZone(ZONE).toInstant();

  /** The Double 11 warm-up campaign: the pieces described and the shop's conversion log. */
  static FunnelEvents kolCampaign() {
    SplittableRandom random = new SplittableRandom(1108);
    FunnelEvents.Builder log = FunnelEvents.builder();
    long user = 50_000_000;
    for (Plan plan : PLANS) {
      for (int p = 1; p <= plan.pieces(); p++) {
        String id = String.format(Locale.ROOT, "%s-%02d", plan.prefix(), p);
        Instant published = WARM_UP.plus(Duration.ofHours(random.nextInt(5 * 24)));
        long views = Math.round(plan.views() * (0.7 + 0.6 * random.nextDouble()));
        double gmv = 0;
        long clickers = Math.round(views * plan.ctr() * (0.8 + 0.4 * random.nextDouble()));
        for (long u = 0; u < clickers; u++, user++) {
          Instant click = published.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 30 * 3600));
          log.add(user, ConversionEvent.CLICK, click, id);
          if (random.nextDouble() >= plan.cart()) {
            continue;
          }
          Instant cart = click.plusSeconds(30 + random.nextInt(1_800));
          log.add(user, ConversionEvent.ADD_TO_CART, cart, id);
          if (random.nextDouble() >= plan.order()) {
            continue;
          }
          Instant order = cart.plusSeconds(60 + random.nextInt(8 * 3600));
          log.add(user, ConversionEvent.ORDER, order, id);
          gmv += ORDER_VALUE;
          if (random.nextDouble() < plan.again()) {
            log.add(user, ConversionEvent.ORDER, order.plus(Duration.ofDays(1 + random.nextInt(5))), id);
            gmv += ORDER_VALUE;
          }
        }
        String tier = KolTiers.standard().classify(plan.followers()).name();
        log.content(ContentStats.builder().id(id).creator("creator " + id).platform(plan.platform()).tier(tier)
            .format(KolTiers.standard().classify(plan.followers()).format()).published(published)
            .cost(plan.cost()).views(views).gmv(gmv).margin(Math.round(0.38 * gmv)).build());
      }
    }
    return log.build();
  }

  private static final String[] PLATFORMS = {"taobao", "taobao", "jd", "pinduoduo"};
  private static final String[] CHATTER = {"羽绒服很暖和，东北零下二十度也不怕", "尺码标准，建议按平时的码数买",
      "客服很耐心，帮我换了尺码", "颜色和图片有点色差", "抓绒衣很轻，爬山正合适", "物流有点慢，不过东西不错",
      "双11预售什么时候开始？", "第二件了，质量稳定", "价格比去年便宜一点", "帽子可以拆，很方便"};
  private static final String[] LEAK = {"新买的羽绒服跑绒，穿一天毛衣上全是绒", "跑绒太严重了，要求退货",
      "衣服缝线的地方一直钻绒", "这批羽绒服跑 绒，是不是面料不防钻绒？", "掉绒掉得厉害，黑裤子全白了"};

  /** The day's mentions in arrival order, times in UTC. */
  static List<Arrival> mentions() {
    SplittableRandom random = new SplittableRandom(930);
    List<Arrival> day = new ArrayList<>();
    Instant midnight = DAY.atStartOfDay(ZONE).toInstant();
    int n = 0;
    for (int i = 0; i < 400; i++) {
      Instant posted = midnight.plusSeconds(random.nextLong(86_400));
      day.add(arrival(++n, PLATFORMS[random.nextInt(PLATFORMS.length)], posted, posted.plusSeconds(
          random.nextLong(300)), null, CHATTER[random.nextInt(CHATTER.length)]));
    }
    // the burst: seven down-leak complaints about one SKU from 13:10, most of them on JD
    String[] burst = {"jd", "jd", "taobao", "jd", "jd", "pinduoduo", "jd"};
    Instant t = midnight.plus(Duration.ofMinutes(13 * 60 + 10));
    for (String platform : burst) {
      day.add(arrival(++n, platform, t, t.plusSeconds(random.nextLong(240)), LEAKING_SKU,
          LEAK[random.nextInt(LEAK.length)]));
      t = t.plusSeconds(420 + random.nextLong(300));
    }
    Arrival again = day.get(day.size() - 2); // delivered twice, a minute apart
    day.add(new Arrival(again.mention(), again.arrived().plusSeconds(60)));
    // posted at 11:30, delivered at 14:30: later than ten minutes' lateness allows
    day.add(arrival(++n, "taobao", midnight.plus(Duration.ofMinutes(690)), midnight.plus(Duration.ofMinutes(870)),
        LEAKING_SKU, "上周买的也跑绒了"));
    day.sort(Comparator.comparing(Arrival::arrived).thenComparing(a -> a.mention().id()));
    return day;
  }

  private static Arrival arrival(int n, String platform, Instant posted, Instant arrived, String sku, String text) {
    Mention.Builder b = Mention.builder().id(String.format(Locale.ROOT, "P%04d", n)).platform(platform).time(posted)
        .text(text);
    if (sku != null) {
      b.sku(sku);
    }
    return new Arrival(b.build(), arrived);
  }
}
