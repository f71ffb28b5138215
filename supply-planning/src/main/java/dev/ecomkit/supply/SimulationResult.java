package dev.ecomkit.supply;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link SupplyChainSimulation} run: per stage, from the one nearest the customer up, its bullwhip,
 * swing, fill rate and inventory, and the series behind them. {@link #toString()} is the table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SimulationResult {

  private final long seed;
  private final double endDemandSwing;
  private final ImmutableList<EchelonResult> echelons;
  private final double[] endDemand;
  private final double[][] orders;

  SimulationResult(long seed, double endDemandSwing, List<EchelonResult> echelons, double[] endDemand,
      double[][] orders) {
    this.seed = seed;
    this.endDemandSwing = endDemandSwing;
    this.echelons = ImmutableList.copyOf(echelons);
    this.endDemand = endDemand;
    this.orders = orders;
  }

  /**
   * The seed of the run (irrelevant when the demand was a given series).
   *
   * @return the seed
   * @since 0.1
   */
  public long seed() {
    return seed;
  }

  /**
   * How much end demand swings over the measured periods: its standard deviation over its mean.
   *
   * @return the coefficient of variation
   * @since 0.1
   */
  public double endDemandSwing() {
    return endDemandSwing;
  }

  /**
   * The stages, nearest the customer first.
   *
   * @return one result per echelon
   * @since 0.1
   */
  public List<EchelonResult> echelons() {
    return echelons;
  }

  /**
   * One stage's result by name.
   *
   * @param name an echelon's name
   * @return its result
   * @throws SupplyException if there is no such echelon
   * @since 0.1
   */
  public EchelonResult echelon(String name) {
    return echelons.get(index(name));
  }

  /**
   * End demand over the measured periods.
   *
   * @return a copy
   * @since 0.1
   */
  public double[] endDemand() {
    return endDemand.clone();
  }

  /**
   * One stage's orders over the measured periods, e.g. for {@link Bullwhip#ratio} with an interval.
   *
   * @param name an echelon's name
   * @return a copy, one order a period
   * @throws SupplyException if there is no such echelon
   * @since 0.1
   */
  public double[] orders(String name) {
    return orders[index(name)].clone();
  }

  /**
   * One stage's own bullwhip with a 95 % interval: its orders against the demand it saw (end demand for the first
   * stage, the orders of the stage below for the others), by {@link Bullwhip#ratio}'s moving-block bootstrap. The
   * bootstrap takes 2,000 resamples: about a second for a million periods.
   *
   * @param name an echelon's name
   * @return the ratio with its interval
   * @throws SupplyException if there is no such echelon, or the demand it saw did not vary
   * @since 0.1
   */
  public BullwhipRatio bullwhipInterval(String name) {
    int i = index(name);
    return Bullwhip.ratio(orders[i], i == 0 ? endDemand : orders[i - 1]);
  }

  private int index(String name) {
    for (int i = 0; i < echelons.size(); i++) {
      if (echelons.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new SupplyException("name", "no echelon named '" + name + "'; the echelons are "
        + echelons.stream().map(EchelonResult::name).toList());
  }

  @Override
  public String toString() {
    int width = Math.max(12, echelons.stream().mapToInt(e -> e.name().length()).max().orElse(0));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "end demand swing %.1f %% over %d periods%n%-" + width + "s %9s %11s %12s %10s %10s %11s %10s%n",
        100 * endDemandSwing, endDemand.length, "echelon", "bullwhip", "cumulative", "order swing", "fill rate",
        "on hand", "backorders", "cost"));
    for (EchelonResult e : echelons) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s %9.2f %11.2f %11.1f%% %9.1f%% %10.1f %11.1f %10.2f%n",
          e.name(), e.bullwhip(), e.cumulativeBullwhip(), 100 * e.orderSwing(), 100 * e.fillRate(),
          e.averageOnHand(), e.averageBackorders(), e.inventoryCost()));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimulationResult r && seed == r.seed && echelons.equals(r.echelons)
        && Arrays.equals(endDemand, r.endDemand) && Arrays.deepEquals(orders, r.orders);
  }

  @Override
  public int hashCode() {
    return echelons.hashCode() * 31 + Arrays.hashCode(endDemand);
  }
}
