package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A serial supply chain in simulation (牛鞭效应模拟, seed 001 §2): end demand reaches the first {@link Echelon}
 * (the retailer), each stage's orders are the demand of the next (distributor, manufacturer, supplier …), and each
 * forecasts, waits out its lead time and orders by its own policy. The result shows how a swing in end demand grows
 * on its way up, and how the proportional order-up-to policy damps it at the cost of stock.
 *
 * <pre>{@code
 * SupplyChainSimulation chain = SupplyChainSimulation.builder()
 *     .demand(Demand.normal(100, 10)).periods(10_000)
 *     .echelon(Echelon.builder().name("retailer").leadTime(1).movingAverage(5).build())
 *     .echelon(Echelon.builder().name("distributor").leadTime(1).movingAverage(5).build())
 *     .build();
 * chain.run(42).echelon("retailer").bullwhip();   // ≈ 2.12 = 1 + 2·2/5 + 2·2²/5² (Chen et al. 2000, L = 2)
 * }</pre>
 *
 * <p>Assumptions, those of the bullwhip literature (Chen, Drezner, Ryan &amp; Simchi-Levi 2000; Disney &amp; Towill
 * 2003): one product; unmet demand is backordered; a stage's orders arrive after its lead time in full whatever the
 * stage above has in stock (so each stage's bullwhip is its own, and the stages multiply); by default an order may
 * be negative, an excess returned upstream, which keeps the system linear and the formulas exact — {@link
 * Builder#allowReturns(boolean) allowReturns(false)} cuts orders at 0 and counts the cuts. Normal draws below 0
 * count as no demand. Every stage starts in steady state (pipeline full with mean orders, forecast at the mean, net
 * stock at its starting value) and the first {@link Builder#warmUp} periods are not measured.
 *
 * <p>Cost: one pass over the periods per stage, O(periods × echelons) time; memory 8 bytes a period (warm-up
 * included) for each stage's order series kept in the result, plus three working series of the same length. The
 * builder refuses runs above {@value #MAX_VALUES} such values (about 320 MB).
 *
 * <p>Instances are immutable and thread-safe, and {@link #run} may be called from several threads; the {@link
 * Builder} is not.
 *
 * @since 0.1
 */
public final class SupplyChainSimulation {

  /** The most periods simulated in one run. */
  static final int MAX_PERIODS = 50_000_000;

  /** The most stages in a chain. */
  static final int MAX_ECHELONS = 64;

  /** The most values (periods × (stages + 3)) a run may hold. */
  static final long MAX_VALUES = 40_000_000;

  private final Demand demand;
  private final double[] series;
  private final int periods;
  private final int warmUp;
  private final boolean returns;
  private final List<Echelon> echelons;

  private SupplyChainSimulation(Builder b) {
    this.demand = b.demand;
    this.series = b.series;
    this.periods = series != null ? series.length - b.warmUp : b.periods;
    this.warmUp = b.warmUp;
    this.returns = b.returns;
    this.echelons = List.copyOf(b.echelons);
  }

  /**
   * A builder; demand (random or a series) and at least one echelon are required.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the chain.
   *
   * @param seed the seed of the random end demand; the same seed gives the same result
   * @return per echelon, nearest the customer first, what it did
   * @since 0.1
   */
  public SimulationResult run(long seed) {
    int total = periods + warmUp;
    double[] input = new double[total];
    double mean;
    if (series != null) {
      System.arraycopy(series, 0, input, 0, total);
      mean = mean(series, warmUp);
    } else {
      draw(demand, new SplittableRandom(seed), input);
      mean = demand.mean();
    }
    double[] endDemand = java.util.Arrays.copyOfRange(input, warmUp, total);
    double[] end = moments(input, warmUp, mean);
    double endVariance = end[1];
    double[] output = new double[total];
    double[][] orders = new double[echelons.size()][];
    List<EchelonResult> results = new ArrayList<>(echelons.size());
    for (int i = 0; i < echelons.size(); i++) {
      Echelon e = echelons.get(i);
      double[] stock = simulate(e, input, output, mean);
      double[] in = moments(input, warmUp, mean);
      double[] out = moments(output, warmUp, mean);
      orders[i] = java.util.Arrays.copyOfRange(output, warmUp, total);
      results.add(ImmutableEchelonResult.builder()
          .name(e.name)
          .bullwhip(ratio(out[1], in[1], 1))
          .cumulativeBullwhip(ratio(out[1], endVariance, 1))
          .demandSwing(ratio(Math.sqrt(in[1]), Math.abs(in[0]), 0))
          .orderSwing(ratio(Math.sqrt(out[1]), Math.abs(out[0]), 0))
          .fillRate(stock[2] > 0 ? stock[3] / stock[2] : 1)
          .averageOnHand(stock[0] / periods)
          .averageBackorders(stock[1] / periods)
          .inventoryCost((e.holdingCost * stock[0] + e.backorderCost * stock[1]) / periods)
          .ordersCutAtZero((int) stock[4])
          .build());
      double[] swap = input;
      input = output;
      output = swap;
    }
    return new SimulationResult(seed, ratio(Math.sqrt(end[1]), end[0], 0), results, endDemand, orders);
  }

  /** a/b for b above 0; for b = 0, {@code same} when a is 0 too and infinity otherwise (never NaN). */
  private static double ratio(double a, double b, double same) {
    if (b > 0) {
      return a / b;
    }
    return a > 0 ? Double.POSITIVE_INFINITY : same;
  }

  /**
   * One stage over all periods: demand in, orders out. Returns {Σ on hand, Σ backorders, Σ demand, Σ met from
   * stock, orders cut at 0}, the sums over the measured periods.
   */
  private double[] simulate(Echelon e, double[] demand, double[] orders, double mean) {
    int tp = e.leadTime;
    double[] ring = new double[tp + 1]; // orders placed in the last Tp + 1 periods, by period modulo Tp + 1
    java.util.Arrays.fill(ring, mean);
    double pipeline = (tp + 1) * mean;
    double netStock = e.startingNetStock;
    double forecast = mean;
    double[] window = e.method == Echelon.Method.MOVING_AVERAGE ? new double[e.p] : null;
    double windowSum = 0;
    if (window != null) {
      java.util.Arrays.fill(window, mean);
      windowSum = e.p * mean;
    }
    double gain = 1 / e.smoothing;
    double onHand = 0;
    double backorders = 0;
    double demanded = 0;
    double met = 0;
    int cut = 0;
    int slot = 0;
    int w = 0;
    for (int t = 0; t < demand.length; t++) {
      double d = demand[t];
      double arriving = ring[slot];
      double available = netStock + arriving; // backorders are served first from what arrives
      netStock = available - d;
      pipeline -= arriving;
      switch (e.method) {
        case MOVING_AVERAGE -> {
          windowSum += d - window[w];
          window[w] = d;
          w = w + 1 == window.length ? 0 : w + 1;
          forecast = windowSum / window.length;
        }
        case EXPONENTIAL_SMOOTHING -> forecast += e.alpha * (d - forecast);
        case KNOWN_MEAN -> { }
      }
      double order = forecast + (e.safetyStock - netStock + tp * forecast - pipeline) * gain;
      if (!returns && order < 0) {
        order = 0;
        if (t >= warmUp) {
          cut++;
        }
      }
      ring[slot] = order;
      pipeline += order;
      orders[t] = order;
      slot = slot == tp ? 0 : slot + 1;
      if (t >= warmUp) {
        if (netStock > 0) {
          onHand += netStock;
        } else {
          backorders -= netStock;
        }
        if (d > 0) {
          demanded += d;
          met += Math.min(d, Math.max(available, 0));
        }
      }
    }
    return new double[] {onHand, backorders, demanded, met, cut};
  }

  /** {mean, variance} of x[from…], shifted by {@code shift} against cancellation. */
  private static double[] moments(double[] x, int from, double shift) {
    double sum = 0;
    double squares = 0;
    for (int t = from; t < x.length; t++) {
      double v = x[t] - shift;
      sum += v;
      squares += v * v;
    }
    int n = x.length - from;
    double m = sum / n;
    return new double[] {shift + m, Math.max(0, squares / n - m * m)};
  }

  private static double mean(double[] x, int from) {
    double sum = 0;
    for (int t = from; t < x.length; t++) {
      sum += x[t];
    }
    return sum / (x.length - from);
  }

  private static void draw(Demand demand, SplittableRandom random, double[] out) {
    boolean normal = demand.kind() == Demand.Kind.NORMAL;
    double mu = demand.mean();
    double sigma = demand.standardDeviation();
    for (int t = 0; t < out.length; t++) {
      double v;
      if (normal) {
        v = mu + sigma * gaussian(random);
      } else {
        double u = random.nextDouble();
        v = demand.quantile(u == 0 ? Double.MIN_VALUE : u);
      }
      out[t] = Math.max(0, v);
    }
  }

  /** A standard normal draw by the inverse distribution function (Wichura's AS 241, to full precision). */
  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    return StandardNormal.quantile(u == 0 ? Double.MIN_VALUE : u);
  }

  /**
   * Builds a {@link SupplyChainSimulation}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Demand demand;
    private double[] series;
    private int periods = 10_000;
    private boolean periodsSet;
    private int warmUp = 200;
    private boolean returns = true;
    private final List<Echelon> echelons = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private Builder() {}

    /**
     * Random end demand per period, drawn from this distribution with the run's seed.
     *
     * @param demand the demand
     * @return this builder
     * @throws SupplyException if a demand series was given
     * @since 0.1
     */
    public Builder demand(Demand demand) {
      checkNotNull(demand, "demand");
      if (series != null) {
        throw new SupplyException("demand", "a demand series was given: give either demand or demandSeries");
      }
      this.demand = demand;
      return this;
    }

    /**
     * A given end-demand series; the warm-up periods are taken from its start.
     *
     * @param perPeriod each finite and at least 0; more than the warm-up
     * @return this builder
     * @throws SupplyException for a value that is negative or not finite, or if random demand was given
     * @since 0.1
     */
    public Builder demandSeries(double... perPeriod) {
      checkNotNull(perPeriod, "perPeriod");
      if (demand != null) {
        throw new SupplyException("demandSeries", "random demand was given: give either demand or demandSeries");
      }
      for (int t = 0; t < perPeriod.length; t++) {
        if (!(perPeriod[t] >= 0) || Double.isInfinite(perPeriod[t])) {
          throw new SupplyException("demandSeries", "period " + t + ": demand must be a finite number of at least "
              + "0, got " + perPeriod[t]);
        }
      }
      if (perPeriod.length > MAX_PERIODS) {
        throw new SupplyException("demandSeries", "at most " + MAX_PERIODS + " periods, got " + perPeriod.length);
      }
      this.series = perPeriod.clone();
      return this;
    }

    /**
     * The periods measured with random demand (after the warm-up); 10,000 by default.
     *
     * @param periods 2 to 50,000,000
     * @return this builder
     * @throws SupplyException if out of range
     * @since 0.1
     */
    public Builder periods(int periods) {
      if (periods < 2 || periods > MAX_PERIODS) {
        throw new SupplyException("periods", "periods must be 2 to " + MAX_PERIODS + ", got " + periods);
      }
      this.periods = periods;
      this.periodsSet = true;
      return this;
    }

    /**
     * The periods simulated first and not measured, while the start fades; 200 by default.
     *
     * @param periods 0 or more
     * @return this builder
     * @throws SupplyException if negative
     * @since 0.1
     */
    public Builder warmUp(int periods) {
      if (periods < 0 || periods > MAX_PERIODS) {
        throw new SupplyException("warmUp", "the warm-up must be 0 to " + MAX_PERIODS + " periods, got " + periods);
      }
      this.warmUp = periods;
      return this;
    }

    /**
     * Whether an order may be negative (an excess returned upstream, the assumption of the bullwhip formulas);
     * true by default. With false, such orders are sent as 0 and counted.
     *
     * @param allowed whether returns are allowed
     * @return this builder
     * @since 0.1
     */
    public Builder allowReturns(boolean allowed) {
      this.returns = allowed;
      return this;
    }

    /**
     * Adds the next stage up the chain: the first added sees end demand, each next one the orders of the one
     * before.
     *
     * @param echelon the stage
     * @return this builder
     * @throws SupplyException if a stage of that name was already added, or 64 were
     * @since 0.1
     */
    public Builder echelon(Echelon echelon) {
      checkNotNull(echelon, "echelon");
      if (echelons.size() == MAX_ECHELONS) {
        throw new SupplyException("echelon", "at most " + MAX_ECHELONS + " echelons in a chain");
      }
      if (!names.add(echelon.name)) {
        throw new SupplyException("echelon", "two echelons are named '" + echelon.name + "'");
      }
      echelons.add(echelon);
      return this;
    }

    /**
     * The simulation.
     *
     * @return a new simulation
     * @throws SupplyException if demand or echelons are missing, the series is no longer than the warm-up,
     *     periods were set with a series, or the run would hold more than 40 million values
     * @since 0.1
     */
    public SupplyChainSimulation build() {
      if (demand == null && series == null) {
        throw new SupplyException("demand", "give random demand(…) or a demandSeries(…)");
      }
      if (echelons.isEmpty()) {
        throw new SupplyException("echelon", "add at least one echelon");
      }
      if (series != null) {
        if (periodsSet) {
          throw new SupplyException("periods", "the demand series sets the periods");
        }
        if (series.length < warmUp + 2) {
          throw new SupplyException("demandSeries", "the series has " + series.length + " periods; the warm-up "
              + "takes " + warmUp + " and at least 2 must be measured");
        }
      } else if ((long) periods + warmUp > MAX_PERIODS) {
        throw new SupplyException("periods", "periods plus warm-up must be at most " + MAX_PERIODS);
      }
      long total = series != null ? series.length : (long) periods + warmUp;
      if (total * (echelons.size() + 3) > MAX_VALUES) {
        throw new SupplyException("periods", total + " periods × " + echelons.size() + " echelons would hold "
            + total * (echelons.size() + 3) + " values; at most " + MAX_VALUES + " (about 320 MB)");
      }
      return new SupplyChainSimulation(this);
    }
  }
}
