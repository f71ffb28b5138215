package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The announced days off and make-up workdays as data; the fixture {@code holidays-2025.json} is the State Council's
 * notice for 2025 (国办发明电〔2024〕12号).
 */
class HolidayScheduleTest {

  static HolidaySchedule year2025() throws Exception {
    try (Reader r = new InputStreamReader(HolidayScheduleTest.class.getResourceAsStream("holidays-2025.json"),
        StandardCharsets.UTF_8)) {
      return HolidaySchedule.fromJson(r);
    }
  }

  @Test
  void theAnnouncementOf2025() throws Exception {
    HolidaySchedule s = year2025();
    assertTrue(s.isHoliday(LocalDate.of(2025, 1, 28)));
    assertTrue(s.isHoliday(LocalDate.of(2025, 2, 4)));
    assertFalse(s.isHoliday(LocalDate.of(2025, 2, 5)));
    assertTrue(s.isMakeUpWorkday(LocalDate.of(2025, 1, 26))); // a Sunday
    assertTrue(s.isWorkday(LocalDate.of(2025, 1, 26)));
    assertFalse(s.isWorkday(LocalDate.of(2025, 1, 29))); // a Wednesday off
    assertTrue(s.isWorkday(LocalDate.of(2025, 3, 3)));
    assertFalse(s.isWorkday(LocalDate.of(2025, 3, 2))); // an ordinary Sunday
    assertEquals(6, s.years().get(2025).holidays().size());
    assertEquals(s, HolidaySchedule.fromJson(new StringReader(s.toJson())));
    // the empty schedule knows weekends only
    assertTrue(HolidaySchedule.empty().isWorkday(LocalDate.of(2025, 1, 29)));
    assertFalse(HolidaySchedule.empty().isWorkday(LocalDate.of(2025, 1, 26)));
    // a newer announcement of the same year replaces it
    HolidaySchedule fix = HolidaySchedule.fromJson(new StringReader("{\"version\": 1, \"years\": [{\"year\": 2025, "
        + "\"holidays\": [{\"name\": \"spring-festival\", \"from\": \"2025-01-28\", \"to\": \"2025-02-05\"}]}]}"));
    HolidaySchedule merged = s.merge(fix);
    assertTrue(merged.isHoliday(LocalDate.of(2025, 2, 5)));
    assertFalse(merged.isHoliday(LocalDate.of(2025, 10, 1)));
    assertEquals("", merged.years().get(2025).source());
  }

  @Test
  void damagedSchedulesNameThePath() {
    String head = "{\"version\": 1, \"years\": [{\"year\": 2025, \"holidays\": [";
    String[][] cases = {
        {head + "{\"name\": \"a\", \"from\": \"2025-02-04\", \"to\": \"2025-01-28\"}]}]}",
            "$.years[0].holidays[0]: holiday \"a\" runs 2025-02-04 to 2025-01-28"},
        {head + "{\"name\": \"a\", \"from\": \"2025-01-01\", \"to\": \"2025-03-01\"}]}]}", "at most 31 days"},
        {head + "{\"name\": \"a\", \"from\": \"2027-01-01\", \"to\": \"2027-01-02\"}]}]}", "is not around 2025"},
        {head + "{\"name\": \"a\", \"from\": \"2025-01-01\", \"to\": \"2025-01-03\"}, {\"name\": \"b\", \"from\": "
            + "\"2025-01-03\", \"to\": \"2025-01-04\"}]}]}", "$.years: holidays \"a\""},
        {head + "], \"workdays\": [\"2025-01-27\"]}]}", "$.years[0].workdays[0]: 2025-01-27 is a MONDAY"},
        {head + "{\"name\": \"a\", \"from\": \"2025-01-25\", \"to\": \"2025-01-27\"}], \"workdays\": [\"2025-01-26\"]}]}",
            "is a day off in a holiday"},
        {head + "]}, {\"year\": 2025, \"holidays\": []}]}", "$.years[1].year: year 2025 is given twice"},
        {head + "{\"name\": \"a\", \"from\": \"soon\", \"to\": \"2025-01-01\"}]}]}", "$.years[0].holidays[0].from"},
        {"{\"version\": 1, \"years\": [{\"year\": 1800, \"holidays\": []}]}", "$.years[0].year: must be 1901 to 2099"},
    };
    for (String[] c : cases) {
      ForecastException e = assertThrows(ForecastException.class,
          () -> HolidaySchedule.fromJson(new StringReader(c[0])), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }
}
