package dev.ecomkit.risk;

/**
 * What a rule watches for, as in the handbook's keyword matrix (关键词矩阵, seed 001 §5.1).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum RuleCategory {
  /** Quality complaints (质量投诉): spoiled food, impurities, counterfeits. */
  QUALITY,
  /** Competitor threats (竞品威胁): imitation, poor quality, overpricing compared with a rival. */
  COMPETITOR,
  /** Policy risk (政策风险): sales bans, qualification and compliance requirements. */
  POLICY,
  /** Anything else a merchant defines. */
  CUSTOM
}
