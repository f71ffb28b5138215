package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Chinese retail calendar (零售日历, seed 001 §2.1): the lunar festivals that move the year's demand, for every
 * year from 1901 to 2099, and the events — festivals, platform campaigns, seasons — with the windows in which they
 * move it.
 *
 * <pre>{@code
 * RetailCalendar cal = RetailCalendar.china();
 * cal.springFestival(2027);   // 2027-02-06 (春节)
 * cal.midAutumn(2026);        // 2026-09-25 (中秋)
 * cal.qingming(2026);         // 2026-04-05 (清明, a solar term)
 * cal.events(Year.of(2026));  // logistics-shutdown 2026-02-07..2026-02-15, spring-festival …, double-11 …
 * RetailCalendar mine = cal.with(EventRule.fixed("brand-day", 8, 8).daysBefore(3).build());
 * }</pre>
 *
 * <p>{@link #china()}'s events ({@link #rules()}), each a window of days around an anchor:
 *
 * <table>
 *   <caption>The standard events</caption>
 *   <tr><th>name</th><th>window</th></tr>
 *   <tr><td>logistics-shutdown</td><td>Spring Festival − 10 to − 2 days: couriers stop before the festival (春节停运)</td></tr>
 *   <tr><td>spring-festival</td><td>the eve to the 6th day (除夕 to 初六)</td></tr>
 *   <tr><td>lantern-festival</td><td>lunar 1-15</td></tr>
 *   <tr><td>spring-back-to-school</td><td>20 February and the 18 days after: to 10 March, 9 March in leap years (开学季)</td></tr>
 *   <tr><td>womens-day</td><td>1 to 8 March (3.8 女王节)</td></tr>
 *   <tr><td>qingming</td><td>Qingming</td></tr>
 *   <tr><td>dragon-boat</td><td>lunar 5-5 (端午)</td></tr>
 *   <tr><td>618-season</td><td>1 to 17 June</td></tr>
 *   <tr><td>618</td><td>18 June</td></tr>
 *   <tr><td>qixi</td><td>lunar 7-7 (七夕)</td></tr>
 *   <tr><td>autumn-back-to-school</td><td>20 August to 10 September (开学季)</td></tr>
 *   <tr><td>mid-autumn</td><td>lunar 8-15 (中秋)</td></tr>
 *   <tr><td>double-11-presale</td><td>20 October to 10 November (双11 预售)</td></tr>
 *   <tr><td>double-11</td><td>11 November</td></tr>
 *   <tr><td>double-12</td><td>12 December</td></tr>
 * </table>
 *
 * All effects are multiplicative by default. Change a window by replacing the rule ({@link #without} then {@link
 * #with}). Windows may overlap (the lantern festival and the spring term); a model must not count a day twice.
 *
 * <p>The lunar dates come from a compact table of the lunisolar calendar (how it was computed, and how it is checked
 * against an independent library for every month of every year, is in the package's {@code LunarTable}); ICU4J's
 * {@code ChineseCalendar}, a common choice, is a day off in some years, 2027 and 2030 among them. Qingming is the
 * day the sun reaches 15° of longitude, Beijing time.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RetailCalendar {

  private static final RetailCalendar CHINA = new RetailCalendar(List.of(
      EventRule.springFestival("logistics-shutdown", -10).daysAfter(8).build(),
      EventRule.springFestival("spring-festival", 0).daysBefore(1).daysAfter(6).build(),
      EventRule.lunar("lantern-festival", 1, 15).build(),
      EventRule.fixed("spring-back-to-school", 2, 20).daysAfter(18).build(),
      EventRule.fixed("womens-day", 3, 8).daysBefore(7).build(),
      EventRule.qingming("qingming").build(),
      EventRule.lunar("dragon-boat", 5, 5).build(),
      EventRule.fixed("618-season", 6, 1).daysAfter(16).build(),
      EventRule.fixed("618", 6, 18).build(),
      EventRule.lunar("qixi", 7, 7).build(),
      EventRule.fixed("autumn-back-to-school", 8, 20).daysAfter(21).build(),
      EventRule.lunar("mid-autumn", 8, 15).build(),
      EventRule.fixed("double-11-presale", 10, 20).daysAfter(21).build(),
      EventRule.fixed("double-11", 11, 11).build(),
      EventRule.fixed("double-12", 12, 12).build()));

  private final ImmutableList<EventRule> rules;

  private RetailCalendar(List<EventRule> rules) {
    this.rules = ImmutableList.copyOf(rules);
  }

  /**
   * The Chinese retail calendar.
   *
   * @return the calendar
   */
  public static RetailCalendar china() {
    return CHINA;
  }

  /**
   * The first year the calendar covers.
   *
   * @return 1901
   */
  public int firstYear() {
    return LunarTable.FIRST_YEAR;
  }

  /**
   * The last year the calendar covers.
   *
   * @return 2099
   */
  public int lastYear() {
    return LunarTable.LAST_YEAR;
  }

  /**
   * Spring Festival (春节), the lunar new year: 1st day of the 1st lunar month; between 21 January and 20 February.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate springFestival(int year) {
    return lunarDate(year, 1, 1);
  }

  /**
   * The Lantern Festival (元宵节): 15th day of the 1st lunar month.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate lanternFestival(int year) {
    return lunarDate(year, 1, 15);
  }

  /**
   * The Dragon Boat Festival (端午节): 5th day of the 5th lunar month.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate dragonBoat(int year) {
    return lunarDate(year, 5, 5);
  }

  /**
   * Qixi (七夕), the Chinese Valentine's Day: 7th day of the 7th lunar month.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate qixi(int year) {
    return lunarDate(year, 7, 7);
  }

  /**
   * The Mid-Autumn Festival (中秋节): 15th day of the 8th lunar month.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate midAutumn(int year) {
    return lunarDate(year, 8, 15);
  }

  /**
   * Qingming (清明节), a solar term: the day (Beijing time) the sun's apparent longitude reaches 15°, 4 to 6 April.
   *
   * @param year the Gregorian year, 1901-2099
   * @return its date
   * @throws ForecastException outside 1901-2099
   */
  public LocalDate qingming(int year) {
    return LunarTable.qingming(year);
  }

  /**
   * The Gregorian date of a day of the lunar year that begins in {@code year} (not a leap month).
   *
   * @param year the Gregorian year in which the lunar year begins, 1901-2099
   * @param month the lunar month, 1-12
   * @param day the day of the month, 1 to its length (29 or 30)
   * @return the date
   * @throws ForecastException outside 1901-2099, or for a month or day that does not exist
   */
  public LocalDate lunarDate(int year, int month, int day) {
    return lunarDate(year, month, day, false);
  }

  /**
   * The Gregorian date of a day of the lunar year that begins in {@code year}.
   *
   * @param year the Gregorian year in which the lunar year begins, 1901-2099
   * @param month the lunar month, 1-12
   * @param day the day of the month, 1 to its length (29 or 30)
   * @param leap the leap month (闰月) that follows {@code month}, when the year has one
   * @return the date
   * @throws ForecastException outside 1901-2099, or for a month or day that does not exist
   */
  public LocalDate lunarDate(int year, int month, int day, boolean leap) {
    LocalDate start = LunarTable.monthStart(year, month, leap);
    int length = LunarTable.monthLength(year, month, leap);
    if (day < 1 || day > length) {
      throw new ForecastException("day " + day + " of lunar " + (leap ? "leap " : "") + "month " + month + " of "
          + year + " does not exist; the month has " + length + " days");
    }
    return start.plusDays(day - 1);
  }

  /**
   * The number of days of a lunar month.
   *
   * @param year the Gregorian year in which the lunar year begins, 1901-2099
   * @param month the lunar month, 1-12
   * @param leap the leap month that follows {@code month}
   * @return 29 or 30
   * @throws ForecastException outside 1901-2099, or for a month that does not exist
   */
  public int lunarMonthLength(int year, int month, boolean leap) {
    LunarTable.monthStart(year, month, leap); // checks the month exists
    return LunarTable.monthLength(year, month, leap);
  }

  /**
   * The month a leap month (闰月) follows in the lunar year that begins in {@code year}, or 0.
   *
   * @param year the Gregorian year, 1901-2099
   * @return 1-12, or 0 without a leap month
   * @throws ForecastException outside 1901-2099
   */
  public int leapMonth(int year) {
    return LunarTable.leapMonth(year);
  }

  /**
   * The event rules, in the order given.
   *
   * @return the rules
   */
  public List<EventRule> rules() {
    return rules;
  }

  /**
   * This calendar with more events.
   *
   * @param more the rules to add; their names must be new
   * @return a new calendar
   * @throws ForecastException if a name is already taken
   */
  public RetailCalendar with(EventRule... more) {
    List<EventRule> all = new ArrayList<>(rules);
    for (EventRule r : checkNotNull(more, "more")) {
      checkNotNull(r, "rule");
      if (all.stream().anyMatch(x -> x.name().equals(r.name()))) {
        throw new ForecastException("the calendar already has an event named \"" + r.name() + "\"; remove it with "
            + "without(\"" + r.name() + "\") to replace it");
      }
      all.add(r);
    }
    return new RetailCalendar(all);
  }

  /**
   * This calendar without some events.
   *
   * @param names the names of the events to drop; unknown names are ignored
   * @return a new calendar
   */
  public RetailCalendar without(String... names) {
    List<String> drop = List.of(checkNotNull(names, "names"));
    List<EventRule> kept = new ArrayList<>();
    for (EventRule r : rules) {
      if (!drop.contains(r.name())) {
        kept.add(r);
      }
    }
    return new RetailCalendar(kept);
  }

  /**
   * This calendar with more events read from JSON (the format at {@code CalendarJson}; {@link #rulesToJson()}
   * writes it):
   *
   * <pre>{@code
   * {"version": 1, "events": [
   *   {"name": "brand-day", "fixed": "08-08", "before": 3},
   *   {"name": "mooncakes", "lunar": "08-15", "before": 14, "effect": "ADDITIVE"},
   *   {"name": "shutdown-2", "springFestival": -12, "after": 2},
   *   {"name": "tomb-sweeping", "qingming": true},
   *   {"name": "platform-live", "dates": ["2026-05-20", "2027-05-20"], "after": 1}]}
   * }</pre>
   *
   * {@code before} and {@code after} default to 0, {@code effect} to {@code MULTIPLICATIVE}.
   *
   * @param reader the JSON; not closed
   * @return a new calendar
   * @throws ForecastException naming the JSON path of what is wrong, or a name already taken
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public RetailCalendar withEventsFromJson(java.io.Reader reader) {
    return with(CalendarJson.readRules(CalendarJson.parse(checkNotNull(reader, "reader"))).toArray(new EventRule[0]));
  }

  /**
   * The event rules as JSON that {@code withoutEvents().withEventsFromJson} reads back to an equal calendar.
   *
   * @return the JSON
   */
  public String rulesToJson() {
    return CalendarJson.write(rules);
  }

  /**
   * This calendar's festivals and lunar dates without any events, to build a set of events from scratch.
   *
   * @return a calendar with no event rules
   */
  public RetailCalendar withoutEvents() {
    return new RetailCalendar(List.of());
  }

  /**
   * The events whose window touches a year, by start day.
   *
   * @param year a year, 1901-2099
   * @return the events
   * @throws ForecastException outside 1901-2099
   */
  public List<CalendarEvent> events(Year year) {
    checkNotNull(year, "year");
    return events(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * The events whose window touches the days {@code from} to {@code to}, by start day (then name).
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the events
   * @throws ForecastException if the days are not within 1901-2099
   */
  public List<CalendarEvent> events(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (to.isBefore(from)) {
      throw new ForecastException("the days run from " + from + " to " + to + "; the end is before the start");
    }
    LunarTable.checkYear(from.getYear());
    LunarTable.checkYear(to.getYear());
    List<CalendarEvent> out = new ArrayList<>();
    // a window reaches at most 366 days either side of its anchor, and a Spring Festival offset 366 more
    int first = from.getYear() - 3;
    int last = to.getYear() + 3;
    for (EventRule r : rules) {
      for (int y = first; y <= last; y++) {
        for (LocalDate anchor : r.anchors(y, this)) {
          CalendarEvent e = CalendarEvent.of(r, anchor);
          if (!e.end().isBefore(from) && !e.start().isAfter(to)) {
            out.add(e);
          }
        }
      }
    }
    out.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::name));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetailCalendar && ((RetailCalendar) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "RetailCalendar" + rules.stream().map(EventRule::name).collect(ImmutableList.toImmutableList());
  }
}
