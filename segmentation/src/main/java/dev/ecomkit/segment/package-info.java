/**
 * Customer segmentation for merchants (客户分层): RFM scoring with named segments and the 80/20 (Pareto) analysis.
 *
 * <ul>
 *   <li>{@link dev.ecomkit.segment.RfmAggregate}: one pass over transactions (objects or columns), one small record
 *       a customer, mergeable exactly across partitions, to and from bytes;
 *   <li>{@link dev.ecomkit.segment.RfmScorer}: recency, frequency and monetary scores by rank quantiles (ties
 *       shared), by the R {@code rfm} package's cut points, or by business thresholds →
 *       {@link dev.ecomkit.segment.RfmResult} with customers, segments and CSV/JSON exports;
 *   <li>{@link dev.ecomkit.segment.SegmentTable}: named segments over the score cells, every cell in exactly one
 *       segment, from a builder or JSON; {@link dev.ecomkit.segment.SegmentTable#standard()} the default eleven;
 *   <li>{@link dev.ecomkit.segment.ParetoAnalysis}: revenue share of the top customers, the share of customers
 *       behind 80 % of revenue, the Lorenz curve and the Gini coefficient;
 *   <li>customer lifetime value (客户终身价值): {@link dev.ecomkit.segment.BgNbd} (repeat purchases and P(alive)),
 *       {@link dev.ecomkit.segment.GammaGamma} (spend per purchase), {@link dev.ecomkit.segment.Clv} (their
 *       discounted product over a horizon), fed by {@link dev.ecomkit.segment.RfmAggregate#lifetimeSummary};
 *   <li>{@link dev.ecomkit.segment.CouponEvaluator}: threshold coupons (满减) on a basket distribution — reach,
 *       top-ups, effective discount, deadweight and cost, side by side;
 *   <li>{@link dev.ecomkit.segment.ReactivationLadder} (沉睡客户唤醒): exclusive coupon, one-to-one service, phone
 *       call, planned per customer, escalated by purchases fed back, and reported per step against a holdout.
 * </ul>
 * Bad input is a {@link dev.ecomkit.segment.SegmentException} saying what and where.
 *
 * <p>KOL (influencer, 达人) tiers and content funnels are in {@link dev.ecomkit.segment.kol}.
 * See seed 001 §3 and §4.2.
 */
@SegmentStyle
package dev.ecomkit.segment;
