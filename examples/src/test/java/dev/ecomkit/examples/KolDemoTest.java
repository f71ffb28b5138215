package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KolDemoTest {

  @Test
  void bundledCampaignIsExactlyWhatTheCommittedGeneratorWrites(@TempDir Path dir) throws Exception {
    KolCampaignGenerator.main(new String[] {dir.toString()});
    try (InputStream bundled = KolDemo.class.getResourceAsStream(KolCampaignGenerator.CAMPAIGN)) {
      assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(dir.resolve(KolCampaignGenerator.CAMPAIGN)));
    }
    try (InputStream bundled = new GZIPInputStream(KolDemo.class.getResourceAsStream(KolCampaignGenerator.EVENTS));
        InputStream regenerated = new GZIPInputStream(Files.newInputStream(dir.resolve(KolCampaignGenerator.EVENTS)))) {
      assertArrayEquals(bundled.readAllBytes(), regenerated.readAllBytes());
    }
  }

  @Test
  void theCampaignRanksByRoiAndFlagsTheThinPieces() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KolDemo.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    String[] expected = {
        "== KOL funnels (ecomkit-segmentation) ==",
        "head        1,000,000 or more  brand live streams",
        "Campaign: 30 pieces of content, 32,010 conversion events",
        "#1  A-09  amateur",
        "Too thin to rank (7), whatever their ROI:",
        "THIN N-07  nano     ROI +1.68",
        "waist   0.0027 vs head    0.0009",
        "→ A_HIGHER",
        "KOL: 30 pieces, 32010 events, best ranked A-09"};
    for (String line : expected) {
      assertTrue(report.contains(line), line + " missing from:\n" + report);
    }
    // the thin pieces are all nano, and none of them is ranked
    report.lines().filter(l -> l.startsWith("  #")).forEach(l -> assertTrue(!l.contains(" N-0"), l));
    assertTrue(report.lines().filter(l -> l.startsWith("  THIN N-0")).count() == 7, report);
  }
}
