package dev.ecomkit.risk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RuleEngine}'s state as JSON and reads it back into a new engine. The format, version 1:
 *
 * <pre>{@code
 * {"version": 1,
 *  "options": {"allowedLatenessMillis": 600000, "zone": "Asia/Shanghai", "lateLimit": 10000},
 *  "watermark": "2026-11-11T08:00:00Z", "newestEvent": "2026-11-11T08:10:00Z",   // or null before any
 *  "lateDropped": 0, "duplicatesIgnored": 2,
 *  "rules": [{"id": "quality", "scope": "GLOBAL",
 *             "windows": [{"key": "", "armed": false, "evidence": [EVIDENCE, ...]}]}],
 *  "pending": [{"mention": MENTION, "matches": [{"rule": "quality", "keywords": ["杂质"]}]}],
 *  "posts": [{"post": "6:taobaoq1", "time": "2026-11-11T07:00:00Z"}],
 *  "late": [MENTION, ...]}
 * EVIDENCE = {"mention": "q1", "platform": "taobao", "sku": "TB-01", "time": "...", "keywords": ["杂质"]}
 * MENTION  = {"id": "q1", "platform": "taobao", "time": "...", "text": "...", "sku": "...", "author": "..."}
 * }</pre>
 *
 * <p>State of rules the restoring set does not have, or has with another scope, is dropped, as when rules are
 * replaced ({@link RuleEngine#replaceRules}). Errors are {@link RiskException}s naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class EngineSnapshot {

  static final int VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 22).build())
      .build());

  private EngineSnapshot() {}

  // ---- writing

  static String write(RuleEngine e) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      EngineOptions o = e.options();
      g.writeObjectFieldStart("options");
      g.writeNumberField("allowedLatenessMillis", o.allowedLateness().toMillis());
      g.writeStringField("zone", o.zone().getId());
      g.writeNumberField("lateLimit", o.lateLimit());
      g.writeEndObject();
      writeMillis(g, "watermark", e.watermarkMillis());
      writeMillis(g, "newestEvent", e.newestEventMillis());
      g.writeNumberField("lateDropped", e.lateDropped());
      g.writeNumberField("duplicatesIgnored", e.duplicatesIgnored());
      g.writeArrayFieldStart("rules");
      for (RuleWindows r : e.states()) {
        g.writeStartObject();
        g.writeStringField("id", r.rule().id());
        g.writeStringField("scope", r.rule().scope().name());
        g.writeArrayFieldStart("windows");
        for (Map.Entry<String, Window> w : r.windows().entrySet()) {
          g.writeStartObject();
          g.writeStringField("key", w.getKey());
          g.writeBooleanField("armed", w.getValue().armed());
          g.writeArrayFieldStart("evidence");
          for (Evidence ev : w.getValue().evidence()) {
            writeEvidence(g, ev);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pending");
      for (RuleEngine.Pending p : e.pendingInOrder()) {
        g.writeStartObject();
        g.writeFieldName("mention");
        writeMention(g, p.mention);
        g.writeArrayFieldStart("matches");
        for (int i = 0; i < p.rules.length; i++) {
          if (p.rules[i].removed()) {
            continue;
          }
          g.writeStartObject();
          g.writeStringField("rule", p.rules[i].rule().id());
          writeStrings(g, "keywords", p.evidence[i].keywords());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("posts");
      for (Map.Entry<String, Long> s : e.seen().entrySet()) {
        g.writeStartObject();
        g.writeStringField("post", s.getKey());
        g.writeStringField("time", Instant.ofEpochMilli(s.getValue()).toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("late");
      for (Mention m : e.late()) {
        writeMention(g, m);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void writeMillis(JsonGenerator g, String field, long millis) throws IOException {
    if (millis == Long.MIN_VALUE) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, Instant.ofEpochMilli(millis).toString());
    }
  }

  private static void writeEvidence(JsonGenerator g, Evidence ev) throws IOException {
    g.writeStartObject();
    g.writeStringField("mention", ev.mentionId());
    g.writeStringField("platform", ev.platform());
    if (ev.sku().isPresent()) {
      g.writeStringField("sku", ev.sku().get());
    }
    g.writeStringField("time", ev.time().toString());
    writeStrings(g, "keywords", ev.keywords());
    g.writeEndObject();
  }

  private static void writeMention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("platform", m.platform());
    g.writeStringField("time", m.time().toString());
    g.writeStringField("text", m.text());
    if (m.sku().isPresent()) {
      g.writeStringField("sku", m.sku().get());
    }
    if (m.author().isPresent()) {
      g.writeStringField("author", m.author().get());
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  // ---- reading

  static RuleEngine read(RuleSet rules, String json) {
    JsonNode root;
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      root = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        throw error("$", "there is more after the snapshot's object; give one snapshot");
      }
    } catch (JsonProcessingException x) {
      throw error("$", "the snapshot is not valid JSON: " + x.getOriginalMessage());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    if (root == null || !root.isObject()) {
      throw error("$", "a snapshot is a JSON object from RuleEngine.snapshot()");
    }
    fields(root, "$", "version", "options", "watermark", "newestEvent", "lateDropped", "duplicatesIgnored", "rules",
        "pending", "posts", "late");
    long version = number(root, "version", "$");
    if (version != VERSION) {
      throw error("$.version", "snapshot version " + version + " is not supported; this library reads version "
          + VERSION);
    }
    RuleEngine e = rules.newEngine(options(object(root, "options", "$"), "$.options"));
    long watermark = optionalTime(root, "watermark", "$");
    long newest = optionalTime(root, "newestEvent", "$");
    e.restoreCounters(watermark, newest, number(root, "lateDropped", "$"), number(root, "duplicatesIgnored", "$"));
    JsonNode rs = array(root, "rules", "$");
    for (int i = 0; i < rs.size(); i++) {
      String path = "$.rules[" + i + "]";
      JsonNode r = object(rs, i, path);
      fields(r, path, "id", "scope", "windows");
      RuleWindows state = e.state(text(r, "id", path));
      String scope = text(r, "scope", path);
      JsonNode ws = array(r, "windows", path);
      if (state == null || !state.rule().scope().name().equals(scope)) {
        continue; // the rule is gone or counts over something else now
      }
      for (int j = 0; j < ws.size(); j++) {
        String wp = path + ".windows[" + j + "]";
        JsonNode w = object(ws, j, wp);
        fields(w, wp, "key", "armed", "evidence");
        JsonNode evs = array(w, "evidence", wp);
        List<Evidence> list = new ArrayList<>();
        for (int k = 0; k < evs.size(); k++) {
          Evidence ev = evidence(object(evs, k, wp + ".evidence[" + k + "]"), wp + ".evidence[" + k + "]");
          if (!list.isEmpty() && ev.time().toEpochMilli() < list.get(list.size() - 1).time().toEpochMilli()) {
            throw error(wp + ".evidence[" + k + "]", "evidence must be in event-time order");
          }
          list.add(ev);
        }
        if (list.isEmpty()) {
          throw error(wp + ".evidence", "a window holds at least one mention");
        }
        state.restore(text(w, "key", wp), bool(w, "armed", wp), list);
      }
    }
    JsonNode ps = array(root, "pending", "$");
    for (int i = 0; i < ps.size(); i++) {
      String path = "$.pending[" + i + "]";
      JsonNode p = object(ps, i, path);
      fields(p, path, "mention", "matches");
      Mention m = mention(object(p, "mention", path), path + ".mention");
      JsonNode ms = array(p, "matches", path);
      List<RuleWindows> rws = new ArrayList<>();
      List<Evidence> evs = new ArrayList<>();
      for (int j = 0; j < ms.size(); j++) {
        String mp = path + ".matches[" + j + "]";
        JsonNode match = object(ms, j, mp);
        fields(match, mp, "rule", "keywords");
        RuleWindows state = e.state(text(match, "rule", mp));
        List<String> keywords = strings(match, "keywords", mp);
        if (state != null) {
          rws.add(state);
          evs.add(Evidence.of(m, keywords));
        }
      }
      if (!rws.isEmpty()) {
        e.restorePending(new RuleEngine.Pending(m.time().toEpochMilli(), m, rws.toArray(new RuleWindows[0]),
            evs.toArray(new Evidence[0])));
      }
    }
    JsonNode posts = array(root, "posts", "$");
    for (int i = 0; i < posts.size(); i++) {
      String path = "$.posts[" + i + "]";
      JsonNode p = object(posts, i, path);
      fields(p, path, "post", "time");
      e.restoreSeen(text(p, "post", path), time(p, "time", path).toEpochMilli());
    }
    JsonNode late = array(root, "late", "$");
    for (int i = 0; i < late.size() && i < e.options().lateLimit(); i++) {
      e.restoreLate(mention(object(late, i, "$.late[" + i + "]"), "$.late[" + i + "]"));
    }
    return e;
  }

  private static EngineOptions options(JsonNode o, String path) {
    fields(o, path, "allowedLatenessMillis", "zone", "lateLimit");
    ZoneId zone;
    try {
      zone = ZoneId.of(text(o, "zone", path));
    } catch (DateTimeException x) {
      throw error(path + ".zone", "unknown zone: " + x.getMessage());
    }
    long lateLimit = number(o, "lateLimit", path);
    long lateness = number(o, "allowedLatenessMillis", path);
    try {
      return EngineOptions.builder().allowedLateness(Duration.ofMillis(lateness)).zone(zone)
          .lateLimit((int) Math.min(Integer.MAX_VALUE, lateLimit)).build();
    } catch (RiskException x) {
      String field = x.argument().orElse("").equals("allowedLateness") ? "allowedLatenessMillis" : "lateLimit";
      throw error(path + "." + field, x.getMessage());
    }
  }

  private static Evidence evidence(JsonNode n, String path) {
    fields(n, path, "mention", "platform", "sku", "time", "keywords");
    List<String> keywords = strings(n, "keywords", path);
    if (keywords.isEmpty()) {
      throw error(path + ".keywords", "evidence names at least one keyword");
    }
    Mention m = build(Mention.builder().id(text(n, "mention", path)).platform(text(n, "platform", path))
        .time(time(n, "time", path)).text(""), n, path, false);
    return Evidence.of(m, keywords);
  }

  private static Mention mention(JsonNode n, String path) {
    fields(n, path, "id", "platform", "time", "text", "sku", "author");
    return build(Mention.builder().id(text(n, "id", path)).platform(text(n, "platform", path))
        .time(time(n, "time", path)).text(text(n, "text", path)), n, path, true);
  }

  private static Mention build(Mention.Builder b, JsonNode n, String path, boolean author) {
    if (n.has("sku")) {
      b.sku(text(n, "sku", path));
    }
    if (author && n.has("author")) {
      b.author(text(n, "author", path));
    }
    try {
      return b.build();
    } catch (RiskException x) {
      throw error(path + "." + x.argument().orElse(""), x.getMessage());
    }
  }

  // ---- tree helpers: each error names the path

  private static void fields(JsonNode n, String path, String... known) {
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      boolean ok = false;
      for (String k : known) {
        ok |= k.equals(f);
      }
      if (!ok) {
        throw error(path + "." + f, "unknown field \"" + f + "\"; a snapshot has only " + String.join(", ", known));
      }
    }
  }

  private static JsonNode need(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null) {
      throw error(path + "." + field, "missing; write snapshots with RuleEngine.snapshot()");
    }
    return v;
  }

  private static JsonNode object(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isObject()) {
      throw error(path + "." + field, "must be an object");
    }
    return v;
  }

  private static JsonNode object(JsonNode array, int i, String path) {
    JsonNode v = array.get(i);
    if (!v.isObject()) {
      throw error(path, "must be an object");
    }
    return v;
  }

  private static JsonNode array(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isArray()) {
      throw error(path + "." + field, "must be an array");
    }
    return v;
  }

  private static String text(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isTextual()) {
      throw error(path + "." + field, "must be a string");
    }
    return v.textValue();
  }

  private static List<String> strings(JsonNode n, String field, String path) {
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

  private static boolean bool(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isBoolean()) {
      throw error(path + "." + field, "must be true or false");
    }
    return v.booleanValue();
  }

  private static long number(JsonNode n, String field, String path) {
    JsonNode v = need(n, field, path);
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      throw error(path + "." + field, "must be a whole number, 0 or more");
    }
    return v.longValue();
  }

  private static Instant time(JsonNode n, String field, String path) {
    String s = text(n, field, path);
    try {
      Instant t = Instant.parse(s);
      if (t.isBefore(Mention.MIN_TIME) || t.isAfter(Mention.MAX_TIME)) {
        throw error(path + "." + field, "the time " + s + " is outside the years 1 to 9999");
      }
      return t;
    } catch (DateTimeException x) {
      throw error(path + "." + field, "not an ISO-8601 instant such as 2026-11-11T08:00:00Z");
    }
  }

  private static long optionalTime(JsonNode n, String field, String path) {
    return need(n, field, path).isNull() ? Long.MIN_VALUE : time(n, field, path).toEpochMilli();
  }

  private static RiskException error(String path, String message) {
    return new RiskException(path, path + ": " + message);
  }
}
