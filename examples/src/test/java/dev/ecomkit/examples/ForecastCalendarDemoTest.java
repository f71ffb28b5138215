package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCalendarDemoTest {

  @Test
  void bundledDailySamplesAreExactlyWhatTheCommittedGeneratorWrites(@TempDir Path dir) throws Exception {
    DailySalesSampleGenerator.main(new String[] {dir.toString()});
    for (String name : new String[] {DailySalesSampleGenerator.DAILY, DailySalesSampleGenerator.SEARCH}) {
      try (InputStream bundled = ForecastCalendarDemo.class.getResourceAsStream(name)) {
        assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(dir.resolve(name)), name);
      }
    }
  }

  @Test
  void theCalendarPartFindsTheEffectsTheSurgeAndWritesTheCharts(@TempDir Path dir) throws Exception {
    List<ForecastDemo.History> monthly;
    try (InputStream in = ForecastDemo.class.getResourceAsStream(ForecastDemo.SAMPLE)) {
      monthly = ForecastDemo.read(new InputStreamReader(in, StandardCharsets.UTF_8), ForecastDemo.SAMPLE);
    }
    String report = ForecastCalendarDemo.report(monthly, dir);
    String[] expected = {
        "== Forecasts: the retail calendar and daily events ==",
        "Spring Festival (春节): 2025-01-29, 2026-02-17, 2027-02-06, 2028-01-26",
        "double-11-presale 2026-10-20..2026-11-10",
        "logistics-shutdown lowers sales by",
        "Annual forecast table 2026",
        "period of 2025-09-01",
        "Calendar: Spring Festival 2027 is 2027-02-06; double-11 lifts sales by"};
    for (String line : expected) {
      assertTrue(report.contains(line), line + " missing from:\n" + report);
    }
    // the generator's lifts come back within 10 % (e.g. Double 11 +250 %)
    for (var truth : DailySalesSampleGenerator.LIFTS.entrySet()) {
      String name = truth.getKey();
      String line = report.lines().filter(l -> l.trim().startsWith(name + " ") && l.contains(" sales by ")).findFirst().orElseThrow(
          () -> new AssertionError(name + " missing from:\n" + report));
      double percent = Double.parseDouble(line.replaceAll("^.* by (\\d+) %.*$", "$1"));
      double signed = line.contains("lowers") ? -percent : percent;
      assertTrue(Math.abs(signed / 100 - truth.getValue()) <= 0.1 * Math.abs(truth.getValue()) + 0.005, line);
    }
    for (String chart : new String[] {ForecastCalendarDemo.CHART, ForecastCalendarDemo.EFFECTS_CHART}) {
      assertTrue(Files.size(dir.resolve(chart)) > 10_000, chart + " is too small");
    }
  }
}
