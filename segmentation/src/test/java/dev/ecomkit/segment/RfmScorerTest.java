package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFM scoring: hand-computed quantile scores with ties across a bin edge, the R {@code rfm} package's convention on
 * the worked example of docs/research/rfm.md §4 (numbers from a base-R restatement of the package's logic, which
 * reproduces its own unit test), its custom thresholds, the segments and the exports.
 */
class RfmScorerTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  /** The 25 orders of 12 customers of docs/research/rfm.md §4. */
  private static final String[] ORDERS = {
    "C01,2024-01-30,120", "C01,2024-01-10,80", "C01,2023-12-20,100", "C01,2023-11-02,60", "C02,2024-01-25,40",
    "C02,2023-10-01,35", "C03,2024-01-20,500", "C04,2024-01-20,15", "C04,2023-12-01,25", "C04,2023-09-15,20",
    "C05,2023-12-31,200", "C05,2023-12-01,150", "C06,2023-12-31,75", "C07,2023-11-15,300", "C07,2023-08-01,250",
    "C07,2023-05-05,310", "C07,2023-02-02,280", "C07,2022-12-12,260", "C08,2023-10-20,30", "C09,2023-09-01,90",
    "C09,2023-06-01,60", "C10,2023-07-04,12.5", "C11,2023-03-01,45", "C11,2023-01-15,55", "C12,2022-11-30,20",
  };

  static RfmAggregate example() {
    RfmAggregate agg = RfmAggregate.create();
    for (String order : ORDERS) {
      String[] f = order.split(",");
      agg.add(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2]));
    }
    return agg;
  }

  private static int[][] scores(RfmResult result) {
    List<RfmCustomer> customers = result.customers();
    int[][] s = new int[3][customers.size()];
    for (int i = 0; i < customers.size(); i++) {
      s[0][i] = customers.get(i).r();
      s[1][i] = customers.get(i).f();
      s[2][i] = customers.get(i).m();
    }
    return s;
  }

  @Test
  void rawValuesOfTheExample() {
    RfmResult r = RfmScorer.standard(AS_OF).score(example());
    RfmCustomer c01 = r.customers().get(0);
    assertEquals("C01", c01.id());
    assertEquals(1, c01.recencyDays());
    assertEquals(4, c01.frequency());
    assertEquals(360, c01.monetary(), 1e-12);
    assertEquals(427, r.customers().get(11).recencyDays()); // C12: 2022-11-30 to 2024-01-31
    assertEquals(12.5, r.customers().get(9).monetary(), 1e-12);
  }

  @Test
  void rRfmConventionReproducesThePackage() {
    // docs/research/rfm.md §4: breaks R 12, 32, 93.6, 200.2; F 2, 2.4, 3, 3.8 (score 3 unused); M 37, 76, 131, 359
    RfmResult r = RfmScorer.standard(AS_OF).binning(RfmScorer.Binning.R_RFM).score(example());
    int[][] s = scores(r);
    assertArrayEquals(new int[] {5, 5, 5, 5, 4, 4, 3, 2, 2, 1, 1, 1}, s[0]);
    assertArrayEquals(new int[] {5, 2, 1, 4, 2, 1, 5, 1, 2, 1, 2, 1}, s[1]);
    assertArrayEquals(new int[] {5, 2, 5, 2, 4, 2, 5, 1, 4, 1, 3, 1}, s[2]);
    assertArrayEquals(new double[] {12, 32, 93.6, 200.2},
        RRfm.cutPoints(new double[] {1, 6, 11, 11, 31, 31, 77, 103, 152, 211, 336, 427}, 5), 1e-12);
    // the segments of the proposal in §3
    String[] expected = {"champions", "potential loyalists", "potential loyalists", "loyal customers",
        "potential loyalists", "potential loyalists", "loyal customers", "about to sleep", "at risk", "lost", "at risk",
        "lost"};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], r.customers().get(i).segment(), "C" + (i + 1));
    }
  }

  @Test
  void thresholdsAsRfmCustomBins() {
    // rfm's recency_bins = c(10, 30, 60, 120), frequency_bins = c(2, 3, 4, 5), monetary_bins = c(50, 100, 200, 400)
    RfmResult r = RfmScorer.standard(AS_OF).thresholds(new double[] {10, 30, 60, 120}, new double[] {2, 3, 4, 5},
        new double[] {50, 100, 200, 400}).score(example());
    int[][] s = scores(r);
    assertArrayEquals(new int[] {5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1}, s[0]);
    assertArrayEquals(new int[] {4, 2, 1, 3, 2, 1, 5, 1, 2, 1, 2, 1}, s[1]);
    assertArrayEquals(new int[] {4, 2, 5, 2, 4, 2, 5, 1, 3, 1, 3, 1}, s[2]);
  }

  @Test
  void quantileScoresShareTiesAcrossABinEdge() {
    // frequencies 1,1,1,2,2,3,3,3,4,10 of ten customers: score = 1 + ⌊5·(customers below)/10⌋
    // 1 → 1; 2 (3 below) → 2; 3 (5 below) → 3; 4 (8 below) → 5; 10 (9 below) → 5. The three 3s straddle the edge
    // between quintiles 3 and 4 (positions 6-8) and all get 3.
    int[] purchases = {1, 1, 1, 2, 2, 3, 3, 3, 4, 10};
    RfmAggregate agg = RfmAggregate.create();
    for (int c = 0; c < purchases.length; c++) {
      for (int k = 0; k < purchases[c]; k++) {
        agg.add(c, LocalDate.of(2024, 1, 1), 10);
      }
    }
    RfmResult r = RfmScorer.standard(AS_OF).score(agg);
    assertArrayEquals(new int[] {1, 1, 1, 2, 2, 3, 3, 3, 5, 5}, scores(r)[1]);
    // every customer bought on the same day: one tie group, recency score 1 for all
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, scores(r)[0]);
  }

  @Test
  void quantilesWithoutTiesAreEqualCountQuintiles() {
    RfmAggregate agg = RfmAggregate.create();
    for (int c = 0; c < 20; c++) {
      agg.add(c, LocalDate.of(2024, 1, 1).plusDays(c), 100 + c);
    }
    int[][] s = scores(RfmScorer.standard(AS_OF).score(agg));
    for (int c = 0; c < 20; c++) {
      assertEquals(1 + c / 4, s[2][c]); // monetary rises with c: four customers a quintile
      assertEquals(1 + c / 4, s[0][c]); // later purchase, fewer days, higher score
    }
  }

  @Test
  void refundsReduceMoneyNotFrequencyAndRefundOnlyCustomersAreNotScored() {
    RfmAggregate agg = RfmAggregate.create();
    agg.add("A", LocalDate.of(2024, 1, 10), 199.99);
    agg.add("A", LocalDate.of(2024, 1, 20), -49.99);
    agg.add("B", LocalDate.of(2024, 1, 5), -10);
    RfmResult r = RfmScorer.standard(AS_OF).score(agg);
    assertEquals(1, r.size());
    assertEquals(1, r.unscored());
    RfmCustomer a = r.customers().get(0);
    assertEquals(150, a.monetary(), 1e-9);
    assertEquals(1, a.frequency());
    assertEquals(21, a.recencyDays()); // the refund does not move recency
    // average basket: a second purchase of 50 makes purchases 199.99 + 50 less refunds 49.99 = 200 over 2
    agg.add("A", LocalDate.of(2024, 1, 25), 50);
    assertEquals(100, RfmScorer.standard(AS_OF).monetary(RfmScorer.Monetary.AVERAGE).score(agg).customers().get(0)
        .monetary(), 1e-9);
  }

  @Test
  void segmentsSumUpAndExportsAreWellFormed() throws Exception {
    RfmResult r = RfmScorer.standard(AS_OF).binning(RfmScorer.Binning.R_RFM).score(example());
    int customers = 0;
    double share = 0;
    for (SegmentSummary s : r.segments()) {
      customers += s.customers();
      share += s.revenueShare();
    }
    assertEquals(12, customers);
    assertEquals(1, share, 1e-12);
    assertEquals(11, r.segments().size());
    SegmentSummary lost = r.segments().stream().filter(s -> s.name().equals("lost")).findFirst().orElseThrow();
    assertEquals(2, lost.customers());
    assertEquals((12.5 + 20) / 2, lost.averageMonetary(), 1e-12);
    StringBuilder csv = new StringBuilder();
    r.writeCustomersCsv(csv);
    String[] lines = csv.toString().split("\n");
    assertEquals("id,recency_days,frequency,monetary,r,f,m,segment", lines[0]);
    assertEquals("C01,1,4,360,5,5,5,champions", lines[1]);
    assertEquals("C10,211,1,12.5,1,1,1,lost", lines[10]);
    StringWriter json = new StringWriter();
    r.writeSegmentsJson(json);
    JsonNode segments = new ObjectMapper().readTree(json.toString());
    assertEquals(11, segments.size());
    assertEquals("champions", segments.get(0).get("name").asText());
    StringWriter customersJson = new StringWriter();
    r.writeCustomersJson(customersJson);
    assertEquals("at risk", new ObjectMapper().readTree(customersJson.toString()).get(8).get("segment").asText());
  }

  @Test
  void numbersInExportsAreShort() {
    assertEquals("360", RfmResult.number(360));
    assertEquals("12.5", RfmResult.number(12.5));
    assertEquals("0.543689", RfmResult.number(0.5436893203883495));
    assertEquals("0.1", RfmResult.number(0.1));
    assertEquals("1.5e+20", RfmResult.number(1.5e20));
    assertEquals("-2.25", RfmResult.number(-2.25));
  }

  @Test
  void timestampsCountTheirDate() {
    RfmAggregate byTime = RfmAggregate.create();
    byTime.add("A", java.time.LocalDateTime.of(2024, 1, 30, 23, 59, 59), 10);
    byTime.add("B", java.time.LocalDateTime.of(2024, 1, 1, 0, 0), 20);
    RfmAggregate byDate = RfmAggregate.create();
    byDate.add("A", LocalDate.of(2024, 1, 30), 10);
    byDate.add("B", LocalDate.of(2024, 1, 1), 20);
    assertEquals(byDate, byTime);
    RfmAggregate longs = RfmAggregate.create();
    longs.add(9L, java.time.LocalDateTime.of(2024, 1, 30, 8, 0), 1);
    assertEquals(1, RfmScorer.standard(AS_OF).score(longs).customers().get(0).recencyDays());
  }

  @Test
  void badInputIsATypedErrorThatChangesNothing() {
    RfmAggregate agg = example();
    RfmAggregate before = example();
    SegmentException nan = assertThrows(SegmentException.class,
        () -> agg.add("C01", LocalDate.of(2024, 1, 1), Double.NaN));
    assertEquals("amount", nan.argument().orElseThrow());
    assertTrue(nan.getMessage().contains("C01"), nan.getMessage());
    assertEquals(before, agg);
    SegmentException future = assertThrows(SegmentException.class,
        () -> RfmScorer.standard(LocalDate.of(2023, 12, 31)).score(agg));
    assertTrue(future.getMessage().contains("after the as-of date"), future.getMessage());
    assertThrows(SegmentException.class, () -> agg.add(7L, LocalDate.of(2024, 1, 1), 5)); // keyed by String
    RfmAggregate longs = RfmAggregate.create();
    SegmentException row = assertThrows(SegmentException.class, () -> longs.addAll(new long[] {1, 2},
        new int[] {19_000, 19_001}, new double[] {5, Double.POSITIVE_INFINITY}));
    assertTrue(row.getMessage().startsWith("amounts[1]"), row.getMessage());
    assertEquals(0, longs.size());
    RfmAggregate strings = example();
    assertEquals(strings, RfmAggregate.fromJson(strings.toJson()));
    SegmentException json = assertThrows(SegmentException.class, () -> RfmAggregate.fromJson(
        "{\"decimals\":2,\"ids\":\"string\",\"customers\":[{\"id\":\"A\",\"purchases\":1,\"amountMinor\":5,"
        + "\"refundsMinor\":0,\"firstDay\":\"2024-01-01\",\"lastDay\":\"2024-01-01\",\"colour\":1}]}"));
    assertEquals("$.customers[0].colour: unknown field; expected id, firstDay, lastDay, purchases, amountMinor, "
        + "refundsMinor", json.getMessage());
    assertThrows(SegmentException.class, () -> RfmScorer.standard(AS_OF).thresholds(new double[] {1, 2, 2, 3},
        new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}));
  }
}
