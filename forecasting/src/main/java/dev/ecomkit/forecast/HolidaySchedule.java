package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The official days off and make-up workdays (调休) as announced each year by the State Council — data, not rules:
 * the festival dates come from {@link RetailCalendar}'s rules, but which days are off, and which weekend days become
 * workdays, is announced about a year ahead, and a merchant updates it from JSON without a new release of the
 * library. The library ships no announcement; an empty schedule knows only weekends.
 *
 * <pre>{@code
 * HolidaySchedule s = HolidaySchedule.fromJson(reader);
 * // {"version": 1, "years": [{"year": 2025, "source": "国办发明电〔2024〕12号",
 * //   "holidays": [{"name": "spring-festival", "from": "2025-01-28", "to": "2025-02-04"}, …],
 * //   "workdays": ["2025-01-26", "2025-02-08", …]}]}
 * s.isHoliday(LocalDate.of(2025, 1, 28));   // true
 * s.isWorkday(LocalDate.of(2025, 1, 26));   // true: a Sunday made a workday
 * s = s.merge(nextYearsAnnouncement);        // a year in the newer schedule replaces the older one's
 * }</pre>
 *
 * A year's days off may start in the December before it (New Year's Day). Refused, naming the JSON path: a day off
 * outside the year and its neighbouring months, a holiday longer than 31 days or ending before it starts, two
 * holidays that overlap, a make-up workday that is not a Saturday or Sunday or that is a day off, a year given twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HolidaySchedule {

  /**
   * One announced holiday: a name and its days off. Immutable and thread-safe.
   *
   * @param name the holiday, e.g. "spring-festival"
   * @param from the first day off
   * @param to the last day off
   * @since 0.1
   */
  public record Holiday(String name, LocalDate from, LocalDate to) {

    /**
     * A holiday.
     *
     * @throws NullPointerException if an argument is null
     */
    public Holiday {
      checkNotNull(name, "name");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
    }

    /**
     * Whether a day is off in this holiday.
     *
     * @param day the day
     * @return true from {@link #from()} to {@link #to()}
     */
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /**
   * One year's announcement. Immutable and thread-safe.
   *
   * @param year the year
   * @param source where it was announced, possibly empty
   * @param holidays the holidays, in date order
   * @param workdays the weekend days made workdays, in date order
   * @since 0.1
   */
  public record Announcement(int year, String source, List<Holiday> holidays, List<LocalDate> workdays) {

    /**
     * An announcement; the lists are copied.
     *
     * @throws NullPointerException if an argument is null
     */
    public Announcement {
      checkNotNull(source, "source");
      holidays = ImmutableList.copyOf(holidays);
      workdays = ImmutableList.copyOf(workdays);
    }
  }

  private static final HolidaySchedule EMPTY = new HolidaySchedule(Map.of());

  private final ImmutableSortedMap<Integer, Announcement> years;

  private HolidaySchedule(Map<Integer, Announcement> years) {
    this.years = ImmutableSortedMap.copyOf(years);
  }

  /**
   * A schedule with no announcements: every Saturday and Sunday off, every other day a workday.
   *
   * @return the empty schedule
   */
  public static HolidaySchedule empty() {
    return EMPTY;
  }

  /**
   * Reads announcements from JSON (format in the class comment).
   *
   * @param reader the JSON; not closed
   * @return the schedule
   * @throws ForecastException naming the JSON path of what is wrong
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static HolidaySchedule fromJson(java.io.Reader reader) {
    return new HolidaySchedule(HolidayJson.read(CalendarJson.parse(checkNotNull(reader, "reader"))));
  }

  /**
   * The schedule as JSON that {@link #fromJson} reads back to an equal schedule.
   *
   * @return the JSON
   */
  public String toJson() {
    return HolidayJson.write(years.values());
  }

  /**
   * This schedule with a newer one's years replacing its own.
   *
   * @param newer the newer announcements
   * @return a new schedule
   */
  public HolidaySchedule merge(HolidaySchedule newer) {
    SortedMap<Integer, Announcement> all = new TreeMap<>(years);
    all.putAll(checkNotNull(newer, "newer").years);
    HolidayJson.checkNoOverlap(all.values());
    return new HolidaySchedule(all);
  }

  /**
   * The announcements, by year.
   *
   * @return year to announcement
   */
  public SortedMap<Integer, Announcement> years() {
    return years;
  }

  /**
   * Whether a day is an announced day off.
   *
   * @param day the day
   * @return true inside an announced holiday
   */
  public boolean isHoliday(LocalDate day) {
    checkNotNull(day, "day");
    for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
      Announcement a = years.get(y);
      if (a != null && a.holidays().stream().anyMatch(h -> h.contains(day))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a day is a weekend day made a workday (调休).
   *
   * @param day the day
   * @return true for an announced make-up workday
   */
  public boolean isMakeUpWorkday(LocalDate day) {
    checkNotNull(day, "day");
    for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
      Announcement a = years.get(y);
      if (a != null && a.workdays().contains(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether offices and warehouses work on a day: a make-up workday, or a weekday that is not a day off.
   *
   * @param day the day
   * @return true on a workday
   */
  public boolean isWorkday(LocalDate day) {
    if (isMakeUpWorkday(day)) {
      return true;
    }
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidaySchedule && ((HolidaySchedule) o).years.equals(years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }

  @Override
  public String toString() {
    return "HolidaySchedule" + years.keySet();
  }
}
