/**
 * Risk monitoring over social-media mentions (舆情监控, seed 001 §5).
 *
 * <ul>
 *   <li>{@link dev.ecomkit.risk.KeywordMatcher}: every occurrence of any of up to hundreds of thousands of keywords
 *       (关键词矩阵) in a text, Aho-Corasick over a compact double array, with offsets into the text as given;
 *       optional {@link dev.ecomkit.risk.Normalization} (full-width, case, traditional → simplified, compatibility
 *       forms, invisible characters and noise between the characters of a keyword), allow-listed phrases and word
 *       boundaries for Latin keywords.
 * </ul>
 * Bad input is a {@link dev.ecomkit.risk.RiskException} saying what and where.
 *
 * <p>To come: rules over sliding event-time windows ("3 or more mentions within 24 hours"), alerts with owners and
 * deadlines, crisis levels 1/2/3 (危机等级) with escalation, JSON rule files and state that survives a restart.
 */
package dev.ecomkit.risk;
