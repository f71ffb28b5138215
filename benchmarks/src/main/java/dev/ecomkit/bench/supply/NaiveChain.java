package dev.ecomkit.bench.supply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * The serial-chain simulation a developer writes first: one object per stage, boxed histories in lists, the moving
 * average summed afresh each period, {@link Random#nextGaussian()} for demand, periods outer and stages inner. Same
 * policy as {@code SupplyChainSimulation} (order-up-to with a moving-average forecast, returns allowed); the
 * statistics are the bullwhip of each stage.
 */
final class NaiveChain {

  private NaiveChain() {}

  /** One stage. */
  private static final class Stage {
    final int leadTime;
    final int p;
    final List<Double> seen = new ArrayList<>();
    final List<Double> placed = new ArrayList<>();
    final Deque<Double> pipeline = new ArrayDeque<>();
    double netStock;

    Stage(int leadTime, int p, double mean) {
      this.leadTime = leadTime;
      this.p = p;
      for (int i = 0; i <= leadTime; i++) {
        pipeline.addLast(mean);
      }
      for (int i = 0; i < p; i++) {
        seen.add(mean);
      }
    }

    double step(double demand) {
      netStock += pipeline.removeFirst() - demand;
      seen.add(demand);
      double sum = 0;
      for (int i = seen.size() - p; i < seen.size(); i++) {
        sum += seen.get(i);
      }
      double forecast = sum / p;
      double onOrder = 0;
      for (double o : pipeline) {
        onOrder += o;
      }
      double order = forecast + (0 - netStock) + (leadTime * forecast - onOrder);
      pipeline.addLast(order);
      placed.add(order);
      return order;
    }
  }

  /** The bullwhip of each of {@code stages} stages over {@code periods} periods of N(100, 10²) demand. */
  static double[] run(int stages, int periods, int leadTime, int p, long seed) {
    Random random = new Random(seed);
    List<Stage> chain = new ArrayList<>();
    for (int i = 0; i < stages; i++) {
      chain.add(new Stage(leadTime, p, 100));
    }
    List<Double> demand = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      double d = Math.max(0, 100 + 10 * random.nextGaussian());
      demand.add(d);
      for (Stage s : chain) {
        d = s.step(d);
      }
    }
    double[] ratios = new double[stages];
    List<Double> below = demand;
    for (int i = 0; i < stages; i++) {
      ratios[i] = variance(chain.get(i).placed) / variance(below);
      below = chain.get(i).placed;
    }
    return ratios;
  }

  private static double variance(List<Double> x) {
    double mean = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return x.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / x.size();
  }
}
