package dev.ecomkit.supply;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@link LeadTimePlan} as JSON, read as a Jackson tree with every error a {@link SupplyException} naming the JSON
 * path ({@code $.stages[2].days}).
 *
 * <p>Stateless and thread-safe.
 */
final class LeadTimePlanJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final Set<String> PLAN = Set.of("start", "buffer", "stages");
  private static final Set<String> STAGE = Set.of("name", "days", "owner", "contact", "completed", "history");

  private LeadTimePlanJson() {}

  static String write(LeadTimePlan plan) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("start", plan.start().toString());
      g.writeNumberField("buffer", plan.buffer());
      g.writeArrayFieldStart("stages");
      for (LeadTimePlan.Stage s : plan.stages()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeNumberField("days", s.days());
        g.writeStringField("owner", s.owner());
        g.writeStringField("contact", s.contact());
        if (s.completed().isPresent()) {
          g.writeStringField("completed", s.completed().get().toString());
        }
        if (!s.history().isEmpty()) {
          g.writeArrayFieldStart("history");
          for (int d : s.history()) {
            g.writeNumber(d);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x); // a StringWriter does not fail
    }
    return out.toString();
  }

  static LeadTimePlan read(String json) {
    JsonNode root = parse(json);
    if (!root.isObject()) {
      throw error("$", "a lead-time plan is a JSON object {\"start\": …, \"stages\": [...]}");
    }
    fields(root, "$", PLAN);
    LeadTimePlan.Builder b = LeadTimePlan.builder();
    LocalDate start = date(root, "start", "$");
    rethrow("$.start", () -> b.start(start));
    if (root.has("buffer")) {
      JsonNode buffer = root.get("buffer");
      if (!buffer.isNumber()) {
        throw error("$.buffer", "must be a number, e.g. 0.1");
      }
      rethrow("$.buffer", () -> b.buffer(buffer.doubleValue()));
    }
    JsonNode stages = root.get("stages");
    if (stages == null || !stages.isArray() || stages.isEmpty()) {
      throw error("$.stages", "must be an array of one or more stages");
    }
    for (int i = 0; i < stages.size(); i++) {
      String path = "$.stages[" + i + "]";
      JsonNode s = stages.get(i);
      if (!s.isObject()) {
        throw error(path, "must be an object with name, days, owner, contact");
      }
      fields(s, path, STAGE);
      String name = text(s, "name", path);
      JsonNode days = s.get("days");
      if (days == null || !days.canConvertToInt() || !days.isIntegralNumber()) {
        throw error(path + ".days", "must be a whole number of days");
      }
      String owner = text(s, "owner", path);
      String contact = text(s, "contact", path);
      rethrow(path, () -> {
        try {
          b.stage(name, days.intValue(), owner, contact);
        } catch (SupplyException x) {
          String field = x.argument().orElse("").equals("plannedDays") ? ".days" : ".name";
          throw error(path + field, x.getMessage());
        }
      });
      if (s.has("history")) {
        JsonNode h = s.get("history");
        if (!h.isArray() || h.size() > LeadTimePlan.MAX_HISTORY) {
          throw error(path + ".history", "must be an array of at most " + LeadTimePlan.MAX_HISTORY
              + " whole numbers of days");
        }
        int[] actual = new int[h.size()];
        for (int k = 0; k < actual.length; k++) {
          if (!h.get(k).isIntegralNumber() || !h.get(k).canConvertToInt()) {
            throw error(path + ".history[" + k + "]", "must be a whole number of days");
          }
          actual[k] = h.get(k).intValue();
        }
        rethrow(path + ".history", () -> b.history(name, actual));
      }
    }
    LeadTimePlan plan = b.build();
    for (int i = 0; i < stages.size(); i++) { // at most 1,000 stages, so a copy of the plan per completion is cheap
      JsonNode s = stages.get(i);
      if (s.has("completed")) {
        plan = plan.completed(s.get("name").asText(), date(s, "completed", "$.stages[" + i + "]"));
      }
    }
    return plan;
  }

  private static JsonNode parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
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
      throw new UncheckedIOException(x); // a String does not fail
    }
  }

  private static void fields(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw error(path + "." + f, "unknown field; the fields are " + List.copyOf(new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw error(path + "." + field, "must be a string");
    }
    return v.asText();
  }

  private static LocalDate date(JsonNode node, String field, String path) {
    String v = text(node, field, path);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException x) {
      throw error(path + "." + field, "\"" + v + "\" is not a date like 2026-09-01");
    }
  }

  private static void rethrow(String path, Runnable r) {
    try {
      r.run();
    } catch (SupplyException x) {
      throw x.argument().orElse("").startsWith("$") ? x : error(path, x.getMessage());
    }
  }

  private static SupplyException error(String path, String message) {
    return new SupplyException(path, path + ": " + message);
  }
}
