package dev.ecomkit.risk;

import static dev.ecomkit.risk.JsonTree.array;
import static dev.ecomkit.risk.JsonTree.error;
import static dev.ecomkit.risk.JsonTree.fields;
import static dev.ecomkit.risk.JsonTree.number;
import static dev.ecomkit.risk.JsonTree.object;
import static dev.ecomkit.risk.JsonTree.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * An {@link Alert} as JSON, for {@link RiskJacksonModule}: the shape its javadoc gives, every reading error a {@link
 * RiskException} naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class AlertJson {

  private AlertJson() {}

  static void write(JsonGenerator g, Alert a) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", a.kind().name());
    g.writeStringField("reason", a.reason());
    if (a.incidentId().isPresent()) {
      g.writeStringField("incident", a.incidentId().get());
    }
    if (a.level().isPresent()) {
      g.writeNumberField("level", a.level().getAsInt());
    }
    g.writeStringField("rule", a.ruleId());
    g.writeStringField("category", a.category().name());
    g.writeStringField("scope", a.scope().name());
    if (a.scopeKey().isPresent()) {
      g.writeStringField("scopeKey", a.scopeKey().get());
    }
    g.writeStringField("time", a.time().toString());
    g.writeStringField("windowStart", a.windowStart().toString());
    g.writeStringField("windowEnd", a.windowEnd().toString());
    g.writeNumberField("count", a.count());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : a.evidence()) {
      EngineSnapshot.writeEvidence(g, e);
    }
    g.writeEndArray();
    g.writeStringField("action", a.action());
    g.writeStringField("owner", a.owner());
    g.writeStringField("due", a.due().toString());
    g.writeEndObject();
  }

  static Alert read(JsonNode n, String path) {
    fields(n, path, "kind", "reason", "incident", "level", "rule", "category", "scope", "scopeKey", "time",
        "windowStart", "windowEnd", "count", "evidence", "action", "owner", "due");
    Alert.Builder b = Alert.builder()
        .kind(EngineSnapshot.constant(n, "kind", path, Alert.Kind.class))
        .reason(text(n, "reason", path))
        .ruleId(text(n, "rule", path))
        .category(EngineSnapshot.constant(n, "category", path, RuleCategory.class))
        .scope(EngineSnapshot.constant(n, "scope", path, RuleScope.class))
        .time(instant(n, "time", path))
        .windowStart(instant(n, "windowStart", path))
        .windowEnd(instant(n, "windowEnd", path))
        .count((int) Math.min(Integer.MAX_VALUE, number(n, "count", path)))
        .action(text(n, "action", path))
        .owner(text(n, "owner", path))
        .due(instant(n, "due", path));
    boolean incident = n.has("incident");
    if (incident != n.has("level")) {
      throw error(path + "." + (incident ? "level" : "incident"), "an incident and its level come together");
    }
    if (incident) {
      long level = number(n, "level", path);
      if (level < 1 || level > 3) {
        throw error(path + ".level", "a crisis level is 1, 2 or 3, got " + level);
      }
      b.incidentId(text(n, "incident", path)).level((int) level);
    }
    if (n.has("scopeKey")) {
      b.scopeKey(text(n, "scopeKey", path));
    }
    JsonNode evidence = array(n, "evidence", path);
    for (int i = 0; i < evidence.size(); i++) {
      String p = path + ".evidence[" + i + "]";
      b.addEvidence(EngineSnapshot.evidence(object(evidence, i, p), p));
    }
    return b.build();
  }

  /** An instant the engine derived (a due time may lie past the years a mention may have). */
  private static Instant instant(JsonNode n, String field, String path) {
    String s = text(n, field, path);
    try {
      return Instant.parse(s);
    } catch (DateTimeException x) {
      throw error(path + "." + field, "not an ISO-8601 instant such as 2026-11-11T08:00:00Z");
    }
  }
}
