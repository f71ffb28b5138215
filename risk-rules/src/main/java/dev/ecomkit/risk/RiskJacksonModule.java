package dev.ecomkit.risk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Jackson support for {@link Mention} and {@link Alert}, so they travel as JSON through a message queue (the Kafka
 * Streams adapter's serdes use it) or sit inside your own classes. Register it on your own mapper; ecomkit never owns
 * a global {@code ObjectMapper}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RiskJacksonModule());
 * Mention m = mapper.readValue(json, Mention.class);
 * String out = mapper.writeValueAsString(alert);
 * }</pre>
 *
 * <p>A mention is {@code {"id", "platform", "time", "text", "sku"?, "author"?}} with the time in ISO-8601 ({@code
 * "2026-11-11T01:20:00Z"}), the shape of the engine's snapshots. An alert is {@code {"kind", "reason", "incident"?,
 * "level"?, "rule", "category", "scope", "scopeKey"?, "time", "windowStart", "windowEnd", "count", "evidence": [{
 * "mention", "platform", "sku"?, "time", "keywords"}], "action", "owner", "due"}}. Unknown or repeated fields, a
 * missing one, a blank or over-long name, or a bad time fail with an {@link InvalidFormatException} whose message is
 * the {@link RiskException}'s, naming the JSON path (e.g. {@code $.time}). Input limits (nesting, string length) are
 * the mapper's: for untrusted input set its {@code StreamReadConstraints}.
 *
 * <p>Instances are immutable once registered and thread-safe, like the serialisers they add.
 *
 * @since 0.1
 */
public final class RiskJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * The module.
   *
   * @since 0.1
   */
  public RiskJacksonModule() {
    super("ecomkit-risk");
    addSerializer(Mention.class, new MentionSerializer());
    addDeserializer(Mention.class, new MentionDeserializer());
    addSerializer(Alert.class, new AlertSerializer());
    addDeserializer(Alert.class, new AlertDeserializer());
  }

  private static final class MentionSerializer extends StdSerializer<Mention> {
    private static final long serialVersionUID = 1L;

    MentionSerializer() {
      super(Mention.class);
    }

    @Override
    public void serialize(Mention m, JsonGenerator gen, SerializerProvider provider) throws IOException {
      EngineSnapshot.writeMention(gen, m);
    }
  }

  private static final class AlertSerializer extends StdSerializer<Alert> {
    private static final long serialVersionUID = 1L;

    AlertSerializer() {
      super(Alert.class);
    }

    @Override
    public void serialize(Alert a, JsonGenerator gen, SerializerProvider provider) throws IOException {
      AlertJson.write(gen, a);
    }
  }

  private static final class MentionDeserializer extends StdDeserializer<Mention> {
    private static final long serialVersionUID = 1L;

    MentionDeserializer() {
      super(Mention.class);
    }

    @Override
    public Mention deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = p.readValueAsTree();
      try {
        if (n == null || !n.isObject()) {
          throw JsonTree.error("$", "a mention is a JSON object");
        }
        return EngineSnapshot.mention(n, "$");
      } catch (RiskException x) {
        throw invalid(p, x, Mention.class);
      }
    }
  }

  private static final class AlertDeserializer extends StdDeserializer<Alert> {
    private static final long serialVersionUID = 1L;

    AlertDeserializer() {
      super(Alert.class);
    }

    @Override
    public Alert deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = p.readValueAsTree();
      try {
        if (n == null || !n.isObject()) {
          throw JsonTree.error("$", "an alert is a JSON object");
        }
        return AlertJson.read(n, "$");
      } catch (RiskException x) {
        throw invalid(p, x, Alert.class);
      }
    }
  }

  private static InvalidFormatException invalid(JsonParser p, RiskException x, Class<?> type) {
    InvalidFormatException e = InvalidFormatException.from(p, x.getMessage(), null, type);
    e.initCause(x);
    return e;
  }
}
