package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Edge cases found in review: rounding and signs, ranges, corrupt input, crafted ids. */
class RfmAggregateEdgeCasesTest {

  private static final LocalDate D = LocalDate.of(2026, 11, 1);

  @Test
  void javaSerialisationCarriesTheExactBytes() throws Exception {
    RfmAggregate longs = RfmAggregate.create();
    longs.add(7L, LocalDate.of(2026, 1, 5), 120.5);
    longs.add(7L, LocalDate.of(2026, 3, 1), -20);
    longs.add(9L, LocalDate.of(2026, 2, 1), 80);
    RfmAggregate strings = RfmAggregate.create(0);
    strings.add("C-1", LocalDate.of(2026, 1, 5), 12);
    for (RfmAggregate a : new RfmAggregate[] {longs, strings, RfmAggregate.create()}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(out)) {
        o.writeObject(a);
      }
      Object back;
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(out.toByteArray()))) {
        back = in.readObject();
      }
      assertEquals(a, back);
      assertEquals(java.util.Arrays.toString(a.toBytes()), java.util.Arrays.toString(((RfmAggregate) back)
          .toBytes()));
    }
  }

  @Test
  void shortStringIdsRoundTripThroughBytes() {
    RfmAggregate a = RfmAggregate.create();
    a.add("A", D, 1);
    a.add("B", D, 1);
    a.add("C", D, 1);
    assertEquals(a, RfmAggregate.fromBytes(a.toBytes()));
  }

  @Test
  void theSignOfTheAmountDecidesPurchaseOrRefundAndRoundingIsHalfEven() {
    RfmAggregate a = RfmAggregate.create();
    a.add(1L, D, 5.0);
    a.add(1L, D.plusDays(10), -0.004); // a refund of less than a cent: still a refund, not a purchase
    RfmCustomer c = RfmScorer.standard(D.plusDays(20)).score(a).customers().get(0);
    assertEquals(1, c.frequency());
    assertEquals(20, c.recencyDays());
    RfmAggregate b = RfmAggregate.create();
    b.add(2L, D, 0.125);  // 12.5 cents: half-even to 12
    b.add(2L, D, -0.125); // refunded the same: net 0
    b.add(2L, D, 0.135);  // 13.5 cents: half-even to 14
    assertEquals(0.14, RfmScorer.standard(D).score(b).customers().get(0).monetary(), 1e-12);
  }

  @Test
  void daysOutsideTheYears1To9999AreRejectedNamingTheRow() {
    RfmAggregate a = RfmAggregate.create();
    SegmentException e = assertThrows(SegmentException.class, () -> a.addAll(new long[] {1, 2},
        new int[] {20_000, Integer.MIN_VALUE}, new double[] {1, 1}));
    assertTrue(e.getMessage().startsWith("epochDays[1]"), e.getMessage());
    assertEquals(0, a.size());
    assertThrows(SegmentException.class, () -> a.add(3L, Integer.MAX_VALUE, 1));
    assertThrows(SegmentException.class, () -> a.add(3L, LocalDate.of(10_000, 1, 1), 1));
    assertThrows(SegmentException.class, () -> RfmScorer.standard(LocalDate.of(-5, 1, 1)));
    assertEquals(0, a.size());
    assertThrows(SegmentException.class, () -> a.add("x".repeat(1_001), D, 1));
  }

  @Test
  void corruptJsonIsATypedErrorNamingThePath() {
    String ok = "{\"decimals\":2,\"ids\":\"long\",\"customers\":[{\"id\":1,\"firstDay\":\"2026-11-01\","
        + "\"lastDay\":\"2026-11-01\",\"purchases\":1,\"amountMinor\":100,\"refundsMinor\":0}]}";
    assertEquals(1, RfmAggregate.fromJson(ok).size());
    String[][] bad = {
        {ok.replace("\"id\":1", "\"id\":99999999999999999999"), "$.customers[0].id"},
        {ok.replace("\"decimals\":2", "\"decimals\":2.7"), "$.decimals"},
        {ok.replace("\"decimals\":2", "\"decimals\":3000000000"), "$.decimals"},
        {ok + " trailing", "not JSON"},
        {ok.replace("]}", "],\"customers\":[]}"), "customers"},
        {ok.replace("}]}", "},{\"id\":1,\"purchases\":0,\"amountMinor\":0,\"refundsMinor\":5}]}"), "twice"},
        {ok.replace("2026-11-01\",\"purchases", "+12026-11-01\",\"purchases"), "$.customers[0].lastDay"},
    };
    for (String[] b : bad) {
      SegmentException e = assertThrows(SegmentException.class, () -> RfmAggregate.fromJson(b[0]), b[0]);
      assertTrue(e.getMessage().contains(b[1]), b[1] + " in " + e.getMessage());
    }
  }

  @Test
  void bytesWithDaysForACustomerWithoutPurchasesAreCorrupt() {
    RfmAggregate a = RfmAggregate.create();
    a.add(1L, D, -5.0); // refunds only: no days
    byte[] bytes = a.toBytes();
    ByteBuffer.wrap(bytes).putInt(12 + 8, (int) D.toEpochDay()); // header 12 bytes, the id 8, then the first day
    SegmentException e = assertThrows(SegmentException.class, () -> RfmAggregate.fromBytes(bytes));
    assertTrue(e.getMessage().contains("inconsistent"), e.getMessage());
  }

  @Test
  void mergingAnEmptyAggregateThatKeepsOtherSetsIsStillAnError() {
    RfmAggregate plain = RfmAggregate.create();
    assertThrows(SegmentException.class,
        () -> plain.merge(RfmAggregate.builder().keep(Frequency.ORDERS).build()));
    assertTrue(RfmScorer.standard(D).frequency(Frequency.ORDERS).toString().contains("frequency orders"));
  }

  /** The inverse of {@link CustomerTable#mix} (fmix64): anyone can craft ids whose hashes collide. */
  private static long unmix(long h) {
    h ^= h >>> 33;
    h *= inverse(0xc4ceb9fe1a85ec53L);
    h ^= h >>> 33;
    h *= inverse(0xff51afd7ed558ccdL);
    h ^= h >>> 33;
    return h;
  }

  private static long inverse(long odd) {
    long x = odd; // Newton's iteration for the inverse modulo 2^64
    for (int i = 0; i < 6; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  @Test
  @Timeout(60) // a guard against degenerate probing, not a timing assertion
  void idsCraftedIntoOneRegionNeitherBlowUpMemoryNorProbing() {
    int n = 40_000;
    RfmAggregate a = RfmAggregate.create();
    for (int i = 0; i < n; i++) {
      long id = unmix(i + 1L); // hashes 1..n: every one in region 0 of 256
      assertEquals(i + 1L, CustomerTable.mix(id));
      a.add(id, D, 1);
    }
    assertEquals(n, a.size());
    assertTrue(a.tableCapacity() <= 1 << 17, "capacity " + a.tableCapacity()); // a random hash would need 2^17
    long[] ids = new long[n];
    int[] days = new int[n];
    double[] amounts = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = unmix(i + 1L);
      days[i] = (int) D.toEpochDay();
      amounts[i] = 1;
    }
    RfmAggregate batch = RfmAggregate.create();
    batch.addAll(ids, days, amounts);
    batch.addAll(ids, days, amounts);
    assertTrue(batch.tableCapacity() <= 1 << 17, "capacity " + batch.tableCapacity());
    assertEquals(n, batch.size());
    assertEquals(2, RfmScorer.standard(D).score(batch).customers().get(0).frequency());
  }
}
