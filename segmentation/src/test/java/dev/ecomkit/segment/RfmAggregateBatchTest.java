package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The columnar batch path of {@link RfmAggregate#addAll} (rows scattered by hash, the table visited region by region,
 * taken once the table holds 2¹⁶ slots and a batch 2¹⁴ rows) against one {@code add} a row; and the overflow guard.
 */
class RfmAggregateBatchTest {

  private static final class Columns {
    final long[] ids;
    final int[] days;
    final double[] amounts;

    Columns(long seed, int rows, int customers, int daySpan, double maxAmount) {
      SplittableRandom random = new SplittableRandom(seed);
      ids = new long[rows];
      days = new int[rows];
      amounts = new double[rows];
      for (int i = 0; i < rows; i++) {
        ids[i] = 1_000_000_007L * random.nextInt(customers) - 5_000_000_000L;
        days[i] = 19_000 + random.nextInt(daySpan);
        double cents = Math.floor(random.nextDouble() * maxAmount * 100);
        amounts[i] = (random.nextInt(20) == 0 ? -cents : cents) / 100;
      }
    }

    RfmAggregate oneByOne(RfmAggregate agg) {
      for (int i = 0; i < ids.length; i++) {
        agg.add(ids[i], days[i], amounts[i]);
      }
      return agg;
    }
  }

  private static Map<String, RfmCustomer> byId(RfmResult result) {
    Map<String, RfmCustomer> map = new HashMap<>();
    for (RfmCustomer c : result.customers()) {
      map.put(c.id(), c);
    }
    return map;
  }

  @Test
  void aLargeBatchEqualsOneAddARowAndScoresTheSame() {
    Columns c = new Columns(1, 400_000, 90_000, 700, 1_000);
    RfmAggregate batch = RfmAggregate.create();
    batch.addAll(c.ids, c.days, c.amounts);
    RfmAggregate single = c.oneByOne(RfmAggregate.create());
    assertTrue(batch.size() > 85_000, "customers " + batch.size());
    assertEquals(single, batch);
    LocalDate asOf = LocalDate.ofEpochDay(19_700);
    assertEquals(byId(RfmScorer.standard(asOf).score(single)), byId(RfmScorer.standard(asOf).score(batch)));
    assertEquals(RfmAggregate.fromBytes(single.toBytes()), RfmAggregate.fromBytes(batch.toBytes()));
  }

  @Test
  void batchesIntoAFilledAggregateAddUpLikeSingleRows() {
    Columns first = new Columns(2, 150_000, 60_000, 700, 1_000);
    Columns second = new Columns(3, 300_000, 120_000, 700, 1_000); // half the customers known, half new
    RfmAggregate batch = RfmAggregate.create();
    batch.addAll(first.ids, first.days, first.amounts);
    batch.addAll(second.ids, second.days, second.amounts);
    RfmAggregate single = second.oneByOne(first.oneByOne(RfmAggregate.create()));
    assertEquals(single, batch);
  }

  @Test
  void batchesThatCannotBePackedTakeTheRowPathWithTheSameResult() {
    Columns wideDays = new Columns(4, 100_000, 40_000, 80_000, 1_000); // days span more than 2^16
    Columns bigAmounts = new Columns(5, 100_000, 40_000, 700, 2e12); // amounts above 2^46 cents
    for (Columns c : new Columns[] {wideDays, bigAmounts}) {
      RfmAggregate batch = RfmAggregate.create();
      batch.addAll(c.ids, c.days, c.amounts);
      assertEquals(c.oneByOne(RfmAggregate.create()), batch);
    }
  }

  /** Per customer {first day, last day, purchases, amount, refunds} in minor units, by a plain HashMap. */
  private static Map<Long, long[]> reference(Columns c) {
    Map<Long, long[]> map = new HashMap<>();
    for (int i = 0; i < c.ids.length; i++) {
      long[] t = map.computeIfAbsent(c.ids[i], k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0, 0, 0});
      long minor = Math.round(c.amounts[i] * 100);
      if (minor >= 0) {
        t[0] = Math.min(t[0], c.days[i]);
        t[1] = Math.max(t[1], c.days[i]);
        t[2]++;
        t[3] += minor;
      } else {
        t[4] -= minor;
      }
    }
    return map;
  }

  private static void assertMatches(Map<Long, long[]> expected, RfmAggregate agg) throws Exception {
    JsonNode json = new ObjectMapper().readTree(agg.toJson());
    assertEquals(expected.size(), json.get("customers").size());
    for (JsonNode c : json.get("customers")) {
      long[] t = expected.get(c.get("id").asLong());
      String id = c.get("id").asText();
      assertEquals(t[2], c.get("purchases").asLong(), id);
      assertEquals(t[3], c.get("amountMinor").asLong(), id);
      assertEquals(t[4], c.get("refundsMinor").asLong(), id);
      if (t[2] > 0) {
        assertEquals(LocalDate.ofEpochDay(t[0]).toString(), c.get("firstDay").asText(), id);
        assertEquals(LocalDate.ofEpochDay(t[1]).toString(), c.get("lastDay").asText(), id);
      }
    }
  }

  @Test
  void singleAddsIntoALargeAggregateAreBufferedAndMatchAPlainMap() throws Exception {
    Columns c = new Columns(6, 700_000, 200_000, 700, 1_000); // the table passes 2^18 slots: adds are buffered
    Map<Long, long[]> expected = reference(c);
    RfmAggregate single = RfmAggregate.create();
    for (int i = 0; i < c.ids.length; i++) {
      single.add(c.ids[i], c.days[i], c.amounts[i]);
      if (i == 400_000) {
        assertTrue(single.size() > 100_000); // a read in the middle applies what is buffered
      }
    }
    assertMatches(expected, single);
    RfmAggregate batch = RfmAggregate.create();
    batch.addAll(c.ids, c.days, c.amounts);
    assertMatches(expected, batch);
    assertEquals(batch, single);
    // merging buffered aggregates: each side applies its buffer first
    RfmAggregate left = RfmAggregate.create();
    RfmAggregate right = RfmAggregate.create();
    for (int i = 0; i < c.ids.length; i++) {
      (i % 3 == 0 ? left : right).add(c.ids[i], c.days[i], c.amounts[i]);
    }
    assertEquals(batch, left.merge(right));
  }

  @Test
  void aBufferedAddThatWouldOverflowIsRejectedAtOnce() {
    RfmAggregate agg = RfmAggregate.create(6);
    for (long id = 0; id < 150_000; id++) { // a large table: single adds are buffered
      agg.add(id, 19_000, 1.0);
    }
    int accepted = 0;
    SegmentException e = null;
    try {
      for (int i = 0; i < 2_000; i++) { // 2,000 × 9e15 micro-units passes 2^63 for customer 7
        agg.add(7L, 19_001, 9.0e9);
        accepted++;
      }
    } catch (SegmentException thrown) {
      e = thrown;
    }
    assertTrue(e != null && e.getMessage().contains("customer 7"), String.valueOf(e));
    assertTrue(accepted > 900 && accepted < 1_100, "accepted " + accepted);
    RfmResult r = RfmScorer.standard(LocalDate.ofEpochDay(19_001)).score(agg);
    RfmCustomer seven = byId(r).get("7");
    assertEquals(accepted + 1, seven.frequency()); // every accepted row is in, the rejected one is not
  }

  @Test
  void anOverflowingBatchIsRejectedAndChangesNothing() {
    RfmAggregate agg = RfmAggregate.create(6); // amounts below 9.007e9 in micro-units
    agg.add(7L, 19_000, 5.0);
    RfmAggregate before = RfmAggregate.fromBytes(agg.toBytes());
    int rows = 1_100; // 1,100 × 9e15 micro-units passes 2^63
    long[] ids = new long[rows];
    int[] days = new int[rows];
    double[] amounts = new double[rows];
    Arrays.fill(ids, 7L);
    Arrays.fill(days, 19_001);
    Arrays.fill(amounts, 9.0e9);
    ids[0] = 8L; // a new customer first: it must not survive the failure either
    SegmentException e = assertThrows(SegmentException.class, () -> agg.addAll(ids, days, amounts));
    assertTrue(e.getMessage().contains("customer 7"), e.getMessage());
    assertEquals(before, agg);
    assertEquals(1, agg.size());
    // the same through single adds: the row that overflows is rejected, the earlier ones stay
    RfmAggregate single = RfmAggregate.create(6);
    SegmentException e2 = assertThrows(SegmentException.class, () -> {
      for (int i = 0; i < rows; i++) {
        single.add(7L, 19_001, 9.0e9);
      }
    });
    assertTrue(e2.getMessage().contains("overflow"), e2.getMessage());
    assertEquals(1, single.size());
  }

  @Test
  @Timeout(60) // a guard against degenerate probing, not a timing assertion
  void customersArrivingInHashOrderDoNotClusterTheTable() {
    int n = 1 << 18;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = i * 31L;
    }
    // sort by the hash's top bits: the order a region-by-region pass produces, and the worst for linear probing
    long[] sorted = Arrays.stream(keys).boxed()
        .sorted((a, b) -> Long.compareUnsigned(CustomerTable.mix(a), CustomerTable.mix(b)))
        .mapToLong(Long::longValue).toArray();
    RfmAggregate agg = RfmAggregate.create();
    for (long key : sorted) {
      agg.add(key, 19_000, 1.0);
    }
    assertEquals(n, agg.size());
    RfmAggregate random = RfmAggregate.create();
    int[] days = new int[n];
    Arrays.fill(days, 19_000);
    double[] amounts = new double[n];
    Arrays.fill(amounts, 1.0);
    random.addAll(keys, days, amounts);
    assertEquals(random, agg);
  }
}
