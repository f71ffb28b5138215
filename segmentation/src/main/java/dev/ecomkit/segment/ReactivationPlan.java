package dev.ecomkit.segment;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.ecomkit.segment.kol.Rate;
import dev.ecomkit.segment.kol.RateDifference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReactivationLadder} applied to customers from a start day: each treated customer's steps fall on the
 * start day and after each step's wait, and stop at her first purchase; held-out customers get no step. Purchases
 * are fed back with {@link #record}; {@link #dueOn} says whom to contact on a day; {@link #report} gives the effect
 * of each step per segment.
 *
 * <p><b>Rules.</b> A step's contacts are made at the start of its day, so a purchase on that day answers that step.
 * A purchase answers the latest step whose day is on or before it, if it falls within that step's wait; a purchase
 * after the last step's wait is not credited to the ladder. A held-out customer responds if she buys within the
 * ladder's whole length from the start. Only a customer's first purchase decides; her purchases from then to the
 * report's day count as revenue after the response. Outcomes may arrive in any order; each outcome is one purchase,
 * so feed each once. The contacts a report counts are those the plan schedules given the purchases known when it is
 * made: a purchase that arrives late moves later contacts out of the count, as they should not have been made.
 *
 * <p>Not thread-safe: one plan per campaign, fed from one thread (or guarded by the caller).
 *
 * @since 0.1
 */
public final class ReactivationPlan {

  /**
   * A contact to make.
   *
   * @param customer the customer id
   * @param segment her segment
   * @param step the step
   * @param date the day
   * @since 0.1
   */
  public record Contact(String customer, String segment, ReactivationStep step, LocalDate date) {}

  /**
   * A purchase fed back.
   *
   * @param customer the customer id
   * @param day the day of the purchase
   * @param amount its amount, 0 or more
   * @since 0.1
   */
  public record Outcome(String customer, LocalDate day, double amount) {}

  private final ReactivationLadder ladder;
  private final LocalDate start;
  private final String[] ids;
  private final String[] segments;
  private final boolean[] heldOut;
  private final Map<String, Integer> index;
  /** Each step's day, as days after the start. */
  private final int[] offsets;
  /** Each customer's first purchase, in days after the start; −1 for none yet. */
  private final int[] firstDay;
  /** The purchases recorded, in order: customer, day after the start, amount. */
  private int[] purchaseCustomer = new int[16];
  private int[] purchaseDay = new int[16];
  private double[] purchaseAmount = new double[16];
  private int purchases;

  ReactivationPlan(ReactivationLadder ladder, Map<String, String> customerSegments, LocalDate start) {
    this.ladder = ladder;
    this.start = start;
    int n = customerSegments.size();
    ids = new String[n];
    segments = new String[n];
    heldOut = new boolean[n];
    index = new HashMap<>(n * 2);
    int i = 0;
    for (Map.Entry<String, String> e : customerSegments.entrySet()) {
      String id = checkNotNull(e.getKey(), "customer");
      String segment = checkNotNull(e.getValue(), "segment");
      if (id.isBlank() || segment.isBlank()) {
        throw new SegmentException("customers", "a customer id or segment is blank");
      }
      ids[i] = id;
      segments[i] = segment;
      heldOut[i] = ladder.heldOut(id);
      index.put(id, i);
      i++;
    }
    List<ReactivationStep> steps = ladder.steps();
    offsets = new int[steps.size()];
    for (int k = 1; k < steps.size(); k++) {
      offsets[k] = offsets[k - 1] + ladder.waitDays(steps.get(k - 1));
    }
    firstDay = new int[n];
    java.util.Arrays.fill(firstDay, -1);
  }

  /** @return the day of the first step */
  public LocalDate start() {
    return start;
  }

  /** @return the number of customers, held out included */
  public int size() {
    return ids.length;
  }

  /**
   * Whether a customer is held out (contacted at no step).
   *
   * @param customer a customer of the plan
   * @return true if held out
   * @throws SegmentException for an unknown customer
   * @since 0.1
   */
  public boolean isHeldOut(String customer) {
    return heldOut[position(customer)];
  }

  /**
   * A purchase by a customer of the plan.
   *
   * @param outcome the purchase
   * @throws SegmentException for an unknown customer, a day before the start, or an amount that is negative or not
   *     finite; the plan is unchanged
   * @since 0.1
   */
  public void record(Outcome outcome) {
    checkNotNull(outcome, "outcome");
    int i = position(outcome.customer());
    checkNotNull(outcome.day(), "day");
    long day = outcome.day().toEpochDay() - start.toEpochDay();
    if (day < 0 || day > 36_500) {
      throw new SegmentException("day", "customer " + outcome.customer() + ": a purchase on " + outcome.day()
          + " is outside the plan, which starts " + start);
    }
    if (!(outcome.amount() >= 0 && outcome.amount() < 1e15)) {
      throw new SegmentException("amount", "customer " + outcome.customer() + ": the amount must be a finite number "
          + "of at least 0, got " + outcome.amount());
    }
    if (purchases == purchaseDay.length) {
      int grown = purchases * 2;
      purchaseCustomer = java.util.Arrays.copyOf(purchaseCustomer, grown);
      purchaseDay = java.util.Arrays.copyOf(purchaseDay, grown);
      purchaseAmount = java.util.Arrays.copyOf(purchaseAmount, grown);
    }
    purchaseCustomer[purchases] = i;
    purchaseDay[purchases] = (int) day;
    purchaseAmount[purchases++] = outcome.amount();
    if (firstDay[i] < 0 || day < firstDay[i]) {
      firstDay[i] = (int) day;
    }
  }

  /**
   * The contacts due on a day: treated customers who reach a step that day without having bought before it.
   *
   * @param day the day
   * @return the contacts, in customer order
   * @since 0.1
   */
  public List<Contact> dueOn(LocalDate day) {
    checkNotNull(day, "day");
    long offset = day.toEpochDay() - start.toEpochDay();
    List<Contact> out = new ArrayList<>();
    List<ReactivationStep> steps = ladder.steps();
    for (int k = 0; k < steps.size(); k++) {
      if (offsets[k] != offset) {
        continue;
      }
      for (int i = 0; i < ids.length; i++) {
        if (!heldOut[i] && (firstDay[i] < 0 || firstDay[i] >= offset)) {
          out.add(new Contact(ids[i], segments[i], steps.get(k), day));
        }
      }
    }
    return out;
  }

  /**
   * A customer's steps: all of them ahead of a purchase, up to the step her first purchase answered.
   *
   * @param customer a customer of the plan
   * @return her contacts, in order; empty if she is held out
   * @throws SegmentException for an unknown customer
   * @since 0.1
   */
  public List<Contact> schedule(String customer) {
    int i = position(customer);
    List<Contact> out = new ArrayList<>();
    if (heldOut[i]) {
      return out;
    }
    List<ReactivationStep> steps = ladder.steps();
    for (int k = 0; k < steps.size(); k++) {
      if (firstDay[i] >= 0 && firstDay[i] < offsets[k]) {
        break;
      }
      out.add(new Contact(ids[i], segments[i], steps.get(k), start.plusDays(offsets[k])));
    }
    return out;
  }

  /** The step a treated customer's first purchase answered, or −1. */
  private int answered(int i) {
    int d = firstDay[i];
    if (d < 0) {
      return -1;
    }
    List<ReactivationStep> steps = ladder.steps();
    for (int k = steps.size() - 1; k >= 0; k--) {
      if (offsets[k] <= d) {
        return d < offsets[k] + ladder.waitDays(steps.get(k)) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * The effect of each step per segment, as of a day: contacts made by then, the customers who bought within the
   * step's wait (with a Wilson 95 % interval), and their revenue; the treated customers' response against the
   * held-out customers', when there are any, and both groups' revenue up to the day (responders of the treated;
   * held-out customers who bought within the ladder's length). A step whose wait is still open counts its contacts
   * already.
   *
   * @param asOf the day of the report
   * @return the report
   * @since 0.1
   */
  public ReactivationReport report(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    long today = asOf.toEpochDay() - start.toEpochDay();
    List<ReactivationStep> steps = ladder.steps();
    Map<String, long[]> counts = new LinkedHashMap<>(); // segment → per step {contacts, responses}
    Map<String, double[]> money = new LinkedHashMap<>();
    double[] spent = new double[ids.length]; // purchases up to the report's day
    for (int k = 0; k < purchases; k++) {
      if (purchaseDay[k] <= today) {
        spent[purchaseCustomer[k]] += purchaseAmount[k];
      }
    }
    long treated = 0;
    long treatedResponses = 0;
    long held = 0;
    long heldResponses = 0;
    double treatedRevenue = 0;
    double heldRevenue = 0;
    int length = ladder.length();
    for (int i = 0; i < ids.length; i++) {
      boolean bought = firstDay[i] >= 0 && firstDay[i] <= today;
      if (heldOut[i]) {
        held++;
        boolean responded = bought && firstDay[i] < length;
        heldResponses += responded ? 1 : 0;
        heldRevenue += responded ? spent[i] : 0;
        continue;
      }
      treated++;
      long[] c = counts.computeIfAbsent(segments[i], s -> new long[2 * steps.size()]);
      double[] m = money.computeIfAbsent(segments[i], s -> new double[steps.size()]);
      int step = bought ? answered(i) : -1;
      if (step >= 0) {
        treatedResponses++;
        m[step] += spent[i];
        treatedRevenue += spent[i];
      }
      for (int k = 0; k < steps.size(); k++) {
        boolean reached = offsets[k] <= today && (!bought || firstDay[i] >= offsets[k]);
        if (reached) {
          c[2 * k]++;
        }
        if (step == k) {
          c[2 * k + 1]++;
        }
      }
    }
    List<ReactivationReport.StepEffect> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      for (int k = 0; k < steps.size(); k++) {
        long contacts = e.getValue()[2 * k];
        rows.add(new ReactivationReport.StepEffect(e.getKey(), steps.get(k), Rate.of(e.getValue()[2 * k + 1],
            contacts), money.get(e.getKey())[k]));
      }
    }
    Rate treatedRate = Rate.of(treatedResponses, treated);
    Rate heldRate = held > 0 ? Rate.of(heldResponses, held) : null;
    return new ReactivationReport(asOf, rows, treatedRate, heldRate,
        heldRate == null ? null : RateDifference.of(treatedRate, heldRate), treatedRevenue, heldRevenue);
  }

  private int position(String customer) {
    checkNotNull(customer, "customer");
    Integer i = index.get(customer);
    if (i == null) {
      throw new SegmentException("customer", "customer " + customer + " is not in the plan");
    }
    return i;
  }

  @Override
  public String toString() {
    long held = 0;
    for (boolean h : heldOut) {
      held += h ? 1 : 0;
    }
    return "ReactivationPlan(" + ids.length + " customers from " + start + ", " + held + " held out, " + ladder + ")";
  }
}
