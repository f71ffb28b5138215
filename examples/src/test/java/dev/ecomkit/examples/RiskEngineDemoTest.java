package dev.ecomkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskEngineDemoTest {

  @Test
  void bundledDayIsExactlyWhatTheCommittedGeneratorWrites(@TempDir Path dir) throws Exception {
    Path regenerated = dir.resolve("mentions-day.tsv");
    MentionDayGenerator.main(new String[] {regenerated.toString()});
    try (InputStream bundled = RiskEngineDemo.class.getResourceAsStream(RiskEngineDemo.SAMPLE)) {
      assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(regenerated));
    }
  }

  @Test
  void theDayRaisesTheScriptedAlertsAndTheIncidentTimeline() throws Exception {
    String report = RiskEngineDemo.report(RiskEngineDemo.read(new String[0]), "day");
    String[] expected = {
        "quality fired [INC-1 level 3]: 3 mentions",
        "quality escalated [INC-1 level 2]: 8 mentions",
        "still growing: 5 more mentions at level 3",
        "quality escalated [INC-1 level 1]: 13 mentions",
        "not acknowledged within PT4H",
        "competitor fired on xiaohongshu: 6 mentions",
        "policy fired: 1 mention in",
        "M01214 on taobao posted 07:45",
        "Repeated posts ignored: 1",
        "15:40 ACKNOWLEDGED level 1: by crisis team on duty",
        "21:00 RESOLVED level 1",
        "raised the same 3 alerts after it: true",
        "Risk engine: 1226 mentions, 5 alerts (3 threshold, 2 escalations), 1 late, 1 repeated, incident resolved"};
    for (String line : expected) {
      assertTrue(report.contains(line), line + " missing from:\n" + report);
    }
  }
}
