package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Schema JSON round trips, and any text read as a schema fails only with {@link SkuSchemaException}. */
class SkuSchemaJsonProperties {

  @Property(tries = 300)
  void toJsonThenFromJsonIsIdentity(@ForAll("schemas") SkuSchema schema) {
    assertEquals(schema, SkuSchema.fromJson(schema.toJson()));
  }

  @Property(tries = 2000)
  void anyTextFailsOnlyWithSkuSchemaException(@ForAll("jsonish") String text) {
    try {
      SkuSchema schema = SkuSchema.fromJson(text);
      assertEquals(schema, SkuSchema.fromJson(schema.toJson()));
      Statistics.label("outcome").collect("valid");
    } catch (SkuSchemaException e) {
      assertEquals(true, e.getMessage().startsWith(e.path() + ": "), e.getMessage());
      assertEquals(true, e.path().startsWith("$"), e.path());
      Statistics.label("outcome").collect("rejected");
    }
  }

  @Provide
  Arbitrary<SkuSchema> schemas() {
    return SkuArbitraries.schemas(true);
  }

  /** Valid schema JSON, the same with one character inserted, deleted or replaced, and arbitrary text. */
  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> valid = SkuArbitraries.schemas(true).map(SkuSchema::toJson);
    Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 10_000),
            Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '0', 'A', ' ', '\\', 'x', '-'),
            Arbitraries.integers().between(0, 2))
        .as((json, at, c, kind) -> {
          int i = at % (json.length() + 1);
          switch (kind) {
            case 0:
              return json.substring(0, i) + c + json.substring(i);
            case 1:
              return i < json.length() ? json.substring(0, i) + json.substring(i + 1) : json;
            default:
              return i < json.length() ? json.substring(0, i) + c + json.substring(i + 1) : json;
          }
        });
    Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", "\"name\"", "\"segments\"", ":", ",", "\"x\"",
            "\"codes\"", "\"type\"", "\"CODE_TABLE\"", "\"DIGITS\"", "\"width\"", "4", "-1", "1e9", "null", "true",
            "{\"A\":\"a\"}", "\"role\"", "\"PLATFORM\"")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(valid, mutated, mutated, fragments, Arbitraries.strings().ofMaxLength(50));
  }
}
