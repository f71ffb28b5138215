package dev.ecomkit.bench.sku;

import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuImportReport;
import dev.ecomkit.sku.SkuRegistry;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import of a catalogue export, one thread, scored per line: ecomkit's
 * {@code SkuRegistry.loader(SkuCodec.standard().lenient()).load(reader)} against the plain baseline a merchant
 * would write first, {@code BufferedReader.readLine} into a {@code HashSet<String>} (which neither validates,
 * normalizes nor reports anything). Both read the same UTF-8 bytes through an {@code InputStreamReader}.
 *
 * <ul>
 *   <li>{@code importMixed_*}: 1,000,000 lines of {@link ImportLines.Mix#MIXED} (69 % canonical, 15 % keyed
 *       variants, 15 % invalid, 1 % blank, 10 % repeats).
 *   <li>{@code importInvalid_*}: 1,000,000 invalid lines, for the cost of the error path.
 * </ul>
 *
 * <p>Run: {@code benchmarks/run.sh SkuImport}. Everything happens on the benchmark thread, so the time per line is
 * its CPU time (the JVM's GC threads aside).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class SkuImportBenchmark {

  static final int LINES = 1_000_000;

  private final SkuCodec lenient = SkuCodec.standard().lenient();
  private byte[] mixed;
  private byte[] invalid;

  @Setup
  public void setUp() throws IOException {
    mixed = new ImportLines(20261128L, ImportLines.Mix.MIXED).bytes(LINES);
    invalid = new ImportLines(20261129L, ImportLines.Mix.INVALID).bytes(LINES);
    SkuImportReport report = importLines(mixed);
    if (report.lines() != LINES || report.errorLines() < LINES / 10 || report.lenientFixes() < LINES / 10
        || report.duplicateLines() < LINES / 20 || hashSet(mixed) < report.registry().size()) {
      throw new IllegalStateException("unexpected mix: " + report.lines() + " lines, " + report.errorLines()
          + " errors, " + report.lenientFixes() + " fixes, " + report.duplicateLines() + " duplicates");
    }
    if (importLines(invalid).errorLines() != LINES) {
      throw new IllegalStateException("the invalid lines are not all invalid");
    }
  }

  private SkuImportReport importLines(byte[] bytes) {
    return SkuRegistry.loader(lenient).load(reader(bytes));
  }

  private static int hashSet(byte[] bytes) throws IOException {
    Set<String> codes = new HashSet<>();
    try (BufferedReader in = new BufferedReader(reader(bytes))) {
      for (String line; (line = in.readLine()) != null; ) {
        codes.add(line);
      }
    }
    return codes.size();
  }

  private static Reader reader(byte[] bytes) {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public SkuImportReport importMixed_ecomkit() {
    return importLines(mixed);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public int importMixed_hashSet() throws IOException {
    return hashSet(mixed);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public SkuImportReport importInvalid_ecomkit() {
    return importLines(invalid);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public int importInvalid_hashSet() throws IOException {
    return hashSet(invalid);
  }
}
