package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.kol.RateDifference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The handbook's ladder by hand, the holdout, and the report. */
class ReactivationLadderTest {

  private static final LocalDate DEC1 = LocalDate.of(2026, 12, 1);

  private static LocalDate dec(int day) {
    return LocalDate.of(2026, 12, day);
  }

  private static ReactivationPlan plan() {
    return ReactivationLadder.standard().plan(List.of("A", "B", "C", "D"), DEC1);
  }

  private static List<String> customers(List<ReactivationPlan.Contact> contacts) {
    return contacts.stream().map(ReactivationPlan.Contact::customer).toList();
  }

  @Test
  void theLadderEscalatesUntilAPurchase() {
    ReactivationPlan plan = plan();
    assertEquals(List.of("A", "B", "C", "D"), customers(plan.dueOn(DEC1)));
    assertEquals(ReactivationStep.EXCLUSIVE_COUPON, plan.dueOn(DEC1).get(0).step());
    plan.record(new ReactivationPlan.Outcome("A", dec(3), 129));   // answers the coupon
    plan.record(new ReactivationPlan.Outcome("B", dec(10), 88));   // answers one-to-one service (8-14)
    plan.record(new ReactivationPlan.Outcome("C", dec(25), 59));   // after the phone call's wait (15-21)
    assertEquals(List.of("B", "C", "D"), customers(plan.dueOn(dec(8))));
    assertEquals(ReactivationStep.ONE_TO_ONE_SERVICE, plan.dueOn(dec(8)).get(0).step());
    assertEquals(List.of("C", "D"), customers(plan.dueOn(dec(15))));
    assertTrue(plan.dueOn(dec(2)).isEmpty());
    assertEquals(1, plan.schedule("A").size());
    assertEquals(List.of(ReactivationStep.EXCLUSIVE_COUPON, ReactivationStep.ONE_TO_ONE_SERVICE),
        plan.schedule("B").stream().map(ReactivationPlan.Contact::step).toList());
    assertEquals(dec(15), plan.schedule("C").get(2).date());

    ReactivationReport r = plan.report(dec(31));
    List<ReactivationReport.StepEffect> rows = r.rows();
    assertEquals(3, rows.size());
    assertEquals(4, rows.get(0).contacts());
    assertEquals(1, rows.get(0).response().successes());
    assertEquals(129, rows.get(0).revenue(), 0);
    assertEquals(3, rows.get(1).contacts());
    assertEquals(1, rows.get(1).response().successes());
    assertEquals(2, rows.get(2).contacts());
    assertEquals(0, rows.get(2).response().successes());
    assertEquals(2, r.treated().successes());
    assertEquals(4, r.treated().trials());
    assertTrue(r.holdout().isEmpty() && r.uplift().isEmpty() && r.holdoutRevenue().isEmpty());
    assertEquals(129 + rows.get(1).revenue(), r.treatedRevenue(), 1e-9);
    assertTrue(r.toString().contains("one to one service"), r.toString());

    // as of 9 December the phone calls have not been made and B has not bought yet
    ReactivationReport early = plan.report(dec(9));
    assertEquals(3, early.rows().get(1).contacts());
    assertEquals(0, early.rows().get(1).response().successes());
    assertEquals(0, early.rows().get(2).contacts());
  }

  @Test
  void aPurchaseOnAStepsDayAnswersThatStepAndOrderDoesNotMatter() {
    ReactivationPlan plan = plan();
    plan.record(new ReactivationPlan.Outcome("C", dec(20), 10));
    plan.record(new ReactivationPlan.Outcome("C", dec(15), 30)); // earlier, fed later: the first purchase decides
    ReactivationReport r = plan.report(dec(31));
    assertEquals(1, r.rows().get(2).response().successes());
    assertEquals(40, r.rows().get(2).revenue(), 0);
    assertEquals(3, plan.schedule("C").size());
    // revenue is as of the report's day: a purchase after it does not count yet
    plan.record(new ReactivationPlan.Outcome("C", LocalDate.of(2027, 1, 5), 25));
    assertEquals(40, plan.report(dec(31)).rows().get(2).revenue(), 0);
    assertEquals(65, plan.report(LocalDate.of(2027, 1, 31)).rows().get(2).revenue(), 0);
    assertEquals(30, plan.report(dec(16)).rows().get(2).revenue(), 0);
  }

  @Test
  void aHoldoutGivesTheUplift() {
    // 4,000 customers; the treated buy with probability 0.30 within the ladder, everyone else 0.10
    ReactivationLadder ladder = ReactivationLadder.standard().holdout(0.25, 42);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      ids.add("C-" + i);
    }
    ReactivationPlan plan = ladder.plan(ids, DEC1);
    SplittableRandom random = new SplittableRandom(1);
    int held = 0;
    int heldBuyers = 0;
    int treatedBuyers = 0;
    for (String id : ids) {
      boolean out = plan.isHeldOut(id);
      held += out ? 1 : 0;
      if (random.nextDouble() < (out ? 0.10 : 0.30)) {
        plan.record(new ReactivationPlan.Outcome(id, DEC1.plusDays(random.nextInt(21)), 50));
        heldBuyers += out ? 1 : 0;
        treatedBuyers += out ? 0 : 1;
      }
    }
    assertEquals(0.25, held / 4_000.0, 0.03);
    // the same customers in another order get the same groups
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new java.util.Random(3));
    ReactivationPlan again = ladder.plan(shuffled, DEC1);
    for (String id : ids) {
      assertEquals(plan.isHeldOut(id), again.isHeldOut(id));
    }
    ReactivationReport r = plan.report(dec(31));
    RateDifference uplift = r.uplift().orElseThrow();
    assertEquals(RateDifference.Verdict.A_HIGHER, uplift.verdict());
    assertTrue(uplift.lower() < 0.20 && 0.20 < uplift.upper(), uplift.toString());
    assertTrue(r.toString().contains("uplift"), r.toString());
    // every purchase fell within the ladder's 21 days: revenue is 50 a buyer in both groups
    assertEquals(50.0 * treatedBuyers, r.treatedRevenue(), 1e-9);
    assertEquals(50.0 * heldBuyers, r.holdoutRevenue().orElseThrow(), 1e-9);
    assertEquals(r.treatedRevenue(), r.rows().stream().mapToDouble(ReactivationReport.StepEffect::revenue).sum(),
        1e-9);
    assertTrue(r.toString().contains("revenue per customer"), r.toString());
    // held-out customers are never due
    for (ReactivationPlan.Contact c : plan.dueOn(DEC1)) {
      assertFalse(plan.isHeldOut(c.customer()));
    }
  }

  @Test
  void fromAnRfmResultBySegmentWithOtherWaits() {
    RfmAggregate agg = RfmAggregate.create();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 500; i++) {
      for (int k = 0; k <= random.nextInt(4); k++) {
        agg.add("C" + i, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(600)), 10 + random.nextInt(200));
      }
    }
    RfmResult result = RfmScorer.standard(LocalDate.of(2026, 11, 30)).score(agg);
    ReactivationLadder ladder = ReactivationLadder.standard().waitDays(ReactivationStep.EXCLUSIVE_COUPON, 3)
        .withSteps(ReactivationStep.EXCLUSIVE_COUPON, ReactivationStep.ONE_TO_ONE_SERVICE);
    ReactivationPlan plan = ladder.plan(result, DEC1, "hibernating", "at risk");
    ReactivationReport r = plan.report(dec(31));
    assertTrue(r.rows().stream().allMatch(s -> s.segment().equals("hibernating") || s.segment().equals("at risk")));
    assertEquals(plan.size(), r.rows().stream().filter(s -> s.step() == ReactivationStep.EXCLUSIVE_COUPON)
        .mapToLong(ReactivationReport.StepEffect::contacts).sum());
    assertFalse(plan.dueOn(dec(4)).isEmpty()); // the second step, three days on
    assertThrows(SegmentException.class, () -> ladder.plan(result, DEC1, "no such segment"));
    // by a recency rule instead: everyone without a purchase for 180 days, labelled by segment
    ReactivationPlan byRecency = ladder.plan(result, DEC1, 180);
    long dormant = result.customers().stream().filter(c -> c.recencyDays() >= 180).count();
    assertEquals(dormant, byRecency.size());
    assertThrows(SegmentException.class, () -> ladder.plan(result, DEC1, 0));
    assertThrows(SegmentException.class, () -> ladder.plan(result, DEC1, 100_000));
  }

  @Test
  void badInputIsTyped() {
    ReactivationPlan plan = plan();
    assertThrows(SegmentException.class, () -> plan.record(new ReactivationPlan.Outcome("X", dec(3), 1)));
    assertThrows(SegmentException.class, () -> plan.record(new ReactivationPlan.Outcome("A", dec(3), -1)));
    assertThrows(SegmentException.class, () -> plan.record(new ReactivationPlan.Outcome("A",
        LocalDate.of(2026, 11, 30), 1)));
    assertThrows(SegmentException.class, () -> ReactivationLadder.standard().plan(List.of("A", "A"), DEC1));
    assertThrows(SegmentException.class, () -> ReactivationLadder.standard().plan(List.of(), DEC1));
    assertThrows(SegmentException.class, () -> ReactivationLadder.standard().waitDays(0));
    assertThrows(SegmentException.class, () -> ReactivationLadder.standard().holdout(0.6));
    assertThrows(SegmentException.class, () -> ReactivationLadder.standard().withSteps());
    assertThrows(SegmentException.class, () -> plan.schedule("X"));
    // a refused outcome leaves the plan as it was
    assertEquals(0, plan.report(dec(31)).treated().successes());
  }
}
