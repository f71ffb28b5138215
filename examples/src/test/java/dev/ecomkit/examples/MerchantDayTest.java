package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.risk.Alert;
import dev.ecomkit.supply.StockPolicy;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merchant day walkthrough: each step's result against what the synthetic merchant was built with. */
class MerchantDayTest {

  @TempDir
  static Path dir;
  static String report;
  static MerchantDay.Day day;

  @BeforeAll
  static void walk() throws Exception {
    StringBuilder sb = new StringBuilder();
    day = MerchantDay.walk(sb);
    MerchantDay.summary(day, MerchantDayCharts.write(day, dir), sb);
    report = sb.toString();
  }

  @Test
  void writesEachChartAsANonEmptyPng() throws Exception {
    for (String name : MerchantDayCharts.ALL) {
      Path chart = dir.resolve(name);
      assertTrue(Files.size(chart) > 10_000, name + " is too small: " + Files.size(chart) + " bytes");
      BufferedImage image = ImageIO.read(chart.toFile());
      assertTrue(image != null && image.getWidth() >= 900 && image.getHeight() >= 500, name + " is not a chart");
      assertTrue(report.contains("chart       " + chart), name + " missing from the summary");
    }
  }

  @Test
  void theCatalogueImportFindsWhatTheExportsWereBuiltWith() {
    // 42 distinct codes, three keyed by hand, one listed twice, two wrong (MerchantDayData.catalogue)
    assertEquals(45, day.catalogue().lines());
    assertEquals(42, day.catalogue().registry().size());
    assertEquals(3, day.catalogue().lenientFixes());
    assertEquals(1, day.catalogue().duplicateLines());
    assertEquals(2, day.catalogue().errorLines());
    // TB lists all 21 items, JD 13 of them, DD 8; twins: items on two or more platforms
    assertEquals(18, day.catalogue().twinGroups());
  }

  @Test
  void theForecastIsBacktestedAndTheStockFollowsFromIt() {
    assertTrue(day.backtestAccuracy().wape() < 15, day.backtestAccuracy().toString());
    assertTrue(day.backtestAccuracy().coverage95() > 0.8, day.backtestAccuracy().toString());
    double[] next = day.next().mean();
    assertEquals(MerchantDay.QUARTER, next.length);
    // the generator's winter: December sells more than October, and Double 11 is the peak day
    assertTrue(ForecastDemo.sum(next, 61, 92) > ForecastDemo.sum(next, 0, 31));
    int d11 = MerchantDay.index(MerchantDay.DOUBLE_11);
    for (int h = 0; h < next.length; h++) {
      assertTrue(next[h] <= next[d11], "day " + h + " above Double 11");
    }
    // reorder points scale with the size shares; the critical ratio (599-260)/(599-180) > 1/2 buys above the mean
    StockPolicy m = day.reorderPoints().get("M");
    StockPolicy xxl = day.reorderPoints().get("XXL");
    assertEquals(0.30 / 0.08, m.safetyStock() / xxl.safetyStock(), 1e-6);
    assertTrue(m.cycleServiceLevel() >= 0.95 - 1e-9);
    assertEquals((599.0 - 260) / (599 - 180), day.buy().criticalRatio(), 1e-12);
    assertTrue(day.buy().orderUpTo() > day.buyDemand());
    // the bullwhip grows up the chain, smoothing damps it at the top
    assertTrue(day.chain().echelon("fabric mill").orderSwing() > day.chain().echelon("shop").orderSwing());
    assertTrue(day.smoothed().echelon("fabric mill").orderSwing() < day.chain().echelon("fabric mill")
        .orderSwing());
  }

  @Test
  void customersKolMentionsAndTheStressTest() {
    assertEquals(6_000, day.customers().size());
    long sleeping = day.customers().customers().stream().filter(c -> c.segment().equals("hibernating")
        || c.segment().equals("at risk")).count();
    assertEquals(sleeping, day.ladder().size());
    assertEquals(10, day.kol().contents().size());
    // one alert: the merchant's own down-leak rule on the SKU of the burst; the repeat and the late post not counted
    List<Alert> alerts = day.alerts();
    assertEquals(1, alerts.size(), alerts.toString());
    assertEquals("down-leak", alerts.get(0).ruleId());
    assertEquals(MerchantDayData.LEAKING_SKU, alerts.get(0).scopeKey().orElseThrow());
    assertEquals(1, day.late());
    assertEquals(1, day.repeats(), "the complaint delivered twice counts once");
    // doubled traffic on the Double 11 stock runs this season's jackets out
    assertFalse(day.stress().holds());
    assertEquals(10, day.stress().skuCount());
    assertTrue(report.contains("stress      traffic x2.0 for 48 h: BREAKS, first out "), report);
  }

  @Test
  void theSummaryHasALineForEachStep() {
    for (String line : new String[] {"Merchant day summary", "  catalogue   42 SKUs, 3 fixed, 2 refused",
        "  forecast    Q4 2026 ", "  stock       reorder size M at ", "  bullwhip    ", "  customers   6,000 scored",
        "  KOL         10 pieces, ROI ", "  mentions    409, 1 alert (1 threshold)", "  stress      "}) {
      assertTrue(report.contains(line), line + " missing from:\n" + report);
    }
  }
}
