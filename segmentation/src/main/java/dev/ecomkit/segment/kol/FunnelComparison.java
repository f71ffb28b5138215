package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.ecomkit.segment.SegmentException;
import org.immutables.value.Value;

/**
 * Two funnels side by side — two pieces of content, two tiers, two platforms ({@code a} against {@code b}): each
 * rate's difference {@code a − b} with Newcombe's 95 % interval and a verdict that says when the data are too thin
 * to call ({@link RateDifference}, its minimum-sample rule).
 *
 * <pre>{@code
 * Map<String, FunnelReport> tiers = funnel.byTier();
 * FunnelComparison c = FunnelComparison.of(tiers.get("waist"), tiers.get("amateur"));
 * c.fromViews(FunnelStage.Stage.ORDER).verdict();   // A_HIGHER, B_HIGHER, NO_CLEAR_DIFFERENCE or TOO_THIN
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FunnelComparison {

  FunnelComparison() {}

  /**
   * Compares two funnels.
   *
   * @param a the first
   * @param b the second
   * @return the comparison
   */
  public static FunnelComparison of(FunnelReport a, FunnelReport b) {
    return ImmutableFunnelComparison.builder().a(checkNotNull(a, "a")).b(checkNotNull(b, "b")).build();
  }

  /** @return the first funnel */
  public abstract FunnelReport a();

  /** @return the second funnel */
  public abstract FunnelReport b();

  /** @return the completion rates' difference */
  public RateDifference completionRate() {
    return RateDifference.of(a().completionRate(), b().completionRate());
  }

  /** @return the engagement rates' difference */
  public RateDifference engagementRate() {
    return RateDifference.of(a().engagementRate(), b().engagementRate());
  }

  /** @return the click rates' difference */
  public RateDifference clickRate() {
    return RateDifference.of(a().clickRate(), b().clickRate());
  }

  /**
   * The difference of a stage's step conversion (from the stage before).
   *
   * @param stage a stage after views
   * @return the difference
   * @throws SegmentException for {@link FunnelStage.Stage#VIEW}, which has no step
   */
  public RateDifference step(FunnelStage.Stage stage) {
    checkNotNull(stage, "stage");
    if (stage == FunnelStage.Stage.VIEW) {
      throw new SegmentException("stage", "views are the first stage and have no step conversion");
    }
    return RateDifference.of(a().stages().get(stage.ordinal()).step().orElseThrow(),
        b().stages().get(stage.ordinal()).step().orElseThrow());
  }

  /**
   * The difference of a stage's conversion from views (orders per view for {@link FunnelStage.Stage#ORDER}).
   *
   * @param stage the stage
   * @return the difference
   */
  public RateDifference fromViews(FunnelStage.Stage stage) {
    checkNotNull(stage, "stage");
    return RateDifference.of(a().stages().get(stage.ordinal()).fromViews(),
        b().stages().get(stage.ordinal()).fromViews());
  }
}
