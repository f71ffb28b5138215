package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Mergeability, byte round trips, monotone scores and the segment partition, on random transactions. */
class RfmPropertiesTest {

  private record Tx(long customer, int day, double amount) {}

  private static List<Tx> transactions(long seed, int count, int customers) {
    Random random = new Random(seed);
    List<Tx> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double amount = random.nextInt(10) == 0 ? -random.nextInt(5000) / 100.0 : random.nextInt(100_000) / 100.0;
      list.add(new Tx(random.nextInt(customers) * 7919L - 100, 19_000 + random.nextInt(700), amount));
    }
    return list;
  }

  private static RfmAggregate aggregate(List<Tx> list) {
    RfmAggregate agg = RfmAggregate.create();
    for (Tx t : list) {
      agg.add(t.customer(), t.day(), t.amount());
    }
    return agg;
  }

  @Property(tries = 100)
  void mergeEqualsTheAggregateOfTheUnionInAnySplitAndOrder(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 400) int count, @ForAll @IntRange(min = 1, max = 60) int customers,
      @ForAll @IntRange(min = 2, max = 5) int parts) {
    List<Tx> all = transactions(seed, count, customers);
    RfmAggregate whole = aggregate(all);
    List<Tx> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed + 1));
    Random random = new Random(seed + 2);
    List<List<Tx>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ArrayList<>());
    }
    for (Tx t : shuffled) {
      split.get(random.nextInt(parts)).add(t);
    }
    RfmAggregate merged = RfmAggregate.create();
    for (List<Tx> part : split) {
      merged.merge(aggregate(part));
    }
    assertEquals(whole, merged);
    assertEquals(whole.hashCode(), merged.hashCode());
    // columnar input gives the same aggregate, and bytes round-trip
    long[] ids = new long[all.size()];
    int[] days = new int[all.size()];
    double[] amounts = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      ids[i] = all.get(i).customer();
      days[i] = all.get(i).day();
      amounts[i] = all.get(i).amount();
    }
    RfmAggregate columnar = RfmAggregate.create();
    columnar.addAll(ids, days, amounts);
    assertEquals(whole, columnar);
    assertEquals(whole, RfmAggregate.fromBytes(whole.toBytes()));
    assertEquals(whole, RfmAggregate.fromJson(whole.toJson()));
  }

  @Property(tries = 100)
  void scoresAreMonotoneAndEveryCustomerIsInOneSegment(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 600) int count, @ForAll @IntRange(min = 1, max = 120) int customers) {
    RfmAggregate agg = aggregate(transactions(seed, count, customers));
    for (RfmScorer scorer : new RfmScorer[] {RfmScorer.standard(LocalDate.ofEpochDay(19_800)),
        RfmScorer.standard(LocalDate.ofEpochDay(19_800)).binning(RfmScorer.Binning.R_RFM),
        RfmScorer.standard(LocalDate.ofEpochDay(19_800)).monetary(RfmScorer.Monetary.AVERAGE)}) {
      RfmResult r = scorer.score(agg);
      List<RfmCustomer> c = r.customers();
      for (int i = 0; i < c.size(); i++) {
        for (int j = 0; j < c.size(); j++) {
          RfmCustomer a = c.get(i);
          RfmCustomer b = c.get(j);
          if (a.recencyDays() <= b.recencyDays()) {
            assertTrue(a.r() >= b.r());
          }
          if (a.frequency() >= b.frequency()) {
            assertTrue(a.f() >= b.f());
          }
          if (a.monetary() >= b.monetary()) {
            assertTrue(a.m() >= b.m(), () -> a + " vs " + b);
          }
        }
        RfmCustomer x = c.get(i);
        assertEquals(SegmentTable.standard().segmentOf(x.r(), x.f(), x.m()), x.segment());
      }
      assertEquals(r.size(), r.segments().stream().mapToInt(SegmentSummary::customers).sum());
    }
  }
}
