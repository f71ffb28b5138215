package dev.ecomkit.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line arguments, e.g. a name regex, {@code -f 1 -wi 3 -i 5}) with the GC
 * profiler and prints one table: for each case, ecomkit's time and allocation beside each peer's, and the ratio
 * peer time / ecomkit time (above 1: ecomkit is faster). See the package overview for the naming convention.
 *
 * <p>Not for use as a library; {@code main} runs once per JVM.
 */
public final class RatioTable {

  private static final String ECOMKIT = "ecomkit";

  private RatioTable() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args JMH command-line options
   * @throws CommandLineOptionException if the options are malformed
   * @throws RunnerException if JMH fails
   * @throws IOException if JMH's listing fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
    CommandLineOptions commandLine = new CommandLineOptions(args);
    if (commandLine.shouldHelp() || commandLine.shouldList() || commandLine.shouldListWithParams()
        || commandLine.shouldListProfilers() || commandLine.shouldListResultFormats()) {
      Main.main(args); // JMH's own listing and help
      return;
    }
    Options options = new OptionsBuilder().parent(commandLine).addProfiler(GCProfiler.class).build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.print(table(results));
  }

  /** One benchmark method's measurement. */
  private static final class Row {
    final String implementation;
    final double score;
    final double error;
    final String unit;
    final double allocatedBytes;

    Row(String implementation, double score, double error, String unit, double allocatedBytes) {
      this.implementation = implementation;
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.allocatedBytes = allocatedBytes;
    }
  }

  static String table(Collection<RunResult> results) {
    Map<String, List<Row>> cases = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int underscore = method.lastIndexOf('_');
      String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
      String caseName = className.substring(className.lastIndexOf('.') + 1) + "."
          + (underscore > 0 ? method.substring(0, underscore) : method) + params(result);
      String implementation = underscore > 0 ? method.substring(underscore + 1) : method;
      Result<?> primary = result.getPrimaryResult();
      cases.computeIfAbsent(caseName, k -> new ArrayList<>()).add(new Row(implementation, primary.getScore(),
          primary.getScoreError(), primary.getScoreUnit(), allocation(result)));
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-44s %-10s %18s %10s %12s%n", "case", "impl", "score", "B/op",
        "peer/ecomkit"));
    for (Map.Entry<String, List<Row>> entry : cases.entrySet()) {
      Row ecomkit = entry.getValue().stream().filter(r -> r.implementation.equals(ECOMKIT)).findFirst()
          .orElse(null);
      for (Row row : entry.getValue()) {
        double r = ecomkit == null ? Double.NaN : row.score / ecomkit.score;
        // one decimal, or two significant digits below 1 so that a slower ecomkit does not read "0.0x"
        String ratio = ecomkit == null || row == ecomkit ? ""
            : String.format(Locale.ROOT, r >= 1 ? "%.1fx" : "%.2gx", r);
        out.append(String.format(Locale.ROOT, "%-44s %-10s %9.1f ± %4.1f %-2s %10s %12s%n", entry.getKey(),
            row.implementation, row.score, row.error, shortUnit(row.unit),
            Double.isNaN(row.allocatedBytes) ? "-" : String.format(Locale.ROOT, "%.0f", row.allocatedBytes),
            ratio));
      }
    }
    return out.toString();
  }

  private static String params(RunResult result) {
    StringBuilder sb = new StringBuilder();
    for (String key : result.getParams().getParamsKeys()) {
      sb.append(sb.length() == 0 ? " [" : ", ").append(key).append('=').append(result.getParams().getParam(key));
    }
    return sb.length() == 0 ? "" : sb.append(']').toString();
  }

  private static double allocation(RunResult result) {
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        return secondary.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  private static String shortUnit(String unit) {
    return unit.startsWith("ns/") ? "ns" : unit;
  }
}
