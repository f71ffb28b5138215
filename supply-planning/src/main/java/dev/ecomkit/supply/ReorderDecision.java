package dev.ecomkit.supply;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * One period's order from a {@link ReorderPlanner} (补货决策): the quantity, the gaps it closes a fraction of, and
 * what the smoothing behind it costs per period.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReorderDecision {

  ReorderDecision() {}

  /**
   * The quantity to order, never below 0.
   *
   * @return {@code max(0, unconstrained())}
   * @since 0.1
   */
  public abstract double quantity();

  /**
   * The policy's order before it is cut at 0; negative means the stock is so far above target that the linear
   * policy would return goods.
   *
   * @return forecast + (stock gap + pipeline gap)/Ti
   * @since 0.1
   */
  public abstract double unconstrained();

  /**
   * The forecast the order was made with.
   *
   * @return demand per period
   * @since 0.1
   */
  public abstract double forecast();

  /**
   * The safety stock (the target net stock) less the net stock: positive when short of target.
   *
   * @return the stock gap
   * @since 0.1
   */
  public abstract double stockGap();

  /**
   * The target pipeline (Tp periods of forecast) less the goods on order.
   *
   * @return the pipeline gap
   * @since 0.1
   */
  public abstract double pipelineGap();

  /**
   * What the planner's smoothing does per period: bullwhip, safety stock, costs.
   *
   * @return the evaluation
   * @since 0.1
   */
  public abstract SmoothingOption costs();

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "order %.1f (forecast %.1f, stock gap %.1f, pipeline gap %.1f, Ti %s)",
        quantity(), forecast(), stockGap(), pipelineGap(), costs().smoothing());
  }
}
