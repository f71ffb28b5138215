package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The handbook's escalation for dormant customers (沉睡客户唤醒, seed 001 §3.1): first an exclusive coupon; if she
 * does not buy within a wait, one-to-one service; if still not, a phone call. The ladder is the configuration; {@link
 * #plan} gives each customer her dated steps, and the {@link ReactivationPlan} it returns escalates or stops as
 * purchases are recorded, and reports the effect of each step.
 *
 * <pre>{@code
 * ReactivationLadder ladder = ReactivationLadder.standard().waitDays(7).holdout(0.10);
 * ReactivationPlan plan = ladder.plan(dormantCustomers, LocalDate.of(2026, 12, 1));
 * plan.dueOn(LocalDate.of(2026, 12, 8));                       // who gets one-to-one service today
 * plan.record(new ReactivationPlan.Outcome("C-1001", LocalDate.of(2026, 12, 3), 129.0));
 * plan.report(LocalDate.of(2026, 12, 31));                     // per step and segment, with the holdout's uplift
 * }</pre>
 *
 * <p><b>Holdout.</b> With {@link #holdout}, a share of the customers is held out and contacted at no step, so the
 * report can set the treated customers' response against theirs. Who is held out is decided by a hash of the
 * customer id and the {@link #holdout(double, long) salt}: the same customer is in the same group in every run,
 * and the group does not depend on the order of the list.
 *
 * <p>Instances are immutable and thread-safe; each setter returns a new ladder.
 *
 * @since 0.1
 */
public final class ReactivationLadder {

  /** The longest wait, in days. */
  static final int MAX_WAIT = 365;

  private final List<ReactivationStep> steps;
  private final Map<ReactivationStep, Integer> waits;
  private final double holdoutShare;
  private final long salt;

  private ReactivationLadder(List<ReactivationStep> steps, Map<ReactivationStep, Integer> waits,
      double holdoutShare, long salt) {
    this.steps = List.copyOf(steps);
    this.waits = new EnumMap<>(waits);
    this.holdoutShare = holdoutShare;
    this.salt = salt;
  }

  /**
   * The handbook's ladder: exclusive coupon, one-to-one service, phone call, each given 7 days for a purchase before
   * the next; no holdout.
   *
   * @return the ladder
   * @since 0.1
   */
  public static ReactivationLadder standard() {
    Map<ReactivationStep, Integer> w = new EnumMap<>(ReactivationStep.class);
    for (ReactivationStep s : ReactivationStep.values()) {
      w.put(s, 7);
    }
    return new ReactivationLadder(List.of(ReactivationStep.values()), w, 0, 0);
  }

  /**
   * Only these steps, in this order (e.g. no phone calls).
   *
   * @param steps one or more, each once
   * @return a new ladder
   * @throws SegmentException for none or a repeated step
   * @since 0.1
   */
  public ReactivationLadder withSteps(ReactivationStep... steps) {
    checkNotNull(steps, "steps");
    if (steps.length == 0 || java.util.Arrays.stream(steps).distinct().count() != steps.length) {
      throw new SegmentException("steps", "give one or more steps, each once, got " + java.util.Arrays.toString(
          steps));
    }
    return new ReactivationLadder(List.of(steps), waits, holdoutShare, salt);
  }

  /**
   * The days every step waits for a purchase before the next.
   *
   * @param days 1 to 365
   * @return a new ladder
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public ReactivationLadder waitDays(int days) {
    Map<ReactivationStep, Integer> w = new EnumMap<>(ReactivationStep.class);
    for (ReactivationStep s : ReactivationStep.values()) {
      w.put(s, checkWait(days));
    }
    return new ReactivationLadder(steps, w, holdoutShare, salt);
  }

  /**
   * The days one step waits for a purchase before the next (its response window).
   *
   * @param step the step
   * @param days 1 to 365
   * @return a new ladder
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public ReactivationLadder waitDays(ReactivationStep step, int days) {
    checkNotNull(step, "step");
    Map<ReactivationStep, Integer> w = new EnumMap<>(waits);
    w.put(step, checkWait(days));
    return new ReactivationLadder(steps, w, holdoutShare, salt);
  }

  private static int checkWait(int days) {
    if (days < 1 || days > MAX_WAIT) {
      throw new SegmentException("days", "a step waits 1 to " + MAX_WAIT + " days, got " + days);
    }
    return days;
  }

  /**
   * Holds out a share of the customers, with salt 0.
   *
   * @param share from 0 to 0.5
   * @return a new ladder
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public ReactivationLadder holdout(double share) {
    return holdout(share, 0);
  }

  /**
   * Holds out a share of the customers, chosen by a hash of the id and the salt.
   *
   * @param share from 0 to 0.5
   * @param salt any number; another salt draws another group
   * @return a new ladder
   * @throws SegmentException if out of range
   * @since 0.1
   */
  public ReactivationLadder holdout(double share, long salt) {
    if (!(share >= 0 && share <= 0.5)) {
      throw new SegmentException("share", "the holdout share must be 0 to 0.5, got " + share);
    }
    return new ReactivationLadder(steps, waits, share, salt);
  }

  /** @return the steps, in order */
  public List<ReactivationStep> steps() {
    return steps;
  }

  /**
   * The days a step waits for a purchase.
   *
   * @param step a step
   * @return the days
   * @since 0.1
   */
  public int waitDays(ReactivationStep step) {
    return waits.get(checkNotNull(step, "step"));
  }

  /** @return the share held out */
  public double holdoutShare() {
    return holdoutShare;
  }

  /** The whole ladder's length in days: the sum of the waits. */
  int length() {
    return steps.stream().mapToInt(waits::get).sum();
  }

  /** Whether a customer is held out: her id's hash with the salt, as a fraction, below the share. */
  boolean heldOut(String customer) {
    if (holdoutShare == 0) {
      return false;
    }
    long h = Hashing.murmur3_128((int) salt ^ (int) (salt >>> 32)).hashString(customer, StandardCharsets.UTF_8)
        .asLong();
    return (h >>> 11) * 0x1.0p-53 < holdoutShare;
  }

  /**
   * Plans the ladder for customers of one segment ("dormant").
   *
   * @param customers the customer ids, each once
   * @param start the day of the first step
   * @return the plan
   * @throws SegmentException for no customer, a repeated one, or a blank id
   * @since 0.1
   */
  public ReactivationPlan plan(Collection<String> customers, LocalDate start) {
    checkNotNull(customers, "customers");
    Map<String, String> segments = new LinkedHashMap<>();
    for (String c : customers) {
      segments.put(checkNotNull(c, "customer"), "dormant");
    }
    if (segments.size() != customers.size()) {
      throw new SegmentException("customers", "a customer is listed twice");
    }
    return plan(segments, start);
  }

  /**
   * Plans the ladder for customers by segment, for the report's rows per segment.
   *
   * @param customerSegments customer id to segment name
   * @param start the day of the first step
   * @return the plan
   * @throws SegmentException for no customer or a blank id or segment
   * @since 0.1
   */
  public ReactivationPlan plan(Map<String, String> customerSegments, LocalDate start) {
    checkNotNull(customerSegments, "customerSegments");
    checkNotNull(start, "start");
    if (customerSegments.isEmpty()) {
      throw new SegmentException("customers", "no customers to plan for");
    }
    return new ReactivationPlan(this, customerSegments, start);
  }

  /**
   * Plans the ladder for the customers an RFM result puts in some segments (e.g. "Hibernating", "At Risk").
   *
   * @param result the scored customers
   * @param start the day of the first step
   * @param segments the segment names, one or more
   * @return the plan, with the RFM segments as the report's segments
   * @throws SegmentException if no segment is named or no customer is in those segments
   * @since 0.1
   */
  public ReactivationPlan plan(RfmResult result, LocalDate start, String... segments) {
    checkNotNull(result, "result");
    checkNotNull(segments, "segments");
    if (segments.length == 0) {
      throw new SegmentException("segments", "name one or more segments, e.g. \"hibernating\"");
    }
    List<String> wanted = List.of(segments);
    Map<String, String> chosen = new LinkedHashMap<>();
    for (RfmCustomer c : result.customers()) {
      if (wanted.contains(c.segment())) {
        chosen.put(c.id(), c.segment());
      }
    }
    if (chosen.isEmpty()) {
      throw new SegmentException("segments", "no customer is in " + wanted);
    }
    return plan(chosen, start);
  }

  /**
   * Plans the ladder for the customers an RFM result shows dormant by a recency rule: no purchase for at least
   * {@code minDays} days before its as-of date, whatever their segment (which labels them in the report).
   *
   * @param result the scored customers
   * @param start the day of the first step
   * @param minDays the days without a purchase that make a customer dormant, 1 or more
   * @return the plan
   * @throws SegmentException for {@code minDays} below 1 or if no customer is that dormant
   * @since 0.1
   */
  public ReactivationPlan plan(RfmResult result, LocalDate start, int minDays) {
    checkNotNull(result, "result");
    if (minDays < 1) {
      throw new SegmentException("minDays", "a dormant customer has gone at least 1 day without a purchase, got "
          + minDays);
    }
    Map<String, String> chosen = new LinkedHashMap<>();
    for (RfmCustomer c : result.customers()) {
      if (c.recencyDays() >= minDays) {
        chosen.put(c.id(), c.segment());
      }
    }
    if (chosen.isEmpty()) {
      throw new SegmentException("minDays", "no customer has gone " + minDays + " days without a purchase");
    }
    return plan(chosen, start);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ReactivationLadder(");
    for (ReactivationStep s : steps) {
      sb.append(s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(waits.get(s)).append(" d, ");
    }
    return sb.append("holdout ").append(holdoutShare).append(')').toString();
  }
}
