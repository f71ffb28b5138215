package dev.ecomkit.supply;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A {@link ReorderPlanner}'s plan at several smoothing factors side by side (平滑系数权衡表): per Ti, the bullwhip
 * passed upstream against the safety stock and holding cost it takes to keep the service level.
 * {@link #toString()} is the table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SmoothingTradeOff {

  SmoothingTradeOff() {}

  /**
   * The rows, in the order the factors were given.
   *
   * @return one per smoothing factor
   * @since 0.1
   */
  public abstract List<SmoothingOption> rows();

  /**
   * The row of least total cost per period (holding plus backorder); on a tie the smaller Ti, which smooths less.
   * The cost of order variability upstream is not in it: read the bullwhip column for that.
   *
   * @return the cheapest row
   * @since 0.1
   */
  public SmoothingOption cheapest() {
    return rows().stream()
        .min(Comparator.comparingDouble(SmoothingOption::totalCost).thenComparingDouble(SmoothingOption::smoothing))
        .orElseThrow();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%8s %10s %10s %8s %13s %13s%n", "Ti",
        "bullwhip", "order sd", "NSAmp", "safety stock", "holding cost"));
    for (SmoothingOption o : rows()) {
      sb.append(String.format(Locale.ROOT, "%8.2f %10.3f %10.1f %8.3f %13.1f %13.2f%n", o.smoothing(), o.bullwhip(),
          o.orderStandardDeviation(), o.netStockAmplification(), o.safetyStock(), o.holdingCost()));
    }
    return sb.toString();
  }
}
