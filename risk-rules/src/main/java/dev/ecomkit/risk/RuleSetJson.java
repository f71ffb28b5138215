package dev.ecomkit.risk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link RuleSet} as JSON with Jackson's streaming API, keeping the JSON path of every value so
 * that each error names where it is (in {@link RiskException#argument()} and at the head of the message). The format:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "normalization": {"fullWidth": true, "skipInvisible": true, "noise": " -_*.", "maxGap": 3},   // optional
 *   "rules": [
 *     {"id": "quality", "category": "QUALITY", "keywords": ["食品腐败", "杂质", "假冒产品"],
 *      "allowed": ["不是假冒产品"],                                   // optional
 *      "threshold": {"atLeast": 3, "within": "PT24H"},              // or {"moreThan": 5, "within": "P1D"}
 *      "scope": "GLOBAL",                                           // optional: GLOBAL, PLATFORM or SKU
 *      "action": "emergency quality inspection", "owner": "QC", "respondWithin": "PT24H"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Durations are ISO-8601 with whole numbers of days, hours, minutes and seconds ({@code P1D}, {@code PT24H},
 * {@code PT1H30M}), read without a regular expression. Normalisation switches absent from the object are off; an
 * absent {@code normalization} object is {@link RuleSet#DEFAULT_NORMALIZATION}. Unknown fields, fields given twice,
 * wrong types and values out of range are errors.
 *
 * <p>Stateless and thread-safe.
 */
final class RuleSetJson {

  static final int VERSION = 1;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 20).build())
      .build();
  private static final List<String> SET_FIELDS = List.of("version", "normalization", "rules");
  private static final List<String> NORMALIZATION_FIELDS = List.of("fullWidth", "caseFold", "traditionalToSimplified",
      "compatibility", "skipInvisible", "noise", "maxGap");
  private static final List<String> RULE_FIELDS = List.of("id", "category", "keywords", "allowed", "threshold",
      "scope", "action", "owner", "respondWithin");
  private static final List<String> THRESHOLD_FIELDS = List.of("atLeast", "moreThan", "within");
  /** Seconds in a day, an hour, a minute and a second: the units {@code D}, {@code H}, {@code M}, {@code S}. */
  private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};
  /** The most rules a file may hold. */
  static final int MAX_RULES = 10_000;

  private RuleSetJson() {}

  static RuleSet read(Reader reader) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the rule set JSON", e);
    }
  }

  static RuleSet read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return readDocument(p);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the rule set JSON", e); // a String has no I/O
    }
  }

  private static RuleSet readDocument(JsonParser p) throws IOException {
    try {
      if (p.nextToken() == null) {
        throw error("$", "empty input; expected a JSON object with \"version\" and \"rules\"");
      }
      RuleSet set = readSet(p);
      if (p.nextToken() != null) {
        throw error("$", "unexpected content after the rule set object; a file holds one rule set");
      }
      return set;
    } catch (JsonProcessingException e) {
      throw error(path(p), "malformed JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
          + ": " + e.getOriginalMessage());
    }
  }

  private static RuleSet readSet(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "$", "an object with fields " + SET_FIELDS);
    Set<String> seen = new HashSet<>();
    RuleSet.Builder builder = RuleSet.builder();
    Map<String, Integer> ids = new HashMap<>(); // rule id → index of the rule with it
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String path = "$." + field;
      checkField(field, path, SET_FIELDS, seen);
      p.nextToken();
      switch (field) {
        case "version":
          int version = integer(p, path);
          if (version != VERSION) {
            throw error(path, "unsupported version " + version + "; this library reads version " + VERSION);
          }
          break;
        case "normalization":
          builder.normalization(readNormalization(p, path));
          break;
        default: // rules
          expect(p, JsonToken.START_ARRAY, path, "an array of rule objects");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            String rulePath = path + "[" + ids.size() + "]";
            if (ids.size() == MAX_RULES) {
              throw error(rulePath, "a rule set holds at most " + MAX_RULES + " rules");
            }
            Rule rule = readRule(p, rulePath);
            Integer earlier = ids.putIfAbsent(rule.id(), ids.size());
            if (earlier != null) {
              throw error(rulePath + ".id", "rule id \"" + rule.id() + "\" is also the id of $.rules[" + earlier
                  + "]; rule ids must be unique");
            }
            builder.add(rule);
          }
          break;
      }
    }
    if (!seen.contains("version")) {
      throw error("$", "missing field \"version\"; write \"version\": " + VERSION);
    }
    if (!seen.contains("rules")) {
      throw error("$", "missing field \"rules\"; list the rules, or [] for none");
    }
    try {
      return builder.build();
    } catch (RiskException e) {
      throw error("$." + e.argument().orElse("rules"), e.getMessage()); // RuleSet names rules[i]
    }
  }

  private static Normalization readNormalization(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "an object with fields " + NORMALIZATION_FIELDS);
    Set<String> seen = new HashSet<>();
    Normalization n = Normalization.none();
    String noise = null;
    int maxGap = Normalization.DEFAULT_MAX_GAP;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String fieldPath = path + "." + field;
      checkField(field, fieldPath, NORMALIZATION_FIELDS, seen);
      p.nextToken();
      switch (field) {
        case "fullWidth":
          n = n.fullWidth(bool(p, fieldPath));
          break;
        case "caseFold":
          n = n.caseFold(bool(p, fieldPath));
          break;
        case "traditionalToSimplified":
          n = n.traditionalToSimplified(bool(p, fieldPath));
          break;
        case "compatibility":
          n = n.compatibility(bool(p, fieldPath));
          break;
        case "skipInvisible":
          n = n.skipInvisible(bool(p, fieldPath));
          break;
        case "noise":
          noise = string(p, fieldPath);
          break;
        default: // maxGap
          maxGap = integer(p, fieldPath);
          break;
      }
    }
    if (seen.contains("maxGap") && noise == null) {
      throw error(path + ".maxGap", "\"maxGap\" needs \"noise\": the characters that may come between a keyword's");
    }
    if (noise != null && !noise.isEmpty()) {
      try {
        n = n.noise(noise, maxGap);
      } catch (RiskException e) {
        throw error(path + (e.argument().orElse("").equals("maxGap") ? ".maxGap" : ".noise"), e.getMessage());
      }
    }
    return n;
  }

  private static Rule readRule(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "a rule object with fields " + RULE_FIELDS);
    Set<String> seen = new HashSet<>();
    Rule.Builder b = Rule.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String fieldPath = path + "." + field;
      checkField(field, fieldPath, RULE_FIELDS, seen);
      p.nextToken();
      switch (field) {
        case "id":
          b.id(string(p, fieldPath));
          break;
        case "category":
          b.category(constant(p, fieldPath, RuleCategory.class));
          break;
        case "keywords":
          b.addAllKeywords(strings(p, fieldPath));
          break;
        case "allowed":
          b.addAllAllowed(strings(p, fieldPath));
          break;
        case "threshold":
          b.threshold(readThreshold(p, fieldPath));
          break;
        case "scope":
          b.scope(constant(p, fieldPath, RuleScope.class));
          break;
        case "action":
          b.action(string(p, fieldPath));
          break;
        case "owner":
          b.owner(string(p, fieldPath));
          break;
        default: // respondWithin
          b.respondWithin(duration(p, fieldPath));
          break;
      }
    }
    for (String required : List.of("id", "category", "keywords", "threshold", "action", "owner", "respondWithin")) {
      if (!seen.contains(required)) {
        throw error(path, "missing field \"" + required + "\"; a rule needs id, category, keywords, threshold, "
            + "action, owner and respondWithin (allowed and scope are optional)");
      }
    }
    try {
      return b.build();
    } catch (RiskException e) {
      throw error(path + e.argument().map(a -> "." + a).orElse(""), e.getMessage());
    }
  }

  private static Threshold readThreshold(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, "an object such as {\"atLeast\": 3, \"within\": \"PT24H\"}");
    Set<String> seen = new HashSet<>();
    Threshold.Comparison comparison = null;
    int count = 0;
    Duration within = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      String fieldPath = path + "." + field;
      checkField(field, fieldPath, THRESHOLD_FIELDS, seen);
      p.nextToken();
      if (field.equals("within")) {
        within = duration(p, fieldPath);
      } else {
        if (comparison != null) {
          throw error(fieldPath, "give one of \"atLeast\" (>=) and \"moreThan\" (>), not both");
        }
        comparison = field.equals("atLeast") ? Threshold.Comparison.AT_LEAST : Threshold.Comparison.MORE_THAN;
        count = integer(p, fieldPath);
      }
    }
    if (comparison == null) {
      throw error(path, "missing the count: \"atLeast\": n (>= n mentions) or \"moreThan\": n (> n mentions)");
    }
    if (within == null) {
      throw error(path, "missing field \"within\": the window, e.g. \"PT24H\"");
    }
    try {
      return comparison == Threshold.Comparison.AT_LEAST ? Threshold.atLeast(count, within)
          : Threshold.moreThan(count, within);
    } catch (RiskException e) {
      String field = e.argument().orElse("").equals("window") ? "within"
          : comparison == Threshold.Comparison.AT_LEAST ? "atLeast" : "moreThan";
      throw error(path + "." + field, e.getMessage());
    }
  }

  /**
   * An ISO-8601 duration of whole days, hours, minutes and seconds ({@code P1D}, {@code PT24H}, {@code PT1H30M},
   * {@code P1DT12H}), parsed by hand.
   */
  static Duration duration(JsonParser p, String path) throws IOException {
    String text = string(p, path);
    Duration d = parseDuration(text);
    if (d == null) {
      throw error(path, "\"" + clip(text) + "\" is not a duration; "
          + "write ISO-8601 such as \"PT24H\", \"P1D\" or \"PT1H30M\"");
    }
    return d;
  }

  /** The duration, or null when {@code text} is not of the accepted form (or overflows). */
  static Duration parseDuration(String text) {
    int n = text.length();
    if (n < 3 || n > 40 || Character.toUpperCase(text.charAt(0)) != 'P') {
      return null;
    }
    long seconds = 0;
    boolean time = false;
    boolean any = false;
    String order = "DHMS";
    int last = -1;
    int i = 1;
    while (i < n) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c == 'T') {
        if (time) {
          return null;
        }
        time = true;
        i++;
        continue;
      }
      long value = 0;
      int start = i;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        if (value > 1_000_000_000L) {
          return null;
        }
        i++;
      }
      if (i == start || i == n) {
        return null;
      }
      int unit = order.indexOf(Character.toUpperCase(text.charAt(i)));
      if (unit < 0 || unit <= last || (unit == 0) == time) {
        return null; // unknown unit, out of order, days after T or hours/minutes/seconds before it
      }
      last = unit;
      seconds += value * UNIT_SECONDS[unit];
      any = true;
      i++;
    }
    return any && !(time && last < 1) ? Duration.ofSeconds(seconds) : null;
  }

  private static void checkField(String field, String path, List<String> known, Set<String> seen) {
    if (!known.contains(field)) {
      throw error(path, "unknown field \"" + clip(field) + "\"; expected one of " + String.join(", ", known));
    }
    if (!seen.add(field)) {
      throw error(path, "field \"" + field + "\" appears twice; keep one");
    }
  }

  private static void expect(JsonParser p, JsonToken token, String path, String what) throws IOException {
    if (p.currentToken() != token) {
      throw error(path, "expected " + what + ", got " + describe(p));
    }
  }

  private static String string(JsonParser p, String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error(path, "expected a string, got " + describe(p));
    }
    return p.getText();
  }

  private static List<String> strings(JsonParser p, String path) throws IOException {
    expect(p, JsonToken.START_ARRAY, path, "an array of strings");
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(string(p, path + "[" + out.size() + "]"));
    }
    return out;
  }

  private static boolean bool(JsonParser p, String path) throws IOException {
    if (!p.currentToken().isBoolean()) {
      throw error(path, "expected true or false, got " + describe(p));
    }
    return p.getBooleanValue();
  }

  private static int integer(JsonParser p, String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(path, "expected a whole number such as 3, got " + describe(p));
    }
    return p.getIntValue();
  }

  private static <E extends Enum<E>> E constant(JsonParser p, String path, Class<E> type) throws IOException {
    String text = string(p, path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw error(path, "unknown value \"" + clip(text) + "\"; expected one of "
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
        return "the string \"" + clip(p.getText()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + clip(p.getText());
      case VALUE_NULL:
        return "null";
      default:
        return clip(p.getText());
    }
  }

  private static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** The JSON path of the parser's position, for malformed-JSON errors. */
  private static String path(JsonParser p) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      String step = c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
          : c.getCurrentName() == null ? "" : c.getCurrentName().isEmpty() ? "[\"\"]" : "." + clip(c.getCurrentName());
      sb.insert(0, step);
    }
    return "$" + sb;
  }

  private static RiskException error(String path, String message) {
    return new RiskException(path, path + ": " + message);
  }

  // ---- writing ----

  static String write(RuleSet set) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      Normalization n = set.normalization();
      g.writeObjectFieldStart("normalization");
      g.writeBooleanField("fullWidth", n.fullWidth());
      g.writeBooleanField("caseFold", n.caseFold());
      g.writeBooleanField("traditionalToSimplified", n.traditionalToSimplified());
      g.writeBooleanField("compatibility", n.compatibility());
      g.writeBooleanField("skipInvisible", n.skipInvisible());
      g.writeStringField("noise", n.noiseChars());
      if (!n.noiseChars().isEmpty()) {
        g.writeNumberField("maxGap", n.maxGap());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("rules");
      for (Rule r : set.rules()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("category", r.category().name());
        writeStrings(g, "keywords", r.keywords());
        if (!r.allowed().isEmpty()) {
          writeStrings(g, "allowed", r.allowed());
        }
        g.writeObjectFieldStart("threshold");
        g.writeNumberField(r.threshold().comparison() == Threshold.Comparison.AT_LEAST ? "atLeast" : "moreThan",
            r.threshold().count());
        g.writeStringField("within", r.threshold().window().toString());
        g.writeEndObject();
        g.writeStringField("scope", r.scope().name());
        g.writeStringField("action", r.action());
        g.writeStringField("owner", r.owner());
        g.writeStringField("respondWithin", r.respondWithin().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter has no I/O
    }
    return out.toString();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
