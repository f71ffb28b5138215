package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The RFM aggregate's histories in the models' terms, by hand. */
class LifetimeSummaryTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 12);

  private static RfmAggregate aggregate(RfmAggregate agg) {
    agg.add("A", LocalDate.of(2026, 1, 1), 100);
    agg.add("A", LocalDate.of(2026, 1, 15), 50);
    agg.add("A", LocalDate.of(2026, 2, 12), 30);
    agg.add("B", LocalDate.of(2026, 3, 5), 20);
    agg.add("C", LocalDate.of(2026, 2, 1), -15); // a refund only: no purchase
    agg.add("D", LocalDate.of(2026, 2, 26), 10);
    agg.add("D", LocalDate.of(2026, 2, 26), 30); // two orders on one day
    return agg;
  }

  @Test
  void historiesByHand() {
    LifetimeSummary s = aggregate(RfmAggregate.create()).lifetimeSummary(AS_OF, ChronoUnit.WEEKS);
    assertEquals(3, s.size());
    assertEquals("A", s.customerId(0));
    // A: 2 repeat purchases, the last 42 days after the first, observed 70 days; 180 over 3 purchases
    assertArrayEquals(new double[] {2, 0, 1}, s.x());
    assertArrayEquals(new double[] {6, 0, 0}, s.tx(), 1e-12);
    assertArrayEquals(new double[] {10, 1, 2}, s.T(), 1e-12);
    assertArrayEquals(new double[] {60, 20, 20}, s.meanSpend(), 1e-12);
    assertEquals(ChronoUnit.WEEKS, s.unit());
    // counting purchase days, D's two orders on one day are one purchase occasion
    LifetimeSummary days = aggregate(RfmAggregate.builder().keep(Frequency.PURCHASE_DAYS).build())
        .lifetimeSummary(AS_OF, ChronoUnit.DAYS);
    assertArrayEquals(new double[] {2, 0, 0}, days.x());
    assertArrayEquals(new double[] {70, 7, 14}, days.T(), 1e-12);
    // the mean spend averages the same occasions x counts: D's 40 over one purchase day
    assertArrayEquals(new double[] {60, 20, 40}, days.meanSpend(), 1e-12);
    assertArrayEquals(new double[] {3, 1, 1}, days.purchases(), 0);
    // order-line data: distinct orders
    RfmAggregate lines = RfmAggregate.builder().keep(Frequency.ORDERS).build();
    lines.add("E", "SO-1", LocalDate.of(2026, 3, 1), 30);
    lines.add("E", "SO-1", LocalDate.of(2026, 3, 1), 20);
    lines.add("E", "SO-2", LocalDate.of(2026, 3, 8), 50);
    LifetimeSummary orders = lines.lifetimeSummary(AS_OF, ChronoUnit.DAYS);
    assertArrayEquals(new double[] {1}, orders.x());
    assertArrayEquals(new double[] {50}, orders.meanSpend(), 1e-12);
    assertThrows(SegmentException.class, () -> orders.customerId(1));
    LifetimeSummary repeat = s.repeatBuyers();
    assertEquals(2, repeat.size());
    assertArrayEquals(new double[] {2, 1}, repeat.x());
    assertThrows(SegmentException.class, () -> aggregate(RfmAggregate.create())
        .lifetimeSummary(LocalDate.of(2026, 3, 1), ChronoUnit.WEEKS));
    assertThrows(SegmentException.class, () -> aggregate(RfmAggregate.create())
        .lifetimeSummary(AS_OF, ChronoUnit.HOURS));
  }
}
