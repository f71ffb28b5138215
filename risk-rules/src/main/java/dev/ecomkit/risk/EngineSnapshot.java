package dev.ecomkit.risk;

import static dev.ecomkit.risk.JsonTree.array;
import static dev.ecomkit.risk.JsonTree.bool;
import static dev.ecomkit.risk.JsonTree.error;
import static dev.ecomkit.risk.JsonTree.fields;
import static dev.ecomkit.risk.JsonTree.number;
import static dev.ecomkit.risk.JsonTree.object;
import static dev.ecomkit.risk.JsonTree.optionalTime;
import static dev.ecomkit.risk.JsonTree.strings;
import static dev.ecomkit.risk.JsonTree.text;
import static dev.ecomkit.risk.JsonTree.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RuleEngine}'s state as JSON and reads it back into a new engine. The format, version 1:
 *
 * <pre>{@code
 * {"version": 1,
 *  "options": {"allowedLatenessMillis": 600000, "zone": "Asia/Shanghai", "lateLimit": 10000,
 *              "crisis": CRISIS_POLICY},
 *  "watermark": "2026-11-11T08:00:00Z", "newestEvent": "2026-11-11T08:10:00Z",   // or null before any
 *  "lateDropped": 0, "duplicatesIgnored": 2,
 *  "rules": [{"id": "quality", "scope": "GLOBAL",
 *             "windows": [{"key": "", "armed": false, "evidence": [EVIDENCE, ...]}]}],
 *  "pending": [{"mention": MENTION, "matches": [{"rule": "quality", "keywords": ["杂质"]}]}],
 *  "posts": [{"post": "6:taobaoq1", "time": "2026-11-11T07:00:00Z"}],
 *  "late": [MENTION, ...],
 *  "incidents": {"counter": 3, "open": [{"id": "INC-3", "rule": "quality", "category": "QUALITY",
 *      "scope": "GLOBAL", "key": "", "level": 2, "status": "OPEN", "opened": "...", "due": "...",
 *      "acknowledged": null, "mentions": 12, "mentionsAtLevel": 10, "platforms": {"weibo": 12},
 *      "recent": [EVIDENCE, ...], "timeline": [{"time": "...", "kind": "OPENED", "level": 3, "detail": "..."}]}]}}
 * EVIDENCE = {"mention": "q1", "platform": "taobao", "sku": "TB-01", "time": "...", "keywords": ["杂质"]}
 * MENTION  = {"id": "q1", "platform": "taobao", "time": "...", "text": "...", "sku": "...", "author": "..."}
 * CRISIS_POLICY = as CrisisPolicy.toJson()
 * }</pre>
 *
 * <p>State of rules the restoring set does not have, or has with another scope, is dropped, as when rules are
 * replaced ({@link RuleEngine#replaceRules}). Errors are {@link RiskException}s naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class EngineSnapshot {

  static final int VERSION = 1;

  private EngineSnapshot() {}

  // ---- writing

  static String write(RuleEngine e) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonTree.FACTORY.createGenerator(out)) {
      // ASCII only: a text with an unpaired surrogate survives being stored as UTF-8
      g.enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      EngineOptions o = e.options();
      g.writeObjectFieldStart("options");
      g.writeNumberField("allowedLatenessMillis", o.allowedLateness().toMillis());
      g.writeStringField("zone", o.zone().getId());
      g.writeNumberField("lateLimit", o.lateLimit());
      g.writeFieldName("crisis");
      CrisisPolicyJson.write(g, o.crisis());
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
      for (Map.Entry<String, RuleEngine.Seen> s : e.seen().entrySet()) {
        g.writeStartObject();
        g.writeStringField("post", s.getKey());
        g.writeStringField("time", Instant.ofEpochMilli(s.getValue().time).toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("late");
      for (Mention m : e.late()) {
        writeMention(g, m);
      }
      g.writeEndArray();
      writeIncidents(g, e.incidentState());
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void writeIncidents(JsonGenerator g, Incidents incidents) throws IOException {
    g.writeObjectFieldStart("incidents");
    g.writeNumberField("counter", incidents.counter());
    g.writeArrayFieldStart("open");
    for (Incidents.State s : incidents.states()) {
      g.writeStartObject();
      g.writeStringField("id", s.id);
      g.writeStringField("rule", s.ruleId);
      g.writeStringField("category", s.category.name());
      g.writeStringField("scope", s.scope.name());
      g.writeStringField("key", s.key);
      g.writeNumberField("level", s.level);
      g.writeStringField("status", s.status.name());
      writeMillis(g, "opened", s.opened);
      writeMillis(g, "due", s.due);
      writeMillis(g, "acknowledged", s.acknowledged);
      writeMillis(g, "resolved", s.resolved == Long.MAX_VALUE ? Long.MIN_VALUE : s.resolved);
      g.writeNumberField("mentions", s.mentions);
      g.writeNumberField("mentionsAtLevel", s.mentionsAtLevel);
      g.writeObjectFieldStart("platforms");
      for (Map.Entry<String, Integer> p : s.platforms.entrySet()) {
        g.writeNumberField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("recent");
      for (Evidence ev : s.recent) {
        writeEvidence(g, ev);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("timeline");
      for (IncidentEvent ev : s.timeline) {
        g.writeStartObject();
        g.writeStringField("time", ev.time().toString());
        g.writeStringField("kind", ev.kind().name());
        g.writeNumberField("level", ev.level());
        g.writeStringField("detail", ev.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMillis(JsonGenerator g, String field, long millis) throws IOException {
    if (millis == Long.MIN_VALUE) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, Instant.ofEpochMilli(millis).toString());
    }
  }

  static void writeEvidence(JsonGenerator g, Evidence ev) throws IOException {
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

  static void writeMention(JsonGenerator g, Mention m) throws IOException {
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

  static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  // ---- reading

  static RuleEngine read(RuleSet rules, String json) {
    JsonNode root = JsonTree.parse(json, "snapshot");
    if (!root.isObject()) {
      throw error("$", "a snapshot is a JSON object from RuleEngine.snapshot()");
    }
    fields(root, "$", "version", "options", "watermark", "newestEvent", "lateDropped", "duplicatesIgnored", "rules",
        "pending", "posts", "late", "incidents");
    long version = number(root, "version", "$");
    if (version != VERSION) {
      throw error("$.version", "snapshot version " + version + " is not supported; this library reads version "
          + VERSION);
    }
    RuleEngine e = rules.newEngine(options(object(root, "options", "$"), "$.options"));
    long watermark = JsonTree.optionalAnyTime(root, "watermark", "$");
    long newest = optionalTime(root, "newestEvent", "$");
    long lateness = e.options().allowedLateness().toMillis();
    if (newest != Long.MIN_VALUE && (watermark == Long.MIN_VALUE || watermark < newest - lateness)) {
      throw error("$.watermark", "the watermark must be at least the newest event time minus the lateness");
    }
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
    Map<String, RuleEngine.Pending> pendingByPost = new java.util.HashMap<>();
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
        RuleEngine.Pending pending = new RuleEngine.Pending(m.time().toEpochMilli(), m,
            rws.toArray(new RuleWindows[0]), evs.toArray(new Evidence[0]));
        e.restorePending(pending);
        pendingByPost.put(RuleEngine.post(m), pending);
      }
    }
    JsonNode posts = array(root, "posts", "$");
    for (int i = 0; i < posts.size(); i++) {
      String path = "$.posts[" + i + "]";
      JsonNode p = object(posts, i, path);
      fields(p, path, "post", "time");
      String post = text(p, "post", path);
      e.restoreSeen(post, time(p, "time", path).toEpochMilli(), pendingByPost.get(post));
    }
    JsonNode late = array(root, "late", "$");
    for (int i = 0; i < late.size() && i < e.options().lateLimit(); i++) {
      e.restoreLate(mention(object(late, i, "$.late[" + i + "]"), "$.late[" + i + "]"));
    }
    readIncidents(object(root, "incidents", "$"), "$.incidents", e.incidentState());
    return e;
  }

  private static void readIncidents(JsonNode n, String path, Incidents incidents) {
    fields(n, path, "counter", "open");
    long counter = number(n, "counter", path);
    JsonNode open = array(n, "open", path);
    List<Incidents.State> states = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Set<String> scopes = new java.util.HashSet<>();
    for (int i = 0; i < open.size(); i++) {
      String p = path + ".open[" + i + "]";
      JsonNode o = object(open, i, p);
      fields(o, p, "id", "rule", "category", "scope", "key", "level", "status", "opened", "due", "acknowledged",
          "resolved", "mentions", "mentionsAtLevel", "platforms", "recent", "timeline");
      String id = text(o, "id", p);
      long number = incidentNumber(id);
      if (number < 1 || number > counter) {
        throw error(p + ".id", "incident ids are INC-1 to INC-" + counter + " (the counter), got " + id);
      }
      String rule = text(o, "rule", p);
      String key = text(o, "key", p);
      if (!ids.add(id) || !scopes.add(rule + "\u0000" + key)) {
        throw error(p, "incident " + id + " is given twice");
      }
      Incidents.State s = new Incidents.State(id, rule, constant(o, "category", p, RuleCategory.class),
          constant(o, "scope", p, RuleScope.class), key, time(o, "opened", p).toEpochMilli());
      long level = number(o, "level", p);
      if (level < 1 || level > 3) {
        throw error(p + ".level", "crisis levels are 1, 2 and 3");
      }
      s.level = (int) level;
      s.status = constant(o, "status", p, Incident.Status.class);
      s.due = JsonTree.anyTime(o, "due", p);
      s.acknowledged = optionalTime(o, "acknowledged", p);
      long resolved = optionalTime(o, "resolved", p);
      s.resolved = resolved == Long.MIN_VALUE ? Long.MAX_VALUE : resolved;
      if ((s.status == Incident.Status.RESOLVED) != (resolved != Long.MIN_VALUE)
          || (s.status == Incident.Status.ACKNOWLEDGED) != (s.acknowledged != Long.MIN_VALUE
          && resolved == Long.MIN_VALUE)) {
        throw error(p + ".status", "the status does not agree with the acknowledged and resolved times");
      }
      s.mentions = (int) Math.min(Integer.MAX_VALUE, number(o, "mentions", p));
      s.mentionsAtLevel = (int) Math.min(s.mentions, number(o, "mentionsAtLevel", p));
      JsonNode platforms = object(o, "platforms", p);
      java.util.Iterator<Map.Entry<String, JsonNode>> it = platforms.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        s.platforms.put(f.getKey(), (int) Math.min(Integer.MAX_VALUE, number(platforms, f.getKey(), p
            + ".platforms")));
      }
      JsonNode recent = array(o, "recent", p);
      for (int k = 0; k < recent.size() && k < Incidents.RECENT; k++) {
        s.recent.addLast(evidence(object(recent, k, p + ".recent[" + k + "]"), p + ".recent[" + k + "]"));
      }
      JsonNode timeline = array(o, "timeline", p);
      for (int k = 0; k < timeline.size(); k++) {
        String tp = p + ".timeline[" + k + "]";
        JsonNode t = object(timeline, k, tp);
        fields(t, tp, "time", "kind", "level", "detail");
        long l = number(t, "level", tp);
        if (l < 1 || l > 3) {
          throw error(tp + ".level", "crisis levels are 1, 2 and 3");
        }
        s.timeline.add(IncidentEvent.of(Instant.ofEpochMilli(JsonTree.anyTime(t, "time", tp)),
            constant(t, "kind", tp, IncidentEvent.Kind.class), (int) l, text(t, "detail", tp)));
      }
      if (s.timeline.isEmpty()) {
        throw error(p + ".timeline", "an incident's timeline starts with its opening");
      }
      states.add(s);
    }
    incidents.restore(counter, states);
  }

  /** The n of {@code INC-n}, or -1. */
  private static long incidentNumber(String id) {
    if (!id.startsWith("INC-") || id.length() < 5 || id.length() > 23) {
      return -1;
    }
    long n = 0;
    for (int i = 4; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static <E extends Enum<E>> E constant(JsonNode n, String field, String path, Class<E> type) {
    String name = text(n, field, path);
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw error(path + "." + field, "\"" + name + "\" is not one of " + java.util.Arrays.toString(
        type.getEnumConstants()));
  }

  private static EngineOptions options(JsonNode o, String path) {
    fields(o, path, "allowedLatenessMillis", "zone", "lateLimit", "crisis");
    CrisisPolicy crisis = CrisisPolicyJson.read(object(o, "crisis", path), path + ".crisis");
    ZoneId zone;
    try {
      zone = ZoneId.of(text(o, "zone", path));
    } catch (DateTimeException x) {
      throw error(path + ".zone", "unknown zone: " + x.getMessage());
    }
    long lateLimit = number(o, "lateLimit", path);
    long lateness = number(o, "allowedLatenessMillis", path);
    try {
      return EngineOptions.builder().allowedLateness(Duration.ofMillis(lateness)).zone(zone).crisis(crisis)
          .lateLimit((int) Math.min(Integer.MAX_VALUE, lateLimit)).build();
    } catch (RiskException x) {
      String field = x.argument().orElse("").equals("allowedLateness") ? "allowedLatenessMillis" : "lateLimit";
      throw error(path + "." + field, x.getMessage());
    }
  }

  static Evidence evidence(JsonNode n, String path) {
    fields(n, path, "mention", "platform", "sku", "time", "keywords");
    List<String> keywords = strings(n, "keywords", path);
    if (keywords.isEmpty()) {
      throw error(path + ".keywords", "evidence names at least one keyword");
    }
    Mention m = build(Mention.builder().id(text(n, "mention", path)).platform(text(n, "platform", path))
        .time(time(n, "time", path)).text(""), n, path, false);
    return Evidence.of(m, keywords);
  }

  static Mention mention(JsonNode n, String path) {
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
}
