package dev.ecomkit.segment.kol;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The funnels and money of one or more pieces of content ({@link ContentFunnel#report()}): counts summed over the
 * pieces, rates with Wilson 95 % intervals ({@link Rate}), and the cost ratios. Formulas:
 *
 * <ul>
 *   <li>completion rate = completions / views; engagement rate = (likes + comments + shares + saves) / views; click
 *       rate = link clicks / views; each stage's step conversion = its count / the previous stage's;
 *   <li>revenue = GMV − refunds; CPM = 1,000 · cost / views; CPE = cost / engagements; CPC = cost / clicks; CPA =
 *       cost / orders;
 *   <li>ROAS = revenue / cost; ROI = (margin − cost) / cost when every piece gives its margin ({@link
 *       #roiBasis()} {@code MARGIN}), else (revenue − cost) / cost ({@code REVENUE}, an upper bound of the true
 *       return, since goods cost money);
 *   <li>break-even CPA = margin / orders (or revenue / orders without margins): the most an order may cost before
 *       the content loses money.
 * </ul>
 *
 * A ratio whose denominator is 0 (no views, no clicks, no orders, no cost) is empty, never NaN or infinite; so is a
 * ratio too large for a double (a cost of a millionth against a GMV of a trillion).
 *
 * <p>Each money ratio is an {@link Estimate} with a 95 % interval: the rate behind it — engagements, clicks or
 * orders per view — is what the data only estimate, so its Wilson interval is carried through the formula with the
 * cost, the views and the money per order held fixed (CPE from the engagement rate, CPC from the click rate, CPA,
 * ROAS and ROI from orders per view). CPM and the break-even CPA have nothing uncertain behind them given the
 * views and orders, and are exact.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FunnelReport {

  /**
   * What ROI is computed from.
   *
   * @since 0.1
   */
  public enum RoiBasis {
    /** Every piece gave its gross margin: ROI = (margin − cost) / cost. */
    MARGIN,
    /** Some piece gave no margin: ROI = (revenue − cost) / cost. */
    REVENUE
  }

  FunnelReport() {}

  /** @return the pieces of content summed */
  public abstract int contents();

  /** @return views */
  public abstract long views();

  /** @return completions */
  public abstract long completions();

  /** @return likes + comments + shares + saves */
  public abstract long engagements();

  /** @return the cost */
  public abstract double cost();

  /** @return the GMV */
  public abstract double gmv();

  /** @return refunds */
  public abstract double refunds();

  /** @return the summed margin, present when every piece gave one */
  public abstract OptionalDouble margin();

  /** @return the conversion stages: views, clicks, add to cart, orders, repurchases */
  public abstract List<FunnelStage> stages();

  /** @return completions / views */
  @Value.Derived
  public Rate completionRate() {
    return Rate.of(completions(), views());
  }

  /** @return engagements / views */
  @Value.Derived
  public Rate engagementRate() {
    return Rate.of(engagements(), views());
  }

  /** @return link clicks / views */
  @Value.Derived
  public Rate clickRate() {
    return Rate.of(count(FunnelStage.Stage.CLICK), views());
  }

  /**
   * The count of a stage.
   *
   * @param stage the stage
   * @return its count
   */
  public long count(FunnelStage.Stage stage) {
    return stages().get(stage.ordinal()).count();
  }

  /** @return GMV − refunds */
  public double revenue() {
    return gmv() - refunds();
  }

  /** @return what ROI is computed from */
  public RoiBasis roiBasis() {
    return margin().isPresent() ? RoiBasis.MARGIN : RoiBasis.REVENUE;
  }

  /**
   * Cost per thousand views. The views are what the cost bought, so the interval is the value alone.
   *
   * @return 1,000 · cost / views, empty without views
   */
  public Optional<Estimate> cpm() {
    return views() == 0 ? Optional.empty() : exact(1000 * cost() / views());
  }

  /**
   * Cost per engagement, its interval from the engagement rate's.
   *
   * @return cost / engagements, empty without engagements
   */
  public Optional<Estimate> cpe() {
    return perEvent(engagements(), engagementRate());
  }

  /**
   * Cost per click, its interval from the click rate's.
   *
   * @return cost / link clicks, empty without clicks
   */
  public Optional<Estimate> cpc() {
    return perEvent(count(FunnelStage.Stage.CLICK), clickRate());
  }

  /**
   * Cost per order (CPA), its interval from that of orders per view.
   *
   * @return cost / orders, empty without orders
   */
  public Optional<Estimate> cpa() {
    return perEvent(count(FunnelStage.Stage.ORDER), orderRate());
  }

  /**
   * Return on ad spend, its interval from that of orders per view at the revenue per order (exact without
   * orders).
   *
   * @return revenue / cost, empty without cost
   */
  public Optional<Estimate> roas() {
    return returned(revenue(), 0);
  }

  /**
   * Return on investment, on margin or revenue ({@link #roiBasis()}), its interval from that of orders per view at
   * the margin (or revenue) per order (exact without orders).
   *
   * @return (margin or revenue − cost) / cost, empty without cost
   */
  public Optional<Estimate> roi() {
    return returned(back(), cost());
  }

  /**
   * The break-even CPA: the most an order may cost. Per order, so the interval is the value alone.
   *
   * @return margin (or revenue) / orders, empty without orders
   */
  public Optional<Estimate> breakEvenCpa() {
    long orders = count(FunnelStage.Stage.ORDER);
    return orders == 0 ? Optional.empty() : exact(back() / orders);
  }

  /** An exact ratio, empty if too large for a double. */
  private static Optional<Estimate> exact(double value) {
    return Double.isFinite(value) ? Optional.of(Estimate.exact(value)) : Optional.empty();
  }

  /**
   * The report as JSON: counts, each rate with its Wilson interval, the stages, the money and each money ratio
   * with its interval ({@code null} when empty; an infinite end of an interval is {@code null}).
   *
   * @return a JSON object {@code {"version": 1, ...}}
   */
  public String toJson() {
    return FunnelJson.write(this);
  }

  /**
   * Reads a report back from the JSON {@link #toJson()} writes. The counts, the money and the margin are read;
   * the rates, intervals and ratios are derived again, so they are not checked and may be left out.
   *
   * @param json the JSON
   * @return the report, equal to the one written
   * @throws dev.ecomkit.segment.SegmentException naming the JSON path of what is wrong
   */
  public static FunnelReport fromJson(String json) {
    return FunnelJson.readReport(KolJson.parse(com.google.common.base.Preconditions.checkNotNull(json, "json")));
  }

  /** @return orders / views */
  Rate orderRate() {
    return stages().get(FunnelStage.Stage.ORDER.ordinal()).fromViews();
  }

  private double back() {
    return margin().isPresent() ? margin().getAsDouble() : revenue();
  }

  /** cost / events, events = views · rate. */
  private Optional<Estimate> perEvent(long events, Rate rate) {
    if (events == 0) {
      return Optional.empty();
    }
    double cost = cost();
    double views = views();
    if (cost == 0) {
      return exact(0);
    }
    double value = cost / events;
    return !Double.isFinite(value) ? Optional.empty()
        : Optional.of(Estimate.through(value, rate, r -> r == 0 ? Double.POSITIVE_INFINITY : cost / (views * r)));
  }

  /** (money − less) / cost, money = per order · views · (orders per view). */
  private Optional<Estimate> returned(double money, double less) {
    double cost = cost();
    if (cost == 0) {
      return Optional.empty();
    }
    long orders = count(FunnelStage.Stage.ORDER);
    double value = (money - less) / cost;
    if (!Double.isFinite(value)) {
      return Optional.empty();
    }
    if (orders == 0) {
      return exact(value);
    }
    double perOrder = money / orders;
    double views = views();
    return Optional.of(Estimate.through(value, orderRate(), r -> (perOrder * views * r - less) / cost));
  }

}
