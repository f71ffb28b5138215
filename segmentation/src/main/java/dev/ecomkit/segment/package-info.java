/**
 * Customer segmentation for merchants (planned; nothing is implemented yet).
 *
 * <p>This package will hold RFM scoring and named segments, the Pareto (80/20) share, the dormant-customer
 * reactivation ladder (沉睡客户唤醒), coupon threshold economics (满减), customer lifetime value, and KOL
 * (influencer, 达人) tiers with content and conversion funnel ROI. See seed 001 §3 and §4.2.
 */
package dev.ecomkit.segment;
