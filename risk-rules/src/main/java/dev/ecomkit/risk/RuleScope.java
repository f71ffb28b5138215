package dev.ecomkit.risk;

/**
 * What a rule counts mentions over: all of them, each platform's apart, or each SKU's apart. "More than 5 on one
 * platform within one day" is {@link #PLATFORM}: five on each of two platforms do not fire it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum RuleScope {
  /** One count over every mention (全网). */
  GLOBAL,
  /** A count per platform (单一平台): Taobao's mentions do not add to Douyin's. */
  PLATFORM,
  /** A count per SKU; mentions without a SKU do not count. */
  SKU
}
