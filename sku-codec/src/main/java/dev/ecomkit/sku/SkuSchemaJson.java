package dev.ecomkit.sku;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link SkuSchema} as JSON with Jackson's streaming API, keeping the JSON path of every value so
 * that each error names where it is. The format:
 *
 * <pre>{@code
 * {
 *   "name": "my-shop",
 *   "separator": "-",                      // optional, default "-"
 *   "checkCharacter": "MOD_37_2",          // optional: NONE (default), MOD_37_36, MOD_37_2
 *   "segments": [
 *     {"name": "platform", "role": "PLATFORM", "type": "CODE_TABLE", "codes": {"TB": "Taobao", "JD": "JD.com"}},
 *     {"name": "style", "type": "DIGITS", "width": 4},           // role: optional, default OTHER
 *     {"name": "launch-month", "role": "LAUNCH_MONTH", "type": "YEAR_MONTH_YYMM"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class SkuSchemaJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
      .build();
  private static final List<String> SCHEMA_FIELDS = List.of("name", "separator", "checkCharacter", "segments");
  private static final List<String> SEGMENT_FIELDS = List.of("name", "role", "type", "width", "codes");

  private SkuSchemaJson() {}

  /** A byte-order mark, which spreadsheet tools' "save as UTF-8" writes first; skipped, not an error. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  static SkuSchema read(Reader reader) {
    try (JsonParser p = FACTORY.createParser(skipByteOrderMark(reader))) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the schema JSON", e);
    }
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      in.unread(first);
    }
    return in;
  }

  static SkuSchema read(String json) {
    try (JsonParser p = FACTORY.createParser(json.isEmpty() || json.charAt(0) != BYTE_ORDER_MARK ? json
        : json.substring(1))) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the schema JSON", e); // a String has no I/O
    }
  }

  private static SkuSchema readDocument(JsonParser p) throws IOException {
    try {
      if (p.nextToken() == null) {
        throw new SkuSchemaException("$", "empty input; expected a JSON object describing a schema");
      }
      SkuSchema schema = readSchema(p, "$");
      if (p.nextToken() != null) {
        throw new SkuSchemaException("$", "unexpected content after the schema object at " + where(p)
            + "; a file holds one schema");
      }
      return schema;
    } catch (JsonProcessingException e) {
      throw new SkuSchemaException(path(p), "malformed JSON at " + where(e.getLocation()) + ": "
          + e.getOriginalMessage());
    }
  }

  /** Reads a schema object starting at the current {@code START_OBJECT} token; used by the Jackson module too. */
  static SkuSchema readSchema(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "an object with fields " + SCHEMA_FIELDS);
    SkuSchema.Builder builder = SkuSchema.builder();
    Set<String> seen = new HashSet<>();
    boolean named = false;
    boolean segmented = false;
    List<SkuSegment> segments = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String fieldPath = field(path, field);
      checkField(field, fieldPath, SCHEMA_FIELDS, seen);
      p.nextToken();
      switch (field) {
        case "name":
          builder.name(string(p, fieldPath));
          named = true;
          break;
        case "separator":
          String separator = string(p, fieldPath);
          if (separator.length() != 1) {
            throw new SkuSchemaException(fieldPath, "the separator must be one character such as \"-\", got "
                + Texts.quoteUntil(separator, 0, '\0'));
          }
          builder.separator(separator.charAt(0));
          break;
        case "checkCharacter":
          builder.checkCharacter(constant(p, fieldPath, CheckCharacterSystem.class));
          break;
        default: // segments
          expect(p, JsonToken.START_ARRAY, fieldPath, "an array of segment objects");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String segmentPath = fieldPath + "[" + segments.size() + "]";
            if (segments.size() == SkuSchema.MAX_SEGMENTS) {
              throw new SkuSchemaException(segmentPath, "a schema has at most " + SkuSchema.MAX_SEGMENTS
                  + " segments; merge or drop some");
            }
            segments.add(readSegment(p, segmentPath));
          }
          segmented = true;
          break;
      }
    }
    if (!named) {
      throw new SkuSchemaException(path, "missing field \"name\"; give the schema a name such as \"my-shop\"");
    }
    if (!segmented) {
      throw new SkuSchemaException(path, "missing field \"segments\"; list the code's segments in order");
    }
    checkSegmentNames(segments, path);
    builder.addAllSegments(segments);
    try {
      return builder.build();
    } catch (SkuSchemaException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SkuSchemaException(locate(e.getMessage(), segments, path), e.getMessage());
    }
  }

  private static void checkSegmentNames(List<SkuSegment> segments, String path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      if (!names.add(segments.get(i).name())) {
        throw new SkuSchemaException(field(path, "segments") + "[" + i + "].name", "a second segment is named \""
            + segments.get(i).name() + "\"; segment names must be unique");
      }
    }
  }

  /** The path of the segment (and code) a schema-rule message names, or the schema's path. */
  private static String locate(String message, List<SkuSegment> segments, String path) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      SkuSegment segment = segments.get(i);
      if (message.contains("segment \"" + segment.name() + "\"")
          || message.contains("role " + segment.role())) {
        String at = field(path, "segments") + "[" + i + "]";
        int code = message.indexOf(": code \"");
        if (code >= 0) {
          int start = code + ": code \"".length();
          return field(field(at, "codes"), message.substring(start, message.indexOf('"', start)));
        }
        return message.contains("role ") ? field(at, "role") : at;
      }
    }
    return path;
  }

  private static SkuSegment readSegment(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "a segment object with fields " + SEGMENT_FIELDS);
    Set<String> seen = new HashSet<>();
    String name = null;
    SegmentRole role = SegmentRole.OTHER;
    SegmentType type = null;
    int width = 0;
    Map<String, String> codes = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String fieldPath = field(path, field);
      checkField(field, fieldPath, SEGMENT_FIELDS, seen);
      p.nextToken();
      switch (field) {
        case "name":
          name = string(p, fieldPath);
          break;
        case "role":
          role = constant(p, fieldPath, SegmentRole.class);
          break;
        case "type":
          type = constant(p, fieldPath, SegmentType.class);
          break;
        case "width":
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new SkuSchemaException(fieldPath, "expected a whole number such as 4, got " + describe(p));
          }
          width = p.getIntValue();
          break;
        default: // codes
          codes = readCodes(p, fieldPath);
          break;
      }
    }
    if (name == null) {
      throw new SkuSchemaException(path, "missing field \"name\"; name the segment, e.g. \"size\"");
    }
    if (type == null) {
      throw new SkuSchemaException(path, "missing field \"type\"; one of "
          + Arrays.toString(SegmentType.values()));
    }
    if (type == SegmentType.CODE_TABLE && codes == null) {
      throw new SkuSchemaException(path, "a CODE_TABLE segment needs \"codes\": an object of code to label");
    }
    if (type != SegmentType.CODE_TABLE && codes != null) {
      throw new SkuSchemaException(field(path, "codes"), "a " + type + " segment takes no codes; remove the field "
          + "or make the type CODE_TABLE");
    }
    boolean fixedWidth = type == SegmentType.DIGITS || type == SegmentType.LETTERS;
    if (fixedWidth && !seen.contains("width")) {
      throw new SkuSchemaException(path, "a " + type + " segment needs \"width\": how many characters it has");
    }
    String widthPath = fixedWidth || width != 0 ? field(path, "width") : path;
    try {
      return ImmutableSkuSegment.builder().name(name).role(role).type(type).width(width)
          .putAllCodes(codes == null ? Map.of() : codes).build();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      String at = message.contains("segment name") ? field(path, "name")
          : message.contains("width") ? widthPath
          : message.contains("code table needs") ? field(path, "codes")
          : message.contains("role") ? field(path, "role") : path;
      throw new SkuSchemaException(at, message);
    }
  }

  private static Map<String, String> readCodes(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "an object of code to label, e.g. {\"TB\": \"Taobao\"}");
    Map<String, String> codes = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      String codePath = field(path, code);
      if (codes.containsKey(code)) {
        throw new SkuSchemaException(codePath, "duplicate code " + Texts.quoteUntil(code, 0, '\0')
            + "; list each code once");
      }
      if (!SkuSegment.isCode(code)) {
        throw new SkuSchemaException(codePath, "code " + Texts.quoteUntil(code, 0, '\0') + " must be 1-"
            + SkuSegment.MAX_CODE_LENGTH + " upper-case ASCII letters or digits");
      }
      p.nextToken();
      String label = string(p, codePath);
      if (label.isBlank()) {
        throw new SkuSchemaException(codePath, "code \"" + code + "\" needs a non-blank label saying what it means");
      }
      codes.put(code, label);
    }
    if (codes.isEmpty()) {
      throw new SkuSchemaException(path, "a code table needs at least one code");
    }
    return codes;
  }

  private static void checkField(String field, String path, List<String> known, Set<String> seen) {
    if (!known.contains(field)) {
      throw new SkuSchemaException(path, "unknown field " + Texts.quoteUntil(field, 0, '\0') + "; expected one of "
          + String.join(", ", known));
    }
    if (!seen.add(field)) {
      throw new SkuSchemaException(path, "field \"" + field + "\" appears twice; keep one");
    }
  }

  private static void expect(JsonParser p, JsonToken token, String path, String what) throws IOException {
    if (p.currentToken() != token) {
      throw new SkuSchemaException(path, "expected " + what + ", got " + describe(p));
    }
  }

  private static String string(JsonParser p, String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new SkuSchemaException(path, "expected a string, got " + describe(p));
    }
    return p.getText();
  }

  private static <E extends Enum<E>> E constant(JsonParser p, String path, Class<E> type) throws IOException {
    String text = string(p, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw new SkuSchemaException(path, "unknown value " + Texts.quoteUntil(text, 0, '\0') + "; expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  private static String describe(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Texts.quoteUntil(p.getText(), 0, '\0');
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + Texts.quoteUntil(p.getText(), 0, '\0');
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  static String field(String path, String name) {
    boolean plain = !name.isEmpty() && name.length() <= 64;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
    return plain ? path + "." + name : path + "[" + Texts.quoteUntil(name, 0, '\0') + "]";
  }

  /** The JSONPath of the parser's current position, for malformed-JSON errors. */
  private static String path(JsonParser p) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot();
        c = c.getParent()) {
      String step = c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
          : c.getCurrentName() == null ? "" : field("", c.getCurrentName());
      sb.insert(0, step);
    }
    return "$" + sb;
  }

  private static String where(JsonParser p) {
    return where(p.currentTokenLocation());
  }

  private static String where(JsonLocation location) {
    return location == null ? "an unknown position"
        : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  // ---- writing ----

  static String write(SkuSchema schema) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      write(schema, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter has no I/O
    }
    return out.toString();
  }

  static void write(SkuSchema schema, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", schema.name());
    g.writeStringField("separator", String.valueOf(schema.separator()));
    if (schema.checkCharacter() != CheckCharacterSystem.NONE) {
      g.writeStringField("checkCharacter", schema.checkCharacter().name());
    }
    g.writeArrayFieldStart("segments");
    for (SkuSegment segment : schema.segments()) {
      g.writeStartObject();
      g.writeStringField("name", segment.name());
      g.writeStringField("role", segment.role().name());
      g.writeStringField("type", segment.type().name());
      if (segment.width() != 0) {
        g.writeNumberField("width", segment.width());
      }
      if (segment.type() == SegmentType.CODE_TABLE) {
        g.writeObjectFieldStart("codes");
        for (Map.Entry<String, String> code : segment.codes().entrySet()) {
          g.writeStringField(code.getKey(), code.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
