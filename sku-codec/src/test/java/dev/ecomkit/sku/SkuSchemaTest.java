package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SkuSchemaTest {

  private static final SkuSegment PLATFORM = SkuSegment.codeTable("platform", SegmentRole.PLATFORM,
      ImmutableMap.of("TB", "Taobao"));
  private static final SkuSegment MONTH = SkuSegment.yearMonth("launch-month", SegmentRole.LAUNCH_MONTH);

  private static void assertRejected(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void standardSchemaHasTheHandbooksFourLayers() {
    SkuSchema standard = SkuSchema.standard();

    assertEquals("standard", standard.name());
    assertEquals('-', standard.separator());
    assertEquals(4, standard.segments().size());
    assertEquals(SegmentRole.PLATFORM, standard.segments().get(0).role());
    assertEquals(SegmentRole.CATEGORY, standard.segments().get(1).role());
    assertEquals(SegmentRole.SIZE, standard.segments().get(2).role());
    assertEquals(SegmentType.YEAR_MONTH_YYMM, standard.segments().get(3).type());
    assertEquals("Pinduoduo (拼多多; the handbook's code)",
        standard.segment(SegmentRole.PLATFORM).orElseThrow().label("DD").orElseThrow());
    assertEquals("3C / electronics (3C数码)",
        standard.segment(SegmentRole.CATEGORY).orElseThrow().label("02").orElseThrow());
  }

  @Test
  void schemasAreValuesComparedByContent() {
    SkuSchema a = SkuSchema.builder().name("a").addSegments(PLATFORM, MONTH).build();
    SkuSchema b = SkuSchema.builder().name("a").separator('-').addSegments(PLATFORM, MONTH).build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(SkuCodec.of(a).parse("TB-2504"), SkuCodec.of(b).parse("TB-2504"));
  }

  @Test
  void schemaRulesAreEnforcedWithMessagesSayingWhatToFix() {
    assertRejected("schema \"s\" needs 1-16 segments, has 0", () -> SkuSchema.builder().name("s").build());
    assertRejected("schema \"s\": two segments are named \"platform\"",
        () -> SkuSchema.builder().name("s").addSegments(PLATFORM, PLATFORM).build());
    assertRejected("schema \"s\": two segments have role PLATFORM; only OTHER may repeat",
        () -> SkuSchema.builder().name("s").addSegments(PLATFORM,
            SkuSegment.codeTable("shop", SegmentRole.PLATFORM, Map.of("A", "a"))).build());
    assertRejected("schema \"s\": separator must be a printable ASCII symbol such as '-', not \"A\"",
        () -> SkuSchema.builder().name("s").separator('A').addSegments(PLATFORM).build());
    assertRejected("schema \"s\": separator must be a printable ASCII symbol such as '-', not \" \"",
        () -> SkuSchema.builder().name("s").separator(' ').addSegments(PLATFORM).build());
    assertRejected("schema name must not be blank",
        () -> SkuSchema.builder().name(" ").addSegments(PLATFORM).build());
  }

  @Test
  void segmentRulesAreEnforced() {
    assertRejected("segment \"size\": a code table needs at least one code",
        () -> SkuSegment.codeTable("size", SegmentRole.SIZE, Map.of()));
    assertRejected("segment \"size\": code \"m\" must be 1-16 upper-case ASCII letters or digits",
        () -> SkuSegment.codeTable("size", SegmentRole.SIZE, Map.of("m", "medium")));
    assertRejected("segment \"size\": code \"M-L\" must be 1-16 upper-case ASCII letters or digits",
        () -> SkuSegment.codeTable("size", SegmentRole.SIZE, Map.of("M-L", "medium")));
    assertRejected("segment \"size\": code \"M\" needs a non-blank label",
        () -> SkuSegment.codeTable("size", SegmentRole.SIZE, Map.of("M", " ")));
    assertRejected("segment name \"Size\" must be 1-32 lower-case ASCII letters, digits or '-', starting with a "
        + "letter", () -> SkuSegment.codeTable("Size", SegmentRole.SIZE, Map.of("M", "medium")));
    assertRejected("segment \"launch\": the LAUNCH_MONTH role needs type YEAR_MONTH_YYMM or YEAR_MONTH_YYYYMM, not CODE_TABLE",
        () -> SkuSegment.codeTable("launch", SegmentRole.LAUNCH_MONTH, Map.of("A", "a")));
    assertRejected("several segments may have role OTHER; look them up by name",
        () -> SkuSchema.standard().segment(SegmentRole.OTHER));
  }
}
