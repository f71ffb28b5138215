package dev.ecomkit.forecast;

import java.time.LocalDate;

/**
 * The Chinese retail calendar (零售日历, seed 001 §2.1): the lunar festivals that move the year's demand, for every
 * year from 1901 to 2099, and (next) the platform campaigns and seasons.
 *
 * <pre>{@code
 * RetailCalendar cal = RetailCalendar.china();
 * cal.springFestival(2027);   // 2027-02-06 (春节)
 * cal.midAutumn(2026);        // 2026-09-25 (中秋)
 * cal.qingming(2026);         // 2026-04-05 (清明, a solar term)
 * }</pre>
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

  private static final RetailCalendar CHINA = new RetailCalendar();

  private RetailCalendar() {}

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
   * The month a leap month (闰月) follows in the lunar year that begins in {@code year}, or 0.
   *
   * @param year the Gregorian year, 1901-2099
   * @return 1-12, or 0 without a leap month
   * @throws ForecastException outside 1901-2099
   */
  public int leapMonth(int year) {
    return LunarTable.leapMonth(year);
  }

  @Override
  public String toString() {
    return "RetailCalendar.china()";
  }
}
