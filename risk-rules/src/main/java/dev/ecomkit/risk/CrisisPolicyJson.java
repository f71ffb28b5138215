package dev.ecomkit.risk;

import static dev.ecomkit.risk.JsonTree.array;
import static dev.ecomkit.risk.JsonTree.bool;
import static dev.ecomkit.risk.JsonTree.error;
import static dev.ecomkit.risk.JsonTree.fields;
import static dev.ecomkit.risk.JsonTree.number;
import static dev.ecomkit.risk.JsonTree.object;
import static dev.ecomkit.risk.JsonTree.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads and writes {@link CrisisPolicy} as JSON. The format (every field optional but {@code version}; an absent
 * one keeps {@link CrisisPolicy#handbook()}'s value):
 *
 * <pre>{@code
 * {"version": 1,
 *  "categories": ["QUALITY"],
 *  "level3": {"respondWithin": "PT24H", "owner": "customer service", "action": "..."},
 *  "level2": {"respondWithin": "PT4H", "owner": "operations", "action": "...",
 *             "mentionsOnOnePlatform": 10, "growth": 5},
 *  "level1": {"respondWithin": "PT1H", "owner": "crisis team", "action": "...",
 *             "platforms": 4, "mentions": 100, "whenLevel2Overdue": true}}
 * }</pre>
 *
 * A level's response, when given, is given whole ({@code respondWithin}, {@code owner} and {@code action}).
 *
 * <p>Stateless and thread-safe.
 */
final class CrisisPolicyJson {

  static final int VERSION = 1;

  private CrisisPolicyJson() {}

  static CrisisPolicy read(String json) {
    return read(JsonTree.parse(json, "crisis policy"), "$");
  }

  static CrisisPolicy read(Reader reader) {
    return read(JsonTree.parse(reader, "crisis policy"), "$");
  }

  /** Reads a policy object at {@code path} (also inside a snapshot). */
  static CrisisPolicy read(JsonNode root, String path) {
    if (!root.isObject()) {
      throw error(path, "a crisis policy is a JSON object");
    }
    fields(root, path, "version", "categories", "level3", "level2", "level1");
    long version = number(root, "version", path);
    if (version != VERSION) {
      throw error(path + ".version", "crisis policy version " + version + " is not supported; this library reads "
          + "version " + VERSION);
    }
    CrisisPolicy.Builder b = CrisisPolicy.builder();
    if (root.has("categories")) {
      JsonNode cs = array(root, "categories", path);
      Set<RuleCategory> set = EnumSet.noneOf(RuleCategory.class);
      for (int i = 0; i < cs.size(); i++) {
        String p = path + ".categories[" + i + "]";
        String name = cs.get(i).isTextual() ? cs.get(i).textValue() : null;
        RuleCategory c = null;
        for (RuleCategory k : RuleCategory.values()) {
          c = k.name().equals(name) ? k : c;
        }
        if (c == null) {
          throw error(p, "must be one of QUALITY, COMPETITOR, POLICY, CUSTOM");
        }
        if (!set.add(c)) {
          throw error(p, c + " is listed twice");
        }
      }
      b.categories(set);
    }
    if (root.has("level3")) {
      JsonNode l = object(root, "level3", path);
      fields(l, path + ".level3", "respondWithin", "owner", "action");
      b.level3(level(l, path + ".level3"));
    }
    if (root.has("level2")) {
      String p = path + ".level2";
      JsonNode l = object(root, "level2", path);
      fields(l, p, "respondWithin", "owner", "action", "mentionsOnOnePlatform", "growth");
      if (l.has("respondWithin") || l.has("owner") || l.has("action")) {
        b.level2(level(l, p));
      }
      if (l.has("mentionsOnOnePlatform")) {
        b.level2MentionsOnOnePlatform(count(l, "mentionsOnOnePlatform", p, 1));
      }
      if (l.has("growth")) {
        b.level2Growth(count(l, "growth", p, 1));
      }
    }
    if (root.has("level1")) {
      String p = path + ".level1";
      JsonNode l = object(root, "level1", path);
      fields(l, p, "respondWithin", "owner", "action", "platforms", "mentions", "whenLevel2Overdue");
      if (l.has("respondWithin") || l.has("owner") || l.has("action")) {
        b.level1(level(l, p));
      }
      if (l.has("platforms")) {
        b.level1Platforms(count(l, "platforms", p, 2));
      }
      if (l.has("mentions")) {
        b.level1Mentions(count(l, "mentions", p, 1));
      }
      if (l.has("whenLevel2Overdue")) {
        b.level1WhenLevel2Overdue(bool(l, "whenLevel2Overdue", p));
      }
    }
    return b.build();
  }

  private static CrisisLevel level(JsonNode l, String path) {
    String text = text(l, "respondWithin", path);
    Duration d = RuleSetJson.parseDuration(text);
    if (d == null) {
      throw error(path + ".respondWithin", "not a duration; write ISO-8601 such as \"PT24H\" or \"PT1H30M\"");
    }
    String owner = text(l, "owner", path);
    String action = text(l, "action", path);
    try {
      return CrisisLevel.of(d, owner, action);
    } catch (RiskException x) {
      throw error(path + "." + x.argument().orElse(""), x.getMessage());
    }
  }

  private static int count(JsonNode n, String field, String path, int min) {
    long v = number(n, field, path);
    if (v < min || v > CrisisPolicy.MAX_MENTIONS) {
      throw error(path + "." + field, "must be from " + min + " to " + CrisisPolicy.MAX_MENTIONS + ", got " + v);
    }
    return (int) v;
  }

  static String write(CrisisPolicy c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonTree.FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      write(g, c);
    } catch (IOException x) {
      throw new UncheckedIOException(x); // a StringWriter does not fail
    }
    return out.toString();
  }

  static void write(JsonGenerator g, CrisisPolicy c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    g.writeArrayFieldStart("categories");
    for (RuleCategory k : RuleCategory.values()) {
      if (c.categories().contains(k)) {
        g.writeString(k.name());
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("level3");
    writeLevel(g, c.level3());
    g.writeEndObject();
    g.writeObjectFieldStart("level2");
    writeLevel(g, c.level2());
    g.writeNumberField("mentionsOnOnePlatform", c.level2MentionsOnOnePlatform());
    g.writeNumberField("growth", c.level2Growth());
    g.writeEndObject();
    g.writeObjectFieldStart("level1");
    writeLevel(g, c.level1());
    g.writeNumberField("platforms", c.level1Platforms());
    g.writeNumberField("mentions", c.level1Mentions());
    g.writeBooleanField("whenLevel2Overdue", c.level1WhenLevel2Overdue());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeLevel(JsonGenerator g, CrisisLevel l) throws IOException {
    g.writeStringField("respondWithin", l.respondWithin().toString());
    g.writeStringField("owner", l.owner());
    g.writeStringField("action", l.action());
  }
}
