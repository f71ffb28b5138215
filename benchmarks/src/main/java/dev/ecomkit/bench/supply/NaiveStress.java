package dev.ecomkit.bench.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stress test a developer writes first: a map of SKU objects, each with a list of boxed arrivals scanned every
 * hour, the hour's demand computed from the profile each time, one result object per SKU, failures sorted with a
 * comparator. Same rules as {@code StressTest} (arrivals from their hour, demand spread evenly in an hour, demand
 * that finds no stock is short).
 */
final class NaiveStress {

  private NaiveStress() {}

  /** One SKU as a developer would model it. */
  static final class Sku {
    final String id;
    final double stock;
    final double hourlyDemand;
    final List<double[]> arrivals = new ArrayList<>(); // {hour, units}

    Sku(String id, double stock, double hourlyDemand) {
      this.id = id;
      this.stock = stock;
      this.hourlyDemand = hourlyDemand;
    }
  }

  /** One SKU's outcome. */
  record Outcome(String id, double hoursToStockOut, double unitsShort) {}

  static List<Outcome> run(Map<String, Sku> skus, double[] profile, double multiplier, int hours) {
    double mean = 0;
    for (double w : profile) {
      mean += w / profile.length;
    }
    Map<String, Outcome> outcomes = new HashMap<>();
    for (Sku s : skus.values()) {
      double onHand = s.stock;
      double out = Double.POSITIVE_INFINITY;
      double lost = 0;
      for (int h = 0; h < hours; h++) {
        for (double[] a : s.arrivals) {
          if ((int) a[0] == h) {
            onHand += a[1];
          }
        }
        double r = s.hourlyDemand * profile[h % 24] / mean * multiplier;
        if (onHand >= r) {
          onHand -= r;
        } else {
          if (out == Double.POSITIVE_INFINITY) {
            out = h + onHand / r;
          }
          lost += r - onHand;
          onHand = 0;
        }
      }
      outcomes.put(s.id, new Outcome(s.id, out, lost));
    }
    List<Outcome> failed = new ArrayList<>();
    for (Outcome o : outcomes.values()) {
      if (o.hoursToStockOut() < Double.POSITIVE_INFINITY) {
        failed.add(o);
      }
    }
    failed.sort(Comparator.comparingDouble(Outcome::hoursToStockOut));
    return failed;
  }
}
