package dev.ecomkit.supply;

import java.util.Locale;

/**
 * The inputs every cost-optimal policy shares — demand per period, the lead time, the holding cost {@code h} and the
 * stockout (backorder) cost {@code p} per unit per period, the fixed cost {@code K} per order — checked once, with a
 * {@link SupplyException} naming the builder method of the first one missing or out of range.
 *
 * <p>Immutable and thread-safe.
 */
final class CostInputs {

  final Demand demand;
  final LeadTime leadTime;
  final double h;
  final double p;
  final double k;

  private CostInputs(Demand demand, LeadTime leadTime, double h, double p, double k) {
    this.demand = demand;
    this.leadTime = leadTime;
    this.h = h;
    this.p = p;
    this.k = k;
  }

  /** Checks the builder's fields ({@code null} or NaN: not given) and returns them. */
  static CostInputs of(Demand demand, LeadTime leadTime, Double h, Double p, Double k) {
    required("demand", demand);
    required("leadTime", leadTime);
    required("holdingCost", h);
    required("stockoutCost", p);
    required("orderCost", k);
    SupplyException.positive("holdingCost", h);
    SupplyException.positive("stockoutCost", p);
    SupplyException.atLeast("orderCost", k, 0);
    if (!(demand.mean() > 0)) {
      throw new SupplyException("demand", "mean demand is 0: a cost-optimal policy has nothing to replenish");
    }
    return new CostInputs(demand, leadTime, h, p, k);
  }

  private static void required(String name, Object value) {
    if (value == null) {
      throw new SupplyException(name, name + " must be given (builder method " + name + "(…))");
    }
  }

  /** The newsvendor cost {@code g_nv(y) = h·E[(y − D)⁺] + p·E[(D − y)⁺] = h(y − μ) + (h + p)·n(y)} of level y. */
  double newsvendorCost(Distribution d, double y) {
    return h * (y - d.mean()) + (h + p) * d.loss(y);
  }

  /** The critical fractile {@code p/(p + h)}. */
  double criticalRatio() {
    return SupplyException.criticalRatio(h, p);
  }

  /** {@code "(h 0.225, p 7.5, K 8)"}. */
  String costs() {
    return "(h " + format(h) + ", p " + format(p) + ", K " + format(k) + ")";
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.10g", v).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
  }

  /** Checks that {@code value} is a whole number when {@code discrete}; returns it. */
  static double whole(String argument, double value, boolean discrete, Demand demand) {
    if (discrete && value != Math.rint(value)) {
      throw new SupplyException(argument, argument + " must be a whole number for " + demand.kind()
          + " demand, got " + value);
    }
    return value;
  }
}
