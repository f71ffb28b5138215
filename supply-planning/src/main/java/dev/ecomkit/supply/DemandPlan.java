package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Demand per period for one product, and which periods are peaks (旺季: Double 11, 618 — from the retail calendar or
 * given), as {@link SupplierAllocator} splits it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DemandPlan {

  private final double[] demand;
  private final BitSet peaks;

  private DemandPlan(double[] demand, BitSet peaks) {
    this.demand = demand;
    this.peaks = peaks;
  }

  /**
   * A plan without peaks.
   *
   * @param demand units per period, each finite and 0 or more; at least one period
   * @return the plan
   * @throws SupplyException for no period or a bad value, naming the period
   */
  public static DemandPlan of(double... demand) {
    checkNotNull(demand, "demand");
    if (demand.length == 0) {
      throw new SupplyException("demand", "a demand plan needs at least one period");
    }
    for (int t = 0; t < demand.length; t++) {
      if (!(demand[t] >= 0) || !Double.isFinite(demand[t])) {
        throw new SupplyException("demand", "period " + t + ": demand must be a finite amount, 0 or more, got "
            + demand[t]);
      }
    }
    return new DemandPlan(demand.clone(), new BitSet());
  }

  /**
   * This plan with some periods marked as peaks, where surge capacity may be used.
   *
   * @param periods period indexes, 0 to periods − 1
   * @return a new plan
   * @throws SupplyException for a period outside the plan
   */
  public DemandPlan withPeaks(int... periods) {
    BitSet p = (BitSet) peaks.clone();
    for (int t : checkNotNull(periods, "periods")) {
      if (t < 0 || t >= demand.length) {
        throw new SupplyException("periods", "peak period " + t + " is outside the plan's " + demand.length
            + " periods");
      }
      p.set(t);
    }
    return new DemandPlan(demand, p);
  }

  /** @return the number of periods */
  public int periods() {
    return demand.length;
  }

  /**
   * Demand in a period.
   *
   * @param period 0 to periods − 1
   * @return units
   */
  public double demand(int period) {
    return demand[period];
  }

  /**
   * Whether a period is a peak.
   *
   * @param period 0 to periods − 1
   * @return true for a peak
   */
  public boolean isPeak(int period) {
    return peaks.get(period);
  }

  @Override
  public String toString() {
    return "DemandPlan" + Arrays.toString(demand) + " peaks " + peaks;
  }
}
