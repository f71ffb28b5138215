package dev.ecomkit.forecast;

import java.time.LocalDate;

/**
 * The Chinese lunisolar calendar (农历) for the lunar years 1901 to 2099, one int a year, and the date of Qingming
 * (清明) for the Gregorian years 1901 to 2099.
 *
 * <p>Each entry packs: bits 0-12, the lengths of the year's months in order, a leap month in its place (1 = 30
 * days, 0 = 29); bits 13-16, the month a leap month follows (0: no leap month); bits 17-22, the day of the lunar new
 * year counted from 1 January (0 = 1 January); bits 23-24, Qingming's day in April minus 4.
 *
 * <p><b>How the table was made.</b> By the rules of the calendar as reformed in 1645 and computed for 120° E (UTC+8)
 * (H. Aslaksen, "The Mathematics of the Chinese Calendar", 2010): a month begins on the day of a new moon; month 11
 * holds the winter solstice; a year from one month 11 to the next with 13 months has a leap month, the first that
 * holds no principal solar term (中气). New moons from J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed. (1998),
 * ch. 49, solar longitudes from ch. 25, ΔT from Espenak &amp; Meeus (2006). Three month beginnings before 1929,
 * when the calendar was still computed by older methods, follow the published calendars instead of the astronomy
 * (10th month of 1914: 17 November; 1st month of 1916: 3 February; 10th month of 1920: 10 November). The generator
 * and a check of every month and festival against an independent library are in the tests ({@code LunarTableTest}).
 *
 * <p>Stateless and thread-safe.
 */
final class LunarTable {

  static final int FIRST_YEAR = 1901;
  static final int LAST_YEAR = 2099;

  static final int[] YEARS = {
      0x0e20752, 0x14c0ea5, 0x138b64a, 0x0dc064b, 0x0c40a9b, 0x1309556, 0x156056a, 0x0c00b59,
      0x0aa5752, 0x1500752, 0x13adb25, 0x0e00b25, 0x0c80a4b, 0x0b2b4ab, 0x15802ad, 0x0c2056b,
      0x0ac4b69, 0x0d20da9, 0x13efd92, 0x0e40e92, 0x0cc0d25, 0x0b6ba4d, 0x15c0a56, 0x0c602b6,
      0x0ae95b5, 0x0d606d4, 0x1400ea9, 0x0ac5e92, 0x0d00e92, 0x0bacd26, 0x15e052b, 0x0c80a57,
      0x0b2b2b6, 0x0d80b5a, 0x14406d4, 0x0ae6ec9, 0x0d20749, 0x0bcf693, 0x1620a93, 0x0cc052b,
      0x0b4ca5b, 0x0da0aad, 0x146056a, 0x0b09b55, 0x0d60ba4, 0x0c00b49, 0x0aa5a93, 0x0d00a95,
      0x0b8f52d, 0x0de0536, 0x0c80aad, 0x0b4b5aa, 0x0d805b2, 0x0c20da5, 0x0ae7d4a, 0x0d40d4a,
      0x0bd0a95, 0x0e00a97, 0x0cc0556, 0x0b6cab5, 0x0da0ad5, 0x0c606d2, 0x0b08ea5, 0x0d60ea5,
      0x0c0064a, 0x0a86c97, 0x0ce0a9b, 0x0baf55a, 0x0de056a, 0x0c80b69, 0x0b4b752, 0x0da0b52,
      0x0c20b25, 0x0ac964b, 0x0d20a4b, 0x03d14ab, 0x0e002ad, 0x0ca056d, 0x0b6cb69, 0x05c0da9,
      0x0c60d92, 0x0b09d25, 0x0d60d25, 0x0415a4d, 0x0e40a56, 0x0ce02b6, 0x0b8c5b5, 0x05e06d5,
      0x0c80ea9, 0x0b4be92, 0x0da0e92, 0x0440d26, 0x0ac6a56, 0x0d00a57, 0x0bd14d6, 0x062035a,
      0x0ca06d5, 0x0b6b6c9, 0x0dc0749, 0x0460693, 0x0ae952b, 0x0d4052b, 0x0be0a5b, 0x02a555a,
      0x0ce056a, 0x0b8fb55, 0x0e00ba4, 0x04a0b49, 0x032ba93, 0x0d80a95, 0x0c2052d, 0x02c8aad,
      0x0500ab5, 0x0bd35aa, 0x0e205d2, 0x04c0da5, 0x036dd4a, 0x0dc0d4a, 0x0c60c95, 0x030952e,
      0x0540556, 0x0be0ab5, 0x0aa55b2, 0x05006d2, 0x038cea5, 0x0de0725, 0x0c8064b, 0x032ac97,
      0x0560cab, 0x0c2055a, 0x0ac6ad6, 0x0520b69, 0x03d7752, 0x0e20b52, 0x0cc0b25, 0x036da4b,
      0x05a0a4b, 0x0c404ab, 0x0aea55b, 0x05405ad, 0x03e0b6a, 0x02a5b52, 0x0d00d92, 0x03afd25,
      0x05e0d25, 0x0480a55, 0x0b2b4ad, 0x05804b6, 0x04005b5, 0x02c6daa, 0x0d20ec9, 0x03f1e92,
      0x0620e92, 0x04c0d26, 0x0b6ca56, 0x05a0a57, 0x0440556, 0x02e86d5, 0x0d40755, 0x0400749,
      0x0286e93, 0x04e0693, 0x0b8f52b, 0x05e052b, 0x0460a5b, 0x032b55a, 0x0d8056a, 0x0420b65,
      0x02c974a, 0x0520b4a, 0x0bd1a95, 0x0620a95, 0x04a052d, 0x034caad, 0x05a0ab5, 0x04605aa,
      0x02e8ba5, 0x0540da5, 0x0400d4a, 0x02a7c95, 0x04e0c96, 0x038f94e, 0x05e0556, 0x0480ab5,
      0x032b5b2, 0x05806d2, 0x0420ea5, 0x02e8e4a, 0x050068b, 0x03b0c97, 0x06004ab, 0x04a055b,
      0x034cad6, 0x05a0b6a, 0x0460752, 0x0309725, 0x0540b45, 0x03e0a8b, 0x028549b
  };

  private LunarTable() {}

  /** The first day of a lunar month; month 1-12, {@code leap} for the leap month that follows month {@code month}. */
  static LocalDate monthStart(int year, int month, boolean leap) {
    int code = YEARS[checkYear(year) - FIRST_YEAR];
    int leapMonth = (code >>> 13) & 0xF;
    if (month < 1 || month > 12) {
      throw new ForecastException("lunar month " + month + " does not exist; months are 1 to 12");
    }
    if (leap && leapMonth != month) {
      throw new ForecastException("lunar year " + year + " has no leap month " + month
          + (leapMonth == 0 ? "; it has no leap month" : "; its leap month follows month " + leapMonth));
    }
    int index = month - 1 + (leapMonth != 0 && (month > leapMonth || leap) ? 1 : 0);
    long day = LocalDate.of(year, 1, 1).toEpochDay() + ((code >>> 17) & 0x3F);
    for (int i = 0; i < index; i++) {
      day += 29 + ((code >>> i) & 1);
    }
    return LocalDate.ofEpochDay(day);
  }

  /** The number of days of a lunar month. */
  static int monthLength(int year, int month, boolean leap) {
    int code = YEARS[checkYear(year) - FIRST_YEAR];
    int leapMonth = (code >>> 13) & 0xF;
    int index = month - 1 + (leapMonth != 0 && (month > leapMonth || leap) ? 1 : 0);
    return 29 + ((code >>> index) & 1);
  }

  /** The month a leap month follows in a lunar year, or 0. */
  static int leapMonth(int year) {
    return (YEARS[checkYear(year) - FIRST_YEAR] >>> 13) & 0xF;
  }

  /** Qingming's date in a Gregorian year. */
  static LocalDate qingming(int year) {
    return LocalDate.of(year, 4, 4 + ((YEARS[checkYear(year) - FIRST_YEAR] >>> 23) & 0x3));
  }

  static int checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new ForecastException("year " + year + " is outside the calendar's range " + FIRST_YEAR + "-" + LAST_YEAR);
    }
    return year;
  }
}
