package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SkuJacksonModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new SkuJacksonModule());
  private final SkuCodec codec = SkuCodec.standard();

  @Test
  void skuIsWrittenAsItsCanonicalStringAndReadBack() throws Exception {
    Sku sku = codec.parse("TB-01-M-2504");

    String json = mapper.writeValueAsString(sku);

    assertEquals("\"TB-01-M-2504\"", json);
    assertEquals(sku, mapper.readValue(json, Sku.class));
  }

  @Test
  void skusWorkInsideCollectionsAndAsMapKeys() throws Exception {
    Map<Sku, Integer> stock = new TreeMap<>(Map.of(codec.parse("JD-02-F-2611"), 5, codec.parse("TB-01-M-2504"), 7));

    String json = mapper.writeValueAsString(stock);

    assertEquals("{\"TB-01-M-2504\":7,\"JD-02-F-2611\":5}", json);
    assertEquals(stock, mapper.readValue(json, new TypeReference<Map<Sku, Integer>>() {}));
    List<Sku> list = mapper.readValue("[\"KS-05-F-2611\"]", new TypeReference<List<Sku>>() {});
    assertEquals(List.of(codec.parse("KS-05-F-2611")), list);
  }

  @Test
  void invalidCodeFailsWithTheCodecsMessage() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> mapper.readValue("\"TB-01-M-2513\"", Sku.class));

    assertTrue(e.getMessage().contains("month at offset 10: expected 01-12, got \"13\""), e.getMessage());
    assertEquals("TB-01-M-2513", e.getValue());
  }

  @Test
  void invalidKeyFailsWithTheCodecsMessage() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> mapper.readValue("{\"XX-01-M-2504\":1}", new TypeReference<Map<Sku, Integer>>() {}));

    assertTrue(e.getMessage().contains("platform at offset 0: expected one of TB"), e.getMessage());
  }

  @Test
  void nonStringTokensAreRejected() {
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("42", Sku.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"a\":1}", Sku.class));
  }

  @Test
  void schemaInsideAConfigurationRoundTripsAndABadOneNamesItsPath() throws Exception {
    Map<String, SkuSchema> config = Map.of("shop", TypedSegmentsTest.STYLE);
    String json = mapper.writeValueAsString(config);

    assertEquals(config, mapper.readValue(json, new TypeReference<Map<String, SkuSchema>>() {}));
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(
        "{\"shop\": {\"name\": \"x\", \"segments\": [{\"name\": \"a\", \"type\": \"LETTERS\", \"width\": 9}]}}",
        new TypeReference<Map<String, SkuSchema>>() {}));
    assertTrue(e.getMessage().startsWith("invalid SKU schema: $.segments[0].width: segment \"a\": a LETTERS "
        + "segment needs a width of 1-6, not 9"), e.getMessage());
    assertTrue(e.getCause() instanceof SkuSchemaException);
  }
}
