package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The calendar's events: the standard windows worked by hand, user rules, bad rules. */
class RetailCalendarTest {

  private static final RetailCalendar CAL = RetailCalendar.china();

  private static String find(List<CalendarEvent> events, String name) {
    return events.stream().filter(e -> e.name().equals(name)).map(CalendarEvent::toString)
        .collect(Collectors.joining(", "));
  }

  @Test
  void theStandardEventsOf2026() {
    List<CalendarEvent> ev = CAL.events(Year.of(2026)); // Spring Festival 17 February 2026
    assertEquals("logistics-shutdown 2026-02-07..2026-02-15", find(ev, "logistics-shutdown"));
    assertEquals("spring-festival 2026-02-16..2026-02-23", find(ev, "spring-festival"));
    assertEquals("lantern-festival 2026-03-03", find(ev, "lantern-festival"));
    assertEquals("womens-day 2026-03-01..2026-03-08", find(ev, "womens-day"));
    assertEquals("qingming 2026-04-05", find(ev, "qingming"));
    assertEquals("dragon-boat 2026-06-19", find(ev, "dragon-boat"));
    assertEquals("618-season 2026-06-01..2026-06-17", find(ev, "618-season"));
    assertEquals("618 2026-06-18", find(ev, "618"));
    assertEquals("qixi 2026-08-19", find(ev, "qixi"));
    assertEquals("mid-autumn 2026-09-25", find(ev, "mid-autumn"));
    assertEquals("double-11-presale 2026-10-20..2026-11-10", find(ev, "double-11-presale"));
    assertEquals("double-11 2026-11-11", find(ev, "double-11"));
    assertEquals("double-12 2026-12-12", find(ev, "double-12"));
    assertEquals(15, ev.size());
    for (int i = 1; i < ev.size(); i++) {
      assertTrue(!ev.get(i).start().isBefore(ev.get(i - 1).start()), ev.toString());
    }
    CalendarEvent presale = ev.stream().filter(e -> e.name().equals("double-11-presale")).findFirst().orElseThrow();
    assertEquals(22, presale.days());
    assertTrue(presale.contains(LocalDate.of(2026, 11, 10)) && !presale.contains(LocalDate.of(2026, 11, 11)));
    assertEquals(EventRule.Effect.MULTIPLICATIVE, presale.effect());
  }

  @Test
  void userRulesJoinTheCalendar() {
    RetailCalendar mine = CAL.with(EventRule.fixed("brand-day", 8, 8).daysBefore(3).build(),
        EventRule.lunar("new-year-eve", 12, 30).build(),
        EventRule.dates("platform-live", LocalDate.of(2026, 5, 20), LocalDate.of(2027, 5, 20))
            .effect(EventRule.Effect.ADDITIVE).daysAfter(1).build());
    List<CalendarEvent> ev = mine.events(Year.of(2026));
    assertEquals("brand-day 2026-08-05..2026-08-08", find(ev, "brand-day"));
    assertEquals("platform-live 2026-05-20..2026-05-21", find(ev, "platform-live"));
    // lunar 12-30 is the last day of the 12th month, 29 or 30 days long: the eve of the next Spring Festival
    assertEquals("new-year-eve 2026-02-16", find(ev, "new-year-eve")); // of the lunar year that began in 2025
    for (int y = 1901; y < 2099; y++) {
      assertEquals(CAL.springFestival(y + 1).minusDays(1), mine.events(Year.of(y + 1)).stream()
          .filter(e -> e.name().equals("new-year-eve")).findFirst().orElseThrow().anchor(), "year " + y);
    }
    assertEquals(CAL.rules().size() + 3, mine.rules().size());
    assertEquals(CAL, mine.without("brand-day", "new-year-eve", "platform-live"));
    ForecastException e = assertThrows(ForecastException.class,
        () -> CAL.with(EventRule.fixed("double-11", 11, 1).build()));
    assertTrue(e.getMessage().contains("already has an event named \"double-11\""), e.getMessage());
    RetailCalendar longer = CAL.without("double-11").with(EventRule.fixed("double-11", 11, 11).daysAfter(2).build());
    assertEquals("double-11 2026-11-11..2026-11-13", find(longer.events(Year.of(2026)), "double-11"));
  }

  @Test
  void badRulesAreRefusedByName() {
    ForecastException e = assertThrows(ForecastException.class, () -> EventRule.fixed("leap", 2, 29).build());
    assertTrue(e.getMessage().contains("29 February is only in leap years"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> EventRule.fixed("x", 4, 31).build());
    assertTrue(e.getMessage().contains("event \"x\": 4-31 is not a date of every year"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> EventRule.lunar("x", 13, 1).build());
    assertTrue(e.getMessage().contains("lunar 13-1 does not exist"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> EventRule.fixed("x", 1, 1).daysBefore(-1).build());
    assertTrue(e.getMessage().contains("daysBefore must be 0 to 366, got -1"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> EventRule.dates("x").build());
    assertTrue(e.getMessage().contains("give at least one date"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> EventRule.fixed(" ", 1, 1).build());
    assertTrue(e.getMessage().contains("name must not be blank"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> CAL.events(Year.of(2100)));
    assertTrue(e.getMessage().contains("year 2100 is outside"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> CAL.events(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    assertTrue(e.getMessage().contains("the end is before the start"), e.getMessage());
  }

  @Test
  void rulesInAndOutOfJson() {
    String json = CAL.rulesToJson();
    assertEquals(CAL, CAL.withoutEvents().withEventsFromJson(new java.io.StringReader(json)));
    RetailCalendar mine = CAL.withEventsFromJson(new java.io.StringReader("{\"version\": 1, \"events\": ["
        + "{\"name\": \"brand-day\", \"fixed\": \"08-08\", \"before\": 3},"
        + "{\"name\": \"mooncakes\", \"lunar\": \"08-15\", \"before\": 14, \"effect\": \"ADDITIVE\"},"
        + "{\"name\": \"shutdown-2\", \"springFestival\": -12, \"after\": 2},"
        + "{\"name\": \"tomb-sweeping\", \"qingming\": true},"
        + "{\"name\": \"platform-live\", \"dates\": [\"2026-05-20\"], \"after\": 1}]}"));
    List<CalendarEvent> ev = mine.events(Year.of(2026));
    assertEquals("brand-day 2026-08-05..2026-08-08", find(ev, "brand-day"));
    assertEquals("mooncakes 2026-09-11..2026-09-25", find(ev, "mooncakes"));
    assertEquals("shutdown-2 2026-02-05..2026-02-07", find(ev, "shutdown-2"));
    assertEquals("tomb-sweeping 2026-04-05", find(ev, "tomb-sweeping"));
    assertEquals("platform-live 2026-05-20..2026-05-21", find(ev, "platform-live"));
    assertEquals(mine, mine.withoutEvents().withEventsFromJson(new java.io.StringReader(mine.rulesToJson())));
    String head = "{\"version\": 1, \"events\": [";
    String[][] cases = {
        {head + "{\"name\": \"x\", \"fixed\": \"8-8\"}]}", "$.events[0].fixed: \"8-8\" is not a month and day"},
        {head + "{\"name\": \"x\", \"fixed\": \"02-30\"}]}", "$.events[0]: event \"x\": 2-30 is not a date"},
        {head + "{\"name\": \"x\"}]}", "$.events[0]: give exactly one anchor"},
        {head + "{\"name\": \"x\", \"fixed\": \"01-01\", \"qingming\": true}]}", "got fixed, qingming"},
        {head + "{\"name\": \"x\", \"qingming\": false}]}", "$.events[0].qingming: must be true"},
        {head + "{\"name\": \"x\", \"dates\": [\"2026-13-01\"]}]}", "$.events[0].dates[0]: \"2026-13-01\" is not"},
        {head + "{\"name\": \"x\", \"lunar\": \"01-01\", \"after\": 999}]}", "$.events[0].after: must be 0 to 366"},
        {head + "{\"name\": \"x\", \"lunar\": \"01-01\", \"effect\": \"BIG\"}]}", "$.events[0].effect: \"BIG\""},
        {head + "{\"name\": \"x\", \"lunar\": \"01-01\", \"colour\": 1}]}", "$.events[0].colour: unknown field"},
        {head + "{\"name\": \"double-11\", \"fixed\": \"11-11\"}]}", "already has an event named \"double-11\""},
        {"{\"version\": 2, \"events\": []}", "$.version: version 2 is not supported"},
        {"[", "$: not valid JSON"},
    };
    for (String[] c : cases) {
      ForecastException e = assertThrows(ForecastException.class,
          () -> CAL.withEventsFromJson(new java.io.StringReader(c[0])), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Property(tries = 200)
  void everyEventReturnedTouchesTheDays(@ForAll @IntRange(min = 1901, max = 2098) int year,
      @ForAll @IntRange(min = 0, max = 364) int startDay, @ForAll @IntRange(min = 0, max = 400) int length) {
    LocalDate from = LocalDate.ofYearDay(year, startDay + 1);
    LocalDate to = from.plusDays(length);
    if (to.getYear() > 2099) {
      return;
    }
    List<CalendarEvent> ev = CAL.events(from, to);
    for (CalendarEvent e : ev) {
      assertTrue(!e.end().isBefore(from) && !e.start().isAfter(to), e.toString());
      assertTrue(e.contains(e.anchor()) && e.days() >= 1);
    }
    // and no event of the calendar that touches the days is missing: every Double 11 in them is there
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      LocalDate d11 = LocalDate.of(y, 11, 11);
      if (!d11.isBefore(from) && !d11.isAfter(to)) {
        assertTrue(ev.stream().anyMatch(e -> e.name().equals("double-11") && e.anchor().equals(d11)), ev.toString());
      }
    }
  }
}
