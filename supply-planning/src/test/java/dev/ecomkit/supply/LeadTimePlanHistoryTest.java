package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A lead-time plan's delivery history, projected end and JSON. */
class LeadTimePlanHistoryTest {

  private static final LocalDate SEP1 = LocalDate.of(2026, 9, 1);

  private static LeadTimePlan plan() {
    return LeadTimePlan.builder().start(SEP1).stage("forecast", 5, "王敏", "-")
        .stage("purchase order", 3, "王敏", "苏州一厂 李工").stage("production", 15, "陈涛", "苏州一厂 李工")
        .history("production", 14, 15, 18, 15, 16)
        .stage("logistics", 5, "赵磊", "顺丰 周经理").stage("shelving", 2, "王敏", "-").build();
  }

  @Test
  void theDeliveryHistoryGivesTheOnTimeShare() {
    LeadTimePlan.Stage production = plan().stages().get(2);
    assertEquals(List.of(14, 15, 18, 15, 16), production.history());
    assertEquals(0.6, production.onTimeShare().getAsDouble(), 1e-12); // 14, 15, 15 of five within 15 days
    assertTrue(plan().stages().get(0).onTimeShare().isEmpty());
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().start(SEP1).history("x", 1));
    assertThrows(SupplyException.class, () -> LeadTimePlan.builder().start(SEP1).stage("x", 2, "o", "-")
        .history("x", 0));
  }

  @Test
  void aSlipAnywhereMovesTheEnd() {
    LeadTimePlan p = plan();
    assertEquals(p.plannedEnd(), p.projectedEnd(SEP1));
    // forecast done a day early, purchase order not done by 9-10 (planned end 9-07): it ends 9-10 at the soonest,
    // production then runs 9-11 to 9-25, logistics to 9-30, shelving to 10-02
    LeadTimePlan late = p.completed("forecast", LocalDate.of(2026, 9, 4));
    assertEquals(LocalDate.of(2026, 10, 2), late.projectedEnd(LocalDate.of(2026, 9, 10)));
    LeadTimePlan done = late.completed("purchase order", LocalDate.of(2026, 9, 6));
    assertEquals(LocalDate.of(2026, 9, 28), done.projectedEnd(LocalDate.of(2026, 9, 6)));
    // a completion after the date of the estimate is not known yet
    assertEquals(LocalDate.of(2026, 9, 30), p.completed("forecast", LocalDate.of(2026, 9, 3))
        .projectedEnd(LocalDate.of(2026, 9, 2)));
  }

  @Test
  void jsonRoundTrip() {
    LeadTimePlan p = plan().completed("forecast", LocalDate.of(2026, 9, 5));
    String json = p.toJson();
    assertTrue(json.contains("\"history\" : [ 14, 15, 18, 15, 16 ]"), json);
    assertTrue(json.contains("\"completed\" : \"2026-09-05\""), json);
    LeadTimePlan back = LeadTimePlan.fromJson(json);
    assertEquals(p.stages(), back.stages());
    assertEquals(json, back.toJson());
    LeadTimePlan minimal = LeadTimePlan.fromJson("{\"start\":\"2026-09-01\",\"stages\":[{\"name\":\"all\","
        + "\"days\":30,\"owner\":\"o\",\"contact\":\"-\"}]}");
    assertEquals(LocalDate.of(2026, 9, 27), minimal.warningFrom());
  }

  @Test
  void badJsonNamesThePath() {
    String ok = "{\"start\":\"2026-09-01\",\"stages\":[{\"name\":\"a\",\"days\":3,\"owner\":\"o\",\"contact\":\"-\"}]}";
    assertEquals(1, LeadTimePlan.fromJson(ok).stages().size());
    assertPath("$", "not json");
    assertPath("$", "[]");
    assertPath("$", ok + " {}");
    assertPath("$.start", ok.replace("2026-09-01", "2026-13-01"));
    assertPath("$.stages[0].days", ok.replace("\"days\":3", "\"days\":3.5"));
    assertPath("$.stages[0].days", ok.replace("\"days\":3", "\"days\":0"));
    assertPath("$.stages[0].days", ok.replace("\"days\":3", "\"days\":2147483647"));
    assertPath("$.start", ok.replace("2026-09-01", "+999999999-12-31"));
    assertPath("$.stages[1].name",
        ok.replace("}]}", "},{\"name\":\"a\",\"days\":3,\"owner\":\"o\",\"contact\":\"-\"}]}"));
    assertPath("$.stages[0].owner", ok.replace("\"owner\":\"o\"", "\"owner\":1"));
    assertPath("$.stages[0].colour", ok.replace("\"owner\"", "\"colour\":\"red\",\"owner\""));
    assertPath("$.stages[0].history[1]", ok.replace("\"contact\":\"-\"", "\"contact\":\"-\",\"history\":[1,\"x\"]"));
    assertPath("$.stages[0].history", ok.replace("\"contact\":\"-\"", "\"contact\":\"-\",\"history\":[1,0]"));
    assertPath("$.stages[0].completed", ok.replace("\"contact\":\"-\"", "\"contact\":\"-\",\"completed\":\"soon\""));
    assertPath("$.buffer", ok.replace("\"stages\"", "\"buffer\":0.9,\"stages\""));
    assertPath("$.stages", "{\"start\":\"2026-09-01\",\"stages\":[]}");
    assertPath("$", "{\"start\":\"2026-09-01\",\"start\":\"2026-09-02\",\"stages\":[]}");
  }

  private static void assertPath(String path, String json) {
    SupplyException x = assertThrows(SupplyException.class, () -> LeadTimePlan.fromJson(json));
    assertEquals(path, x.argument().orElseThrow(), x.getMessage());
    assertTrue(x.getMessage().startsWith(path + ": "), x.getMessage());
  }

  @Property(tries = 100)
  void anyPlanRoundTrips(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 60) Integer> days,
      @ForAll @StringLength(max = 12) String owner, @ForAll @IntRange(min = 0, max = 50) int buffer,
      @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 90) Integer> history) {
    LeadTimePlan.Builder b = LeadTimePlan.builder().start(SEP1).buffer(buffer / 100.0);
    for (int i = 0; i < days.size(); i++) {
      b.stage("stage " + i + " \"" + owner + "\"", days.get(i), owner, "\\" + owner);
    }
    b.history("stage 0 \"" + owner + "\"", history.stream().mapToInt(Integer::intValue).toArray());
    LeadTimePlan p = b.build().completed("stage 0 \"" + owner + "\"", SEP1.plusDays(days.get(0)));
    LeadTimePlan back = LeadTimePlan.fromJson(p.toJson());
    assertEquals(p.stages(), back.stages());
    assertEquals(p.warningFrom(), back.warningFrom());
  }
}
