package dev.ecomkit.integration.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecomkit.risk.Alert;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.RiskJacksonModule;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serdes for {@link Mention} and {@link Alert} as UTF-8 JSON, in the shapes of {@link RiskJacksonModule}: for
 * the producers that write mentions to the input topic and the consumers that read alerts from the output topic;
 * and for the {@link IncidentCommand}s of the command topic.
 *
 * <pre>{@code
 * producer = new KafkaProducer<>(props, new StringSerializer(), RiskSerdes.mention().serializer());
 * consumer = new KafkaConsumer<>(props, new StringDeserializer(), RiskSerdes.alert().deserializer());
 * }</pre>
 *
 * <p>A document that is not a valid mention or alert fails with Kafka's {@link SerializationException}, whose
 * message names the JSON path. Input is read with limits (nesting depth 16, strings up to 4 MB, no duplicate field).
 * A {@code null} payload (a tombstone) reads as {@code null}.
 *
 * <p>The serdes are stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RiskSerdes {

  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 22).build())
      .build()).registerModule(new RiskJacksonModule())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RiskSerdes() {}

  /**
   * Mentions as JSON.
   *
   * @return the serde
   * @since 0.1
   */
  public static Serde<Mention> mention() {
    return Serdes.serdeFrom(serializer(), deserializer(Mention.class));
  }

  /**
   * Alerts as JSON.
   *
   * @return the serde
   * @since 0.1
   */
  public static Serde<Alert> alert() {
    return Serdes.serdeFrom(serializer(), deserializer(Alert.class));
  }

  /**
   * Incident commands as JSON: {@code {"action": "ACKNOWLEDGE", "partition": 0, "incident": "INC-1", "at":
   * "2026-11-11T07:40:00Z", "text": "crisis team"}}; every field required, no other field.
   *
   * @return the serde
   * @since 0.1
   */
  public static Serde<IncidentCommand> command() {
    return Serdes.serdeFrom((topic, c) -> c == null ? null : write(c),
        (topic, bytes) -> bytes == null ? null : readCommand(bytes));
  }

  private static final java.util.Set<String> COMMAND_FIELDS = java.util.Set.of("action", "partition", "incident",
      "at", "text");

  /** A command as JSON bytes. */
  static byte[] write(IncidentCommand c) {
    com.fasterxml.jackson.databind.node.ObjectNode json = MAPPER.createObjectNode();
    json.put("action", c.action().name()).put("partition", c.partition()).put("incident", c.incident())
        .put("at", c.at().toString()).put("text", c.text());
    return write((Object) json);
  }

  /** Reads a command, or throws {@link SerializationException} naming the field that is wrong. */
  static IncidentCommand readCommand(byte[] bytes) {
    com.fasterxml.jackson.databind.JsonNode json;
    try {
      json = MAPPER.readTree(bytes);
    } catch (IOException x) {
      throw notJson("command", x);
    }
    if (json == null || !json.isObject()) {
      throw new SerializationException("not a command: expected a JSON object");
    }
    for (java.util.Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!COMMAND_FIELDS.contains(field)) {
        throw new SerializationException("not a command: $." + field + ": unknown field; a command has "
            + "action, partition, incident, at and text");
      }
    }
    String action = text(json, "action");
    IncidentCommand.Action a;
    try {
      a = IncidentCommand.Action.valueOf(action);
    } catch (IllegalArgumentException x) {
      throw new SerializationException("not a command: $.action: expected ACKNOWLEDGE or RESOLVE, got \"" + action
          + "\"");
    }
    com.fasterxml.jackson.databind.JsonNode partition = json.get("partition");
    if (partition == null || !partition.canConvertToInt() || !partition.isIntegralNumber() || partition.intValue() < 0) {
      throw new SerializationException("not a command: $.partition: " + (partition == null ? "missing; it is "
          + "required" : "expected a whole number of 0 or more, got " + partition));
    }
    java.time.Instant at;
    try {
      at = java.time.Instant.parse(text(json, "at"));
    } catch (java.time.format.DateTimeParseException x) {
      throw new SerializationException("not a command: $.at: expected an ISO-8601 instant such as "
          + "2026-11-11T07:40:00Z, got \"" + json.get("at").asText() + "\"");
    }
    return new IncidentCommand(a, partition.intValue(), text(json, "incident"), at, text(json, "text"));
  }

  /** A required, non-blank string field of at most {@link IncidentCommand#MAX_TEXT} chars. */
  private static String text(com.fasterxml.jackson.databind.JsonNode json, String field) {
    com.fasterxml.jackson.databind.JsonNode v = json.get(field);
    if (v == null || !v.isTextual()) {
      throw new SerializationException("not a command: $." + field + ": " + (v == null ? "missing; it is required"
          : "expected a string, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    if (v.asText().isBlank() || v.asText().length() > IncidentCommand.MAX_TEXT) {
      throw new SerializationException("not a command: $." + field + ": expected 1 to " + IncidentCommand.MAX_TEXT
          + " characters, not blank");
    }
    return v.asText();
  }

  private static <T> Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : write(value);
  }

  /** A mention or alert as JSON bytes, or {@link SerializationException}. */
  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException x) {
      throw new SerializationException("could not write " + value + " as JSON", x);
    }
  }

  private static <T> Deserializer<T> deserializer(Class<T> type) {
    return (topic, bytes) -> bytes == null ? null : read(bytes, type);
  }

  /** Reads one value, or throws {@link SerializationException} saying what is wrong and where. */
  static <T> T read(byte[] bytes, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(bytes, type);
    } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException x) {
      throw new SerializationException("not a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ": "
          + x.getOriginalMessage(), x);
    } catch (IOException x) {
      throw notJson(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), x);
    }
    if (value == null) { // the JSON literal null
      throw new SerializationException("not a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + ": the JSON value is null");
    }
    return value;
  }

  /** The error for bytes that are not JSON at all, with Jackson's message without its source excerpt. */
  private static SerializationException notJson(String kind, IOException x) {
    String message = x instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
        : x.getMessage();
    return new SerializationException("not a " + kind + ": not valid JSON: " + message, x);
  }
}
