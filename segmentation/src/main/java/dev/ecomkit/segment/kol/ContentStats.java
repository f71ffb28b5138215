package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentException;
import java.time.Instant;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One piece of KOL content and what it did (内容数据): who made it where, in which tier and format, what it cost,
 * and its counts down the content and conversion funnels (seed 001 §4.2):
 *
 * <pre>
 *   views → completions                      (content stage: completion rate)
 *   views → likes + comments + shares + saves (engagement rate)
 *   views → link clicks → add to cart → orders → repurchases   (conversion stage)
 * </pre>
 *
 * Each stage counts users who reached it from the stage before, so a count may not exceed the one before it; the
 * engagements together may not exceed the views (an engagement counted once a view, as the platforms' interaction
 * rate does). Money: the cost, the GMV, refunds out of it, and optionally the gross margin after refunds.
 *
 * <pre>{@code
 * ContentStats s = ContentStats.builder().id("v-001").creator("小鹿").platform("douyin").tier("waist")
 *     .format("short video").cost(8_000).published(Instant.parse("2026-10-20T12:00:00Z"))
 *     .views(120_000).completions(30_000).likes(4_000).comments(600).shares(300).saves(900)
 *     .clicks(3_600).addToCart(900).orders(420).repurchases(60).gmv(33_600).refunds(1_200).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ContentStats {

  /**
   * The largest amount of money a piece may carry (10<sup>15</sup>, in any currency unit): far above any campaign,
   * and small enough that sums and ratios of amounts stay finite.
   */
  public static final double MAX_AMOUNT = 1e15;

  ContentStats() {}

  /**
   * A new builder; counts and money not set are 0, the margin absent.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the content's id */
  public abstract String id();

  /** @return the creator (达人) */
  public abstract String creator();

  /** @return the platform */
  public abstract String platform();

  /** @return the creator's tier name, e.g. from {@link KolTiers#classify} */
  public abstract String tier();

  /** @return the content format, e.g. "short video" */
  public abstract String format();

  /** @return when it was published */
  public abstract Instant published();

  /** @return what it cost: fee, samples, boosting; 0 or more */
  public abstract double cost();

  /** @return views (播放/曝光) */
  @Value.Default
  public long views() {
    return 0;
  }

  /** @return views watched or read to the end */
  @Value.Default
  public long completions() {
    return 0;
  }

  /** @return likes */
  @Value.Default
  public long likes() {
    return 0;
  }

  /** @return comments */
  @Value.Default
  public long comments() {
    return 0;
  }

  /** @return shares */
  @Value.Default
  public long shares() {
    return 0;
  }

  /** @return saves (收藏) */
  @Value.Default
  public long saves() {
    return 0;
  }

  /** @return link clicks: users who followed the content's product link */
  @Value.Default
  public long clicks() {
    return 0;
  }

  /** @return users who added the product to the cart after a click */
  @Value.Default
  public long addToCart() {
    return 0;
  }

  /** @return users who ordered after adding to the cart */
  @Value.Default
  public long orders() {
    return 0;
  }

  /** @return ordering users who ordered again (复购) */
  @Value.Default
  public long repurchases() {
    return 0;
  }

  /** @return the gross merchandise value of the orders; 0 or more */
  @Value.Default
  public double gmv() {
    return 0;
  }

  /** @return refunds out of the GMV; 0 to the GMV */
  @Value.Default
  public double refunds() {
    return 0;
  }

  /** @return the gross margin after refunds, if known; ROI uses it when given */
  public abstract OptionalDouble margin();

  /** @return likes + comments + shares + saves */
  public long engagements() {
    return likes() + comments() + shares() + saves();
  }

  /** This piece with its conversion counts from an event log. */
  ContentStats withConversions(long clicks, long addToCart, long orders, long repurchases) {
    Builder b = builder();
    b.id(id()).creator(creator()).platform(platform()).tier(tier()).format(format()).published(published())
        .cost(cost()).views(views()).completions(completions()).likes(likes()).comments(comments()).shares(shares())
        .saves(saves()).clicks(clicks).addToCart(addToCart).orders(orders).repurchases(repurchases).gmv(gmv())
        .refunds(refunds()).margin(margin());
    return b.build();
  }

  @Value.Check
  void check() {
    for (String[] f : new String[][] {{"id", id()}, {"creator", creator()}, {"platform", platform()},
        {"tier", tier()}, {"format", format()}}) {
      if (f[1].isBlank()) {
        throw new SegmentException(f[0], "content \"" + id() + "\": the " + f[0] + " must not be blank");
      }
    }
    money("cost", cost());
    money("gmv", gmv());
    money("refunds", refunds());
    if (refunds() > gmv()) {
      throw new SegmentException("refunds", "content \"" + id() + "\": refunds " + refunds() + " exceed the GMV "
          + gmv());
    }
    if (margin().isPresent() && !(Math.abs(margin().getAsDouble()) <= MAX_AMOUNT)) {
      throw new SegmentException("margin", "content \"" + id() + "\": the margin must be a finite number of at most "
          + MAX_AMOUNT + " either side of 0, got " + margin().getAsDouble());
    }
    long[] counts = {views(), completions(), likes(), comments(), shares(), saves(), clicks(), addToCart(), orders(),
        repurchases()};
    String[] names = {"views", "completions", "likes", "comments", "shares", "saves", "clicks", "addToCart", "orders",
        "repurchases"};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new SegmentException(names[i], "content \"" + id() + "\": " + names[i] + " must be 0 or more, got "
            + counts[i]);
      }
    }
    notAbove("completions", completions(), "views", views());
    long engagements;
    try {
      engagements = Math.addExact(Math.addExact(likes(), comments()), Math.addExact(shares(), saves()));
    } catch (ArithmeticException e) {
      engagements = -1;
    }
    if (engagements < 0 || engagements > views()) {
      throw new SegmentException("likes", "content \"" + id() + "\": likes + comments + shares + saves = "
          + engagements + " exceed the views " + views() + "; the engagement rate counts an engagement once a view");
    }
    notAbove("clicks", clicks(), "views", views());
    notAbove("addToCart", addToCart(), "clicks", clicks());
    notAbove("orders", orders(), "addToCart", addToCart());
    notAbove("repurchases", repurchases(), "orders", orders());
  }

  private void money(String field, double v) {
    if (!(v >= 0 && v <= MAX_AMOUNT)) {
      throw new SegmentException(field, "content \"" + id() + "\": " + field + " must be a finite amount from 0 to "
          + MAX_AMOUNT + ", got " + v);
    }
  }

  private void notAbove(String field, long count, String before, long limit) {
    if (count > limit) {
      throw new SegmentException(field, "content \"" + id() + "\": " + field + " " + count + " exceed " + before + " "
          + limit + "; each funnel stage counts users of the stage before it, so counts cannot grow down the "
          + "funnel");
    }
  }

  /**
   * Builds {@link ContentStats}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableContentStats.Builder {
    Builder() {}
  }
}
