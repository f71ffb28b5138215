package dev.ecomkit.examples;

import dev.ecomkit.supply.Allocation;
import dev.ecomkit.supply.CampaignPlan;
import dev.ecomkit.supply.Demand;
import dev.ecomkit.supply.DemandPlan;
import dev.ecomkit.supply.Echelon;
import dev.ecomkit.supply.LeadTime;
import dev.ecomkit.supply.LeadTimePlan;
import dev.ecomkit.supply.ReorderDecision;
import dev.ecomkit.supply.ReorderPlanner;
import dev.ecomkit.supply.SimulationResult;
import dev.ecomkit.supply.StressReport;
import dev.ecomkit.supply.StressTest;
import dev.ecomkit.supply.Supplier;
import dev.ecomkit.supply.SupplierAllocator;
import dev.ecomkit.supply.SupplyChainSimulation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The second half of the supply-planning section: the chain beyond one SKU's reorder point.
 * <ol>
 *   <li>the bullwhip effect along retailer → distributor → manufacturer → supplier, with order-up-to and with the
 *       proportional order-up-to policy ({@link SupplyChainSimulation});
 *   <li>the retailer's smoothing trade-off and one period's order ({@link ReorderPlanner});
 *   <li>a winter jacket's demand split between core and backup factories across the Double 11 peak
 *       ({@link SupplierAllocator});
 *   <li>a lead-time plan's status, projected end and Mermaid gantt ({@link LeadTimePlan});
 *   <li>the Double 11 campaign checklist ({@link CampaignPlan});
 *   <li>the 48-hour stress test: traffic doubles — does stock and customer service hold ({@link StressTest})?
 * </ol>
 *
 * <p>All inputs are synthetic and fixed, so the output is the same every run. Not thread-safe; a program.
 */
final class SupplyChainDemo {

  static final List<String> STAGES = List.of("retailer", "distributor", "manufacturer", "supplier");
  static final LocalDate DOUBLE_11 = LocalDate.of(2026, 11, 11);

  private SupplyChainDemo() {}

  static String report() {
    StringBuilder sb = new StringBuilder();
    bullwhip(sb);
    reorder(sb);
    suppliers(sb);
    leadTime(sb);
    campaign(sb);
    stress(sb);
    return sb.toString();
  }

  static SimulationResult chain(double ti) {
    SupplyChainSimulation.Builder b = SupplyChainSimulation.builder().demand(Demand.normal(100, 10))
        .periods(50_000);
    for (String name : STAGES) {
      b.echelon(Echelon.builder().name(name).leadTime(1).movingAverage(6).smoothing(ti).safetyStock(30)
          .holdingCost(1).backorderCost(9).build());
    }
    return b.build().run(2026);
  }

  private static void bullwhip(StringBuilder sb) {
    sb.append(String.format(Locale.ROOT, "%nBullwhip along the chain (牛鞭效应): weekly end demand 100 ± 10, four "
        + "stages, each forecasting%nwith a 6-week moving average, orders arriving 2 weeks after they are placed, "
        + "safety stock 30,%nholding 1 and backorder 9 a unit-week. 50,000 weeks simulated.%n"));
    SimulationResult plain = chain(1);
    SimulationResult damped = chain(4);
    sb.append("Order-up-to (each stage orders what it sold plus its forecast's change):\n")
        .append(Demo.indent(plain.toString()));
    sb.append(String.format(Locale.ROOT, "→ a %.0f %% swing at the customer becomes %.0f %% at the supplier "
        + "(handbook: \"10 %% becomes 50 %%\").%n", 100 * plain.endDemandSwing(),
        100 * plain.echelon("supplier").orderSwing()));
    sb.append("Proportional order-up-to, Ti = 4 (each stage closes a quarter of its gaps a week):\n")
        .append(Demo.indent(damped.toString()));
    double before = plain.echelons().stream().mapToDouble(e -> e.inventoryCost()).sum();
    double after = damped.echelons().stream().mapToDouble(e -> e.inventoryCost()).sum();
    sb.append(String.format(Locale.ROOT, "→ the supplier's swing falls to %.0f %%; the retailer's cost rises %.2f "
        + "a week, the chain's falls from %.1f to %.1f.%n", 100 * damped.echelon("supplier").orderSwing(),
        damped.echelon("retailer").inventoryCost() - plain.echelon("retailer").inventoryCost(), before, after));
  }

  private static void reorder(StringBuilder sb) {
    ReorderPlanner planner = ReorderPlanner.builder().demand(Demand.normal(100, 10)).leadTime(LeadTime.fixed(1))
        .serviceLevel(0.95).holdingCost(1).smoothing(4).build();
    sb.append(String.format(Locale.ROOT, "%nBullwhip-aware reordering at the retailer (demand 100 ± 10 a week, "
        + "lead time 1 + 1, 95 %% of weeks%nwithout backorders, holding 1): smoothing Ti against safety stock%n"));
    sb.append(Demo.indent(planner.tradeOffTable(1, 1.618, 2, 4, 8).toString()));
    ReorderDecision d = planner.order(20, 80, 104);
    sb.append(String.format(Locale.ROOT, "With Ti = 4, net stock 20, 80 on order, forecast 104: %s%n", d));
  }

  private static void suppliers(StringBuilder sb) {
    SupplierAllocator allocator = SupplierAllocator.of(
        Supplier.builder().name("suzhou-1").tier(Supplier.Tier.CORE).baseCapacity(8_000).surgeCapacity(2_000)
            .leadTime(1).unitCost(30).onTimeShare(0.97).build(),
        Supplier.builder().name("jiaxing-2").tier(Supplier.Tier.CORE).baseCapacity(3_000).unitCost(31.5)
            .onTimeShare(0.94).build(),
        Supplier.builder().name("ningbo-backup").tier(Supplier.Tier.BACKUP).baseCapacity(1_500)
            .surgeCapacity(5_000)
            .unitCost(33).onTimeShare(0.88).build());
    // weeks from mid-October: the Double 11 week is the peak
    double[] demand = {9_000, 10_500, 12_000, 13_500, 19_000, 9_500};
    Allocation a = allocator.allocate(DemandPlan.of(demand).withPeaks(4));
    sb.append(String.format(Locale.ROOT, "%nSupplier split for a winter jacket, six weeks around Double 11 (peak "
        + "in week 4): core first,%nbackup next, surge capacity only in the peak.%n"));
    sb.append(String.format(Locale.ROOT, "  %-6s %8s %14s %14s %14s %9s%n", "week", "demand", "suzhou-1 core",
        "jiaxing-2 core", "ningbo backup", "short"));
    for (int w = 0; w < demand.length; w++) {
      sb.append(String.format(Locale.ROOT, "  %-6s %,8.0f %,14.0f %,14.0f %,14.0f %,9.0f%n", w + (w == 4 ? "*" : ""),
          demand[w], a.quantity(w, "suzhou-1"), a.quantity(w, "jiaxing-2"), a.quantity(w, "ningbo-backup"),
          demand[w] - a.supplied(w)));
    }
    a.shortfalls().forEach(s -> sb.append(String.format(Locale.ROOT, "  week %d: %,.0f short — %s%n", s.period(),
        s.units(), s.reason())));
    sb.append(String.format(Locale.ROOT, "  total purchase cost %,.0f%n", a.totalCost()));
  }

  private static void leadTime(StringBuilder sb) {
    LeadTimePlan plan = LeadTimePlan.builder().start(LocalDate.of(2026, 9, 1))
        .stage("forecast", 5, "王敏", "-").stage("purchase order", 3, "王敏", "苏州一厂 李工")
        .stage("production", 15, "陈涛", "苏州一厂 李工").history("production", 14, 15, 18, 15, 16)
        .stage("logistics", 5, "赵磊", "顺丰 周经理").stage("shelving", 2, "王敏", "-").build()
        .completed("forecast", LocalDate.of(2026, 9, 5))
        .completed("purchase order", LocalDate.of(2026, 9, 9));
    LocalDate today = LocalDate.of(2026, 9, 22);
    LeadTimePlan.Report r = plan.statusAt(today);
    sb.append(String.format(Locale.ROOT, "%nLead-time plan for the autumn restock (交期计划), 30 days from %s, "
        + "10 %% buffer (warn from %s), status on %s:%n", plan.stages().get(0).start(), plan.warningFrom(), today));
    for (LeadTimePlan.Stage s : plan.stages()) {
      sb.append(String.format(Locale.ROOT, "  %-15s %2d d  %s → %s  %-11s owner %s, contact %s%s%n", s.name(),
          s.days(), s.start(), s.end(), r.stages().get(s.name()), s.owner(), s.contact(),
          s.onTimeShare().isPresent() ? String.format(Locale.ROOT, ", on time in %.0f %% of past runs",
              100 * s.onTimeShare().getAsDouble()) : ""));
    }
    sb.append(String.format(Locale.ROOT, "  overall %s; projected end %s (planned %s)%n", r.overall(),
        plan.projectedEnd(today), plan.plannedEnd()));
    sb.append("Mermaid gantt (paste into any Mermaid viewer):\n").append(Demo.indent(plan.toMermaidGantt()));
  }

  private static void campaign(StringBuilder sb) {
    CampaignPlan plan = CampaignPlan.forEvent(DOUBLE_11, CampaignPlan.standardTasks())
        .done("campaign stock", LocalDate.of(2026, 10, 30));
    LocalDate today = LocalDate.of(2026, 11, 5);
    Map<String, CampaignPlan.Status> status = plan.statusAt(today);
    sb.append(String.format(Locale.ROOT, "%nDouble 11 campaign checklist (T − 15 SOP) on %s:%n", today));
    for (CampaignPlan.Task t : plan.tasks()) {
      CampaignPlan.Status s = status.get(t.name());
      sb.append(String.format(Locale.ROOT, "  %-4s %-20s %-17s opens %s, due %s%s%n",
          s == CampaignPlan.Status.OVERDUE ? "RED" : "", t.name(), t.team(), plan.opens(t), plan.deadline(t),
          "  " + s));
    }
  }

  static StressReport stressReport() {
    double[] profile = {2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 6, 5, 5, 5, 6, 7, 8, 10, 12, 10, 5};
    int[] roster = {4, 3, 3, 3, 3, 3, 4, 6, 8, 10, 12, 12, 12, 12, 10, 10, 10, 12, 12, 12, 12, 12, 12, 8};
    double[] contacts = new double[24];
    for (int h = 0; h < 24; h++) {
      contacts[h] = 6 * profile[h]; // about a contact per twenty orders
    }
    StressTest.Builder b = StressTest.builder().trafficProfile(profile).contactsPerHour(contacts)
        .handleTime(Duration.ofMinutes(4)).answerTarget(0.8, Duration.ofSeconds(20)).roster(roster)
        .trafficMultiplier(2.0).horizon(Duration.ofHours(48));
    SplittableRandom random = new SplittableRandom(48);
    for (int i = 0; i < 2_000; i++) {
      String sku = String.format(Locale.ROOT, "TB-%02d-%s-%04d", i % 40, "SMLX".charAt(i % 4), 2_500 + i);
      double hourly = random.nextDouble(0.05, 3);
      double stock = Math.floor(hourly * 24 * random.nextDouble(1.5, 8)); // 1.5 to 8 days of normal sales
      b.sku(sku, stock, hourly);
      if (i % 5 == 0) {
        b.inbound(sku, Duration.ofHours(random.nextInt(12, 40)), Math.floor(hourly * 24 * 3));
      }
    }
    return b.build().run();
  }

  private static void stress(StringBuilder sb) {
    sb.append(String.format(Locale.ROOT, "%nThe 48-hour stress test (seed 000: if traffic doubles, do stock and "
        + "customer service hold?):%n2,000 SKUs with 1.5-8 days of stock, a fifth with a shipment due, an "
        + "evening-peaked day;%ncustomer service: 4-minute contacts, 80 %% answered in 20 s, against the current "
        + "roster.%n"));
    sb.append(Demo.indent(stressReport().toString()));
  }
}
