package dev.ecomkit.supply;

import java.util.Optional;

/**
 * Thrown when an input to a supply-planning calculation is out of its domain: a negative standard deviation, a
 * service level not strictly between 0 and 1, a cost that is not positive, a value that is not a finite number.
 * The message names the argument, its value and what it must be; {@link #argument()} is the name.
 *
 * <pre>{@code
 * Demand.normal(100, -5);
 * // SupplyException: sd must be a finite number of at least 0, got -5.0
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SupplyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String argument;

  SupplyException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  /**
   * The name of the argument in error, as in the method's signature.
   *
   * @return the name, or empty when the error is not about one argument
   * @since 0.1
   */
  public Optional<String> argument() {
    return Optional.ofNullable(argument);
  }

  /** Checks that {@code value} is finite and at least {@code min}; returns it. */
  /** Checks that {@code value} is finite, at least {@code min} and at most {@code max}; returns it. */
  static double between(String argument, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new SupplyException(argument, argument + " must be a finite number from " + format(min) + " to "
          + format(max) + ", got " + value);
    }
    return value;
  }

  static double atLeast(String argument, double value, double min) {
    if (!(value >= min) || Double.isInfinite(value)) {
      throw new SupplyException(argument, argument + " must be a finite number of at least " + format(min)
          + ", got " + value);
    }
    return value;
  }

  /** Checks that {@code value} is a finite number; returns it. */
  static double finite(String argument, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new SupplyException(argument, argument + " must be a finite number, got " + value);
    }
    return value;
  }

  /** Checks that {@code value} is strictly between 0 and 1; returns it. */
  static double probability(String argument, double value) {
    if (!(value > 0 && value < 1)) {
      throw new SupplyException(argument, argument + " must be strictly between 0 and 1, got " + value);
    }
    return value;
  }

  /**
   * The critical ratio {@code p/(p + h)}, checked to lie strictly between 0 and 1 in double precision: with {@code p}
   * more than about 10¹⁶ times {@code h} (or the reverse) it rounds to 1 (or 0) and no finite level is optimal.
   */
  static double criticalRatio(double holdingCost, double stockoutCost) {
    double ratio = stockoutCost / (stockoutCost + holdingCost);
    if (!(ratio > 0 && ratio < 1)) {
      throw new SupplyException("stockoutCost", "the critical ratio p/(p + h) rounds to " + ratio + " with stockout "
          + "cost p = " + stockoutCost + " and holding cost h = " + holdingCost + ": keep p/h between 1e-15 and 1e15");
    }
    return ratio;
  }

  /** Checks that {@code value} is finite and above 0; returns it. */
  static double positive(String argument, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new SupplyException(argument, argument + " must be a finite number above 0, got " + value);
    }
    return value;
  }

  /**
   * Checks observations (at least one, each finite and at least 0) and returns a sorted copy followed by their mean
   * and population standard deviation: {@code {sorted…, mean, sd}}.
   */
  static double[] observations(String argument, double[] observed, String what) {
    if (observed == null) {
      throw new NullPointerException(argument);
    }
    if (observed.length == 0) {
      throw new SupplyException(argument, argument + " must hold at least one " + what);
    }
    double sum = 0;
    for (int i = 0; i < observed.length; i++) {
      double v = observed[i];
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new SupplyException(argument, argument + "[" + i + "] must be a finite number of at least 0, got " + v);
      }
      sum += v;
    }
    int n = observed.length;
    double mean = sum / n;
    double squares = 0;
    for (double v : observed) {
      squares += (v - mean) * (v - mean);
    }
    double[] result = java.util.Arrays.copyOf(observed, n + 2);
    java.util.Arrays.sort(result, 0, n);
    result[n] = mean;
    result[n + 1] = Math.sqrt(squares / n);
    return result;
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.valueOf(v).replace(".0E", "e").replace("E", "e"); // 1e100, not 1.0E100
  }
}
