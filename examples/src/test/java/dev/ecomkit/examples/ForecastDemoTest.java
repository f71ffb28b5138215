package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastDemoTest {

  @Test
  void bundledSampleIsExactlyWhatTheCommittedGeneratorWrites(@TempDir Path dir) throws Exception {
    Path regenerated = dir.resolve("sales-sample.csv");
    SalesSampleGenerator.main(new String[] {regenerated.toString()});

    try (InputStream bundled = ForecastDemo.class.getResourceAsStream(ForecastDemo.SAMPLE)) {
      assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(regenerated));
    }
  }

  @Test
  void bundledSampleHasTheShapesTheGeneratorDocuments() throws Exception {
    List<ForecastDemo.History> histories;
    try (InputStream in = ForecastDemo.class.getResourceAsStream(ForecastDemo.SAMPLE)) {
      histories = ForecastDemo.read(new InputStreamReader(in, StandardCharsets.UTF_8), ForecastDemo.SAMPLE);
    }

    assertEquals(5, histories.size());
    assertEquals(List.of(48, 48, 42, 18, 40), histories.stream().map(h -> h.series().size()).toList());
    double[] withStockOut = histories.get(4).series().values();
    int zeros = 0;
    for (double v : withStockOut) {
      zeros += v == 0 ? 1 : 0;
    }
    assertTrue(zeros >= 5, "a run of zeros");
  }

  @Test
  void reportOnTheBundledSampleShowsEverySkuWithModelForecastAndBacktest() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForecastDemo.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(report.startsWith("== Forecasts (ecomkit-forecasting) ==\n"), report);
    for (String sku : new String[] {"TB-01-L-2201", "JD-05-F-2201", "JD-02-F-2207", "DY-04-F-2407",
        "TB-08-M-2209"}) {
      assertTrue(report.contains("\n" + sku + "  "), sku + " missing from\n" + report);
    }
    assertEquals(5, count(report, "  AutoETS chooses ETS("));
    assertEquals(5, count(report, "\n  forecast  "));
    assertEquals(5, count(report, "\n  95 % from "));
    assertEquals(4, count(report, "  backtest, origins "), report);
    assertTrue(report.contains("backtest: not done, 18 months are too few"), report);
    assertTrue(report.contains("  note: ") && report.contains("fewer than two full seasons"), report);
    assertTrue(report.contains("Backtests pooled over 4 SKUs (276 forecast months)"), report);
    assertFalse(report.contains("NaN") || report.contains("Infinity") || report.contains("n/a"), report);
    Matcher forecastRow = Pattern.compile("\n  forecast  ((?: +-?\\d+){12})\n").matcher(report);
    int rows = 0;
    while (forecastRow.find()) {
      rows++;
    }
    assertEquals(5, rows, "12 whole numbers per forecast row:\n" + report);
  }

  @Test
  void aSeriesTooShortForAnyModelStillGetsAForecastWithItsReasons() throws Exception {
    String csv = "sku,month,units\nTB-01-M-2510,2025-10,5\nTB-01-M-2510,2025-11,9\nTB-01-M-2510,2025-12,7\n";

    String report = ForecastDemo.report(ForecastDemo.read(new StringReader(csv), "test"), "test");

    assertTrue(report.contains("TB-01-M-2510  3 months 2025-10..2025-12\n"), report);
    assertTrue(report.contains("  AutoETS: "), report);
    assertTrue(report.contains(String.format("  %-12s%6s%6s", "2026", "Jan", "Feb")), report);
    assertTrue(report.contains("  note: "), report);
    assertFalse(report.contains("pooled"), report);
  }

  @Test
  void forecastsCrossingTheYearAreLabelledWithBothYears() throws Exception {
    StringBuilder csv = new StringBuilder("sku,month,units\n");
    for (int i = 0; i < 30; i++) {
      csv.append("X,").append(java.time.YearMonth.of(2023, 4).plusMonths(i)).append(',').append(100 + i % 12)
          .append('\n');
    }

    String report = ForecastDemo.report(ForecastDemo.read(new StringReader(csv.toString()), "test"), "test");

    assertTrue(report.contains("X  30 months 2023-04..2025-09"), report);
    assertTrue(report.contains(String.format("  %-12s%6s%6s%6s%6s", "2025/26", "Oct", "Nov", "Dec", "Jan")), report);
  }

  @Test
  void badLinesAreRejectedWithFileAndLine() {
    String gap = "sku,month,units\nA,2025-01,3\nA,2025-03,4\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForecastDemo.read(new StringReader(gap), "sales.csv"));
    assertEquals("sales.csv line 3: A has 2025-03 after 2025-01; give every month in order, 0 for a month without "
        + "sales", e.getMessage());

    String bad = "sku,month,units\nA,Jan 2025,3\n";
    e = assertThrows(IllegalArgumentException.class, () -> ForecastDemo.read(new StringReader(bad), "sales.csv"));
    assertTrue(e.getMessage().startsWith("sales.csv line 2: expected a month like 2025-12"), e.getMessage());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
