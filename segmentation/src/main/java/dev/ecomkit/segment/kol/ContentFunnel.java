package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

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
