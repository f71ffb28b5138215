package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Jackson support for {@link Sku} and {@link SkuSchema}: a SKU is written as its canonical code string
 * ({@code "TB-01-M-2504"}), as a value and as a map key, and read back through a {@link SkuCodec}; a schema is
 * written and read as the object of {@link SkuSchema#toJson()}, so it can sit inside your own configuration
 * classes (an invalid one fails with a {@code JsonMappingException} carrying the {@link SkuSchemaException}).
 * Register it on your own mapper; ecomkit never
 * owns a global {@code ObjectMapper}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SkuJacksonModule());
 * String json = mapper.writeValueAsString(sku);                 // "\"TB-01-M-2504\""
 * Sku back = mapper.readValue(json, Sku.class);
 * }</pre>
 *
 * <p>An invalid code fails deserialisation with an {@code InvalidFormatException} whose message is the
 * {@link SkuFormatException}'s. Jackson registers a module type once per mapper, so a mapper reads SKUs of one
 * schema.
 *
 * <p>Instances are immutable once registered and thread-safe, like the serialisers they add.
 *
 * @since 0.1
 */
public final class SkuJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * A module reading SKUs of the {@linkplain SkuCodec#standard() standard schema}.
   *
   * @since 0.1
   */
  public SkuJacksonModule() {
    this(SkuCodec.standard());
  }

  /**
   * A module reading SKUs with the given codec.
   *
   * @param codec the codec that parses codes when reading
   * @since 0.1
   */
  public SkuJacksonModule(SkuCodec codec) {
    super("ecomkit-sku");
    checkNotNull(codec, "codec");
    addSerializer(Sku.class, new SkuSerializer(false));
    addKeySerializer(Sku.class, new SkuSerializer(true));
    addDeserializer(Sku.class, new SkuDeserializer(codec));
    addKeyDeserializer(Sku.class, new SkuKeyDeserializer(codec));
    addSerializer(SkuSchema.class, new SchemaSerializer());
    addDeserializer(SkuSchema.class, new SchemaDeserializer());
  }

  /** Writes a schema in the format of {@link SkuSchema#toJson()}. */
  private static final class SchemaSerializer extends StdSerializer<SkuSchema> {
    private static final long serialVersionUID = 1L;

    SchemaSerializer() {
      super(SkuSchema.class);
    }

    @Override
    public void serialize(SkuSchema schema, JsonGenerator gen, SerializerProvider provider) throws IOException {
      SkuSchemaJson.write(schema, gen);
    }
  }

  /** Reads a schema in the format of {@link SkuSchema#fromJson(String)}. */
  private static final class SchemaDeserializer extends StdDeserializer<SkuSchema> {
    private static final long serialVersionUID = 1L;

    SchemaDeserializer() {
      super(SkuSchema.class);
    }

    @Override
    public SkuSchema deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return SkuSchemaJson.readSchema(p, "$");
      } catch (SkuSchemaException e) {
        throw JsonMappingException.from(p, "invalid SKU schema: " + e.getMessage(), e);
      }
    }
  }

  /** Writes a SKU's canonical code as a string value or, for map keys, as a field name. */
  private static final class SkuSerializer extends StdSerializer<Sku> {
    private static final long serialVersionUID = 1L;
    private final boolean asFieldName;

    SkuSerializer(boolean asFieldName) {
      super(Sku.class);
      this.asFieldName = asFieldName;
    }

    @Override
    public void serialize(Sku sku, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (asFieldName) {
        gen.writeFieldName(sku.toString());
      } else {
        gen.writeString(sku.toString());
      }
    }
  }

  private static final class SkuDeserializer extends StdScalarDeserializer<Sku> {
    private static final long serialVersionUID = 1L;
    private final transient SkuCodec codec;

    SkuDeserializer(SkuCodec codec) {
      super(Sku.class);
      this.codec = codec;
    }

    @Override
    public Sku deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Sku) ctxt.handleUnexpectedToken(Sku.class, p);
      }
      String text = p.getText();
      try {
        return codec.parse(text);
      } catch (SkuFormatException e) {
        throw ctxt.weirdStringException(text, Sku.class, e.getMessage());
      }
    }
  }

  private static final class SkuKeyDeserializer extends KeyDeserializer {
    private final SkuCodec codec;

    SkuKeyDeserializer(SkuCodec codec) {
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return codec.parse(key);
      } catch (SkuFormatException e) {
        throw ctxt.weirdKeyException(Sku.class, key, e.getMessage());
      }
    }
  }
}
