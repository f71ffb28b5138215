package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The Pareto analysis by hand, and the segment table's partition rule. */
class ParetoAndSegmentTableTest {

  @Test
  void paretoByHand() {
    // revenues 50, 30, 10, 5, 5 (total 100): the top 20 % (one customer) brings 50 %, the top 40 % 80 %
    ParetoAnalysis p = ParetoAnalysis.of(new double[] {5, 30, 50, 5, 10});
    assertEquals(0.5, p.shareOfTop(0.2), 1e-15);
    assertEquals(0.8, p.shareOfTop(0.4), 1e-15);
    assertEquals(0.65, p.shareOfTop(0.3), 1e-15); // one and a half customers: 50 + 15
    assertEquals(0.4, p.topShareFor(0.8), 1e-15);
    assertEquals(0.3, p.topShareFor(0.65), 1e-15);
    // Gini: ascending 5, 5, 10, 30, 50; Σ(2i − n − 1)·y = −20 − 10 + 0 + 60 + 200 = 230; 230/(5·100) = 0.46
    assertEquals(0.46, p.gini(), 1e-15);
    assertEquals(101, p.lorenz().size());
    assertEquals(0, p.lorenz().get(0).revenue());
    assertEquals(1, p.lorenz().get(100).revenue());
    assertEquals(0.1, p.lorenz().get(40).revenue(), 1e-15); // the bottom 40 %: 5 + 5
    // everyone alike: no concentration
    ParetoAnalysis flat = ParetoAnalysis.of(new double[] {3, 3, 3, 3});
    assertEquals(0, flat.gini(), 1e-15);
    assertEquals(0.25, flat.shareOfTop(0.25), 1e-15);
    assertEquals(0.5, ParetoAnalysis.of(new double[] {0, 0}).shareOfTop(0.5));
    SegmentException bad = assertThrows(SegmentException.class, () -> ParetoAnalysis.of(new double[] {1, -2}));
    assertTrue(bad.getMessage().startsWith("revenuePerCustomer[1]"), bad.getMessage());
    assertThrows(SegmentException.class, () -> p.shareOfTop(1.5));
  }

  @Property(tries = 300)
  void paretoSharesAreMonotoneShares(@ForAll @LongRange(min = 0, max = 100_000) long seed,
      @ForAll @DoubleRange(min = 0, max = 1) double x, @ForAll @DoubleRange(min = 0, max = 1) double y) {
    Random random = new Random(seed);
    double[] revenue = new double[1 + random.nextInt(50)];
    for (int i = 0; i < revenue.length; i++) {
      revenue[i] = random.nextInt(4) == 0 ? 0 : Math.exp(random.nextGaussian() * 2);
    }
    ParetoAnalysis p = ParetoAnalysis.of(revenue);
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    assertTrue(p.shareOfTop(lo) >= 0 && p.shareOfTop(hi) <= 1);
    assertTrue(p.shareOfTop(lo) <= p.shareOfTop(hi) + 1e-15);
    assertTrue(p.shareOfTop(x) >= x - 1e-12); // the best customers bring at least their share
    assertTrue(p.topShareFor(lo) <= p.topShareFor(hi) + 1e-15);
    assertTrue(p.shareOfTop(p.topShareFor(x)) >= x - 1e-12);
    assertTrue(p.gini() >= 0 && p.gini() <= 1);
  }

  @Test
  void standardTableIsAPartitionOfAllCells() {
    SegmentTable t = SegmentTable.standard();
    int[] counts = new int[t.names().size()];
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        for (int m = 1; m <= 5; m++) {
          counts[t.names().indexOf(t.segmentOf(r, f, m))]++;
        }
      }
    }
    // docs/research/rfm.md §3: champions 8, loyal 40, potential 33, new 2, promising 1, need attention 3,
    // about to sleep 3, at risk 16, can't lose them 4, hibernating 12, lost 3
    assertEquals(java.util.List.of(8, 40, 33, 2, 1, 3, 3, 16, 4, 12, 3), java.util.Arrays.stream(counts).boxed()
        .toList());
    assertEquals("champions", t.segmentOf(5, 5, 5));
    assertEquals("can't lose them", t.segmentOf(1, 5, 5));
    assertEquals("lost", t.segmentOf(1, 1, 1));
    assertEquals("hibernating", t.segmentOf(2, 1, 5));
  }

  @Test
  void tablesRoundTripThroughJsonAndOverlapsOrGapsAreNamed() throws Exception {
    SegmentTable t = SegmentTable.standard();
    assertEquals(t, SegmentTable.fromJson(new StringReader(t.toJson())));
    SegmentException overlap = assertThrows(SegmentException.class, () -> SegmentTable.builder(2)
        .segment("a", 1, 2, 1, 2, 1, 2).segment("b", 2, 2, 2, 2, 2, 2).build());
    assertTrue(overlap.getMessage().contains("(2,2,2) in a and b"), overlap.getMessage());
    SegmentException gap = assertThrows(SegmentException.class, () -> SegmentTable.builder(2)
        .segment("a", 1, 2, 1, 2, 1, 1).build());
    assertTrue(gap.getMessage().contains("(1,1,2)") && gap.getMessage().contains("in no segment"),
        gap.getMessage());
    SegmentException unknown = assertThrows(SegmentException.class, () -> SegmentTable.fromJson(new StringReader(
        "{\"scores\":2,\"segments\":[{\"name\":\"a\",\"cells\":[{\"r\":[1,2],\"f\":[1,2],\"m\":[1,2],\"x\":1}]}]}")));
    assertTrue(unknown.getMessage().startsWith("$.segments[0].cells[0].x: unknown field"), unknown.getMessage());
    SegmentException range = assertThrows(SegmentException.class, () -> SegmentTable.fromJson(new StringReader(
        "{\"scores\":2,\"segments\":[{\"name\":\"a\",\"cells\":[{\"r\":[1,3],\"f\":[1,2],\"m\":[1,2]}]}]}")));
    assertTrue(range.getMessage().startsWith("$.segments[0].cells[0]:"), range.getMessage());
  }
}
