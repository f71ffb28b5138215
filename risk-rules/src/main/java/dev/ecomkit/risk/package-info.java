/**
 * Risk monitoring over social-media mentions (舆情监控, seed 001 §5).
 *
 * <ul>
 *   <li>{@link dev.ecomkit.risk.KeywordMatcher}: every occurrence of any of up to hundreds of thousands of keywords
 *       (关键词矩阵) in a text, Aho-Corasick over a compact double array, with offsets into the text as given;
 *       optional {@link dev.ecomkit.risk.Normalization} (full-width, case, traditional → simplified, compatibility
 *       forms, invisible characters and noise between the characters of a keyword), allow-listed phrases and word
 *       boundaries for Latin keywords.
 *   <li>{@link dev.ecomkit.risk.RuleSet}: the keyword matrix as rules ({@link dev.ecomkit.risk.Rule}: keywords,
 *       allowed phrases, a {@link dev.ecomkit.risk.Threshold} such as "3 or more within 24 hours", a
 *       {@link dev.ecomkit.risk.RuleScope}, an action, an owner and a response time), from JSON or a builder; the
 *       handbook's matrix is {@link dev.ecomkit.risk.RuleSet#handbookDefaults()}.
 *   <li>{@link dev.ecomkit.risk.RuleEngine} ({@link dev.ecomkit.risk.RuleSet#newEngine}): the rules over a stream
 *       of {@link dev.ecomkit.risk.Mention}s in event time with an explicit allowed lateness ({@link
 *       dev.ecomkit.risk.EngineOptions}), raising {@link dev.ecomkit.risk.Alert}s with evidence, owner and due time;
 *       crisis levels 1/2/3 (危机分级, {@link dev.ecomkit.risk.CrisisPolicy}) over {@link
 *       dev.ecomkit.risk.Incident}s that escalate on conditions and missed deadlines; the whole state as a JSON
 *       snapshot that {@link dev.ecomkit.risk.RuleSet#restore} reads back.
 * </ul>
 * Bad input is a {@link dev.ecomkit.risk.RiskException} saying what and where.
 */
package dev.ecomkit.risk;
