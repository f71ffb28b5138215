package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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

  /**
   * The summed funnels and money.
   *
   * @return the report
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
      views += s.views();
      completions += s.completions();
      engagements += s.engagements();
      clicks += s.clicks();
      carts += s.addToCart();
      orders += s.orders();
      repurchases += s.repurchases();
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
