package dev.ecomkit.bench.sku;

import dev.ecomkit.bench.sku.ImportLines.Shape;
import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuImportReport;
import dev.ecomkit.sku.SkuRegistry;
import dev.ecomkit.sku.SkuSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Imports a generated catalogue export ({@link ImportLines}, made on the fly so that no input is held in memory)
 * once and prints what it found: run it under decreasing {@code -Xmx} to find the smallest heap an import
 * completes in, as {@code benchmarks/import-heap.sh} does.
 *
 * <p>{@code java -Xmx200m -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.sku.ImportHeap 10000000 STANDARD}
 * (or {@code STYLE_COLOUR}; a third argument {@code hashSet} runs the plain baseline instead).
 *
 * <p>Not for use as a library.
 */
public final class ImportHeap {

  private ImportHeap() {}

  /**
   * Runs one import.
   *
   * @param args line count, {@link Shape} name, and optionally {@code hashSet}
   * @throws IOException never: the lines are generated
   */
  public static void main(String[] args) throws IOException {
    long lines = Long.parseLong(args[0]);
    Shape shape = Shape.valueOf(args[1]);
    ImportLines input = new ImportLines(20261128L, ImportLines.Mix.MIXED, shape);
    long start = System.nanoTime();
    if (args.length > 2 && args[2].equals("hashSet")) {
      Set<String> codes = new HashSet<>();
      try (BufferedReader in = new BufferedReader(input.reader(lines))) {
        for (String line; (line = in.readLine()) != null; ) {
          codes.add(line);
        }
      }
      System.out.printf(Locale.ROOT, "hashSet: %d distinct lines in %.1f s%n", codes.size(),
          (System.nanoTime() - start) / 1e9);
      return;
    }
    SkuCodec codec = shape == Shape.STANDARD ? SkuCodec.standard()
        : SkuCodec.of(SkuSchema.fromJson(ImportLines.STYLE_COLOUR_SCHEMA));
    SkuImportReport report = SkuRegistry.loader(codec.lenient()).load(input.reader(lines));
    System.out.printf(Locale.ROOT, "%s: %d lines, %d valid (%d fixed), %d invalid, %d blank, %d duplicate lines, "
            + "%d distinct SKUs, %d twin groups in %.1f s with -Xmx %d MB%n", shape, report.lines(),
        report.validLines(), report.lenientFixes(), report.errorLines(), report.blankLines(),
        report.duplicateLines(), report.registry().size(), report.twinGroups(), (System.nanoTime() - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
