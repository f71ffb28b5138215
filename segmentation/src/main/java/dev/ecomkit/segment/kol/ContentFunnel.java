package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.ecomkit.segment.SegmentException;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The content and conversion funnels of one or more pieces of KOL content (内容漏斗, 转化漏斗; seed 001 §4.2):
 * counts summed, then rates, drop-offs and cost ratios ({@link FunnelReport}).
 *
 * <pre>{@code
 * FunnelReport r = ContentFunnel.of(video, note, live).report();
 * r.stages();          // VIEW 300000, CLICK 9000 (step 0.0300, 95 % CI …), ADD_TO_CART …, ORDER …, REPURCHASE …
 * r.roi(); r.roas(); r.cpm(); r.cpc(); r.cpa(); r.breakEvenCpa();
 * }</pre>
 *
 * <p>From counts ({@link #of}), from a conversion event log ({@link #fromEvents}) or from JSON ({@link
 * #fromJson(Reader)}); reports for the whole ({@link #report()}) and per group ({@link #byTier()} …), a ranking by
 * ROI ({@link #rankByRoi()}); {@link FunnelComparison} sets two reports side by side.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContentFunnel {

  private final ImmutableList<ContentStats> contents;

  private ContentFunnel(List<ContentStats> contents) {
    this.contents = ImmutableList.copyOf(contents);
  }

  /**
   * A funnel of some pieces of content.
   *
   * @param contents the pieces, possibly none
   * @return the funnel
   */
  public static ContentFunnel of(ContentStats... contents) {
    return new ContentFunnel(List.of(checkNotNull(contents, "contents")));
  }

  /**
   * A funnel of some pieces of content.
   *
   * @param contents the pieces, possibly none
   * @return the funnel
   */
  public static ContentFunnel of(Iterable<ContentStats> contents) {
    return new ContentFunnel(ImmutableList.copyOf(checkNotNull(contents, "contents")));
  }

  /**
   * The funnels of an event log: each described piece of content with its conversion counts — clicking users,
   * users who added to cart, ordered, and ordered again — taken from the rows within the conversion window.
   *
   * <p>How rows count, per (content, user) pair, with rows in time order (a click before an add to cart before an
   * order at the same millisecond): a click starts a chain; an add to cart, an order and a second order (the
   * repurchase) each move a chain one step on if the step before happened earlier and the row is at most {@code
   * window} after the chain's click — the strict step order of ClickHouse's {@code windowFunnel}. The user counts
   * at the deepest step any chain reached, and at each step before it. So:
   *
   * <ul>
   *   <li>repeated rows count once: a user who clicks five times and orders once is one click and one order; two
   *       orders are one order and one repurchase, three orders the same;
   *   <li>a row out of step order counts for nothing: an add to cart with no click before it, an order with no add
   *       to cart before it (a later click can start a chain that counts);
   *   <li>a row later than the window after the chain's click does not move it on; a later click starts a new chain;
   *   <li>identical rows — the same user, piece, step and millisecond — are one row, as a log delivered at least
   *       once may repeat a row: a duplicated order is not a repurchase, while a second order a millisecond later is.
   * </ul>
   *
   * Times and the window are kept to the millisecond: an add to cart at 12:00:00.0001 and a click at 12:00:00.0009
   * fall in the same millisecond and are taken click first. Views, completions, engagements, cost and money come from each piece's
   * description, so counts that would grow down the funnel (more clicking users than views) are refused.
   *
   * <p>Linear in the rows apart from sorting each user's own rows; see {@link FunnelEvents} for the memory.
   *
   * @param events the log, not null
   * @param window the conversion window, 0 or more
   * @return the funnel of the described pieces, in the order described
   * @throws SegmentException if the window is negative, or more users clicked a piece than viewed it
   */
  public static ContentFunnel fromEvents(FunnelEvents events, Duration window) {
    checkNotNull(events, "events");
    checkNotNull(window, "window");
    if (window.isNegative()) {
      throw new SegmentException("window", "the conversion window must be 0 or more, got " + window);
    }
    long ms;
    try {
      ms = window.toMillis();
    } catch (ArithmeticException e) {
      ms = Long.MAX_VALUE;
    }
    long[][] counts = new EventFunnel(ms).count(events);
    List<ContentStats> out = new ArrayList<>(counts.length);
    for (int c = 0; c < counts.length; c++) {
      ContentStats d = events.contents().get(c);
      long[] k = counts[c];
      if (k[0] > d.views()) {
        throw new SegmentException("events", "content \"" + d.id() + "\": " + k[0] + " users clicked in the event "
            + "log but the description gives " + d.views() + " views; a funnel's counts cannot grow down its stages");
      }
      out.add(d.withConversions(k[0], k[1], k[2], k[3]));
    }
    return new ContentFunnel(out);
  }

  /**
   * Reads pieces of content from JSON, as {@link #toJson()} writes them:
   *
   * <pre>{@code
   * {"version": 1, "contents": [
   *   {"id": "v-001", "creator": "小鹿", "platform": "douyin", "tier": "waist", "format": "short video",
   *    "published": "2026-10-20T12:00:00Z", "cost": 8000, "views": 120000, "completions": 30000, "likes": 4000,
   *    "comments": 600, "shares": 300, "saves": 900, "clicks": 3600, "addToCart": 900, "orders": 420,
   *    "repurchases": 60, "gmv": 33600, "refunds": 1200, "margin": 9720}]}
   * }</pre>
   *
   * The counts, GMV and refunds may be left out (0), the margin too, or be {@code null} (absent); unknown fields
   * are refused.
   *
   * @param reader the JSON; not closed
   * @return the funnel
   * @throws SegmentException naming the JSON path of what is wrong
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static ContentFunnel fromJson(Reader reader) {
    return new ContentFunnel(FunnelJson.readContents(KolJson.parse(checkNotNull(reader, "reader"))));
  }

  /**
   * Reads pieces of content from a JSON string (format at {@link #fromJson(Reader)}).
   *
   * @param json the JSON
   * @return the funnel
   * @throws SegmentException naming the JSON path of what is wrong
   */
  public static ContentFunnel fromJson(String json) {
    return new ContentFunnel(FunnelJson.readContents(KolJson.parse(checkNotNull(json, "json"))));
  }

  /**
   * The pieces as JSON that {@link #fromJson(String)} reads back to an equal funnel.
   *
   * @return the JSON
   */
  public String toJson() {
    return FunnelJson.writeContents(contents);
  }

  /**
   * The pieces ranked by ROI, thin data flagged ({@link RoiRanking}); pieces sharing an id are one line.
   *
   * @return the ranking by content id
   */
  public RoiRanking rankByRoi() {
    return RoiRanking.of(groupBy(ContentStats::id));
  }

  /**
   * The pieces.
   *
   * @return the content
   */
  public List<ContentStats> contents() {
    return contents;
  }

  /**
   * One report per tier ({@link ContentStats#tier()}); the reports' counts and money add up to {@link #report()}'s.
   *
   * @return tier name to report, in name order
   */
  public SortedMap<String, FunnelReport> byTier() {
    return groupBy(ContentStats::tier);
  }

  /**
   * One report per platform.
   *
   * @return platform to report, in name order
   */
  public SortedMap<String, FunnelReport> byPlatform() {
    return groupBy(ContentStats::platform);
  }

  /**
   * One report per content format.
   *
   * @return format to report, in name order
   */
  public SortedMap<String, FunnelReport> byFormat() {
    return groupBy(ContentStats::format);
  }

  /**
   * One report per creator.
   *
   * @return creator to report, in name order
   */
  public SortedMap<String, FunnelReport> byCreator() {
    return groupBy(ContentStats::creator);
  }

  /**
   * One report per key: every piece in exactly one group, so the groups add up to the whole.
   *
   * @param key the grouping key of a piece, not null
   * @return key to report, in key order
   */
  public SortedMap<String, FunnelReport> groupBy(Function<ContentStats, String> key) {
    checkNotNull(key, "key");
    Map<String, List<ContentStats>> groups = new TreeMap<>();
    for (ContentStats s : contents) {
      String k = checkNotNull(key.apply(s), "the key of content %s", s.id());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
    }
    ImmutableSortedMap.Builder<String, FunnelReport> out = ImmutableSortedMap.naturalOrder();
    groups.forEach((k, list) -> out.put(k, new ContentFunnel(list).report()));
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentFunnel && ((ContentFunnel) o).contents.equals(contents);
  }

  @Override
  public int hashCode() {
    return contents.hashCode();
  }

  @Override
  public String toString() {
    return "ContentFunnel" + contents;
  }

  /**
   * The summed funnels and money.
   *
   * @return the report
   * @throws SegmentException if a count summed over the pieces exceeds a long
   */
  public FunnelReport report() {
    long views = 0;
    long completions = 0;
    long engagements = 0;
    long clicks = 0;
    long carts = 0;
    long orders = 0;
    long repurchases = 0;
    double cost = 0;
    double gmv = 0;
    double refunds = 0;
    double margin = 0;
    boolean margins = !contents.isEmpty();
    for (ContentStats s : contents) {
      try {
        views = Math.addExact(views, s.views());
        completions = Math.addExact(completions, s.completions());
        engagements = Math.addExact(engagements, s.engagements());
        clicks = Math.addExact(clicks, s.clicks());
        carts = Math.addExact(carts, s.addToCart());
        orders = Math.addExact(orders, s.orders());
        repurchases = Math.addExact(repurchases, s.repurchases());
      } catch (ArithmeticException e) {
        throw new SegmentException("contents", "the counts of the pieces add up to more than 2^63 − 1, at content \""
            + s.id() + "\"");
      }
      cost += s.cost();
      gmv += s.gmv();
      refunds += s.refunds();
      if (s.margin().isPresent()) {
        margin += s.margin().getAsDouble();
      } else {
        margins = false;
      }
    }
    ImmutableFunnelReport.Builder b = ImmutableFunnelReport.builder().contents(contents.size()).views(views)
        .completions(completions).engagements(engagements).cost(cost).gmv(gmv).refunds(refunds)
        .addStages(FunnelStage.of(FunnelStage.Stage.VIEW, views, views, views),
            FunnelStage.of(FunnelStage.Stage.CLICK, clicks, views, views),
            FunnelStage.of(FunnelStage.Stage.ADD_TO_CART, carts, clicks, views),
            FunnelStage.of(FunnelStage.Stage.ORDER, orders, carts, views),
            FunnelStage.of(FunnelStage.Stage.REPURCHASE, repurchases, orders, views));
    if (margins) {
      b.margin(margin);
    }
    return b.build();
  }
}
