package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.sku.SkuFormatException.Reason;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkuRegistryTest {

  private static final SkuCodec CODEC = SkuCodec.standard();

  private static final List<String> LINES = List.of(
      "TB-01-M-2504",      // 1
      "JD-01-M-2504",      // 2  twin of 1
      "TB-01-M-2504",      // 3  duplicate of 1
      "tb-01-m-2504",      // 4  lenient fix, duplicate of 1
      "",                  // 5  blank
      "TB-01-M-2513",      // 6  month 13
      "DY-01-M-2504",      // 7  twin of 1 and 2
      "XX-02-L-2401",      // 8  unknown platform
      "JD-02-L-2401",      // 9
      "ＤＹ－０２－Ｌ－２４０１",  // 10 full width: lenient fix, twin of 9
      "KS-03-F-2312");     // 11

  @Test
  void reportCountsEveryLineAndDetailsDuplicatesFixesErrorsAndTwins() {
    SkuImportReport report = SkuRegistry.load(CODEC.lenient(), LINES);

    assertEquals(11, report.lines());
    assertEquals(1, report.blankLines());
    assertEquals(8, report.validLines());
    assertEquals(2, report.errorLines());
    assertEquals(Map.of(Reason.MONTH_OUT_OF_RANGE, 1L, Reason.UNKNOWN_CODE, 1L), report.errorsByReason());
    assertEquals(List.of(6L, 8L), report.errors().stream().map(SkuImportReport.LineError::line)
        .collect(Collectors.toList()));
    assertEquals("month at offset 10: expected 01-12, got \"13\" (input read as \"TB-01-M-2513\")",
        report.errors().get(0).message());

    assertEquals(6, report.registry().size());
    assertEquals(2, report.duplicateLines());
    assertEquals(1, report.duplicates().size());
    SkuImportReport.Duplicate duplicate = report.duplicates().get(0);
    assertEquals("TB-01-M-2504", duplicate.sku().toString());
    assertEquals(3, duplicate.count());
    assertEquals(List.of(1L, 3L, 4L), duplicate.lines());

    assertEquals(2, report.lenientFixes());
    assertEquals(List.of(4L, 10L), report.fixes().stream().map(SkuImportReport.LenientFix::line)
        .collect(Collectors.toList()));
    assertEquals("DY-02-L-2401", report.fixes().get(1).sku().toString());

    assertEquals(2, report.twinGroups());
    assertEquals(List.of("TB", "JD", "DY"), report.twins().get(0).platforms());
    assertEquals(List.of("JD", "DY"), report.twins().get(1).platforms());
    assertEquals("JD-02-L-2401", report.twins().get(1).skus().get(0).toString());
  }

  @Test
  void theStrictCodecFixesNothing() {
    SkuImportReport report = SkuRegistry.load(CODEC, LINES);

    assertEquals(0, report.lenientFixes());
    assertEquals(6, report.validLines());
    assertEquals(Map.of(Reason.MONTH_OUT_OF_RANGE, 1L, Reason.UNKNOWN_CODE, 3L), report.errorsByReason());
    assertEquals("platform at offset 0: expected one of TB, TM, DD, JD, DY, KS, XHS, WX, VIP, DW, GW, MD, got \"tb\" "
        + "(codes are upper case: did you mean \"TB\"?)", report.errors().get(0).message());
  }

  @Test
  void registryHoldsTheDistinctSkusInOrder() {
    SkuRegistry registry = SkuRegistry.load(CODEC, LINES).registry();

    assertTrue(registry.contains(CODEC.parse("JD-01-M-2504")));
    assertFalse(registry.contains(CODEC.parse("JD-01-M-2505")));
    assertFalse(registry.contains(SkuCodec.of(TypedSegmentsTest.CHECKED).parse(
        TypedSegmentsTest.checkedCode("TB-01-M-2504"))), "another schema");
    assertEquals(List.of("TB-01-M-2504", "JD-01-M-2504", "JD-02-L-2401", "DY-01-M-2504", "KS-03-F-2312"),
        registry.stream().map(Sku::toString).collect(Collectors.toList()));
    assertEquals("SkuRegistry{standard, 5 SKUs}", registry.toString());
  }

  @Test
  void readerLinesKeepFileLineNumbers() {
    String csv = "\uFEFFTB-01-M-2504\r\nTB-01-M-2504\rJD-01-M-2504\n\n" + "X".repeat(5000) + "\nKS-03-F-2312";
    SkuImportReport report = SkuRegistry.loader(CODEC).firstLineNumber(2).load(new StringReader(csv));

    assertEquals(6, report.lines());
    assertEquals(List.of(2L, 3L), report.duplicates().get(0).lines());
    assertEquals(1, report.blankLines());
    assertEquals(6L, report.errors().get(0).line());
    assertEquals(65, report.errors().get(0).text().length(), "cut to 64 characters and '…'");
    assertEquals(3, report.registry().size());
  }

  @Test
  void detailListsStopAtTheLimitButCountsDoNot() {
    SkuImportReport report = SkuRegistry.loader(CODEC).detailLimit(1).load(List.of("A", "B", "C",
        "TB-01-M-2504", "TB-01-M-2504", "TB-01-M-2504", "JD-01-M-2504", "JD-01-M-2504"));

    assertEquals(3, report.errorLines());
    assertEquals(1, report.errors().size());
    assertEquals(3, report.duplicateLines());
    assertEquals(1, report.duplicates().size());
    assertEquals(List.of(4L), report.duplicates().get(0).lines());
    assertEquals(3, report.duplicates().get(0).count());
  }

  @Test
  void aMillionLinesStreamThrough() {
    Iterable<String> lines = () -> new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < 1_000_000;
      }

      @Override
      public String next() {
        int n = i++;
        return n % 100 == 99 ? "bad line " + n
            : String.format("%s-%02d-M-%02d%02d", (n / 100) % 2 == 0 ? "TB" : "JD", 1 + n % 12, n % 100, 1 + n % 12);
      }
    };
    SkuImportReport report = SkuRegistry.loader(CODEC).detailLimit(10).load(lines);

    assertEquals(1_000_000, report.lines());
    assertEquals(10_000, report.errorLines());
    assertEquals(990_000, report.validLines());
    assertEquals(990_000 - report.registry().size(), report.duplicateLines());
    assertEquals(10, report.duplicates().size());
    assertEquals(300 - 3, report.registry().size() / 2, "every item on both platforms");
    assertEquals(report.registry().size() / 2, report.twinGroups());
  }

  @Test
  void unpackableSchemasCannotBeRegistered() {
    SkuSchema wide = SkuSchema.builder().name("wide")
        .addSegments(SkuSegment.digits("a", SegmentRole.OTHER, 9))
        .addSegments(SkuSegment.digits("b", SegmentRole.OTHER, 9))
        .addSegments(SkuSegment.digits("c", SegmentRole.OTHER, 2))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SkuRegistry.loader(SkuCodec.of(wide)));
    assertEquals("schema \"wide\" cannot be packed into a long, so it cannot be registered", e.getMessage());
  }
}
