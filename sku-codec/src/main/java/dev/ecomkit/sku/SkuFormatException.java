package dev.ecomkit.sku;

/**
 * Thrown when text is not a valid SKU code of a schema. It says why ({@link #reason()}), where
 * ({@link #offset()}, the 0-based character index in the input) and in which {@link #segment()}; the message
 * reads like {@code month at offset 10: expected 01-12, got "13"}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SkuFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Why a text is not a valid SKU code.
   *
   * @since 0.1
   */
  public enum Reason {
    /** The input is empty. */
    EMPTY,
    /** The input ends before a segment, or a segment is empty ({@code TB--M-2504}). */
    MISSING_SEGMENT,
    /** A code-table segment holds a code its table does not have ({@code XX-01-M-2504}). */
    UNKNOWN_CODE,
    /** A typed segment does not have its form, e.g. a {@code YYMM} segment that is not four digits. */
    MALFORMED_FIELD,
    /**
     * A year-month segment's month is not 01–12 ({@code TB-01-M-2513}), or a {@code YYYYMM} segment's year is
     * outside 1900–2199.
     */
    MONTH_OUT_OF_RANGE,
    /** Something follows the last segment ({@code TB-01-M-2504-X}), or the check character. */
    TRAILING_INPUT,
    /**
     * The schema has a {@linkplain SkuSchema#checkCharacter() check character} and the code's does not match its
     * letters and digits: a character was mistyped or two were swapped. {@link #segment()} is
     * {@code "check-character"}.
     */
    CHECK_CHARACTER_MISMATCH
  }

  private final Reason reason;
  private final int offset;
  private final String segment;
  /** What the message is about, e.g. a segment name or "month"; with {@link #detail}, rebuilds the message. */
  private final transient String subject;
  private final transient String detail;

  SkuFormatException(Reason reason, int offset, String segment, String subject, String detail) {
    super(subject + " at offset " + offset + ": " + detail);
    this.reason = reason;
    this.offset = offset;
    this.segment = segment;
    this.subject = subject;
    this.detail = detail;
  }

  /** The same error at another offset, e.g. in the input rather than in its normalized form. */
  SkuFormatException atOffset(int inputOffset, String note) {
    SkuFormatException moved = new SkuFormatException(reason, inputOffset, segment, subject, detail + note);
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * Why the input is invalid.
   *
   * @return the reason
   * @since 0.1
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The 0-based index of the first character in error (the input's length if it ended too early).
   *
   * @return the offset
   * @since 0.1
   */
  public int offset() {
    return offset;
  }

  /**
   * The name of the segment being read when the error was found, e.g. {@code "launch-month"}; for
   * {@link Reason#TRAILING_INPUT} the last segment; {@code "check-character"} for errors in or after a check
   * character.
   *
   * @return the segment name
   * @since 0.1
   */
  public String segment() {
    return segment;
  }
}
