package dev.ecomkit.bench.risk;

import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.Rule;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Memory of a long run: {@code count} mentions (default 10,000,000) through one {@link RuleEngine} with the handbook
 * rules, built on the fly from {@link RuleEngineBenchmark}'s texts (5 % with a keyword) and stream shape (five
 * platforms, 100 ms apart: 10 M mentions span 11.6 days, so every 24-hour window opens and closes many times), a
 * distinct id each, allowed lateness 10 minutes. Every {@code count / 10} mentions it prints the used heap after
 * {@code System.gc()}, the engine's active windows, open incidents and alerts so far, and the snapshot's size.
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.risk.RuleEngineMemory
 * 10000000}.
 */
public final class RuleEngineMemory {

  private RuleEngineMemory() {}

  /**
   * Runs it.
   *
   * @param args the number of mentions, optional
   */
  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    RuleSet rules = RuleSet.handbookDefaults();
    List<String> keywords = new ArrayList<>();
    for (Rule r : rules.rules()) {
      keywords.addAll(r.keywords());
    }
    List<String> texts = RuleEngineBenchmark.texts(5, keywords);
    RuleEngine engine = rules.newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    long alerts = 0;
    long start = System.nanoTime();
    System.out.printf(Locale.ROOT, "%12s %12s %10s %10s %8s %12s %10s%n", "mentions", "heap MB", "windows",
        "incidents", "alerts", "snapshot B", "s");
    for (long i = 0; i < count; i++) {
      Mention m = Mention.of("m" + i, RuleEngineBenchmark.PLATFORMS[(int) (i % RuleEngineBenchmark.PLATFORMS.length)],
          RuleEngineBenchmark.T0.plusMillis(i * RuleEngineBenchmark.SPACING_MS), texts.get((int) (i % texts.size())));
      alerts += engine.accept(m).size();
      if ((i + 1) % (count / 10) == 0) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / 1e6;
        System.out.printf(Locale.ROOT, "%12d %12.1f %10d %10d %8d %12d %10.1f%n", i + 1, heap,
            engine.activeWindows(), engine.incidents().size(), alerts, engine.snapshot().length(), seconds);
      }
    }
  }
}
