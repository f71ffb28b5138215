package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a demand plan between tiered suppliers (分级供应, seed 001 §2.2), period by period:
 *
 * <ol>
 *   <li>the core suppliers' base capacity, cheapest first;
 *   <li>then the backup suppliers' base capacity, cheapest first;
 *   <li>in a peak period only, the surge capacity, core suppliers first, cheapest first.
 * </ol>
 *
 * A supplier delivers from period {@code leadTime} on (an order for an earlier period could not arrive in time).
 * Ties in cost go to the supplier named first in alphabetical order, so the same plan always splits the same way.
 * Within the tier order, filling the cheapest first gives the least cost for the period (a fractional knapsack). A
 * period's unmet demand is its shortfall, with the reason: all capacity used, or capacity that exists but cannot
 * arrive in time.
 *
 * <pre>{@code
 * Allocation a = SupplierAllocator.of(core, backup).allocate(DemandPlan.of(9_000, 9_500, 14_000).withPeaks(2));
 * a.quantity(2, "苏州一厂"); a.shortfalls(); a.totalCost();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SupplierAllocator {

  private final ImmutableList<Supplier> suppliers; // in allocation order

  private SupplierAllocator(List<Supplier> suppliers) {
    this.suppliers = ImmutableList.copyOf(suppliers);
  }

  /**
   * An allocator over some suppliers of one product.
   *
   * @param suppliers one or more, names unique
   * @return the allocator
   * @throws SupplyException for no supplier or a name given twice
   */
  public static SupplierAllocator of(Supplier... suppliers) {
    return of(List.of(checkNotNull(suppliers, "suppliers")));
  }

  /**
   * An allocator over some suppliers of one product.
   *
   * @param suppliers one or more, names unique
   * @return the allocator
   * @throws SupplyException for no supplier or a name given twice
   */
  public static SupplierAllocator of(List<Supplier> suppliers) {
    checkNotNull(suppliers, "suppliers");
    if (suppliers.isEmpty()) {
      throw new SupplyException("suppliers", "give at least one supplier");
    }
    Set<String> names = new HashSet<>();
    for (Supplier s : suppliers) {
      if (!names.add(checkNotNull(s, "supplier").name())) {
        throw new SupplyException("suppliers", "supplier \"" + s.name() + "\" is given twice");
      }
    }
    List<Supplier> ordered = new ArrayList<>(suppliers);
    ordered.sort(Comparator.comparing(Supplier::tier).thenComparingDouble(Supplier::unitCost)
        .thenComparing(Supplier::name));
    return new SupplierAllocator(ordered);
  }

  /** @return the suppliers, in the order they are filled */
  public List<Supplier> suppliers() {
    return suppliers;
  }

  /**
   * Splits a plan.
   *
   * @param plan the demand per period and the peak periods
   * @return the allocation
   */
  public Allocation allocate(DemandPlan plan) {
    checkNotNull(plan, "plan");
    int periods = plan.periods();
    double[][] q = new double[periods][suppliers.size()];
    List<Allocation.Shortfall> shortfalls = new ArrayList<>();
    double cost = 0;
    for (int t = 0; t < periods; t++) {
      double need = plan.demand(t);
      boolean peak = plan.isPeak(t);
      for (int pass = 0; pass < 2 && need > 0; pass++) {
        if (pass == 1 && !peak) {
          break;
        }
        for (int i = 0; i < suppliers.size() && need > 0; i++) {
          Supplier s = suppliers.get(i);
          if (t < s.leadTime()) {
            continue;
          }
          double room = pass == 0 ? s.baseCapacity() : s.surgeCapacity();
          double take = Math.min(room, need);
          q[t][i] += take;
          need -= take;
          cost += take * s.unitCost();
        }
      }
      if (need > 1e-9 * Math.max(1, plan.demand(t))) {
        double late = 0;
        for (Supplier s : suppliers) {
          if (t < s.leadTime()) {
            late += s.baseCapacity() + (peak ? s.surgeCapacity() : 0);
          }
        }
        String reason = late > 0 ? String.format(java.util.Locale.ROOT, "%.0f units of capacity cannot arrive by "
            + "period %d (lead times); the rest is all in use", late, t) : peak ? "all base and surge capacity in use"
            : "all base capacity in use (surge only in peak periods)";
        shortfalls.add(new Allocation.Shortfall(t, need, reason));
      }
    }
    return new Allocation(suppliers, q, shortfalls, cost);
  }

  @Override
  public String toString() {
    return "SupplierAllocator" + suppliers.stream().map(Supplier::name).toList();
  }
}
