package dev.ecomkit.supply;

import java.util.List;
import java.util.Locale;

/**
 * Demand over a protection interval — the lead time plus a review period — from demand per period and the lead time.
 *
 * <ul>
 *   <li>Normal demand: normal with mean {@code d̄·(L̄ + R)} and variance {@code (L̄ + R)·σ_d² + d̄²·σ_L²}
 *       (Silver, Pyke &amp; Peterson, 3rd ed., §7.12; Chopra &amp; Meindl, §12.2).
 *   <li>Poisson {@code λ} over {@code t} periods: Poisson {@code λt}; negative binomial {@code (r, p)} over {@code t}
 *       periods: negative binomial {@code (rt, p)} (sums of independent periods; Johnson, Kemp &amp; Kotz, §5.1).
 *       With a random lead time, the mixture over its values: the observed ones of an empirical lead time (exact), or
 *       a normal lead time in 96 cells over {@code L̄ ± 8.5σ_L}, each at its conditional mean (so the mixture keeps
 *       the lead time's mean; probability below 0 is placed at 0, with a note).
 *   <li>Empirical demand: one period as observed; whole-valued observations over whole numbers of periods by exact
 *       convolution (a normal lead time discretised to whole periods, noted); otherwise a normal distribution with
 *       the observed mean and standard deviation, with a note.
 * </ul>
 */
final class ProtectionDemand {

  /** How far out a normal lead time is discretised, in its standard deviations. */
  private static final double LEAD_TIME_SPREAD = 8.5;

  private ProtectionDemand() {}

  /**
   * Demand over {@code leadTime + reviewPeriods}.
   *
   * @param notes receives a note for every approximation made
   */
  static Distribution over(Demand demand, LeadTime leadTime, double reviewPeriods, List<String> notes) {
    double periods = leadTime.mean() + reviewPeriods;
    switch (demand.kind()) {
      case NORMAL:
        return normal(demand, leadTime, reviewPeriods);
      case POISSON:
      case NEGATIVE_BINOMIAL:
        return mixture(demand, leadTime, reviewPeriods, false, notes);
      case EMPIRICAL:
      default:
        double[] values = demand.observedOrNull();
        if (periods == 1 && leadTime.isFixed()) {
          return wholeValued(values) ? wholeEmpirical(values)
              : new SampleDistribution(values, demand.mean(), demand.standardDeviation());
        }
        if (wholeValued(values) && wholePeriods(leadTime, reviewPeriods)) {
          return mixture(demand, leadTime, reviewPeriods, true, notes);
        }
        notes.add(String.format(Locale.ROOT, "demand over %.4g periods approximated by a normal distribution with the "
            + "observed mean and standard deviation (exact convolution needs whole-unit observations and whole "
            + "periods)", periods));
        return normal(demand, leadTime, reviewPeriods);
    }
  }

  private static Distribution normal(Demand demand, LeadTime leadTime, double reviewPeriods) {
    double t = leadTime.mean() + reviewPeriods;
    return new NormalDistribution(demand.mean() * t, LeadTime.demandStandardDeviation(t, demand.standardDeviation(),
        demand.mean(), leadTime.standardDeviation()));
  }

  /** Demand over a fixed number of periods, for a discrete kind. */
  private static LatticeDistribution overPeriods(Demand demand, double periods, LatticeDistribution onePeriod) {
    switch (demand.kind()) {
      case POISSON:
        return LatticeDistribution.poisson(demand.mean() * periods);
      case NEGATIVE_BINOMIAL:
        double v = demand.standardDeviation() * demand.standardDeviation();
        double m = demand.mean();
        return LatticeDistribution.negativeBinomial(m * m / (v - m) * periods, m / v);
      default:
        return LatticeDistribution.sumOf(onePeriod, (int) periods);
    }
  }

  private static Distribution mixture(Demand demand, LeadTime leadTime, double reviewPeriods, boolean empirical,
      List<String> notes) {
    LatticeDistribution onePeriod = empirical ? wholeEmpirical(demand.observedOrNull()) : null;
    double[] observed = leadTime.observedOrNull();
    if (leadTime.isFixed()) {
      return overPeriods(demand, leadTime.mean() + reviewPeriods, onePeriod);
    }
    double[] lengths;
    double[] weights;
    if (observed != null) {
      int distinct = 1;
      for (int i = 1; i < observed.length; i++) {
        distinct += observed[i] != observed[i - 1] ? 1 : 0;
      }
      lengths = new double[distinct];
      weights = new double[distinct];
      int k = -1;
      for (int i = 0; i < observed.length; i++) {
        if (i == 0 || observed[i] != observed[i - 1]) {
          lengths[++k] = observed[i];
        }
        weights[k] += 1.0 / observed.length;
      }
    } else if (empirical) {
      // convolution needs whole periods: cells of one period around each whole number
      double m = leadTime.mean();
      double s = leadTime.standardDeviation();
      long lo = Math.max(0, (long) Math.floor(m - LEAD_TIME_SPREAD * s));
      long hi = (long) Math.ceil(m + LEAD_TIME_SPREAD * s);
      LatticeDistribution.checkSupport(hi - lo + 1);
      int n = (int) (hi - lo + 1);
      lengths = new double[n];
      weights = new double[n];
      for (int i = 0; i < n; i++) {
        long l = lo + i;
        lengths[i] = l;
        weights[i] = StandardNormal.cdf((l + 0.5 - m) / s) - (l == 0 ? 0 : StandardNormal.cdf((l - 0.5 - m) / s));
      }
      normalise(weights);
      notes.add(String.format(Locale.ROOT, "normal lead time (mean %.4g, sd %.4g) discretised to whole periods for "
          + "the convolution of observed demand", m, s));
    } else {
      double[][] cells = leadTimeCells(leadTime.mean(), leadTime.standardDeviation(), notes);
      lengths = cells[0];
      weights = cells[1];
    }
    LatticeDistribution[] parts = new LatticeDistribution[lengths.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = overPeriods(demand, lengths[i] + reviewPeriods, onePeriod);
    }
    return LatticeDistribution.mixture(weights, parts);
  }

  /** Cells of a normal lead time for Poisson and negative binomial demand, which take any length. */
  private static final int LEAD_TIME_CELLS = 96;

  /**
   * A normal lead time {@code N(m, s²)} as a mixture over {@link #LEAD_TIME_CELLS} equal-width cells spanning
   * {@code m ± 8.5s}: each cell's probability, placed at the cell's conditional mean
   * {@code m + s·(φ(a) − φ(b))/(Φ(b) − Φ(a))}, so the mixture has exactly the lead time's mean. A lead time cannot be
   * negative: the probability below 0 is placed at 0 (and noted when it is not negligible).
   */
  private static double[][] leadTimeCells(double m, double s, List<String> notes) {
    double lo = Math.max(0, m - LEAD_TIME_SPREAD * s);
    double hi = m + LEAD_TIME_SPREAD * s;
    double below = StandardNormal.cdf(-m / s);
    int n = LEAD_TIME_CELLS + 1;
    double[] lengths = new double[n];
    double[] weights = new double[n];
    lengths[0] = 0;
    weights[0] = lo == 0 ? below : 0;
    double width = (hi - lo) / LEAD_TIME_CELLS;
    for (int j = 0; j < LEAD_TIME_CELLS; j++) {
      double a = (lo + j * width - m) / s;
      double b = (lo + (j + 1) * width - m) / s;
      double p = StandardNormal.cdf(b) - StandardNormal.cdf(a);
      weights[j + 1] = p;
      lengths[j + 1] = p > 0 ? Math.max(0, m + s * (StandardNormal.pdf(a) - StandardNormal.pdf(b)) / p)
          : lo + (j + 0.5) * width;
    }
    normalise(weights);
    if (below > 1e-6) {
      notes.add(String.format(Locale.ROOT, "the normal lead time (mean %.4g, sd %.4g) puts %.3g of its probability "
          + "below 0; counted as 0, which raises its mean", m, s, below));
    }
    return new double[][] {lengths, weights};
  }

  private static void normalise(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
  }

  static LatticeDistribution wholeEmpirical(double[] sorted) {
    long lo = (long) sorted[0];
    long hi = (long) sorted[sorted.length - 1];
    LatticeDistribution.checkSupport(hi - lo + 1);
    double[] counts = new double[(int) (hi - lo + 1)];
    for (double v : sorted) {
      counts[(int) ((long) v - lo)]++;
    }
    return LatticeDistribution.of(lo, counts);
  }

  private static boolean wholeValued(double[] values) {
    for (double v : values) {
      if (v != Math.rint(v) || v > 1e15) {
        return false;
      }
    }
    return true;
  }

  private static boolean wholePeriods(LeadTime leadTime, double reviewPeriods) {
    if (reviewPeriods != Math.rint(reviewPeriods)) {
      return false;
    }
    double[] observed = leadTime.observedOrNull();
    if (observed != null) {
      return wholeValued(observed);
    }
    return !leadTime.isFixed() || leadTime.mean() == Math.rint(leadTime.mean());
  }
}
