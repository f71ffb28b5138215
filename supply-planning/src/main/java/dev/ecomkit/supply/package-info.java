/**
 * Supply planning for merchants: inventory policies (库存策略) to the textbook, for one SKU with a full explanation or
 * for a million at once.
 *
 * <p>Inputs: {@link dev.ecomkit.supply.Demand} per period (normal, Poisson, negative binomial for slow over-dispersed
 * movers, empirical) and {@link dev.ecomkit.supply.LeadTime} in the same periods (fixed, zero included; normal; or
 * observed on past orders). Demand over the protection interval is exact for discrete demand (closed forms,
 * convolution, mixtures over the lead time) and normal with {@code L̄·σ_d² + d̄²·σ_L²} otherwise.
 *
 * <p>Calculators, each returning an immutable result that states what it achieves and how it was computed:
 * <ul>
 *   <li>{@link dev.ecomkit.supply.SafetyStock}: safety stock and reorder point (安全库存, 再订货点) for a cycle service
 *       level or a fill rate, continuous or periodic review, backorders or lost sales →
 *       {@link dev.ecomkit.supply.StockPolicy};
 *   <li>{@link dev.ecomkit.supply.Newsvendor} (报童模型): the one-shot campaign buy →
 *       {@link dev.ecomkit.supply.NewsvendorSolution};
 *   <li>{@link dev.ecomkit.supply.BaseStockPolicy}, {@link dev.ecomkit.supply.RQPolicy},
 *       {@link dev.ecomkit.supply.SSPolicy}: cost-optimal order-up-to, (r, Q) and (s, S) policies, with
 *       {@code optimize()}, {@code evaluate(…)} and the textbook approximations → {@code StockPolicy};
 *   <li>{@link dev.ecomkit.supply.Eoq}: the economic order quantity, with backorders and with quantity discounts
 *       ({@link dev.ecomkit.supply.PriceBreaks});
 *   <li>{@link dev.ecomkit.supply.SkuBatch}: the columnar API, arrays in and out, no object per SKU;
 *   <li>{@link dev.ecomkit.supply.StandardNormal}: the normal quantile (AS 241), distribution function (Cody), loss
 *       function and its inverse, to full double precision.
 * </ul>
 * Bad input is a {@link dev.ecomkit.supply.SupplyException} naming the argument. Every public class states its thread
 * safety; values and calculators are immutable.
 *
 * <p>The chain beyond one SKU (seed 001 §2, §2.2; seed 000):
 * <ul>
 *   <li>{@link dev.ecomkit.supply.Bullwhip} (牛鞭效应): the measured order-variance ratio with a bootstrap interval,
 *       and the known results for order-up-to with moving-average and exponential-smoothing forecasts and for the
 *       proportional order-up-to policy;
 *   <li>{@link dev.ecomkit.supply.ReorderPlanner}: bullwhip-aware reordering — this period's order under
 *       proportional order-up-to, and per smoothing factor the bullwhip, safety stock and holding cost
 *       ({@link dev.ecomkit.supply.SmoothingTradeOff});
 *   <li>{@link dev.ecomkit.supply.SupplyChainSimulation}: a serial chain of {@link dev.ecomkit.supply.Echelon}s in
 *       simulation → {@link dev.ecomkit.supply.SimulationResult};
 *   <li>{@link dev.ecomkit.supply.SupplierAllocator}: core and backup suppliers (核心/备用工厂), surge capacity in
 *       peaks → {@link dev.ecomkit.supply.Allocation};
 *   <li>{@link dev.ecomkit.supply.LeadTimePlan} (交期计划): stages with owners, a 10 % buffer and warning lines,
 *       delivery history, JSON and a Mermaid gantt; {@link dev.ecomkit.supply.CampaignPlan}: the T − 15 campaign
 *       checklist;
 *   <li>{@link dev.ecomkit.supply.ErlangC}: customer-service staffing; {@link dev.ecomkit.supply.StressTest}: the
 *       "traffic doubles for 48 hours" test → {@link dev.ecomkit.supply.StressReport}.
 * </ul>
 */
@SupplyStyle
package dev.ecomkit.supply;
