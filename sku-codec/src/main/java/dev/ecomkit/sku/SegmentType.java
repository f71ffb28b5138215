package dev.ecomkit.sku;

/**
 * How the text of a segment is read.
 *
 * <p>Enums are immutable and thread-safe.
 *
 * @since 0.1
 */
public enum SegmentType {
  /**
   * One of a fixed, ordered table of codes (upper-case ASCII letters and digits), each with a human label. Codes
   * sort in table order, so a size table {@code XS, S, M, L} sorts by size, not alphabetically.
   */
  CODE_TABLE,
  /**
   * A year and month written {@code YYMM}: four ASCII digits, month {@code 01}–{@code 12}, year {@code 20YY}
   * (2000–2099). Sorts chronologically.
   */
  YEAR_MONTH_YYMM
}
