// ecomkit supply planning in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/supply.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

import dev.ecomkit.supply.*;

// A fast mover: 2,500 units a week (sd 500), two weeks from the supplier (Chopra & Meindl's example).
var weekly = Demand.normal(2500, 500);
var calc = SafetyStock.of(weekly, LeadTime.fixed(2));

// Reorder point for a 90 % cycle service level: the book's safety stock is 906.
var csl = calc.forCycleServiceLevel(0.90);
System.out.printf("CSL 90 %%: reorder at %.1f, safety stock %.1f, fill rate %.4f with Q = one week%n",
    csl.reorderPoint(), csl.safetyStock(), csl.fillRate());

// Fill rate 97.5 % when ordering 10,000 at a time: safety stock 67 in the book.
var fill = calc.orderQuantity(10_000).forFillRate(0.975);
System.out.printf("fill 97.5 %%: reorder at %.1f, safety stock %.1f (CSL only %.3f)%n", fill.reorderPoint(),
    fill.safetyStock(), fill.cycleServiceLevel());

// Review every 4 weeks instead: order up to S, protecting 4 + 2 weeks.
var periodic = calc.reviewPeriod(4).forCycleServiceLevel(0.90);
System.out.printf("review every 4 weeks: order up to %.1f%n", periodic.orderUpToLevel());

// A slow mover sells a unit at a time: Poisson, exact, whole units. The lead time varies: last ten orders.
var slow = SafetyStock.of(Demand.poisson(4), LeadTime.empirical(1, 1, 2, 2, 2, 2, 2, 3, 3, 3)).
    forCycleServiceLevel(0.95);
System.out.println("slow mover: reorder at " + slow.reorderPoint() + ", achieved CSL " + slow.cycleServiceLevel()
    + " (" + slow.method() + ")");

// One chance to buy for Double 11: price 299, cost 120, leftovers cleared at 90.
var buy = Newsvendor.of(Demand.normal(2900, 600)).economics(299, 120, 90).solve();
System.out.printf("Double 11: buy %.0f (critical ratio %.3f), expected profit %.0f; buying 2,900 costs %.0f more%n",
    buy.orderUpTo(), buy.criticalRatio(), buy.expectedProfit().getAsDouble(), buy.costAt(2900) - buy.expectedCost());

// Cost-optimal policies: (r, Q) and (s, S), Snyder & Shen's examples.
var rq = RQPolicy.builder().demand(Demand.normal(1300, 150)).leadTime(LeadTime.fixed(1.0 / 12)).
    holdingCost(0.225).stockoutCost(7.5).orderCost(8).build().optimize();
System.out.printf("(r, Q): r %.2f, Q %.2f, cost %.4f a year%n", rq.reorderPoint(), rq.orderQuantity(),
    rq.expectedCost().getAsDouble());
var ss = SSPolicy.builder().demand(Demand.poisson(6)).leadTime(LeadTime.fixed(0)).
    holdingCost(1).stockoutCost(4).orderCost(5).build().optimize();
System.out.printf("(s, S): s %.0f, S %.0f, cost %.4f a period (%s)%n", ss.reorderPoint(), ss.orderUpToLevel(),
    ss.expectedCost().getAsDouble(), ss.method());

// EOQ with the supplier's price breaks (all units).
var breaks = PriceBreaks.allUnits().from(0, 0.75).from(400, 0.72).from(800, 0.68).build();
var eoq = Eoq.withDiscounts(8, 0.3, 1300, breaks);
System.out.printf("EOQ with breaks: Q %.0f at %.2f, %.2f a year%n", eoq.orderQuantity(), eoq.unitPrice(), eoq.cost());

// Every result explains itself, also as JSON.
System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(csl));

// Bad input is a typed error naming the argument.
try {
  calc.forCycleServiceLevel(1.0);
} catch (SupplyException e) {
  System.out.println("bad input: " + e.argument().orElse("?") + ": " + e.getMessage());
}

// Bullwhip (牛鞭效应): four stages ordering up to with 6-week moving averages, orders arriving 2 weeks later.
var chain = SupplyChainSimulation.builder().demand(Demand.normal(100, 10)).periods(20_000);
for (var stage : List.of("retailer", "distributor", "manufacturer", "supplier")) {
  chain.echelon(Echelon.builder().name(stage).leadTime(1).movingAverage(6).build());
}
var run = chain.build().run(7);
System.out.printf("bullwhip: end demand swings %.0f %%, the supplier's orders %.0f %%%n", 100 * run.endDemandSwing(),
    100 * run.echelon("supplier").orderSwing());

// Bullwhip-aware reordering: smoothing Ti against the safety stock that keeps 95 % of weeks without backorders.
var planner = ReorderPlanner.builder().demand(Demand.normal(100, 10)).leadTime(LeadTime.fixed(1)).
    holdingCost(1).smoothing(4).build();
System.out.print(planner.tradeOffTable(1, 2, 4));
System.out.println(planner.order(20, 80, 104));

// Customer service for 200 contacts an hour, 3 minutes each, 80 % answered in 20 s.
System.out.println("agents: " + ErlangC.agentsFor(200, java.time.Duration.ofMinutes(3), 0.8,
    java.time.Duration.ofSeconds(20)));

// Traffic doubles for 48 hours: does it hold?
var stress = StressTest.builder().sku("TB-01-M-2504", 500, 6).sku("TB-02-L-2504", 120, 4).
    inbound("TB-02-L-2504", java.time.Duration.ofHours(20), 200).
    contactsPerHour(100).handleTime(java.time.Duration.ofMinutes(3)).roster(14).build().run();
System.out.print(stress);

System.out.printf("Supply: reorder at %.0f for 90 %% CSL, buy %.0f for Double 11, supplier swing %.0f %%, %d SKUs "
    + "out within 48 h%n", csl.reorderPoint(), buy.orderUpTo(), 100 * run.echelon("supplier").orderSwing(),
    stress.failedCount());

/exit
