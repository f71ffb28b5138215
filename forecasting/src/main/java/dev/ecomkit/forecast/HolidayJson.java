package dev.ecomkit.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON of {@link HolidaySchedule}, through {@link CalendarJson}'s tree helpers.
 *
 * <p>Stateless and thread-safe.
 */
final class HolidayJson {

  private HolidayJson() {}

  static Map<Integer, HolidaySchedule.Announcement> read(JsonNode root) {
    if (!root.isObject()) {
      throw CalendarJson.error("$", "a holiday schedule is a JSON object {\"version\": 1, \"years\": [...]}");
    }
    CalendarJson.fields(root, "$", List.of("version", "years"));
    long version = CalendarJson.number(root, "version", "$");
    if (version != CalendarJson.VERSION) {
      throw CalendarJson.error("$.version", "version " + version + " is not supported; this library reads version "
          + CalendarJson.VERSION);
    }
    JsonNode years = root.get("years");
    if (years == null || !years.isArray()) {
      throw CalendarJson.error("$.years", "must be an array of yearly announcements");
    }
    Map<Integer, HolidaySchedule.Announcement> out = new TreeMap<>();
    for (int i = 0; i < years.size(); i++) {
      String path = "$.years[" + i + "]";
      HolidaySchedule.Announcement a = announcement(years.get(i), path);
      if (out.put(a.year(), a) != null) {
        throw CalendarJson.error(path + ".year", "year " + a.year() + " is given twice");
      }
    }
    try {
      checkNoOverlap(out.values());
    } catch (ForecastException x) {
      throw CalendarJson.error("$.years", x.getMessage());
    }
    return out;
  }

  private static HolidaySchedule.Announcement announcement(JsonNode n, String path) {
    if (!n.isObject()) {
      throw CalendarJson.error(path, "must be an object with year, holidays and workdays");
    }
    CalendarJson.fields(n, path, List.of("year", "source", "holidays", "workdays"));
    long year = CalendarJson.number(n, "year", path);
    if (year < 1901 || year > 2099) {
      throw CalendarJson.error(path + ".year", "must be 1901 to 2099, got " + year);
    }
    String source = n.has("source") ? CalendarJson.text(n, "source", path) : "";
    LocalDate earliest = LocalDate.of((int) year - 1, 12, 1);
    LocalDate latest = LocalDate.of((int) year + 1, 1, 31);
    List<HolidaySchedule.Holiday> holidays = new ArrayList<>();
    JsonNode hs = n.get("holidays");
    if (hs == null || !hs.isArray()) {
      throw CalendarJson.error(path + ".holidays", "must be an array of {name, from, to}");
    }
    for (int i = 0; i < hs.size(); i++) {
      String p = path + ".holidays[" + i + "]";
      JsonNode h = hs.get(i);
      if (!h.isObject()) {
        throw CalendarJson.error(p, "must be an object {name, from, to}");
      }
      CalendarJson.fields(h, p, List.of("name", "from", "to"));
      String name = CalendarJson.text(h, "name", p);
      LocalDate from = CalendarJson.date(h.get("from"), p + ".from");
      LocalDate to = CalendarJson.date(h.get("to"), p + ".to");
      if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= 31) {
        throw CalendarJson.error(p, "holiday \"" + name + "\" runs " + from + " to " + to + "; it must end on or after "
            + "its start and last at most 31 days");
      }
      if (from.isBefore(earliest) || to.isAfter(latest)) {
        throw CalendarJson.error(p, "holiday \"" + name + "\" (" + from + " to " + to + ") is not around " + year);
      }
      holidays.add(new HolidaySchedule.Holiday(name, from, to));
    }
    holidays.sort(Comparator.comparing(HolidaySchedule.Holiday::from));
    List<LocalDate> workdays = new ArrayList<>();
    JsonNode ws = n.get("workdays");
    if (ws != null) {
      if (!ws.isArray()) {
        throw CalendarJson.error(path + ".workdays", "must be an array of dates");
      }
      for (int i = 0; i < ws.size(); i++) {
        String p = path + ".workdays[" + i + "]";
        LocalDate d = CalendarJson.date(ws.get(i), p);
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          throw CalendarJson.error(p, d + " is a " + d.getDayOfWeek() + "; a make-up workday is a Saturday or Sunday");
        }
        if (holidays.stream().anyMatch(h -> h.contains(d))) {
          throw CalendarJson.error(p, d + " is a day off in a holiday of the same year");
        }
        if (d.isBefore(earliest) || d.isAfter(latest)) {
          throw CalendarJson.error(p, d + " is not around " + year);
        }
        workdays.add(d);
      }
    }
    workdays.sort(Comparator.naturalOrder());
    return new HolidaySchedule.Announcement((int) year, source, holidays, workdays);
  }

  /** No two holidays share a day, and no make-up workday is another year's day off. */
  static void checkNoOverlap(Collection<HolidaySchedule.Announcement> years) {
    List<HolidaySchedule.Holiday> all = new ArrayList<>();
    years.forEach(a -> all.addAll(a.holidays()));
    all.sort(Comparator.comparing(HolidaySchedule.Holiday::from));
    for (int i = 1; i < all.size(); i++) {
      if (!all.get(i).from().isAfter(all.get(i - 1).to())) {
        throw new ForecastException("holidays \"" + all.get(i - 1).name() + "\" (" + all.get(i - 1).from() + " to "
            + all.get(i - 1).to() + ") and \"" + all.get(i).name() + "\" (" + all.get(i).from() + " to "
            + all.get(i).to() + ") overlap");
      }
    }
    for (HolidaySchedule.Announcement a : years) {
      for (LocalDate d : a.workdays()) {
        for (HolidaySchedule.Holiday h : all) {
          if (h.contains(d)) {
            throw new ForecastException("make-up workday " + d + " of " + a.year() + " is a day off in \"" + h.name()
                + "\"");
          }
        }
      }
    }
  }

  static String write(Collection<HolidaySchedule.Announcement> years) {
    return CalendarJson.object(g -> {
      g.writeNumberField("version", CalendarJson.VERSION);
      g.writeArrayFieldStart("years");
      for (HolidaySchedule.Announcement a : years) {
        g.writeStartObject();
        g.writeNumberField("year", a.year());
        g.writeStringField("source", a.source());
        g.writeArrayFieldStart("holidays");
        for (HolidaySchedule.Holiday h : a.holidays()) {
          g.writeStartObject();
          g.writeStringField("name", h.name());
          g.writeStringField("from", h.from().toString());
          g.writeStringField("to", h.to().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("workdays");
        for (LocalDate d : a.workdays()) {
          g.writeString(d.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
