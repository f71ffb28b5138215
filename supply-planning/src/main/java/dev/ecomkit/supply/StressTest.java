package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "traffic doubles for 48 hours" stress test (压力测试, seed 000: if front-end traffic doubles, can inventory and
 * customer service hold for 48 hours?): every SKU's demand and every customer-service contact is multiplied, and the
 * report says whether the back end holds and where it breaks first.
 *
 * <pre>{@code
 * StressReport report = StressTest.builder()
 *     .sku("TB-01-M", 500, 6.0)            // stock, baseline units an hour
 *     .sku("TB-02-L", 120, 4.0)
 *     .inbound("TB-02-L", Duration.ofHours(20), 200)
 *     .contactsPerHour(30).handleTime(Duration.ofMinutes(4)).roster(6)
 *     .trafficMultiplier(2.0).horizon(Duration.ofHours(48))
 *     .build().run();
 * report.holds();                          // false
 * report.failedFirst(10);                  // TB-02-L out after 15.0 h, …
 * }</pre>
 *
 * <p><b>Inventory.</b> Per SKU, hour by hour: what arrives in an hour is on the shelf from the start of the next
 * whole hour (a shipment due in 20 h 10 min counts from hour 21); demand in an hour is its baseline (flat, or shaped
 * by {@link Builder#trafficProfile}, or the SKU's own hourly forecast) times the multiplier, spread evenly over the
 * hour (stock that covers it to a relative 1e-12 covers it, so rounding does not empty a shelf that exactly lasts);
 * demand that finds the shelf empty is short (lost or late) and is not served by later arrivals. The hours to
 * stock-out are when the shelf first empties with demand still coming, to a fraction of an hour. Demand is taken at
 * its expected value: a scenario, not a probability; put the forecast's upper quantile in as the baseline to test
 * a bad case.
 *
 * <p><b>Customer service.</b> Per hour, the contacts (baseline times the multiplier) with the average handle time
 * give the agents Erlang C needs to answer the target share within the target time (80 % in 20 s by default; see
 * {@link ErlangC}), against the roster; the hour's service level is what the roster gives.
 *
 * <p>Hourly series ({@link Builder#hourlyDemand}, {@link Builder#trafficProfile}, {@link Builder#contactsPerHour},
 * {@link Builder#roster}) have one value (every hour), 24 (a day, repeated; hour 0 is the start of the test) or at
 * least one per hour of the horizon.
 *
 * <p>Cost: O(SKUs × hours + inbound) time, columnar, with no object per SKU until a SKU is asked for.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class StressTest {

  /** The longest horizon, in hours (a year). */
  static final int MAX_HOURS = 8_760;

  /** The largest roster, and the largest offered load in Erlangs, that the staffing part sizes. */
  static final int MAX_AGENTS = 10_000;

  private final String[] ids;
  private final double[] stock;
  private final double[] baseline;
  private final double[][] ownSeries;
  private final int[] inboundStart;
  private final int[] inboundHour;
  private final double[] inboundUnits;
  private final double[] profile;
  private final double multiplier;
  private final int hours;
  private final double[] contacts;
  private final int[] roster;
  private final Duration handleTime;
  private final double answerShare;
  private final Duration answerWithin;

  private StressTest(Builder b, int hours) {
    int n = b.count;
    this.ids = Arrays.copyOf(b.ids, n);
    this.stock = Arrays.copyOf(b.stock, n);
    this.baseline = Arrays.copyOf(b.baseline, n);
    this.ownSeries = new double[n][];
    b.series.forEach((i, s) -> ownSeries[i] = s);
    this.hours = hours;
    // inbound grouped by SKU (compressed rows), in arrival order within a SKU
    int m = b.inbound.size();
    this.inboundStart = new int[n + 1];
    for (long[] in : b.inbound) {
      inboundStart[(int) in[0] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inboundStart[i + 1] += inboundStart[i];
    }
    this.inboundHour = new int[m];
    this.inboundUnits = new double[m];
    int[] next = Arrays.copyOf(inboundStart, n);
    List<long[]> sorted = new ArrayList<>(b.inbound);
    sorted.sort((x, y) -> Long.compare(x[1], y[1]));
    for (long[] in : sorted) {
      int k = next[(int) in[0]]++;
      inboundHour[k] = (int) in[1];
      inboundUnits[k] = Double.longBitsToDouble(in[2]);
    }
    this.profile = normalised(b.profile);
    this.multiplier = b.multiplier;
    this.contacts = b.contacts;
    this.roster = b.roster;
    this.handleTime = b.handleTime;
    this.answerShare = b.answerShare;
    this.answerWithin = b.answerWithin;
  }

  /** Weights scaled to average 1, so a flat baseline keeps its daily total. */
  private static double[] normalised(double[] weights) {
    if (weights == null) {
      return null;
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] out = new double[weights.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights[i] * weights.length / sum;
    }
    return out;
  }

  /**
   * A builder; at least one SKU is required.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the test.
   *
   * @return per SKU the hours to stock-out and the units short, and per hour the staffing
   * @since 0.1
   */
  public StressReport run() {
    int n = ids.length;
    double[] out = new double[n];
    double[] shortUnits = new double[n];
    double[] demanded = new double[n];
    double[] rate = new double[hours];
    double[] shape = new double[hours]; // the multiplier times the profile, per hour
    for (int h = 0; h < hours; h++) {
      shape[h] = multiplier * (profile != null ? at(profile, h) : 1);
    }
    for (int i = 0; i < n; i++) {
      double[] own = ownSeries[i];
      if (own != null) {
        for (int h = 0; h < hours; h++) {
          rate[h] = multiplier * at(own, h);
        }
      } else {
        double base = baseline[i];
        for (int h = 0; h < hours; h++) {
          rate[h] = base * shape[h];
        }
      }
      double onHand = stock[i];
      double firstOut = Double.POSITIVE_INFINITY;
      double lost = 0;
      double total = 0;
      int k = inboundStart[i];
      int end = inboundStart[i + 1];
      for (int h = 0; h < hours; h++) {
        while (k < end && inboundHour[k] <= h) {
          onHand += inboundUnits[k++];
        }
        double r = rate[h];
        total += r;
        if (onHand >= r * (1 - 1e-12)) {
          // a relative tolerance: stock that covers demand exactly must not run out by rounding
          onHand = Math.max(0, onHand - r);
        } else {
          if (firstOut == Double.POSITIVE_INFINITY) {
            firstOut = h + onHand / r;
          }
          lost += r - onHand;
          onHand = 0;
        }
      }
      out[i] = firstOut;
      shortUnits[i] = lost;
      demanded[i] = total;
    }
    List<StaffingHour> staffing = new ArrayList<>();
    if (contacts != null) {
      Map<Double, Integer> needed = new HashMap<>(); // the hourly series repeat: one Erlang C search a value
      for (int h = 0; h < hours; h++) {
        double c = multiplier * at(contacts, h);
        int rostered = roster[hourIndex(roster.length, h)];
        int agents = c == 0 ? 0 : needed.computeIfAbsent(c, x -> ErlangC.agentsFor(x, handleTime, answerShare,
            answerWithin));
        staffing.add(ImmutableStaffingHour.builder().hour(h).contacts(c)
            .agentsNeeded(agents)
            .agentsRostered(rostered)
            .serviceLevel(c == 0 ? 1 : rostered == 0 ? 0 : ErlangC.serviceLevel(c, handleTime, rostered,
                answerWithin))
            .build());
      }
    }
    return new StressReport(ids, stock, out, shortUnits, demanded, staffing, multiplier, hours);
  }

  /** The series' value at hour h: one value for all, a day repeated, or one per hour. */
  private static double at(double[] series, int h) {
    return series[hourIndex(series.length, h)];
  }

  /** Where hour h is in an hourly series of this length: 1 value for all, 24 a day repeated, else one per hour. */
  private static int hourIndex(int length, int h) {
    return length == 1 ? 0 : length == 24 ? h % 24 : h;
  }

  /**
   * Builds a {@link StressTest}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String[] ids = new String[16];
    private double[] stock = new double[16];
    private double[] baseline = new double[16];
    private int count;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Integer, double[]> series = new HashMap<>();
    private final List<long[]> inbound = new ArrayList<>();
    private double[] profile;
    private double multiplier = 2.0;
    private Duration horizon = Duration.ofHours(48);
    private double[] contacts;
    private int[] roster;
    private Duration handleTime;
    private double answerShare = 0.8;
    private Duration answerWithin = Duration.ofSeconds(20);

    private Builder() {}

    /**
     * Adds a SKU with its stock and baseline demand an hour (before the multiplier).
     *
     * @param id the SKU, unique
     * @param stock units on hand at the start, 0 or more
     * @param hourlyDemand units an hour on a normal day, 0 or more; shaped by {@link #trafficProfile} if given
     * @return this builder
     * @throws SupplyException for a repeated SKU or a value that is negative or not finite
     * @since 0.1
     */
    public Builder sku(String id, double stock, double hourlyDemand) {
      checkNotNull(id, "id");
      SupplyException.atLeast("stock", stock, 0);
      SupplyException.atLeast("hourlyDemand", hourlyDemand, 0);
      if (index.putIfAbsent(id, count) != null) {
        throw new SupplyException("id", "SKU " + id + " was already added");
      }
      if (count == ids.length) {
        int grown = count * 2;
        ids = Arrays.copyOf(ids, grown);
        this.stock = Arrays.copyOf(this.stock, grown);
        baseline = Arrays.copyOf(baseline, grown);
      }
      ids[count] = id;
      this.stock[count] = stock;
      baseline[count] = hourlyDemand;
      count++;
      return this;
    }

    /**
     * Adds a SKU with its stock and its own demand forecast an hour (before the multiplier): {@code sku(id, stock,
     * 0)} and {@link #hourlyDemand} in one call, which adds nothing when a value is bad.
     *
     * @param id the SKU, unique
     * @param stock units on hand at the start, 0 or more
     * @param hourlyForecast 1, 24 or at least one value per hour of the horizon, each 0 or more; copied
     * @return this builder
     * @throws SupplyException for a repeated SKU or a value that is negative or not finite (the series' length is
     *     checked against the horizon by {@link #build})
     * @since 0.1
     */
    public Builder sku(String id, double stock, double[] hourlyForecast) {
      checkNotNull(hourlyForecast, "hourlyForecast");
      double[] own = hourly("hourlyForecast", hourlyForecast);
      sku(id, stock, 0);
      series.put(count - 1, own);
      return this;
    }

    /**
     * The SKU's own demand forecast an hour (before the multiplier), in place of its flat baseline and the
     * profile.
     *
     * @param id a SKU already added
     * @param perHour 1, 24 or at least one value per hour of the horizon, each 0 or more
     * @return this builder
     * @throws SupplyException for an unknown SKU or a bad value
     * @since 0.1
     */
    public Builder hourlyDemand(String id, double... perHour) {
      series.put(sku(id), hourly("hourlyDemand", perHour));
      return this;
    }

    /**
     * Goods arriving for a SKU; on the shelf from the start of the next whole hour.
     *
     * @param id a SKU already added
     * @param after the time from the start of the test, 0 or more
     * @param units 0 or more
     * @return this builder
     * @throws SupplyException for an unknown SKU, a negative time or a bad quantity
     * @since 0.1
     */
    public Builder inbound(String id, Duration after, double units) {
      int i = sku(id);
      checkNotNull(after, "after");
      if (after.isNegative()) {
        throw new SupplyException("after", "an arrival must be 0 or more hours after the start, got " + after);
      }
      SupplyException.atLeast("units", units, 0);
      long hour = after.compareTo(Duration.ofHours(MAX_HOURS)) >= 0 ? MAX_HOURS + 1L
          : (after.getSeconds() + (after.getNano() > 0 ? 1 : 0) + 3_599) / 3_600; // beyond any horizon: never
      inbound.add(new long[] {i, hour, Double.doubleToRawLongBits(units)});
      return this;
    }

    private int sku(String id) {
      checkNotNull(id, "id");
      Integer i = index.get(id);
      if (i == null) {
        throw new SupplyException("id", "unknown SKU " + id + "; add it with sku(id, stock, hourlyDemand) first");
      }
      return i;
    }

    /**
     * The shape of a day's traffic: relative weights of the hours, scaled to average 1 (an evening peak, say),
     * applied to every flat baseline.
     *
     * @param weights 24 weights, each 0 or more, not all 0
     * @return this builder
     * @throws SupplyException for other than 24 weights or a bad one
     * @since 0.1
     */
    public Builder trafficProfile(double... weights) {
      checkNotNull(weights, "weights");
      if (weights.length != 24) {
        throw new SupplyException("weights", "a day's profile has 24 hourly weights, got " + weights.length);
      }
      double[] w = hourly("weights", weights);
      if (Arrays.stream(w).sum() <= 0) {
        throw new SupplyException("weights", "the weights are all 0");
      }
      this.profile = w;
      return this;
    }

    /**
     * How much traffic is multiplied; 2.0 by default.
     *
     * @param multiplier 0 or more
     * @return this builder
     * @throws SupplyException if negative or not finite
     * @since 0.1
     */
    public Builder trafficMultiplier(double multiplier) {
      this.multiplier = SupplyException.atLeast("multiplier", multiplier, 0);
      return this;
    }

    /**
     * How long the surge lasts; 48 hours by default.
     *
     * @param horizon whole hours, 1 to 8,760
     * @return this builder
     * @throws SupplyException if not whole hours or out of range
     * @since 0.1
     */
    public Builder horizon(Duration horizon) {
      checkNotNull(horizon, "horizon");
      if (horizon.isNegative() || horizon.isZero() || horizon.toHours() > MAX_HOURS
          || !horizon.equals(Duration.ofHours(horizon.toHours()))) {
        throw new SupplyException("horizon", "the horizon must be whole hours, 1 to " + MAX_HOURS + ", got "
            + horizon);
      }
      this.horizon = horizon;
      return this;
    }

    /**
     * Customer-service contacts an hour on a normal day (before the multiplier).
     *
     * @param perHour 1, 24 or at least one value per hour of the horizon, each 0 or more
     * @return this builder
     * @throws SupplyException for a bad value
     * @since 0.1
     */
    public Builder contactsPerHour(double... perHour) {
      this.contacts = hourly("contactsPerHour", perHour);
      return this;
    }

    /**
     * The average time an agent spends on a contact.
     *
     * @param handleTime positive
     * @return this builder
     * @throws SupplyException if not positive
     * @since 0.1
     */
    public Builder handleTime(Duration handleTime) {
      checkNotNull(handleTime, "handleTime");
      if (handleTime.isNegative() || handleTime.isZero()) {
        throw new SupplyException("handleTime", "the handle time must be positive, got " + handleTime);
      }
      this.handleTime = handleTime;
      return this;
    }

    /**
     * The answer target; 80 % within 20 seconds by default.
     *
     * @param share the share to answer in time, above 0 and below 1
     * @param within the time, 0 or more
     * @return this builder
     * @throws SupplyException for a bad share or a negative time
     * @since 0.1
     */
    public Builder answerTarget(double share, Duration within) {
      this.answerShare = SupplyException.probability("share", share);
      checkNotNull(within, "within");
      if (within.isNegative()) {
        throw new SupplyException("within", "the answer time must be 0 or more, got " + within);
      }
      this.answerWithin = within;
      return this;
    }

    /**
     * The agents on duty per hour.
     *
     * @param agentsPerHour 1, 24 or at least one value per hour of the horizon, each 0 to 10,000
     * @return this builder
     * @throws SupplyException for a count out of range or a bad length
     * @since 0.1
     */
    public Builder roster(int... agentsPerHour) {
      checkNotNull(agentsPerHour, "agentsPerHour");
      double[] asDouble = new double[agentsPerHour.length];
      for (int i = 0; i < agentsPerHour.length; i++) {
        if (agentsPerHour[i] > MAX_AGENTS) {
          throw new SupplyException("roster", "roster[" + i + "]: at most " + MAX_AGENTS + " agents, got "
              + agentsPerHour[i]);
        }
        asDouble[i] = agentsPerHour[i];
      }
      hourly("roster", asDouble);
      this.roster = agentsPerHour.clone();
      return this;
    }

    private static double[] hourly(String argument, double[] perHour) {
      checkNotNull(perHour, argument);
      if (perHour.length == 0) {
        throw new SupplyException(argument, argument + " needs 1, 24 or one value per hour of the horizon");
      }
      for (int h = 0; h < perHour.length; h++) {
        if (!(perHour[h] >= 0) || Double.isInfinite(perHour[h])) {
          throw new SupplyException(argument, argument + "[" + h + "] must be a finite number of at least 0, got "
              + perHour[h]);
        }
      }
      return perHour.clone();
    }

    /**
     * The test.
     *
     * @return a new test
     * @throws SupplyException if no SKU was added, an hourly series is shorter than the horizon (and not 1 or 24
     *     values), or contacts were given without handle time and roster (or the reverse)
     * @since 0.1
     */
    public StressTest build() {
      if (count == 0) {
        throw new SupplyException("sku", "add at least one SKU");
      }
      int hours = (int) horizon.toHours();
      for (Map.Entry<Integer, double[]> e : series.entrySet()) {
        covers("hourlyDemand", e.getValue().length, hours, "SKU " + ids[e.getKey()]);
      }
      boolean desk = contacts != null || roster != null || handleTime != null;
      if (desk && (contacts == null || roster == null || handleTime == null)) {
        throw new SupplyException(contacts == null ? "contactsPerHour" : roster == null ? "roster" : "handleTime",
            "customer service needs contactsPerHour, handleTime and roster together");
      }
      if (desk) {
        covers("contactsPerHour", contacts.length, hours, "customer service");
        covers("roster", roster.length, hours, "customer service");
        double peak = Arrays.stream(contacts).max().orElse(0) * multiplier;
        double erlangs = peak * (handleTime.getSeconds() + handleTime.getNano() / 1e9) / 3_600;
        if (!(erlangs <= MAX_AGENTS)) {
          throw new SupplyException("contactsPerHour", "the busiest hour brings " + peak + " contacts of "
              + handleTime + ": " + erlangs + " agents busy at once, beyond the " + MAX_AGENTS + " this test sizes");
        }
      }
      return new StressTest(this, hours);
    }

    private static void covers(String argument, int length, int hours, String what) {
      if (length != 1 && length != 24 && length < hours) {
        throw new SupplyException(argument, what + ": " + length + " hourly values for a horizon of " + hours
            + " hours; give 1, 24 or at least " + hours);
      }
    }
  }
}
