package dev.ecomkit.forecast;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a calendar event falls each year (活动规则): its anchor day — a fixed Gregorian date, a lunar date, a number of
 * days from Spring Festival, Qingming, or a list of dates for one-off campaigns — and the window around it, days
 * before and after, in which the event moves demand; and whether its effect on sales is multiplicative (a share of
 * the level, the default) or additive (units on top).
 *
 * <pre>{@code
 * EventRule brandDay = EventRule.fixed("brand-day", 8, 8).daysBefore(3).build();
 * EventRule mooncakes = EventRule.lunar("mid-autumn", 8, 15).daysBefore(14).build();
 * EventRule shutdown = EventRule.springFestival("logistics-shutdown", -10).daysAfter(8).build();
 * EventRule live = EventRule.dates("platform-live", LocalDate.of(2026, 5, 20)).effect(EventRule.Effect.ADDITIVE)
 *     .build();
 * }</pre>
 *
 * A lunar day 30 in a month of 29 days is the month's last day (so {@code lunar("new-year-eve", 12, 30)} is always
 * 除夕). Lunar, Spring Festival and Qingming anchors exist for the years the calendar covers, 1901-2099 (the eve of
 * the lunar year that began in 1900, in January 1901, is not there); fixed dates and listed dates in any year.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EventRule {

  /** The longest window on either side of the anchor, in days. */
  public static final int MAX_WINDOW_DAYS = 366;

  /**
   * What the anchor day is.
   *
   * @since 0.1
   */
  public enum Anchor {
    /** A Gregorian month and day every year. */
    FIXED,
    /** A lunar month and day of the lunar year that begins in the year. */
    LUNAR,
    /** Spring Festival plus an offset in days. */
    SPRING_FESTIVAL,
    /** Qingming, a solar term. */
    QINGMING,
    /** The listed dates, in whatever years they fall. */
    DATES
  }

  /**
   * How the event's effect enters a model.
   *
   * @since 0.1
   */
  public enum Effect {
    /** A share of the level: sales × (1 + effect). */
    MULTIPLICATIVE,
    /** Units on top: sales + effect. */
    ADDITIVE
  }

  EventRule() {}

  /**
   * A rule on a Gregorian date every year.
   *
   * @param name the event's name
   * @param month 1-12
   * @param day the day of the month (29 February is refused: it is not in every year)
   * @return a builder to set the window and effect on
   */
  public static Builder fixed(String name, int month, int day) {
    Builder b = new Builder();
    b.name(name).anchor(Anchor.FIXED).month(month).day(day);
    return b;
  }

  /**
   * A rule on a lunar date every year.
   *
   * @param name the event's name
   * @param month the lunar month, 1-12
   * @param day the lunar day, 1-30 (30 in a month of 29 days: its last day)
   * @return a builder to set the window and effect on
   */
  public static Builder lunar(String name, int month, int day) {
    Builder b = new Builder();
    b.name(name).anchor(Anchor.LUNAR).month(month).day(day);
    return b;
  }

  /**
   * A rule a number of days from Spring Festival.
   *
   * @param name the event's name
   * @param offsetDays days after (negative: before) Spring Festival
   * @return a builder to set the window and effect on
   */
  public static Builder springFestival(String name, int offsetDays) {
    Builder b = new Builder();
    b.name(name).anchor(Anchor.SPRING_FESTIVAL).offset(offsetDays);
    return b;
  }

  /**
   * A rule on Qingming.
   *
   * @param name the event's name
   * @return a builder to set the window and effect on
   */
  public static Builder qingming(String name) {
    Builder b = new Builder();
    b.name(name).anchor(Anchor.QINGMING);
    return b;
  }

  /**
   * A one-off event on some dates.
   *
   * @param name the event's name
   * @param dates the anchor days, at least one
   * @return a builder to set the window and effect on
   */
  public static Builder dates(String name, LocalDate... dates) {
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] == null) {
        throw new ForecastException("event \"" + name + "\": date " + i + " is null");
      }
    }
    Builder b = new Builder();
    b.name(name).anchor(Anchor.DATES).addDates(dates);
    return b;
  }

  /** @return the event's name, unique in a calendar */
  public abstract String name();

  /** @return what the anchor day is */
  public abstract Anchor anchor();

  /** @return the month, for {@code FIXED} and {@code LUNAR} */
  @Value.Default
  public int month() {
    return 0;
  }

  /** @return the day, for {@code FIXED} and {@code LUNAR} */
  @Value.Default
  public int day() {
    return 0;
  }

  /** @return days from Spring Festival, for {@code SPRING_FESTIVAL} */
  @Value.Default
  public int offset() {
    return 0;
  }

  /** @return the anchor days, for {@code DATES} */
  public abstract List<LocalDate> dates();

  /** @return days of the window before the anchor, 0 or more */
  @Value.Default
  public int daysBefore() {
    return 0;
  }

  /** @return days of the window after the anchor, 0 or more */
  @Value.Default
  public int daysAfter() {
    return 0;
  }

  /** @return how the effect enters a model */
  @Value.Default
  public Effect effect() {
    return Effect.MULTIPLICATIVE;
  }

  /** The anchor days of the rule in a Gregorian year (none, for dates in other years). */
  List<LocalDate> anchors(int year, RetailCalendar calendar) {
    List<LocalDate> out = new ArrayList<>(1);
    boolean tabled = year >= LunarTable.FIRST_YEAR && year <= LunarTable.LAST_YEAR;
    if (!tabled && anchor() != Anchor.FIXED && anchor() != Anchor.DATES) {
      return out; // lunar and solar-term anchors exist for 1901-2099 only
    }
    switch (anchor()) {
      case FIXED:
        out.add(LocalDate.of(year, month(), day()));
        break;
      case LUNAR:
        out.add(calendar.lunarDate(year, month(), Math.min(day(), calendar.lunarMonthLength(year, month(), false))));
        break;
      case SPRING_FESTIVAL:
        out.add(calendar.springFestival(year).plusDays(offset()));
        break;
      case QINGMING:
        out.add(calendar.qingming(year));
        break;
      default:
        for (LocalDate d : dates()) {
          if (d.getYear() == year) {
            out.add(d);
          }
        }
    }
    return out;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new ForecastException("an event's name must not be blank");
    }
    window("daysBefore", daysBefore());
    window("daysAfter", daysAfter());
    switch (anchor()) {
      case FIXED:
        if (month() < 1 || month() > 12 || day() < 1 || day() > MonthDay.of(month(), 1).getMonth().minLength()) {
          throw new ForecastException("event \"" + name() + "\": " + month() + "-" + day() + " is not a date of "
              + "every year" + (month() == 2 && day() == 29 ? " (29 February is only in leap years)" : ""));
        }
        break;
      case LUNAR:
        if (month() < 1 || month() > 12 || day() < 1 || day() > 30) {
          throw new ForecastException("event \"" + name() + "\": lunar " + month() + "-" + day() + " does not exist; "
              + "months are 1-12, days 1-30");
        }
        break;
      case SPRING_FESTIVAL:
        if (Math.abs(offset()) > MAX_WINDOW_DAYS) {
          throw new ForecastException("event \"" + name() + "\": an offset of " + offset() + " days from Spring "
              + "Festival is more than " + MAX_WINDOW_DAYS);
        }
        break;
      case DATES:
        if (dates().isEmpty()) {
          throw new ForecastException("event \"" + name() + "\": give at least one date");
        }
        if (new java.util.HashSet<>(dates()).size() != dates().size()) {
          throw new ForecastException("event \"" + name() + "\": a date is listed twice in " + dates());
        }
        break;
      default:
        break;
    }
  }

  private void window(String field, int days) {
    if (days < 0 || days > MAX_WINDOW_DAYS) {
      throw new ForecastException("event \"" + name() + "\": " + field + " must be 0 to " + MAX_WINDOW_DAYS
          + ", got " + days);
    }
  }

  /**
   * Builds an {@link EventRule}; start from {@link #fixed}, {@link #lunar}, {@link #springFestival}, {@link
   * #qingming} or {@link #dates}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableEventRule.Builder {
    Builder() {}
  }
}
