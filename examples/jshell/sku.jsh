// ecomkit sku-codec in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/sku.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

import dev.ecomkit.sku.*;
import java.time.YearMonth;
import com.google.common.collect.ImmutableMap;

var codec = SkuCodec.standard();

// The handbook's example: a size-M apparel item launched on Taobao in April 2025.
var sku = codec.parse("TB-01-M-2504");
System.out.printf("%s: platform %s (%s), category %s, size %s, launched %s%n", sku, sku.platform(),
    codec.schema().segment(SegmentRole.PLATFORM).orElseThrow().label(sku.platform()).orElseThrow(),
    sku.category(), sku.size(), sku.launchMonth());

// (JShell ends a statement at a line break where it can: continued lines end in '.' or an open bracket.)

// Bad codes say what is wrong and where.
for (String bad : new String[] {"TB-01-M-2513", "XX-01-M-2504", "TB-01-2504", "tb-01-m-2504"}) {
  try {
    codec.parse(bad);
  } catch (SkuFormatException e) {
    System.out.printf("%-14s %-18s %s%n", bad, e.reason(), e.getMessage());
  }
}

// tryParse never throws for bad data; isValid answers yes or no.
System.out.println("tryParse(\"JD-02-XL-2611\") = " + codec.tryParse("JD-02-XL-2611"));
System.out.println("isValid(\"JD-02-XXXXL-2611\") = " + codec.isValid("JD-02-XXXXL-2611"));

// Build a SKU from its parts; SKUs sort by platform, category, size (XS < S < M …) and month.
var built = Sku.builder(SkuSchema.standard()).platform("DY").category("04").size("S").
    launchMonth(YearMonth.of(2026, 6)).build();
System.out.println("built: " + built + ", sorted: " + new java.util.TreeSet<>(java.util.List.of(
    codec.parse("DY-04-L-2606"), built, codec.parse("DY-04-XS-2606"))));

// A merchant's own schema: line/size with '/' between.
var shoes = SkuCodec.of(SkuSchema.builder().name("shoes").separator('/')
    .addSegments(SkuSegment.codeTable("line", SegmentRole.OTHER, ImmutableMap.of("RUN", "running", "TRL", "trail")))
    .addSegments(SkuSegment.codeTable("size", SegmentRole.SIZE, ImmutableMap.of("40", "EU 40", "41", "EU 41")))
    .build());
System.out.println("shoes: " + shoes.parse("TRL/41").segments());

// Keyed codes: the lenient codec reads full width, lower case, spaces and other separators; never guesses.
var lenient = codec.lenient();
System.out.println("lenient: " + lenient.parse("ＴＢ－０１－Ｍ－２５０４") + " " + lenient.parse(" tb 01 m 2504 ") +
    " " + lenient.isValid("TB--01-M-2504"));

// Packing: a SKU is an order-preserving long; a million of them fit in 8 MB.
System.out.println("packed: " + codec.pack(sku) + " -> " + codec.unpack(codec.pack(sku)));

// Bulk import: errors by line, duplicates, lenient fixes and the same item on several platforms.
var report = SkuRegistry.load(lenient, java.util.List.of("TB-01-M-2504", "jd-01-m-2504", "TB-01-M-2504",
    "DY-01-M-2513", "DY-01-M-2504"));
System.out.println("import: " + report.validLines() + " valid, " + report.lenientFixes() + " fixed, " +
    report.duplicateLines() + " duplicate, errors " + report.errorsByReason() + ", twins " +
    report.twins().get(0).platforms());

// Check characters for codes keyed by hand (ISO/IEC 7064 MOD 37-2): a typo or a swap is caught.
var checked = SkuCodec.of(SkuSchema.builder().name("checked").addAllSegments(SkuSchema.standard().segments()).
    checkCharacter(CheckCharacterSystem.MOD_37_2).build());
var keyed = checked.format(checked.parse("TB-01-M-2504-Q"));
System.out.println("check character: " + keyed + " valid, TB-10-M-2504-Q valid? " + checked.isValid("TB-10-M-2504-Q"));

// Barcodes: GTIN-8/12/13/14 check digits.
System.out.println("GTIN 4006381333931 valid? " + Gtin.isValid("4006381333931") + ", check digit of 690123456789: " +
    Gtin.checkDigit("690123456789"));

// A merchant's schema from JSON; problems name the JSON path.
var fromJson = SkuSchema.fromJson("{\"name\": \"shoes\", \"segments\": [" +
    "{\"name\": \"style\", \"type\": \"DIGITS\", \"width\": 4}, " +
    "{\"name\": \"size\", \"role\": \"SIZE\", \"type\": \"CODE_TABLE\", \"codes\": {\"40\": \"EU 40\", \"41\": \"EU 41\"}}]}");
System.out.println("from JSON: " + SkuCodec.of(fromJson).parse("0042-41").segments());
try {
  SkuSchema.fromJson("{\"name\": \"x\", \"segments\": [{\"name\": \"a\", \"type\": \"DIGITS\", \"width\": 12}]}");
} catch (SkuSchemaException e) {
  System.out.println("bad schema: " + e.getMessage());
}

// JSON through your own ObjectMapper.
var mapper = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new SkuJacksonModule());
System.out.println("JSON: " + mapper.writeValueAsString(java.util.Map.of(sku, 12)));

/exit
