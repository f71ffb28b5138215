package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Splitting demand between core and backup suppliers across a peak. */
class SupplierAllocatorTest {

  private static final Supplier CORE = Supplier.builder().name("core-a").tier(Supplier.Tier.CORE).baseCapacity(8_000)
      .surgeCapacity(1_000).leadTime(1).unitCost(30).build();
  private static final Supplier CORE_B = Supplier.builder().name("core-b").tier(Supplier.Tier.CORE)
      .baseCapacity(2_000).unitCost(32).build();
  private static final Supplier BACKUP = Supplier.builder().name("backup").tier(Supplier.Tier.BACKUP)
      .baseCapacity(1_500).surgeCapacity(4_000).unitCost(28).onTimeShare(0.9).build();

  @Test
  void aDouble11PeakByHand() {
    SupplierAllocator a = SupplierAllocator.of(BACKUP, CORE_B, CORE);
    assertEquals(List.of("core-a", "core-b", "backup"), a.suppliers().stream().map(Supplier::name).toList());
    // period 0: core-a cannot deliver yet (lead time 1); periods 1-2 ordinary; period 3 the peak
    Allocation x = a.allocate(DemandPlan.of(3_000, 9_000, 12_000, 15_000).withPeaks(3));
    assertEquals(0, x.quantity(0, "core-a"));
    assertEquals(2_000, x.quantity(0, "core-b"));
    assertEquals(1_000, x.quantity(0, "backup")); // backup after the core, even if cheaper
    assertEquals(8_000, x.quantity(1, "core-a"));
    assertEquals(1_000, x.quantity(1, "core-b"));
    assertEquals(0, x.quantity(1, "backup"));
    // period 2: base capacity 11,500 against 12,000, no surge off-peak: 500 short
    assertEquals(11_500, x.supplied(2));
    // period 3: base 11,500 + surge: core-a 1,000 then backup 2,500 of its 4,000
    assertEquals(9_000, x.quantity(3, "core-a"));
    assertEquals(1_500 + 2_500, x.quantity(3, "backup"));
    assertEquals(15_000, x.supplied(3));
    assertEquals(1, x.shortfalls().size());
    Allocation.Shortfall s = x.shortfalls().get(0);
    assertEquals(2, s.period());
    assertEquals(500, s.units(), 1e-9);
    assertTrue(s.reason().contains("surge only in peak periods"), s.reason());
    double cost = 2_000 * 32 + 1_000 * 28 + 8_000 * 30 + 1_000 * 32 + 8_000 * 30 + 2_000 * 32 + 1_500 * 28
        + 9_000 * 30 + 2_000 * 32 + 4_000 * 28;
    assertEquals(cost, x.totalCost(), 1e-6);
    // lead time as the reason
    Allocation early = SupplierAllocator.of(CORE).allocate(DemandPlan.of(100, 100));
    assertTrue(early.shortfalls().get(0).reason().contains("cannot arrive by period 0"), early.shortfalls()
        .toString());
  }

  @Test
  void badInput() {
    assertThrows(SupplyException.class, () -> SupplierAllocator.of(List.of()));
    assertThrows(SupplyException.class, () -> SupplierAllocator.of(CORE, CORE));
    assertThrows(SupplyException.class, () -> DemandPlan.of(1, -2));
    assertThrows(SupplyException.class, () -> DemandPlan.of(1, 2).withPeaks(2));
    assertThrows(SupplyException.class, () -> Supplier.builder().name("x").tier(Supplier.Tier.CORE)
        .baseCapacity(-1).unitCost(1).build());
    assertThrows(SupplyException.class, () -> SupplierAllocator.of(CORE).allocate(DemandPlan.of(1)).quantity(0, "y"));
  }

  @Property(tries = 300)
  void neverAboveCapacityAndDemandMetWheneverCapacityAllows(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int count, @ForAll @IntRange(min = 1, max = 12) int periods) {
    Random r = new Random(seed);
    List<Supplier> suppliers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      suppliers.add(Supplier.builder().name("s" + i).tier(r.nextBoolean() ? Supplier.Tier.CORE : Supplier.Tier.BACKUP)
          .baseCapacity(r.nextInt(1_000)).surgeCapacity(r.nextInt(500)).leadTime(r.nextInt(3))
          .unitCost(1 + r.nextInt(5)).build());
    }
    double[] demand = new double[periods];
    List<Integer> peaks = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      demand[t] = r.nextInt(3_000);
      if (r.nextInt(3) == 0) {
        peaks.add(t);
      }
    }
    DemandPlan plan = DemandPlan.of(demand).withPeaks(peaks.stream().mapToInt(Integer::intValue).toArray());
    Allocation a = SupplierAllocator.of(suppliers).allocate(plan);
    for (int t = 0; t < periods; t++) {
      double available = 0;
      for (Supplier s : suppliers) {
        double q = a.quantity(t, s.name());
        double cap = t < s.leadTime() ? 0 : s.baseCapacity() + (plan.isPeak(t) ? s.surgeCapacity() : 0);
        assertTrue(q >= 0 && q <= cap + 1e-9, s + " period " + t + ": " + q + " above " + cap);
        available += cap;
      }
      double expected = Math.min(demand[t], available);
      assertEquals(expected, a.supplied(t), 1e-6);
      final int period = t;
      double short_ = a.shortfalls().stream().filter(x -> x.period() == period).mapToDouble(Allocation.Shortfall::units)
          .sum();
      assertEquals(demand[t] - expected, short_, 1e-6);
    }
  }
}
