package dev.ecomkit.segment.kol;

import java.util.List;
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
 * A ratio whose denominator is 0 (no views, no clicks, no orders, no cost) is empty, never NaN or infinite.
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

  /** @return 1,000 · cost / views, empty without views */
  public OptionalDouble cpm() {
    return ratio(1000 * cost(), views());
  }

  /** @return cost / engagements, empty without engagements */
  public OptionalDouble cpe() {
    return ratio(cost(), engagements());
  }

  /** @return cost / link clicks, empty without clicks */
  public OptionalDouble cpc() {
    return ratio(cost(), count(FunnelStage.Stage.CLICK));
  }

  /** @return cost / orders, empty without orders */
  public OptionalDouble cpa() {
    return ratio(cost(), count(FunnelStage.Stage.ORDER));
  }

  /** @return revenue / cost, empty without cost */
  public OptionalDouble roas() {
    return ratio(revenue(), cost());
  }

  /** @return (margin or revenue − cost) / cost, empty without cost; see {@link #roiBasis()} */
  public OptionalDouble roi() {
    double back = margin().isPresent() ? margin().getAsDouble() : revenue();
    return ratio(back - cost(), cost());
  }

  /** @return margin (or revenue) / orders: the most an order may cost; empty without orders */
  public OptionalDouble breakEvenCpa() {
    return ratio(margin().isPresent() ? margin().getAsDouble() : revenue(), count(FunnelStage.Stage.ORDER));
  }

  private static OptionalDouble ratio(double a, double b) {
    return b == 0 ? OptionalDouble.empty() : OptionalDouble.of(a / b);
  }
}
