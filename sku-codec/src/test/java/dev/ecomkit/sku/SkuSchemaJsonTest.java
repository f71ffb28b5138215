package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkuSchemaJsonTest {

  private static final String SEGMENTS = "[{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {\"S\": \"small\"}}]";

  @Test
  void readsAMerchantsSchemaFile() throws Exception {
    SkuSchema schema;
    try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("style-colour-schema.json"),
        StandardCharsets.UTF_8)) {
      schema = SkuSchema.fromJson(reader);
    }

    assertEquals(SkuSchema.builder().name("style-colour").separator('/')
        .checkCharacter(CheckCharacterSystem.MOD_37_2)
        .addAllSegments(TypedSegmentsTest.STYLE.segments()).build(), schema);
    Sku sku = SkuCodec.of(schema).parse(SkuCodec.of(schema).format(
        Sku.builder(schema).platform("JD").set("style", "0042").set("colour", "BLK")
            .launchMonth(YearMonth.of(2025, 4)).build()));
    assertEquals("BLK", sku.get("colour"));
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped() throws Exception {
    String json = "\uFEFF" + SkuSchema.standard().toJson();

    assertEquals(SkuSchema.standard(), SkuSchema.fromJson(json));
    assertEquals(SkuSchema.standard(), SkuSchema.fromJson(new java.io.StringReader(json)));
    byte[] utf8WithBom = json.getBytes(StandardCharsets.UTF_8); // EF BB BF, as "save as UTF-8" writes
    assertEquals(SkuSchema.standard(), SkuSchema.fromJson(new InputStreamReader(
        new java.io.ByteArrayInputStream(utf8WithBom), StandardCharsets.UTF_8)));
    SkuSchemaException e = assertThrows(SkuSchemaException.class, () -> SkuSchema.fromJson("\uFEFF\uFEFF{}"));
    assertEquals("$", e.path());
  }

  @Test
  void standardSchemaRoundTrips() {
    String json = SkuSchema.standard().toJson();
    assertEquals(SkuSchema.standard(), SkuSchema.fromJson(json));
    assertTrue(json.contains("\"XHS\" : \"Xiaohongshu (小红书)\""), json);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // malformed or misplaced JSON
      "``                                   | $ | $: empty input; expected a JSON object describing a schema",
      "`[]`                                 | $ | $: expected an object with fields [name, separator, checkCharacter, segments], got an array",
      "`{\"name\": \"x\", `                  | $.name | $.name: malformed JSON at line 1, column 15: Unexpected end-of-input within/between Object entries",
      "`{\"name\": \"x\", \"segments\": SEG} {}` | $ | $: unexpected content after the schema object at line 1, column 94; a file holds one schema",
      // fields
      "`{\"name\": \"x\", \"segmnts\": []}`    | $.segmnts | $.segmnts: unknown field \"segmnts\"; expected one of name, separator, checkCharacter, segments",
      "`{\"name\": \"x\", \"name\": \"y\", \"segments\": SEG}` | $.name | $.name: field \"name\" appears twice; keep one",
      "`{\"segments\": SEG}`                 | $ | $: missing field \"name\"; give the schema a name such as \"my-shop\"",
      "`{\"name\": 7, \"segments\": SEG}`     | $.name | $.name: expected a string, got the number \"7\"",
      "`{\"name\": \"x\", \"separator\": \"--\", \"segments\": SEG}` | $.separator | $.separator: the separator must be one character such as \"-\", got \"--\"",
      "`{\"name\": \"x\", \"separator\": \"A\", \"segments\": SEG}` | $ | $: schema \"x\": separator must be a printable ASCII symbol such as '-', not \"A\"",
      "`{\"name\": \"x\", \"checkCharacter\": \"LUHN\", \"segments\": SEG}` | $.checkCharacter | $.checkCharacter: unknown value \"LUHN\"; expected one of NONE, MOD_37_36, MOD_37_2",
      // segments
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {\"S\": \"small\", \"S\": \"again\"}}]}` | $.segments[0].codes.S | $.segments[0].codes.S: duplicate code \"S\"; list each code once",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {}}]}` | $.segments[0].codes | $.segments[0].codes: a code table needs at least one code",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {\"s m\": \"small\"}}]}` | `$.segments[0].codes[\"s m\"]` | `$.segments[0].codes[\"s m\"]: code \"s m\" must be 1-16 upper-case ASCII letters or digits`",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {\"S\": \" \"}}]}` | $.segments[0].codes.S | $.segments[0].codes.S: code \"S\" needs a non-blank label saying what it means",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\"}]}` | $.segments[0] | $.segments[0]: a CODE_TABLE segment needs \"codes\": an object of code to label",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"style\", \"type\": \"DIGITS\"}]}` | $.segments[0] | $.segments[0]: a DIGITS segment needs \"width\": how many characters it has",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"style\", \"type\": \"DIGITS\", \"width\": 12}]}` | $.segments[0].width | $.segments[0].width: segment \"style\": a DIGITS segment needs a width of 1-9, not 12",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"style\", \"type\": \"DIGITS\", \"width\": 4.5}]}` | $.segments[0].width | $.segments[0].width: expected a whole number such as 4, got the number \"4.5\"",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"m\", \"type\": \"YEAR_MONTH_YYMM\", \"codes\": {\"A\": \"a\"}}]}` | $.segments[0].codes | $.segments[0].codes: a YEAR_MONTH_YYMM segment takes no codes; remove the field or make the type CODE_TABLE",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"m\", \"type\": \"YYMM\"}]}` | $.segments[0].type | $.segments[0].type: unknown value \"YYMM\"; expected one of CODE_TABLE, DIGITS, LETTERS, YEAR_MONTH_YYMM, YEAR_MONTH_YYYYMM",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"Size\", \"type\": \"DIGITS\", \"width\": 2}]}` | $.segments[0].name | $.segments[0].name: segment name \"Size\" must be 1-32 lower-case ASCII letters, digits or '-', starting with a letter",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"a\", \"type\": \"DIGITS\", \"width\": 2, \"colour\": 1}]}` | $.segments[0].colour | $.segments[0].colour: unknown field \"colour\"; expected one of name, role, type, width, codes",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"a\", \"type\": \"DIGITS\", \"width\": 2}, {\"name\": \"a\", \"type\": \"DIGITS\", \"width\": 2}]}` | $.segments[1].name | $.segments[1].name: a second segment is named \"a\"; segment names must be unique",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"a\", \"role\": \"SIZE\", \"type\": \"DIGITS\", \"width\": 2}, {\"name\": \"b\", \"role\": \"SIZE\", \"type\": \"DIGITS\", \"width\": 2}]}` | $.segments[1].role | $.segments[1].role: schema \"x\": two segments have role SIZE; only OTHER may repeat",
      "`{\"name\": \"x\", \"segments\": [{\"name\": \"m\", \"role\": \"LAUNCH_MONTH\", \"type\": \"DIGITS\", \"width\": 4}]}` | $.segments[0].role | $.segments[0].role: segment \"m\": the LAUNCH_MONTH role needs type YEAR_MONTH_YYMM or YEAR_MONTH_YYYYMM, not DIGITS",
      // ambiguity
      "`{\"name\": \"x\", \"checkCharacter\": \"MOD_37_2\", \"segments\": [{\"name\": \"size\", \"type\": \"CODE_TABLE\", \"codes\": {\"XL\": \"xl\", \"X\": \"x\"}}]}` | $.segments[0].codes.X | $.segments[0].codes.X: schema \"x\", segment \"size\": code \"X\" is the start of code \"XL\", so with a check character a misplaced separator would go unnoticed; rename one of them or turn the check character off",
  })
  void everyProblemNamesItsPathAndTheFix(String json, String path, String message) {
    SkuSchemaException e = assertThrows(SkuSchemaException.class,
        () -> SkuSchema.fromJson(json.replace("SEG", SEGMENTS)));
    assertEquals(message, e.getMessage());
    assertEquals(path, e.path());
  }
}
