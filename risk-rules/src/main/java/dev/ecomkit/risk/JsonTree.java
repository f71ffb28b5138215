package dev.ecomkit.risk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reading JSON documents as Jackson trees with every error a {@link RiskException} naming the JSON path: for the
 * engine's snapshots and crisis policies (rule sets, read far more often by people, have their own streaming reader).
 *
 * <p>Stateless and thread-safe.
 */
final class JsonTree {

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 22).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private JsonTree() {}

  /** The one JSON value of a document; {@code what} names it in errors. */
  static JsonNode parse(String json, String what) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return parse(p, what);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  static JsonNode parse(Reader reader, String what) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return parse(p, what);
    } catch (IOException x) {
      throw new UncheckedIOException("could not read the " + what + " JSON", x);
    }
  }

  private static JsonNode parse(JsonParser p, String what) throws IOException {
    try {
      JsonNode root = MAPPER.readTree(p);
      if (root == null) {
        throw error("$", "the " + what + " is empty");
      }
      if (p.nextToken() != null) {
        throw error("$", "there is more after the " + what + "; give one JSON value");
      }
      return root;
    } catch (JsonProcessingException x) {
      throw error("$", "the " + what + " is not valid JSON: " + x.getOriginalMessage());
    }
  }


  static void fields(JsonNode n, String path, String... known) {
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      boolean ok = false;
      for (String k : known) {
        ok |= k.equals(f);
      }
      if (!ok) {
        throw error(path + "." + f, "unknown field \"" + f + "\"; the fields here are " + String.join(", ", known));
      }
    }
  }

  static JsonNode need(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null) {
      throw error(path + "." + field, "missing; it is required");
    }
    return v;
  }

  static JsonNode object(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isObject()) {
      throw error(path + "." + field, "must be an object");
    }
    return v;
  }

  static JsonNode object(JsonNode array, int i, String path) {
    JsonNode v = array.get(i);
    if (!v.isObject()) {
      throw error(path, "must be an object");
    }
    return v;
  }

  static JsonNode array(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isArray()) {
      throw error(path + "." + field, "must be an array");
    }
    return v;
  }

  static String text(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isTextual()) {
      throw error(path + "." + field, "must be a string");
    }
    return v.textValue();
  }

  static List<String> strings(JsonNode n, String field, String path) {
    JsonNode v = array(n, field, path);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw error(path + "." + field + "[" + i + "]", "must be a string");
      }
      out.add(v.get(i).textValue());
    }
    return out;
  }

  static boolean bool(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isBoolean()) {
      throw error(path + "." + field, "must be true or false");
    }
    return v.booleanValue();
  }

  static long number(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      throw error(path + "." + field, "must be a whole number, 0 or more");
    }
    return v.longValue();
  }

  static Instant time(JsonNode n, String field, String path) {
    String s = text(n, field, path);
    try {
      Instant t = Instant.parse(s);
      if (!Mention.inRange(t)) {
        throw error(path + "." + field, "the time " + s + " is outside the years 1 to 9999");
      }
      return t;
    } catch (DateTimeException x) {
      throw error(path + "." + field, "not an ISO-8601 instant such as 2026-11-11T08:00:00Z");
    }
  }

  static long optionalTime(JsonNode n, String field, String path) {
    return need(n, field, path).isNull() ? Long.MIN_VALUE : time(n, field, path).toEpochMilli();
  }

  /**
   * An instant the engine derived (a watermark, a due time), which may lie a little outside the years a mention may
   * have: any ISO-8601 instant within about three million years, as epoch milliseconds.
   */
  static long anyTime(JsonNode n, String field, String path) {
    String s = text(n, field, path);
    try {
      long ms = Instant.parse(s).toEpochMilli();
      if (Math.abs(ms) > 100_000_000_000_000_000L) {
        throw error(path + "." + field, "the time " + s + " is out of range");
      }
      return ms;
    } catch (DateTimeException | ArithmeticException x) {
      throw error(path + "." + field, "not an ISO-8601 instant such as 2026-11-11T08:00:00Z");
    }
  }

  static long optionalAnyTime(JsonNode n, String field, String path) {
    return need(n, field, path).isNull() ? Long.MIN_VALUE : anyTime(n, field, path);
  }

  static RiskException error(String path, String message) {
    return new RiskException(path, path + ": " + message);
  }
}
