package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecomkit.segment.SegmentException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Pieces of content in and out of JSON, reports and rankings out. */
class FunnelJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 200)
  void contentRoundTrips(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int n) {
    Random r = new Random(seed);
    List<ContentStats> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(ContentFunnelTest.random(r, i));
    }
    ContentFunnel f = ContentFunnel.of(all);
    assertEquals(f, ContentFunnel.fromJson(f.toJson()));
    assertEquals(f, ContentFunnel.fromJson(new StringReader(f.toJson())));
    assertEquals(f.report(), ContentFunnel.fromJson(f.toJson()).report());
    assertEquals(f.report(), FunnelReport.fromJson(f.report().toJson()));
    f.byTier().values().forEach(g -> assertEquals(g, FunnelReport.fromJson(g.toJson())));
  }

  @Test
  void aReportReadBackIsChecked() {
    String json = ContentFunnel.of(ContentFunnelTest.video().build()).report().toJson();
    String[][] cases = {
        {json.replace("\"count\" : 420", "\"count\" : 4200"), "$.stages[3].count: 4200 exceed ADD_TO_CART 900"},
        {json.replace("\"stage\" : \"ORDER\"", "\"stage\" : \"PAID\""), "$.stages[3].stage: expected ORDER"},
        {json.replace("\"refunds\" : 1200.0", "\"refunds\" : 99999.0"), "$.refunds: refunds 99999.0 exceed the GMV"},
        {json.replace("\"cost\" : 8000.0", "\"cost\" : -1"), "$.cost: must be a finite amount, 0 or more"},
        {json.replace("\"completions\" : 30000", "\"completions\" : 130000"), "$.completions: 130000 exceed views"},
        {json.replace("\"contents\" : 1", "\"contents\" : -1"), "$.contents: must be a count"},
        {json.replace("\"roiBasis\"", "\"roiBasic\""), "$.roiBasic: unknown field"},
        {"{\"version\": 1}", "$.contents: missing"},
    };
    for (String[] c : cases) {
      assertTrue(!c[0].equals(json) || c[1].startsWith("$.contents: missing"), "the case must change the JSON: "
          + c[1]);
      SegmentException e = assertThrows(SegmentException.class, () -> FunnelReport.fromJson(c[0]), c[1]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void aMinimalPieceTakesDefaults() {
    ContentFunnel f = ContentFunnel.fromJson("{\"version\": 1, \"contents\": [{\"id\": \"n-1\", \"creator\": \"阿花\","
        + " \"platform\": \"xiaohongshu\", \"tier\": \"amateur\", \"format\": \"UGC note\", \"published\": "
        + "\"2026-10-20T12:00:00Z\", \"cost\": 300, \"views\": 5000}]}");
    ContentStats s = f.contents().get(0);
    assertEquals("阿花", s.creator());
    assertEquals(5_000, s.views());
    assertEquals(0, s.orders());
    assertTrue(s.margin().isEmpty());
  }

  @Test
  void damagedJsonNamesThePath() {
    String head = "{\"version\": 1, \"contents\": [{\"id\": \"v\", \"creator\": \"c\", \"platform\": \"p\", "
        + "\"tier\": \"t\", \"format\": \"f\", \"published\": \"2026-10-20T12:00:00Z\", \"cost\": 10";
    String[][] cases = {
        {head + ", \"views\": 5, \"clicks\": 9}]}", "$.contents[0].clicks: content \"v\": clicks 9 exceed views 5"},
        {head + ", \"views\": 1.5}]}", "$.contents[0].views: must be a whole number"},
        {head + ", \"color\": 1}]}", "$.contents[0].color: unknown field"},
        {head + ", \"gmv\": \"lots\"}]}", "$.contents[0].gmv: must be a number"},
        {head + ", \"cost\": 3}]}", "not valid JSON"},
        {head.replace("\"cost\": 10", "\"cost\": -1") + "}]}", "$.contents[0].cost: content \"v\": cost must be"},
        {head.replace("2026-10-20T12:00:00Z", "yesterday") + "}]}", "$.contents[0].published: \"yesterday\" is not"},
        {head.replace(", \"cost\": 10", "") + "}]}", "$.contents[0].cost: missing"},
        {head + ", \"margin\": 1e400}]}", "$.contents[0].margin: content \"v\": the margin must be a finite number"},
        {"{\"version\": 2, \"contents\": []}", "$.version: version 2 is not supported"},
        {"{\"version\": 1, \"contents\": {}}", "$.contents: must be an array"},
        {"{\"version\": 1, \"contents\": [7]}", "$.contents[0]: must be an object"},
        {"[]", "$: pieces of content are a JSON object"},
        {"", "$: the document is empty"},
    };
    for (String[] c : cases) {
      SegmentException e = assertThrows(SegmentException.class, () -> ContentFunnel.fromJson(c[0]), c[0]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void aReportAsJson() throws Exception {
    FunnelReport r = ContentFunnel.of(ContentFunnelTest.video().margin(9_720).build()).report();
    JsonNode j = MAPPER.readTree(r.toJson());
    assertEquals(1, j.get("version").asInt());
    assertEquals(120_000, j.get("views").asLong());
    assertEquals(0.25, j.get("completionRate").get("value").asDouble(), 1e-12);
    assertEquals(r.clickRate().lower(), j.get("clickRate").get("lower").asDouble(), 0);
    assertEquals(5, j.get("stages").size());
    JsonNode order = j.get("stages").get(3);
    assertEquals("ORDER", order.get("stage").asText());
    assertEquals(420, order.get("count").asLong());
    assertEquals(1 - 420 / 900.0, order.get("dropOff").asDouble(), 1e-12);
    assertTrue(!j.get("stages").get(0).has("step"));
    assertEquals("MARGIN", j.get("roiBasis").asText());
    assertEquals(0.215, j.get("roi").get("value").asDouble(), 1e-12);
    assertEquals(r.roi().orElseThrow().upper(), j.get("roi").get("upper").asDouble(), 0);
    assertEquals(32_400, j.get("revenue").asDouble(), 1e-9);
    // empty ratios are null
    JsonNode none = MAPPER.readTree(ContentFunnel.of().report().toJson());
    assertTrue(none.get("roi").isNull() && none.get("cpm").isNull(), none.toString());
  }

  @Test
  void aRankingAsJson() throws Exception {
    RoiRanking ranking = ContentFunnel.of(ContentFunnelTest.video().build()).rankByRoi();
    JsonNode j = MAPPER.readTree(ranking.toJson());
    JsonNode e = j.get("entries").get(0);
    assertEquals("v-001", e.get("key").asText());
    assertEquals("RANKED", e.get("standing").asText());
    assertEquals(1, e.get("rank").asInt());
    assertEquals(3.05, e.get("roi").get("value").asDouble(), 1e-12);
    assertEquals(420, e.get("orders").asLong());
  }
}
