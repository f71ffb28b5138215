package dev.ecomkit.examples;

import dev.ecomkit.sku.SegmentRole;
import dev.ecomkit.sku.Sku;
import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuFormatException;
import dev.ecomkit.sku.SkuSchema;
import dev.ecomkit.sku.SkuSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SKU section of the demo: validates a CSV of SKU codes (the bundled {@code sku-sample.csv}, or a file given
 * as argument) with the standard codec and prints how many are valid, the errors grouped by reason with an example
 * line each, and the valid codes by platform.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class SkuDemo {

  static final String SAMPLE = "sku-sample.csv";

  private SkuDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String source = args.length > 0 ? args[0] : SAMPLE + " (bundled)";
    try (Reader reader = args.length > 0
        ? Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
        : bundled()) {
      out.print(report(SkuCodec.standard(), new BufferedReader(reader), source));
    }
  }

  private static Reader bundled() {
    InputStream in = SkuDemo.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IllegalStateException("bundled " + SAMPLE + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The report for a CSV whose first column is the SKU code and whose first line is a header. */
  static String report(SkuCodec codec, BufferedReader csv, String source) throws IOException {
    int lineNumber = 1;
    int total = 0;
    int valid = 0;
    Set<Sku> distinct = new HashSet<>();
    Map<SkuFormatException.Reason, Integer> errorCounts = new EnumMap<>(SkuFormatException.Reason.class);
    Map<SkuFormatException.Reason, String> examples = new EnumMap<>(SkuFormatException.Reason.class);
    Map<String, Integer> byPlatform = new TreeMap<>();
    csv.readLine(); // header
    for (String line; (line = csv.readLine()) != null; ) {
      lineNumber++;
      total++;
      int comma = line.indexOf(',');
      String code = comma < 0 ? line : line.substring(0, comma);
      try {
        Sku sku = codec.parse(code);
        valid++;
        distinct.add(sku);
        byPlatform.merge(sku.platform(), 1, Integer::sum);
      } catch (SkuFormatException e) {
        errorCounts.merge(e.reason(), 1, Integer::sum);
        examples.putIfAbsent(e.reason(), "line " + lineNumber + ": \"" + code + "\" -> " + e.getMessage());
      }
    }
    SkuSchema schema = codec.schema();
    StringBuilder sb = new StringBuilder();
    sb.append("== SKU codes (ecomkit-sku-codec) ==\n");
    sb.append(String.format("Checked %,d codes from %s against the %s schema %s.%n", total, source,
        schema.name(), "PLATFORM-CATEGORY-SIZE-YYMM"));
    sb.append(String.format("  valid:   %,6d (%.1f %%), %,d distinct SKUs, %,d duplicate lines%n", valid,
        percent(valid, total), distinct.size(), valid - distinct.size()));
    sb.append(String.format("  invalid: %,6d (%.1f %%)%n", total - valid, percent(total - valid, total)));
    if (!errorCounts.isEmpty()) {
      sb.append("Errors by reason, with the first line of each:\n");
      errorCounts.forEach((reason, count) -> sb.append(String.format("  %-19s %,5d  %s%n", reason, count,
          examples.get(reason))));
    }
    sb.append("Valid lines by platform:\n");
    SkuSegment platforms = schema.segment(SegmentRole.PLATFORM).orElseThrow();
    byPlatform.forEach((platform, count) -> sb.append(String.format("  %-4s %,5d  %s%n", platform, count,
        platforms.label(platform).orElse(""))));
    return sb.toString();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
