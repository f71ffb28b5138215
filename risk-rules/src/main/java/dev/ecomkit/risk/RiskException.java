package dev.ecomkit.risk;

import java.util.Optional;

/**
 * Thrown when input to the risk module is out of its domain: an empty keyword, a keyword that normalises to
 * nothing, a negative noise gap. The message says what is wrong and where; {@link #argument()} names the argument.
 *
 * <pre>{@code
 * KeywordMatcher.builder().add("").build();
 * // RiskException: keyword 1 is empty
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String argument;

  RiskException(String argument, String message) {
    super(message);
    this.argument = argument;
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
}
