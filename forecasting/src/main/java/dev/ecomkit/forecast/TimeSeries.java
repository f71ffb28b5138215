package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales history (销售历史): equally spaced values, their seasonal period (12 for monthly data, 4 quarterly, 52
 * weekly, 7 daily, 1 for none) and, when known, the calendar date of the first value.
 *
 * <pre>{@code
 * TimeSeries sales = TimeSeries.monthly(YearMonth.of(2022, 1), 120, 135, 160, 150);  // period 12
 * TimeSeries m3 = TimeSeries.of(values, 12);                                         // no calendar attached
 * TimeSeries gappy = TimeSeries.of(new double[] {5, Double.NaN, 7}, 1, FillPolicy.LINEAR);  // 5, 6, 7
 * }</pre>
 *
 * <p>Every value is a finite number: {@code NaN} (a missing value) is accepted only through an explicit
 * {@link FillPolicy}, infinities never. A bad value, an empty series or a period below 1 is a
 * {@link ForecastException} at the door, so no forecaster ever sees one.
 *
 * <p>Instances are immutable and thread-safe; the values are copied in and out.
 *
 * @since 0.1
 */
public final class TimeSeries {

  /**
   * What one step of a series is in the calendar.
   *
   * @since 0.1
   */
  public enum Frequency {
    /** No calendar attached ({@link TimeSeries#of}). */
    NONE,
    /** One value a day; seasonal period 7 (the week). */
    DAILY,
    /** One value a week; seasonal period 52 (the year). */
    WEEKLY,
    /** One value a month; seasonal period 12. */
    MONTHLY,
    /** One value a quarter; seasonal period 4. */
    QUARTERLY
  }

  /** The largest magnitude a value may have: its square, summed over a series, stays finite. */
  static final double MAX_MAGNITUDE = 1e100;

  private final double[] values;
  private final int period;
  private final Frequency frequency;
  private final LocalDate start;

  private TimeSeries(double[] values, int period, Frequency frequency, LocalDate start) {
    this.values = values;
    this.period = period;
    this.frequency = frequency;
    this.start = start;
  }

  /**
   * A series without a calendar, e.g. competition data.
   *
   * @param values the values, oldest first; copied
   * @param seasonalPeriod the number of values in a season: 12 for monthly data, 4 quarterly, 52 weekly, 7 daily,
   *     1 for non-seasonal data
   * @return the series
   * @throws ForecastException if {@code values} is empty or holds a value that is not a finite number or lies
   *     beyond ±1e100, or the period is below 1
   * @since 0.1
   */
  public static TimeSeries of(double[] values, int seasonalPeriod) {
    return new TimeSeries(checked(values, null), checkedPeriod(seasonalPeriod), Frequency.NONE, null);
  }

  /**
   * A series with missing values ({@code NaN}) filled by an explicit policy.
   *
   * @param values the values, oldest first, {@code NaN} where missing; copied
   * @param seasonalPeriod as for {@link #of(double[], int)}
   * @param fill how to fill the missing values
   * @return the series, filled
   * @throws ForecastException if {@code values} is empty, holds an infinity, or every value is missing, or the
   *     period is below 1
   * @since 0.1
   */
  public static TimeSeries of(double[] values, int seasonalPeriod, FillPolicy fill) {
    checkNotNull(fill, "fill");
    return new TimeSeries(checked(values, fill), checkedPeriod(seasonalPeriod), Frequency.NONE, null);
  }

  /**
   * Monthly values from a start month; seasonal period 12.
   *
   * @param start the month of the first value
   * @param values the values, oldest first; copied
   * @return the series
   * @throws ForecastException if there are no values or one is not a finite number
   * @since 0.1
   */
  public static TimeSeries monthly(YearMonth start, double... values) {
    checkNotNull(start, "start");
    return new TimeSeries(checked(values, null), 12, Frequency.MONTHLY, start.atDay(1));
  }

  /**
   * Quarterly values from the first month of a quarter (January, April, July or October); seasonal period 4.
   *
   * @param start the first month of the first value's quarter
   * @param values the values, oldest first; copied
   * @return the series
   * @throws ForecastException if {@code start} does not begin a quarter, there are no values or one is not a
   *     finite number
   * @since 0.1
   */
  public static TimeSeries quarterly(YearMonth start, double... values) {
    checkNotNull(start, "start");
    if ((start.getMonthValue() - 1) % 3 != 0) {
      throw new ForecastException("a quarterly series starts in January, April, July or October, not in " + start
          + "; use YearMonth.of(" + start.getYear() + ", " + (1 + (start.getMonthValue() - 1) / 3 * 3) + ")");
    }
    return new TimeSeries(checked(values, null), 4, Frequency.QUARTERLY, start.atDay(1));
  }

  /**
   * Weekly values from the first week's start day; seasonal period 52.
   *
   * @param start the first day of the first week
   * @param values the values, oldest first; copied
   * @return the series
   * @throws ForecastException if there are no values or one is not a finite number
   * @since 0.1
   */
  public static TimeSeries weekly(LocalDate start, double... values) {
    checkNotNull(start, "start");
    return new TimeSeries(checked(values, null), 52, Frequency.WEEKLY, start);
  }

  /**
   * Daily values from a start day; seasonal period 7 (the week).
   *
   * @param start the day of the first value
   * @param values the values, oldest first; copied
   * @return the series
   * @throws ForecastException if there are no values or one is not a finite number
   * @since 0.1
   */
  public static TimeSeries daily(LocalDate start, double... values) {
    checkNotNull(start, "start");
    return new TimeSeries(checked(values, null), 7, Frequency.DAILY, start);
  }

  private static int checkedPeriod(int period) {
    if (period < 1) {
      throw new ForecastException("the seasonal period must be at least 1 (1 for non-seasonal data), got " + period);
    }
    return period;
  }

  private static double[] checked(double[] values, FillPolicy fill) {
    checkNotNull(values, "values");
    if (values.length == 0) {
      throw new ForecastException("the series is empty; give at least one value");
    }
    double[] copy = values.clone();
    int missing = 0;
    for (int i = 0; i < copy.length; i++) {
      double v = copy[i];
      if (Double.isNaN(v)) {
        if (fill == null) {
          throw new ForecastException(i, "value at index " + i + " is NaN; give a number, or fill missing values "
              + "with TimeSeries.of(values, period, FillPolicy)");
        }
        missing++;
      } else if (Double.isInfinite(v)) {
        throw new ForecastException(i, "value at index " + i + " is " + v + "; give a finite number");
      } else if (Math.abs(v) > MAX_MAGNITUDE) {
        throw new ForecastException(i, "value at index " + i + " is " + v + "; values are limited to ±1e100, "
            + "beyond which squared errors overflow");
      }
    }
    if (missing == copy.length) {
      throw new ForecastException("every value of the series is missing (NaN); nothing to fill from");
    }
    if (missing > 0) {
      fill(copy, fill);
    }
    return copy;
  }

  private static void fill(double[] v, FillPolicy fill) {
    int firstKnown = 0;
    while (Double.isNaN(v[firstKnown])) {
      firstKnown++;
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isNaN(v[i])) {
        continue;
      }
      int next = i;
      while (next < v.length && Double.isNaN(v[next])) {
        next++;
      }
      for (int j = i; j < next; j++) {
        if (fill == FillPolicy.ZERO) {
          v[j] = 0;
        } else if (i == 0) {
          v[j] = v[firstKnown];
        } else if (fill == FillPolicy.PREVIOUS || next == v.length) {
          v[j] = v[i - 1];
        } else {
          v[j] = v[i - 1] + (v[next] - v[i - 1]) * (j - i + 1) / (next - i + 1);
        }
      }
      i = next - 1;
    }
  }

  /** Whether every value equals the first. */
  static boolean isConstant(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first {@code length} values, with the same period and calendar start: the training part of a hold-out
   * ({@link Backtest#holdOut}).
   *
   * @param length 1 to {@link #size()}
   * @return the shorter series
   * @throws ForecastException if {@code length} is below 1 or above the size
   * @since 0.1
   */
  public TimeSeries head(int length) {
    if (length < 1 || length > values.length) {
      throw new ForecastException("head length must be 1 to " + values.length + ", got " + length);
    }
    return new TimeSeries(java.util.Arrays.copyOf(values, length), period, frequency, start);
  }

  /**
   * The number of values.
   *
   * @return at least 1
   * @since 0.1
   */
  public int size() {
    return values.length;
  }

  /**
   * One value.
   *
   * @param index 0 for the oldest
   * @return the value
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
   * @since 0.1
   */
  public double get(int index) {
    return values[index];
  }

  /**
   * The values, oldest first.
   *
   * @return a copy
   * @since 0.1
   */
  public double[] values() {
    return values.clone();
  }

  /** The values without a copy, for this package's fitting code; never modified. */
  double[] valuesView() {
    return values;
  }

  /**
   * The seasonal period: the number of values in a season.
   *
   * @return at least 1
   * @since 0.1
   */
  public int period() {
    return period;
  }

  /**
   * What one step is in the calendar.
   *
   * @return the frequency; {@link Frequency#NONE} for {@link #of}
   * @since 0.1
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * The date of a step: of the value at {@code index}, or for an index at or past {@link #size()} of a forecast
   * step (the first day of its month or quarter for monthly and quarterly series).
   *
   * @param index 0 for the oldest value; may be past the end
   * @return the date, or empty for a series without a calendar
   * @throws IllegalArgumentException if {@code index} is negative
   * @since 0.1
   */
  public Optional<LocalDate> dateOf(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    switch (frequency) {
      case DAILY:
        return Optional.of(start.plusDays(index));
      case WEEKLY:
        return Optional.of(start.plusWeeks(index));
      case MONTHLY:
        return Optional.of(start.plusMonths(index));
      case QUARTERLY:
        return Optional.of(start.plusMonths(3L * index));
      default:
        return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TimeSeries)) {
      return false;
    }
    TimeSeries other = (TimeSeries) o;
    return period == other.period && frequency == other.frequency && Objects.equals(start, other.start)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, frequency, start) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "TimeSeries{" + values.length + " values, period " + period
        + (start == null ? "" : ", " + frequency.name().toLowerCase(java.util.Locale.ROOT) + " from " + start) + "}";
  }
}
