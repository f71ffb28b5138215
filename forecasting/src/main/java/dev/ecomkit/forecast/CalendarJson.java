package dev.ecomkit.forecast;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * JSON of calendar event rules, read as Jackson trees with every error a {@link ForecastException} naming the JSON
 * path:
 *
 * <pre>{@code
 * {"version": 1, "events": [
 *   {"name": "brand-day", "fixed": "08-08", "before": 3},
 *   {"name": "mooncakes", "lunar": "08-15", "before": 14, "effect": "ADDITIVE"},
 *   {"name": "shutdown", "springFestival": -10, "after": 8},
 *   {"name": "tomb-sweeping", "qingming": true},
 *   {"name": "platform-live", "dates": ["2026-05-20", "2027-05-20"], "after": 1}]}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CalendarJson {

  static final int VERSION = 1;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final List<String> RULE_FIELDS = List.of("name", "fixed", "lunar", "springFestival", "qingming",
      "dates", "before", "after", "effect");
  private static final List<String> ANCHORS = List.of("fixed", "lunar", "springFestival", "qingming", "dates");

  private CalendarJson() {}

  static JsonNode parse(Reader reader) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      JsonNode root = MAPPER.readTree(p);
      if (root == null) {
        throw error("$", "the document is empty");
      }
      if (p.nextToken() != null) {
        throw error("$", "there is more after the first JSON value; give one");
      }
      return root;
    } catch (JsonProcessingException x) {
      throw error("$", "not valid JSON: " + x.getOriginalMessage());
    } catch (IOException x) {
      throw new UncheckedIOException("could not read the JSON", x);
    }
  }

  static List<EventRule> readRules(JsonNode root) {
    if (!root.isObject()) {
      throw error("$", "event rules are a JSON object {\"version\": 1, \"events\": [...]}");
    }
    fields(root, "$", List.of("version", "events"));
    long version = number(root, "version", "$");
    if (version != VERSION) {
      throw error("$.version", "version " + version + " is not supported; this library reads version " + VERSION);
    }
    JsonNode events = root.get("events");
    if (events == null || !events.isArray()) {
      throw error("$.events", "must be an array of event rules");
    }
    List<EventRule> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      out.add(readRule(events.get(i), "$.events[" + i + "]"));
    }
    return out;
  }

  private static EventRule readRule(JsonNode n, String path) {
    if (!n.isObject()) {
      throw error(path, "must be an object with a name and one anchor: fixed, lunar, springFestival, qingming or "
          + "dates");
    }
    fields(n, path, RULE_FIELDS);
    String name = text(n, "name", path);
    List<String> anchors = new ArrayList<>();
    for (String a : ANCHORS) {
      if (n.has(a)) {
        anchors.add(a);
      }
    }
    if (anchors.size() != 1) {
      throw error(path, "give exactly one anchor of fixed, lunar, springFestival, qingming and dates; got "
          + (anchors.isEmpty() ? "none" : String.join(", ", anchors)));
    }
    String anchor = anchors.get(0);
    try {
      EventRule.Builder b;
      switch (anchor) {
        case "fixed": {
          int[] md = monthDay(n, anchor, path);
          b = EventRule.fixed(name, md[0], md[1]);
          break;
        }
        case "lunar": {
          int[] md = monthDay(n, anchor, path);
          b = EventRule.lunar(name, md[0], md[1]);
          break;
        }
        case "springFestival": {
          long offset = number(n, anchor, path);
          if (Math.abs(offset) > EventRule.MAX_WINDOW_DAYS) {
            throw error(path + "." + anchor, "at most " + EventRule.MAX_WINDOW_DAYS + " days either side");
          }
          b = EventRule.springFestival(name, (int) offset);
          break;
        }
        case "qingming":
          if (!n.get(anchor).isBoolean() || !n.get(anchor).booleanValue()) {
            throw error(path + ".qingming", "must be true");
          }
          b = EventRule.qingming(name);
          break;
        default: {
          JsonNode dates = n.get("dates");
          if (!dates.isArray()) {
            throw error(path + ".dates", "must be an array of dates such as \"2026-05-20\"");
          }
          List<LocalDate> list = new ArrayList<>();
          for (int i = 0; i < dates.size(); i++) {
            list.add(date(dates.get(i), path + ".dates[" + i + "]"));
          }
          b = EventRule.dates(name, list.toArray(new LocalDate[0]));
        }
      }
      if (n.has("before")) {
        b.daysBefore(window(n, "before", path));
      }
      if (n.has("after")) {
        b.daysAfter(window(n, "after", path));
      }
      if (n.has("effect")) {
        String effect = text(n, "effect", path);
        try {
          b.effect(EventRule.Effect.valueOf(effect));
        } catch (IllegalArgumentException x) {
          throw error(path + ".effect", "\"" + effect + "\" is not MULTIPLICATIVE or ADDITIVE");
        }
      }
      return b.build();
    } catch (ForecastException x) {
      if (x.getMessage().startsWith("$")) {
        throw x;
      }
      throw error(path, x.getMessage());
    }
  }

  private static int window(JsonNode n, String field, String path) {
    long v = number(n, field, path);
    if (v < 0 || v > EventRule.MAX_WINDOW_DAYS) {
      throw error(path + "." + field, "must be 0 to " + EventRule.MAX_WINDOW_DAYS + " days, got " + v);
    }
    return (int) v;
  }

  /** "MM-dd" as month and day (not checked further here). */
  private static int[] monthDay(JsonNode n, String field, String path) {
    String s = text(n, field, path);
    if (s.length() != 5 || s.charAt(2) != '-' || !digits(s, 0, 2) || !digits(s, 3, 5)) {
      throw error(path + "." + field, "\"" + s + "\" is not a month and day such as \"08-08\"");
    }
    return new int[] {Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(3))};
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static LocalDate date(JsonNode v, String path) {
    if (v == null || !v.isTextual()) {
      throw error(path, "must be a date such as \"2026-05-20\"");
    }
    try {
      return LocalDate.parse(v.textValue());
    } catch (DateTimeParseException x) {
      throw error(path, "\"" + v.textValue() + "\" is not a date such as \"2026-05-20\"");
    }
  }

  static String write(List<EventRule> rules) {
    return object(g -> {
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("events");
      for (EventRule r : rules) {
        g.writeStartObject();
        g.writeStringField("name", r.name());
        switch (r.anchor()) {
          case FIXED:
            g.writeStringField("fixed", String.format(java.util.Locale.ROOT, "%02d-%02d", r.month(), r.day()));
            break;
          case LUNAR:
            g.writeStringField("lunar", String.format(java.util.Locale.ROOT, "%02d-%02d", r.month(), r.day()));
            break;
          case SPRING_FESTIVAL:
            g.writeNumberField("springFestival", r.offset());
            break;
          case QINGMING:
            g.writeBooleanField("qingming", true);
            break;
          default:
            g.writeArrayFieldStart("dates");
            for (LocalDate d : r.dates()) {
              g.writeString(d.toString());
            }
            g.writeEndArray();
        }
        g.writeNumberField("before", r.daysBefore());
        g.writeNumberField("after", r.daysAfter());
        g.writeStringField("effect", r.effect().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** The fields of one JSON object, written by {@link #object}. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** One pretty-printed JSON object holding what {@code body} writes. */
  static String object(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x); // a StringWriter does not fail
    }
    return out.toString();
  }

  // ---- tree helpers

  static void fields(JsonNode n, String path, List<String> known) {
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!known.contains(f)) {
        throw error(path + "." + f, "unknown field \"" + f + "\"; the fields here are " + String.join(", ", known));
      }
    }
  }

  static String text(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw error(path + "." + field, v == null ? "missing; it is required" : "must be a string");
    }
    return v.textValue();
  }

  static long number(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw error(path + "." + field, v == null ? "missing; it is required" : "must be a whole number");
    }
    return v.longValue();
  }

  static ForecastException error(String path, String message) {
    return new ForecastException(path + ": " + message);
  }
}
