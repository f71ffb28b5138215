package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuFormatException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkuDemoTest {

  @Test
  void bundledSampleIsExactlyWhatTheCommittedGeneratorWrites(@TempDir Path dir) throws Exception {
    Path regenerated = dir.resolve("sku-sample.csv");
    SkuSampleGenerator.main(new String[] {regenerated.toString()});

    try (InputStream bundled = SkuDemo.class.getResourceAsStream(SkuDemo.SAMPLE)) {
      assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(regenerated));
    }
  }

  @Test
  void reportOnTheBundledSampleCountsEveryLineAndShowsEveryReasonOfTheStandardSchema() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SkuDemo.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    Matcher counts = Pattern.compile("Checked 1,000 codes.*\\n  valid: +(\\d+) .*\\n  invalid: +(\\d+) ")
        .matcher(report);
    assertTrue(counts.find(), report);
    int valid = Integer.parseInt(counts.group(1));
    int invalid = Integer.parseInt(counts.group(2));
    assertEquals(1000, valid + invalid);
    assertTrue(valid > 500 && invalid > 200, "a mixed-quality sample: " + report);
    for (SkuFormatException.Reason reason : SkuFormatException.Reason.values()) {
      if (reason == SkuFormatException.Reason.CHECK_CHARACTER_MISMATCH) {
        continue; // the standard schema has no check character
      }
      assertTrue(report.contains("  " + reason + " "), reason + " missing from\n" + report);
    }
  }

  @Test
  void reportCountsDuplicatesAndGroupsErrorsWithTheFirstLine() throws Exception {
    String csv = "sku_code,stock\nTB-01-M-2504,1\nTB-01-M-2504,2\nTB-01-M-2513,3\nJD-01-M-2599,4\n";

    String report = SkuDemo.report(SkuCodec.standard(), () -> new StringReader(csv), "test");

    assertTrue(report.contains("valid:        2 (50.0 %), 1 distinct SKUs, 1 duplicate lines"), report);
    assertTrue(report.contains("MONTH_OUT_OF_RANGE      2  line 4: \"TB-01-M-2513\" -> month at offset 10"), report);
    assertTrue(report.contains("TB       2  Taobao (淘宝)"), report);
  }

  @Test
  void registrySectionShowsLenientFixesDuplicatesAndTwins() throws Exception {
    String csv = "sku_code,stock\nTB-01-M-2504,1\ntb-01-m-2504,2\nJD-01-M-2504,3\nＤＹ－０１－Ｍ－２５０４,4\n"
        + "XX-01-M-2504,5\n";

    String report = SkuDemo.report(SkuCodec.standard(), () -> new StringReader(csv), "test");

    assertTrue(report.contains("5 lines: 4 valid, of which 2 fixed by the lenient codec; 1 invalid; 0 blank"),
        report);
    assertTrue(report.contains("fixed line 5: \"ＤＹ－０１－Ｍ－２５０４\" -> DY-01-M-2504"), report);
    assertTrue(report.contains("TB-01-M-2504 on lines 2, 3"), report);
    assertTrue(report.contains("cross-platform twins: 1 items"), report);
    assertTrue(report.contains("01-M-2504 on TB, JD, DY"), report);
    assertTrue(report.contains("TB-10-M-2504-Q -> CHECK_CHARACTER_MISMATCH"), report);
  }

  @Test
  void bundledSampleHasFixesDuplicatesAndTwinsToShow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SkuDemo.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    Matcher m = Pattern.compile("of which (\\d+) fixed.*\\n(?s).*; (\\d+) duplicate lines.*twins: (\\d+) items")
        .matcher(report);
    assertTrue(m.find(), report);
    assertTrue(Integer.parseInt(m.group(1)) > 50, "lenient fixes");
    assertTrue(Integer.parseInt(m.group(2)) > 20, "duplicates");
    assertTrue(Integer.parseInt(m.group(3)) > 20, "twins");
  }
}
