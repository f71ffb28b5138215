package dev.ecomkit.segment.kol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecomkit.segment.SegmentException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * JSON for the KOL package, read as Jackson trees with every error a {@link SegmentException} naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class KolJson {

  static final int VERSION = 1;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private KolJson() {}

  static JsonNode parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return parse(p);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  static JsonNode parse(Reader reader) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return parse(p);
    } catch (IOException x) {
      throw new UncheckedIOException("could not read the JSON", x);
    }
  }

  private static JsonNode parse(JsonParser p) throws IOException {
    try {
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
    }
  }

  static KolTiers readTiers(JsonNode root) {
    if (!root.isObject()) {
      throw error("$", "a tier table is a JSON object {\"version\": 1, \"tiers\": [...]}");
    }
    fields(root, "$", List.of("version", "tiers"));
    long version = number(root, "version", "$");
    if (version != VERSION) {
      throw error("$.version", "version " + version + " is not supported; this library reads version " + VERSION);
    }
    JsonNode tiers = root.get("tiers");
    if (tiers == null || !tiers.isArray()) {
      throw error("$.tiers", "must be an array of tiers");
    }
    KolTiers.Builder b = KolTiers.builder();
    for (int i = 0; i < tiers.size(); i++) {
      String path = "$.tiers[" + i + "]";
      JsonNode t = tiers.get(i);
      if (!t.isObject()) {
        throw error(path, "must be an object with name, minFollowers, maxFollowers (not for the top tier), format");
      }
      fields(t, path, List.of("name", "minFollowers", "maxFollowers", "format"));
      String name = text(t, "name", path);
      long min = number(t, "minFollowers", path);
      String format = text(t, "format", path);
      try {
        b.add(t.has("maxFollowers") ? KolTier.of(name, min, number(t, "maxFollowers", path), format)
            : KolTier.atLeast(name, min, format));
      } catch (SegmentException x) {
        throw error(path + "." + x.argument().orElse(""), x.getMessage());
      }
    }
    try {
      return b.build();
    } catch (SegmentException x) {
      throw error("$.tiers", x.getMessage());
    }
  }

  static String write(KolTiers tiers) {
    return object(g -> {
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("tiers");
      for (KolTier t : tiers.tiers()) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeNumberField("minFollowers", t.minFollowers());
        if (t.maxFollowers().isPresent()) {
          g.writeNumberField("maxFollowers", t.maxFollowers().getAsLong());
        }
        g.writeStringField("format", t.format());
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

  static SegmentException error(String path, String message) {
    return new SegmentException(path, path + ": " + message);
  }
}
