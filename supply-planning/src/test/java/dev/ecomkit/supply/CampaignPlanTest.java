package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handbook's T − 15 campaign SOP for Double 11. */
class CampaignPlanTest {

  private static final LocalDate D11 = LocalDate.of(2026, 11, 11);

  @Test
  void theStandardSopForDouble11() {
    CampaignPlan p = CampaignPlan.forEvent(D11, CampaignPlan.standardTasks());
    CampaignPlan.Task stock = p.tasks().get(1);
    assertEquals(LocalDate.of(2026, 10, 27), p.opens(stock)); // T-15
    assertEquals(LocalDate.of(2026, 11, 1), p.deadline(stock)); // T-10
    assertEquals(CampaignPlan.Status.NOT_OPEN, p.statusAt(LocalDate.of(2026, 10, 26)).get("campaign stock"));
    assertEquals(CampaignPlan.Status.OPEN, p.statusAt(LocalDate.of(2026, 11, 1)).get("campaign stock"));
    assertEquals(List.of("campaign stock"), p.overdue(LocalDate.of(2026, 11, 2)));
    CampaignPlan later = p.done("campaign stock", LocalDate.of(2026, 11, 3)).done("FAQ upload", D11.minusDays(4));
    assertEquals(CampaignPlan.Status.DONE, later.statusAt(LocalDate.of(2026, 11, 9)).get("campaign stock"));
    assertEquals(List.of("campaign materials"), later.overdue(LocalDate.of(2026, 11, 9)));
    assertEquals(CampaignPlan.Status.OVERDUE, later.statusAt(LocalDate.of(2026, 11, 2)).get("campaign stock"));
  }

  @Test
  void badPlans() {
    assertThrows(SupplyException.class, () -> new CampaignPlan.Task("x", "t", "all", "-", 3, 5));
    assertThrows(SupplyException.class, () -> CampaignPlan.forEvent(D11, List.of()));
    CampaignPlan.Task t = new CampaignPlan.Task("x", "t", "all", "-", 5, 1);
    assertThrows(SupplyException.class, () -> CampaignPlan.forEvent(D11, List.of(t, t)));
    assertThrows(SupplyException.class, () -> CampaignPlan.forEvent(D11, List.of(t)).done("y", D11));
  }
}
