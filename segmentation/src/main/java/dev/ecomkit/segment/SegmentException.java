package dev.ecomkit.segment;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when input to a segmentation calculation is out of its domain: an amount that is not a finite number, a
 * purchase dated after the as-of date, a malformed CSV line, a segment table with overlapping or missing cells. The
 * message says what is wrong and where; {@link #argument()} names the argument or field, {@link #line()} gives the
 * line of a CSV input.
 *
 * <pre>{@code
 * aggregate.add("C-1001", LocalDate.of(2026, 11, 11), Double.NaN);
 * // SegmentException: amount must be a finite number, got NaN (customer C-1001, 2026-11-11)
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String argument;
  private final long line;

  /**
   * An exception about an argument or input field.
   *
   * @param argument the argument or field in error
   * @param message what is wrong and where
   * @since 0.1
   */
  public SegmentException(String argument, String message) {
    this(argument, -1, message);
  }

  SegmentException(String argument, long line, String message) {
    super(message);
    this.argument = argument;
    this.line = line;
  }

  /**
   * The name of the argument or input field in error.
   *
   * @return the name, or empty when the error is not about one argument
   * @since 0.1
   */
  public Optional<String> argument() {
    return Optional.ofNullable(argument);
  }

  /**
   * The 1-based line of a CSV input the error is on.
   *
   * @return the line, or empty when the input was not read from lines
   * @since 0.1
   */
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }
}
