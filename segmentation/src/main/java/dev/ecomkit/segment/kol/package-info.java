/**
 * KOL (influencer, 达人) content funnels (seed 001 §4.2, 分层分发并追踪效果): follower tiers with their recommended
 * content formats ({@link dev.ecomkit.segment.kol.KolTiers}); rates with honest intervals ({@link
 * dev.ecomkit.segment.kol.Rate}: Wilson; {@link dev.ecomkit.segment.kol.RateDifference}: Newcombe's hybrid score
 * with a minimum-sample rule); the content and conversion funnels of pieces of content, from counts ({@link
 * dev.ecomkit.segment.kol.ContentStats}) or from a conversion event log ({@link
 * dev.ecomkit.segment.kol.FunnelEvents}), in a {@link dev.ecomkit.segment.kol.ContentFunnel} that reports ({@link
 * dev.ecomkit.segment.kol.FunnelReport}: rates, drop-offs, money ratios as {@link
 * dev.ecomkit.segment.kol.Estimate}s with intervals), ranks by ROI with thin data flagged ({@link
 * dev.ecomkit.segment.kol.RoiRanking}) and compares ({@link dev.ecomkit.segment.kol.FunnelComparison}).
 *
 * <p>Bad input is a {@link dev.ecomkit.segment.SegmentException} saying what and where.
 */
@SegmentStyle
package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentStyle;
