package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Pieces of content (or tiers, creators, platforms) ranked by ROI (ROI 排名), with the ones whose data are too thin
 * flagged instead of ranked first by luck: a piece with three orders and an ROI of 9 is a coin toss, not a winner.
 *
 * <p><b>Rule.</b> A line is {@link RoiRank.Standing#THIN} when it has fewer than {@value RateDifference#MIN_EVENTS}
 * orders, fewer than {@value RateDifference#MIN_EVENTS} views without an order, or fewer than {@value
 * RateDifference#MIN_TRIALS} views — the minimum-sample rule of {@link RateDifference} applied to orders per view,
 * the rate ROI rests on — and {@link RoiRank.Standing#NO_COST} without cost (no ROI).
 * The {@link RoiRank.Standing#RANKED} lines come first, by ROI from high to low (ties: the higher lower end of the
 * interval, then the key); then the thin lines, flagged, in the same order; then those without cost, by key. Every
 * line carries its ROI interval ({@link FunnelReport#roi()}), so a reader sees how far apart two ranks really are;
 * {@link FunnelComparison} tests a difference.
 *
 * <pre>{@code
 * RoiRanking ranking = funnel.rankByRoi();              // or RoiRanking.of(funnel.byTier())
 * ranking.ranked();  ranking.thin();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RoiRanking {

  private static final Comparator<RoiRank> BY_ROI = Comparator
      .comparingDouble((RoiRank r) -> r.roi().map(Estimate::value).orElse(Double.NEGATIVE_INFINITY)).reversed()
      .thenComparing(Comparator.comparingDouble(
          (RoiRank r) -> r.roi().map(Estimate::lower).orElse(Double.NEGATIVE_INFINITY)).reversed())
      .thenComparing(RoiRank::key);

  private final ImmutableList<RoiRank> entries;

  private RoiRanking(List<RoiRank> entries) {
    this.entries = ImmutableList.copyOf(entries);
  }

  /**
   * Ranks some reports.
   *
   * @param reports key (content id, tier, …) to report, not null
   * @return the ranking
   */
  public static RoiRanking of(Map<String, FunnelReport> reports) {
    checkNotNull(reports, "reports");
    List<RoiRank> ranked = new ArrayList<>();
    List<RoiRank> thin = new ArrayList<>();
    List<RoiRank> free = new ArrayList<>();
    reports.forEach((key, report) -> {
      checkNotNull(key, "key");
      checkNotNull(report, "the report of %s", key);
      RoiRank.Standing s = report.roi().isEmpty() ? RoiRank.Standing.NO_COST
          : isThin(report) ? RoiRank.Standing.THIN : RoiRank.Standing.RANKED;
      RoiRank line = ImmutableRoiRank.builder().key(key).report(report).standing(s).rank(OptionalInt.empty()).build();
      (s == RoiRank.Standing.RANKED ? ranked : s == RoiRank.Standing.THIN ? thin : free).add(line);
    });
    ranked.sort(BY_ROI);
    thin.sort(BY_ROI);
    free.sort(Comparator.comparing(RoiRank::key));
    List<RoiRank> all = new ArrayList<>(reports.size());
    for (int i = 0; i < ranked.size(); i++) {
      RoiRank r = ranked.get(i);
      all.add(ImmutableRoiRank.builder().key(r.key()).report(r.report()).standing(r.standing()).rank(i + 1).build());
    }
    all.addAll(thin);
    all.addAll(free);
    return new RoiRanking(all);
  }

  /**
   * Whether a report's data are too thin to rank: fewer than {@value RateDifference#MIN_EVENTS} orders, fewer than
   * {@value RateDifference#MIN_EVENTS} views without an order, or fewer than {@value RateDifference#MIN_TRIALS} views.
   *
   * @param report the report
   * @return true if thin
   */
  public static boolean isThin(FunnelReport report) {
    long orders = report.count(FunnelStage.Stage.ORDER);
    return orders < RateDifference.MIN_EVENTS || report.views() - orders < RateDifference.MIN_EVENTS
        || report.views() < RateDifference.MIN_TRIALS;
  }

  /**
   * Every line: ranked, then thin, then without cost.
   *
   * @return the lines
   */
  public List<RoiRank> entries() {
    return entries;
  }

  /**
   * The ranked lines, best first.
   *
   * @return the lines with a rank
   */
  public List<RoiRank> ranked() {
    return entries.stream().filter(r -> r.standing() == RoiRank.Standing.RANKED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The thin lines.
   *
   * @return the lines too thin to rank
   */
  public List<RoiRank> thin() {
    return entries.stream().filter(r -> r.standing() == RoiRank.Standing.THIN)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The ranking as JSON: per line the key, standing, rank, ROI with its interval, orders and cost.
   *
   * @return a JSON object {@code {"version": 1, "entries": [...]}}
   */
  public String toJson() {
    return FunnelJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoiRanking && ((RoiRanking) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    entries.forEach(e -> b.append(e).append('\n'));
    return b.toString();
  }
}
