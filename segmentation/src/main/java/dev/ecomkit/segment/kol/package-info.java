/**
 * KOL (influencer, 达人) content funnels (seed 001 §4.2, 分层分发并追踪效果): follower tiers with their recommended
 * content formats ({@link dev.ecomkit.segment.kol.KolTiers}), and rates with honest intervals ({@link
 * dev.ecomkit.segment.kol.Rate}: Wilson; {@link dev.ecomkit.segment.kol.RateDifference}: Newcombe's hybrid score
 * with a minimum-sample rule), and the content and conversion funnels of pieces of content ({@link
 * dev.ecomkit.segment.kol.ContentStats} → {@link dev.ecomkit.segment.kol.ContentFunnel} → {@link
 * dev.ecomkit.segment.kol.FunnelReport}).
 *
 * <p>Bad input is a {@link dev.ecomkit.segment.SegmentException} saying what and where.
 */
@SegmentStyle
package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentStyle;
