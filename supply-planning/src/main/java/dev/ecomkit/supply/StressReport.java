package dev.ecomkit.supply;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The answer of a {@link StressTest} (压力测试报告): does the back end hold for the horizon, and where does it break
 * first — SKUs by the hours until they run out, units short, and customer service hour by hour against the roster.
 * {@link #toString()} is a summary with the first ten SKUs to fail and the understaffed hours.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StressReport {

  private final String[] ids;
  private final double[] stock;
  private final double[] hoursToStockOut;
  private final double[] unitsShort;
  private final double[] demand;
  private final ImmutableList<StaffingHour> staffing;
  private final double multiplier;
  private final int hours;
  private final int failed;
  private volatile Map<String, Integer> index;

  StressReport(String[] ids, double[] stock, double[] hoursToStockOut, double[] unitsShort, double[] demand,
      List<StaffingHour> staffing, double multiplier, int hours) {
    this.ids = ids;
    this.stock = stock;
    this.hoursToStockOut = hoursToStockOut;
    this.unitsShort = unitsShort;
    this.demand = demand;
    this.staffing = ImmutableList.copyOf(staffing);
    this.multiplier = multiplier;
    this.hours = hours;
    int failed = 0;
    for (double h : hoursToStockOut) {
      failed += h < Double.POSITIVE_INFINITY ? 1 : 0;
    }
    this.failed = failed;
  }

  /**
   * Whether every SKU lasts the horizon and no hour is understaffed.
   *
   * @return true if the back end holds
   * @since 0.1
   */
  public boolean holds() {
    return failed == 0 && understaffedHours().isEmpty();
  }

  /**
   * The traffic multiplier tested.
   *
   * @return the multiplier
   * @since 0.1
   */
  public double trafficMultiplier() {
    return multiplier;
  }

  /**
   * The horizon tested.
   *
   * @return in hours
   * @since 0.1
   */
  public int hours() {
    return hours;
  }

  /**
   * The SKUs tested.
   *
   * @return the count
   * @since 0.1
   */
  public int skuCount() {
    return ids.length;
  }

  /**
   * The SKUs that run out within the horizon.
   *
   * @return the count
   * @since 0.1
   */
  public int failedCount() {
    return failed;
  }

  /**
   * The first SKUs to run out: by hours to stock-out, then by units short (most first), then in the order added.
   *
   * @param limit the most to return, 0 or more
   * @return up to {@code limit} failing SKUs, unmodifiable
   * @throws SupplyException if {@code limit} is negative
   * @since 0.1
   */
  public List<SkuStress> failedFirst(int limit) {
    if (limit < 0) {
      throw new SupplyException("limit", "the limit must be 0 or more, got " + limit);
    }
    int k = Math.min(limit, failed);
    if (k > 64) {
      Integer[] all = new Integer[failed];
      for (int i = 0, j = 0; i < ids.length; i++) {
        if (hoursToStockOut[i] < Double.POSITIVE_INFINITY) {
          all[j++] = i;
        }
      }
      java.util.Arrays.sort(all, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
      List<SkuStress> out = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        out.add(result(all[j]));
      }
      return List.copyOf(out);
    }
    int[] first = new int[k];
    int size = 0;
    // the k first, kept sorted by insertion: about O(SKUs + k² log SKUs) for SKUs in random order
    for (int i = 0; i < ids.length && k > 0; i++) {
      if (hoursToStockOut[i] == Double.POSITIVE_INFINITY || (size == k && !before(i, first[k - 1]))) {
        continue;
      }
      int j = size == k ? k - 1 : size++;
      while (j > 0 && before(i, first[j - 1])) {
        first[j] = first[j - 1];
        j--;
      }
      first[j] = i;
    }
    List<SkuStress> out = new ArrayList<>(k);
    for (int j = 0; j < size; j++) {
      out.add(result(first[j]));
    }
    return List.copyOf(out);
  }

  /** Whether SKU a fails before SKU b: sooner, or as soon and more short, or as both and added earlier. */
  private boolean before(int a, int b) {
    int c = Double.compare(hoursToStockOut[a], hoursToStockOut[b]);
    if (c != 0) {
      return c < 0;
    }
    c = Double.compare(unitsShort[b], unitsShort[a]);
    return c != 0 ? c < 0 : a < b;
  }

  /**
   * One SKU's outcome.
   *
   * @param id a SKU of the test
   * @return its outcome
   * @throws SupplyException if the SKU was not in the test
   * @since 0.1
   */
  public SkuStress sku(String id) {
    Map<String, Integer> map = index;
    if (map == null) {
      map = new HashMap<>(ids.length * 2);
      for (int i = 0; i < ids.length; i++) {
        map.put(ids[i], i);
      }
      index = map;
    }
    Integer i = map.get(id);
    if (i == null) {
      throw new SupplyException("id", "SKU " + id + " was not in the test");
    }
    return result(i);
  }

  private SkuStress result(int i) {
    double h = hoursToStockOut[i];
    return ImmutableSkuStress.builder().sku(ids[i]).stock(stock[i])
        .hoursToStockOut(h < Double.POSITIVE_INFINITY ? OptionalDouble.of(h) : OptionalDouble.empty())
        .demand(demand[i]).unitsShort(unitsShort[i]).build();
  }

  /**
   * The demand over the horizon, all SKUs.
   *
   * @return in units
   * @since 0.1
   */
  public double totalDemand() {
    return sum(demand);
  }

  /**
   * The demand that found no stock, all SKUs.
   *
   * @return in units
   * @since 0.1
   */
  public double totalUnitsShort() {
    return sum(unitsShort);
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /**
   * Customer service hour by hour; empty if the test had no customer-service figures.
   *
   * @return one per hour of the horizon
   * @since 0.1
   */
  public List<StaffingHour> staffing() {
    return staffing;
  }

  /**
   * The hours with fewer agents rostered than needed.
   *
   * @return in hour order
   * @since 0.1
   */
  public List<StaffingHour> understaffedHours() {
    return staffing.stream().filter(StaffingHour::understaffed).toList();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "traffic x%s for %d h: %s%n  stock: %,d of %,d SKUs run out; %,.0f of %,.0f units short (%.1f %%)%n",
        multiplier, hours, holds() ? "HOLDS" : "BREAKS", failed, ids.length, totalUnitsShort(),
        totalDemand(), totalDemand() > 0 ? 100 * totalUnitsShort() / totalDemand() : 0.0));
    for (SkuStress s : failedFirst(10)) {
      sb.append("    ").append(s).append(System.lineSeparator());
    }
    if (!staffing.isEmpty()) {
      List<StaffingHour> under = understaffedHours();
      int worst = staffing.stream().mapToInt(s -> s.agentsNeeded() - s.agentsRostered()).max().orElse(0);
      sb.append(String.format(Locale.ROOT, "  customer service: %d of %d hours understaffed%s%n", under.size(),
          staffing.size(), under.isEmpty() ? "" : ", at worst " + worst + (worst == 1 ? " agent" : " agents") + " short"));
      for (int k = 0; k < under.size() && k < 10; k++) {
        sb.append("    ").append(under.get(k)).append(System.lineSeparator());
      }
    }
    return sb.toString();
  }
}
