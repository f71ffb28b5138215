package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lunar table: exactly what the committed astronomy computes, and every month, festival and Qingming of 1901-2099
 * the same as in an independent library, 6tail's lunar-java (寿星万年历's algorithm, tests only).
 */
class LunarTableTest {

  private static final RetailCalendar CAL = RetailCalendar.china();

  private static LocalDate six(int year, int month, int day) {
    Solar s = Lunar.fromYmd(year, month, day).getSolar();
    return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
  }

  @Test
  void theTableIsWhatTheAstronomyComputes() {
    assertArrayEquals(LunarAstronomy.table(), LunarTable.YEARS);
  }

  @Test
  void everyMonthOfEveryYearAgreesWithAnIndependentLibrary() {
    List<String> wrong = new ArrayList<>();
    int months = 0;
    for (int y = 1901; y <= 2099; y++) {
      int leap = LunarYear.fromYear(y).getLeapMonth();
      if (leap != CAL.leapMonth(y)) {
        wrong.add(y + ": leap month " + CAL.leapMonth(y) + ", lunar-java " + leap);
      }
      for (int m = 1; m <= 12; m++) {
        months++;
        check(wrong, y + "-" + m, CAL.lunarDate(y, m, 1), six(y, m, 1));
        int length = LunarYear.fromYear(y).getMonth(m).getDayCount();
        check(wrong, y + "-" + m + " last day", CAL.lunarDate(y, m, length), six(y, m, length));
        if (m == leap) {
          months++;
          check(wrong, y + "-leap " + m, CAL.lunarDate(y, m, 1, true), six(y, -m, 1));
        }
      }
      check(wrong, y + " spring festival", CAL.springFestival(y), six(y, 1, 1));
      check(wrong, y + " lantern", CAL.lanternFestival(y), six(y, 1, 15));
      check(wrong, y + " dragon boat", CAL.dragonBoat(y), six(y, 5, 5));
      check(wrong, y + " qixi", CAL.qixi(y), six(y, 7, 7));
      check(wrong, y + " mid-autumn", CAL.midAutumn(y), six(y, 8, 15));
      Solar q = Lunar.fromYmd(y, 3, 1).getJieQiTable().get("清明");
      check(wrong, y + " qingming", CAL.qingming(y), LocalDate.of(q.getYear(), q.getMonth(), q.getDay()));
    }
    assertEquals(List.of(), wrong);
    assertEquals(199 * 12 + 73, months); // 73 leap months in 199 years
  }

  private static void check(List<String> wrong, String what, LocalDate ours, LocalDate theirs) {
    if (!ours.equals(theirs)) {
      wrong.add(what + ": " + ours + ", lunar-java " + theirs);
    }
  }

  @Test
  void publishedDatesWhereIcu4jIsADayOff() {
    // Spring Festival 2027 and 2030, 1954; Qixi 2012 (Hong Kong Observatory tables)
    assertEquals(LocalDate.of(2027, 2, 6), CAL.springFestival(2027));
    assertEquals(LocalDate.of(2030, 2, 3), CAL.springFestival(2030));
    assertEquals(LocalDate.of(1954, 2, 3), CAL.springFestival(1954));
    assertEquals(LocalDate.of(2012, 8, 23), CAL.qixi(2012));
    assertEquals(LocalDate.of(2026, 2, 17), CAL.springFestival(2026));
    assertEquals(LocalDate.of(2026, 9, 25), CAL.midAutumn(2026));
    assertEquals(LocalDate.of(2026, 6, 19), CAL.dragonBoat(2026));
    assertEquals(LocalDate.of(2026, 4, 5), CAL.qingming(2026));
    assertEquals(6, CAL.leapMonth(2025)); // 闰六月 2025
    assertEquals(11, CAL.leapMonth(2033)); // the leap 11th month of 2033
  }

  @Test
  void springFestivalFallsBetween21JanuaryAnd20February() {
    for (int y = 1901; y <= 2099; y++) {
      LocalDate d = CAL.springFestival(y);
      assertTrue(!d.isBefore(LocalDate.of(y, 1, 21)) && !d.isAfter(LocalDate.of(y, 2, 20)), d.toString());
    }
  }

  @Test
  void datesOutsideTheCalendarAreRefused() {
    ForecastException e = assertThrows(ForecastException.class, () -> CAL.springFestival(2100));
    assertTrue(e.getMessage().contains("year 2100 is outside the calendar's range 1901-2099"), e.getMessage());
    assertThrows(ForecastException.class, () -> CAL.midAutumn(1900));
    e = assertThrows(ForecastException.class, () -> CAL.lunarDate(2026, 13, 1));
    assertTrue(e.getMessage().contains("lunar month 13 does not exist"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> CAL.lunarDate(2026, 3, 1, true));
    assertTrue(e.getMessage().contains("lunar year 2026 has no leap month 3"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> CAL.lunarDate(2026, 1, 31));
    assertTrue(e.getMessage().contains("day 31 of lunar month 1 of 2026 does not exist"), e.getMessage());
  }
}
