package dev.ecomkit.sku;

/**
 * How the text of a segment is read. Every type has a fixed set of valid texts and a canonical order over them;
 * {@link SkuCodec#pack} numbers SKUs in that order.
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
   * Exactly {@linkplain SkuSegment#width() width} ASCII digits (width 1–9), e.g. a style number {@code 0042}.
   * Leading zeros are significant to the width; texts sort numerically.
   */
  DIGITS,
  /**
   * Exactly {@linkplain SkuSegment#width() width} upper-case ASCII letters {@code A}–{@code Z} (width 1–6), e.g.
   * a colour code {@code BLK}. Texts sort alphabetically.
   */
  LETTERS,
  /**
   * A year and month written {@code YYMM}: four ASCII digits, month {@code 01}–{@code 12}, year {@code 20YY}
   * (2000–2099). Sorts chronologically.
   */
  YEAR_MONTH_YYMM,
  /**
   * A year and month written {@code YYYYMM}: six ASCII digits, month {@code 01}–{@code 12}, year 1900–2199.
   * Sorts chronologically.
   */
  YEAR_MONTH_YYYYMM;

  /** Whether this is one of the two year-month types. */
  boolean isYearMonth() {
    return this == YEAR_MONTH_YYMM || this == YEAR_MONTH_YYYYMM;
  }
}
