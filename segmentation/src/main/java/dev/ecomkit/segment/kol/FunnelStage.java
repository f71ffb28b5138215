package dev.ecomkit.segment.kol;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of the conversion funnel (转化漏斗): how many users reached it, the step conversion from the stage before
 * with its Wilson interval, and the drop-off.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FunnelStage {

  /**
   * The stages, in order.
   *
   * @since 0.1
   */
  public enum Stage {
    /** Views of the content. */
    VIEW,
    /** Link clicks. */
    CLICK,
    /** Adds to cart. */
    ADD_TO_CART,
    /** Orders. */
    ORDER,
    /** Repeat orders. */
    REPURCHASE
  }

  FunnelStage() {}

  static FunnelStage of(Stage stage, long count, long previous, long views) {
    ImmutableFunnelStage.Builder b = ImmutableFunnelStage.builder().stage(stage).count(count)
        .fromViews(Rate.of(count, views));
    if (stage != Stage.VIEW) {
      b.step(Rate.of(count, previous));
    }
    return b.build();
  }

  /**
   * Which stage.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * Users who reached it.
   *
   * @return the count
   */
  public abstract long count();

  /**
   * The step conversion: this stage's count over the previous stage's.
   *
   * @return the rate, or empty for {@link Stage#VIEW}
   */
  public abstract Optional<Rate> step();

  /**
   * The share of views that reached this stage.
   *
   * @return the rate
   */
  public abstract Rate fromViews();

  /**
   * The share of the previous stage's users lost at this step, 1 − {@link #step()}; 0 for {@link Stage#VIEW} and
   * when the previous stage is empty.
   *
   * @return in [0, 1]
   */
  public double dropOff() {
    return step().map(r -> r.trials() == 0 ? 0 : 1 - r.value()).orElse(0.0);
  }

  @Override
  public String toString() {
    return stage() + " " + count() + step().map(r -> " (step " + r + ")").orElse("");
  }
}
