package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One stage of a {@link SupplyChainSimulation} (供应链的一级: retailer, distributor, manufacturer, supplier): how it
 * forecasts the demand it sees (the orders of the stage below, or end demand for the first), how long its orders take
 * to arrive, and how much of a gap it orders back each period.
 *
 * <p>Each period the stage sees its demand, receives what it ordered {@code leadTime + 1} periods before, updates its
 * forecast F and orders {@code F + (safety stock − net stock + leadTime·F − pipeline)/Ti}: Ti = 1 is the order-up-to
 * policy of Chen, Drezner, Ryan &amp; Simchi-Levi (2000) with L = leadTime + 1, Ti &gt; 1 the proportional
 * order-up-to policy of Disney &amp; Towill (2003), as in {@link ReorderPlanner}.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class Echelon {

  /** How a stage forecasts. */
  enum Method {
    MOVING_AVERAGE, EXPONENTIAL_SMOOTHING, KNOWN_MEAN
  }

  /** The longest lead time and moving average, in periods. */
  static final int MAX_PERIODS = 365;

  final String name;
  final int leadTime;
  final Method method;
  final int p;
  final double alpha;
  final double smoothing;
  final double safetyStock;
  final double startingNetStock;
  final double holdingCost;
  final double backorderCost;

  private Echelon(Builder b) {
    this.name = b.name;
    this.leadTime = b.leadTime;
    this.method = b.method;
    this.p = b.p;
    this.alpha = b.alpha;
    this.smoothing = b.smoothing;
    this.safetyStock = b.safetyStock;
    this.startingNetStock = Double.isNaN(b.startingNetStock) ? b.safetyStock : b.startingNetStock;
    this.holdingCost = b.holdingCost;
    this.backorderCost = b.backorderCost;
  }

  /**
   * A builder; name, lead time and forecast are required.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stage's name.
   *
   * @return the name
   * @since 0.1
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    String forecast = switch (method) {
      case MOVING_AVERAGE -> "moving average of " + p;
      case EXPONENTIAL_SMOOTHING -> "exponential smoothing α " + alpha;
      case KNOWN_MEAN -> "known mean";
    };
    return String.format(Locale.ROOT, "%s (lead time %d, %s, %s)", name, leadTime, forecast,
        smoothing == 1 ? "order-up-to" : "proportional order-up-to Ti " + smoothing);
  }

  /**
   * Builds an {@link Echelon}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String name;
    private int leadTime = -1;
    private Method method;
    private int p;
    private double alpha;
    private double smoothing = 1;
    private double safetyStock;
    private double startingNetStock = Double.NaN;
    private double holdingCost;
    private double backorderCost;

    private Builder() {}

    /**
     * The stage's name, unique in the chain.
     *
     * @param name not blank
     * @return this builder
     * @throws SupplyException if blank
     * @since 0.1
     */
    public Builder name(String name) {
      checkNotNull(name, "name");
      if (name.isBlank()) {
        throw new SupplyException("name", "an echelon needs a name");
      }
      this.name = name;
      return this;
    }

    /**
     * The lead time Tp in periods: an order placed this period arrives {@code Tp + 1} periods later (0: next
     * period). Upstream shortages do not delay it.
     *
     * @param periods 0 to 365
     * @return this builder
     * @throws SupplyException if out of range
     * @since 0.1
     */
    public Builder leadTime(int periods) {
      if (periods < 0 || periods > MAX_PERIODS) {
        throw new SupplyException("leadTime", "the lead time must be 0 to " + MAX_PERIODS + " periods, got "
            + periods);
      }
      this.leadTime = periods;
      return this;
    }

    /**
     * Forecast by the mean of the last {@code p} periods' demand.
     *
     * @param p 1 to 365
     * @return this builder
     * @throws SupplyException if out of range or a forecast was already chosen
     * @since 0.1
     */
    public Builder movingAverage(int p) {
      if (p < 1 || p > MAX_PERIODS) {
        throw new SupplyException("p", "a moving average needs 1 to " + MAX_PERIODS + " periods, got " + p);
      }
      forecast(Method.MOVING_AVERAGE);
      this.p = p;
      return this;
    }

    /**
     * Forecast by exponential smoothing: {@code F ← F + α(demand − F)}.
     *
     * @param alpha above 0 and at most 1
     * @return this builder
     * @throws SupplyException if out of range or a forecast was already chosen
     * @since 0.1
     */
    public Builder exponentialSmoothing(double alpha) {
      if (!(alpha > 0 && alpha <= 1)) {
        throw new SupplyException("alpha", "the smoothing constant must be above 0 and at most 1, got " + alpha);
      }
      forecast(Method.EXPONENTIAL_SMOOTHING);
      this.alpha = alpha;
      return this;
    }

    /**
     * Forecast with the mean of end demand, known and fixed (a plan figure shared along the chain).
     *
     * @return this builder
     * @throws SupplyException if a forecast was already chosen
     * @since 0.1
     */
    public Builder knownMean() {
      forecast(Method.KNOWN_MEAN);
      return this;
    }

    private void forecast(Method m) {
      if (method != null) {
        throw new SupplyException("forecast", "the forecast is already " + method.name().toLowerCase(Locale.ROOT)
            .replace('_', ' '));
      }
      this.method = m;
    }

    /**
     * The smoothing factor Ti of the proportional order-up-to policy; 1 (the default) is plain order-up-to.
     *
     * @param ti from 0.55 to 1,000
     * @return this builder
     * @throws SupplyException if out of range
     * @since 0.1
     */
    public Builder smoothing(double ti) {
      this.smoothing = ReorderPlanner.smoothing(ti);
      return this;
    }

    /**
     * The target net stock; 0 by default. It moves the fill rate and the stock, not the bullwhip.
     *
     * @param units any finite number
     * @return this builder
     * @throws SupplyException if not finite
     * @since 0.1
     */
    public Builder safetyStock(double units) {
      this.safetyStock = SupplyException.finite("safetyStock", units);
      return this;
    }

    /**
     * The net stock at the start; negative means backorders to fill first. The safety stock by default.
     *
     * @param units any finite number
     * @return this builder
     * @throws SupplyException if not finite
     * @since 0.1
     */
    public Builder startingNetStock(double units) {
      this.startingNetStock = SupplyException.finite("startingNetStock", units);
      return this;
    }

    /**
     * The cost of a unit on hand for a period, for the inventory cost; 0 by default.
     *
     * @param h 0 or more
     * @return this builder
     * @throws SupplyException if negative or not finite
     * @since 0.1
     */
    public Builder holdingCost(double h) {
      this.holdingCost = SupplyException.atLeast("holdingCost", h, 0);
      return this;
    }

    /**
     * The cost of a unit backordered for a period, for the inventory cost; 0 by default.
     *
     * @param b 0 or more
     * @return this builder
     * @throws SupplyException if negative or not finite
     * @since 0.1
     */
    public Builder backorderCost(double b) {
      this.backorderCost = SupplyException.atLeast("backorderCost", b, 0);
      return this;
    }

    /**
     * The echelon.
     *
     * @return a new echelon
     * @throws SupplyException if the name, lead time or forecast is missing
     * @since 0.1
     */
    public Echelon build() {
      if (name == null) {
        throw new SupplyException("name", "an echelon needs a name");
      }
      if (leadTime < 0) {
        throw new SupplyException("leadTime", "echelon " + name + ": give the lead time");
      }
      if (method == null) {
        throw new SupplyException("forecast", "echelon " + name + ": choose movingAverage(p), "
            + "exponentialSmoothing(alpha) or knownMean()");
      }
      return new Echelon(this);
    }
  }
}
