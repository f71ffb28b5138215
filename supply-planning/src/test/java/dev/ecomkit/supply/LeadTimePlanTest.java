package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The handbook's lead-time plan: a 10 % buffer, so a 30-day plan warns at day 27. */
class LeadTimePlanTest {

  private static final LocalDate SEP1 = LocalDate.of(2026, 9, 1);

  private static LeadTimePlan plan() {
    return LeadTimePlan.builder().start(SEP1).stage("forecast", 5, "王敏", "-")
        .stage("purchase order", 3, "王敏", "苏州一厂 李工").stage("production", 15, "陈涛", "苏州一厂 李工")
        .stage("logistics", 5, "赵磊", "顺丰 周经理").stage("shelving", 2, "王敏", "-").build();
  }

  @Test
  void aThirtyDayPlanWarnsAtDay27() {
    LeadTimePlan p = plan();
    assertEquals(LocalDate.of(2026, 9, 30), p.plannedEnd());
    assertEquals(LocalDate.of(2026, 9, 27), p.warningFrom()); // day 27
    LeadTimePlan single = LeadTimePlan.builder().start(SEP1).stage("all", 30, "o", "-").build();
    assertEquals(LeadTimePlan.Status.ON_TRACK, single.statusAt(LocalDate.of(2026, 9, 26)).overall());
    assertEquals(LeadTimePlan.Status.WARNING, single.statusAt(LocalDate.of(2026, 9, 27)).overall());
    assertEquals(LeadTimePlan.Status.OVERDUE, single.statusAt(LocalDate.of(2026, 10, 1)).overall());
    assertEquals(LeadTimePlan.Status.DONE, single.completed("all", LocalDate.of(2026, 9, 29))
        .statusAt(LocalDate.of(2026, 10, 1)).overall());
  }

  @Test
  void stagesInSequenceWithTheirOwnWarningLines() {
    LeadTimePlan p = plan().completed("forecast", LocalDate.of(2026, 9, 5));
    LeadTimePlan.Stage production = p.stages().get(2);
    assertEquals(LocalDate.of(2026, 9, 9), production.start());
    assertEquals(LocalDate.of(2026, 9, 23), production.end());
    assertEquals(LocalDate.of(2026, 9, 21), production.warningFrom()); // day ⌊13.5⌋ = 13 of 15
    LeadTimePlan.Report r = p.statusAt(LocalDate.of(2026, 9, 10));
    assertEquals(LeadTimePlan.Status.DONE, r.stages().get("forecast"));
    assertEquals(LeadTimePlan.Status.OVERDUE, r.stages().get("purchase order")); // planned to end 9-08
    assertEquals(LeadTimePlan.Status.ON_TRACK, r.stages().get("production"));
    assertEquals(LeadTimePlan.Status.NOT_STARTED, r.stages().get("shelving"));
    assertEquals(LeadTimePlan.Status.OVERDUE, r.overall());
    String gantt = p.toMermaidGantt();
    assertTrue(gantt.startsWith("gantt\n  title Lead-time plan from 2026-09-01\n  dateFormat YYYY-MM-DD\n"), gantt);
    assertTrue(gantt.contains("  forecast (王敏) :done, s1, 2026-09-01, 5d\n"), gantt);
    assertTrue(gantt.contains("  production (陈涛) :s3, after s2, 15d\n"), gantt);
  }

  @Test
  void badPlans() {
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().stage("a", 1, "o", "-").build());
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().start(SEP1).build());
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().start(SEP1).stage("a", 0, "o", "-"));
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().start(SEP1).stage("a", 1, "o", "-")
        .stage("a", 2, "o", "-"));
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().buffer(0.9));
    assertThrows(SupplyException.class, () -> plan().completed("packing", SEP1));
  }
}
