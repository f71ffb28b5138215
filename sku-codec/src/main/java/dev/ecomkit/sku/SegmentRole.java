package dev.ecomkit.sku;

/**
 * What a segment of a SKU code means to the business. A schema has at most one segment of each role except
 * {@link #OTHER}; the role lets {@link Sku#platform()} and friends, and tools such as cross-platform twin
 * detection, work on any merchant schema.
 *
 * <p>Enums are immutable and thread-safe.
 *
 * @since 0.1
 */
public enum SegmentRole {
  /** The sales platform or shop (平台), e.g. {@code TB} for Taobao. */
  PLATFORM,
  /** The product category (品类), e.g. {@code 01} for apparel. */
  CATEGORY,
  /** The size or specification (尺码/规格), e.g. {@code M}. */
  SIZE,
  /** The launch year and month (上新年月), e.g. {@code 2504} for April 2025. */
  LAUNCH_MONTH,
  /** Any other merchant-defined segment. */
  OTHER
}
