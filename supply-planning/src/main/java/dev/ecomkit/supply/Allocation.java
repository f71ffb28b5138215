package dev.ecomkit.supply;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A demand plan split between suppliers ({@link SupplierAllocator#allocate}): units per period and supplier, the
 * periods short with the reason, the cost.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Allocation {

  /**
   * Demand a period could not be given. Immutable and thread-safe.
   *
   * @param period the period
   * @param units the units short
   * @param reason why
   * @since 0.1
   */
  public record Shortfall(int period, double units, String reason) {}

  private final ImmutableList<Supplier> suppliers;
  private final double[][] quantities;
  private final ImmutableList<Shortfall> shortfalls;
  private final double totalCost;

  Allocation(List<Supplier> suppliers, double[][] quantities, List<Shortfall> shortfalls, double totalCost) {
    this.suppliers = ImmutableList.copyOf(suppliers);
    this.quantities = quantities;
    this.shortfalls = ImmutableList.copyOf(shortfalls);
    this.totalCost = totalCost;
  }

  /** @return the periods */
  public int periods() {
    return quantities.length;
  }

  /**
   * Units a supplier makes for a period.
   *
   * @param period 0 to periods − 1
   * @param supplier the supplier's name
   * @return units
   * @throws SupplyException for a supplier not in the allocation
   */
  public double quantity(int period, String supplier) {
    for (int i = 0; i < suppliers.size(); i++) {
      if (suppliers.get(i).name().equals(supplier)) {
        return quantities[period][i];
      }
    }
    throw new SupplyException("supplier", "no supplier named \"" + supplier + "\" in this allocation");
  }

  /**
   * Units all suppliers make for a period.
   *
   * @param period 0 to periods − 1
   * @return units
   */
  public double supplied(int period) {
    double s = 0;
    for (double v : quantities[period]) {
      s += v;
    }
    return s;
  }

  /** @return the periods short, in period order */
  public List<Shortfall> shortfalls() {
    return shortfalls;
  }

  /** @return the cost of everything allocated */
  public double totalCost() {
    return totalCost;
  }

  @Override
  public String toString() {
    return "Allocation(" + periods() + " periods, cost " + totalCost + ", " + shortfalls.size() + " short)";
  }
}
