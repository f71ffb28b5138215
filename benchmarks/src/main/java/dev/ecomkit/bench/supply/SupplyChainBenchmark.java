package dev.ecomkit.bench.supply;

import dev.ecomkit.supply.Bullwhip;
import dev.ecomkit.supply.Demand;
import dev.ecomkit.supply.Echelon;
import dev.ecomkit.supply.SimulationResult;
import dev.ecomkit.supply.SupplyChainSimulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bullwhip simulation: four stages (retailer, distributor, manufacturer, supplier) × {@value #PERIODS} periods on
 * one thread, order-up-to with six-period moving averages and orders arriving two periods later, N(100, 10²) end
 * demand — {@code SupplyChainSimulation.run(seed)}, demand drawn, result with every stage's order series, against
 * {@link NaiveChain} (one object per stage, boxed histories). Target: at most 50 ms a run for ecomkit.
 *
 * <p>Set-up checks that both give the retailer the bullwhip of Chen, Drezner, Ryan &amp; Simchi-Levi (2000),
 * 1 + 2·2/6 + 2·2²/6² = 1.89, within 0.05.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable SupplyChainBenchmark};
 * scores are milliseconds a run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SupplyChainBenchmark {

  static final int PERIODS = 100_000;
  static final String[] STAGES = {"retailer", "distributor", "manufacturer", "supplier"};

  private SupplyChainSimulation simulation;
  private long seed;

  @Setup
  public void setUp() {
    SupplyChainSimulation.Builder b = SupplyChainSimulation.builder().demand(Demand.normal(100, 10))
        .periods(PERIODS).warmUp(0);
    for (String name : STAGES) {
      b.echelon(Echelon.builder().name(name).leadTime(1).movingAverage(6).build());
    }
    simulation = b.build();
    double chen = Bullwhip.movingAverageLowerBound(2, 6);
    double ours = simulation.run(1).echelon("retailer").bullwhip();
    double naive = NaiveChain.run(STAGES.length, PERIODS, 1, 6, 1)[0];
    if (Math.abs(ours - chen) > 0.05 || Math.abs(naive - chen) > 0.05) {
      throw new IllegalStateException("retailer bullwhip " + ours + " (ecomkit), " + naive + " (naive), formula "
          + chen);
    }
  }

  @Benchmark
  public SimulationResult simulate_ecomkit() {
    return simulation.run(seed++);
  }

  @Benchmark
  public double[] simulate_naive() {
    return NaiveChain.run(STAGES.length, PERIODS, 1, 6, seed++);
  }
}
