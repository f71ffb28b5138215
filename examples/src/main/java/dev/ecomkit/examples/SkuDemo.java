package dev.ecomkit.examples;

import dev.ecomkit.sku.CheckCharacterSystem;
import dev.ecomkit.sku.SegmentRole;
import dev.ecomkit.sku.Sku;
import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuFormatException;
import dev.ecomkit.sku.SkuImportReport;
import dev.ecomkit.sku.SkuRegistry;
import dev.ecomkit.sku.SkuSchema;
import dev.ecomkit.sku.SkuSegment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SKU section of the demo, on a CSV of SKU codes (the bundled {@code sku-sample.csv}, or a file given as
 * argument; first column the code, first line a header):
 * <ol>
 *   <li>the strict check: how many codes are canonical, the errors grouped by reason with an example line each,
 *       and the valid codes by platform;
 *   <li>the import into a {@link SkuRegistry} with the lenient codec: the keyed variants it fixed, the duplicates,
 *       what stays invalid, and the items listed on several platforms (cross-platform twins);
 *   <li>check characters for codes keyed by hand.
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class SkuDemo {

  static final String SAMPLE = "sku-sample.csv";
  private static final int EXAMPLES = 3;

  /** Opens the CSV; called once per pass. */
  interface Source {
    Reader open() throws IOException;
  }

  private SkuDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String name = args.length > 0 ? args[0] : SAMPLE + " (bundled)";
    Source source = args.length > 0
        ? () -> Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
        : SkuDemo::bundled;
    out.print(report(SkuCodec.standard(), source, name));
  }

  private static Reader bundled() {
    InputStream in = SkuDemo.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IllegalStateException("bundled " + SAMPLE + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static String report(SkuCodec codec, Source source, String name) throws IOException {
    StringBuilder sb = new StringBuilder("== SKU codes (ecomkit-sku-codec) ==\n");
    try (BufferedReader csv = new BufferedReader(source.open())) {
      strictReport(codec.strict(), csv, name, sb);
    }
    try (BufferedReader csv = new BufferedReader(source.open())) {
      registryReport(codec.lenient(), csv, sb);
    }
    checkCharacterReport(sb);
    return sb.toString();
  }

  private static String firstColumn(String line) {
    int comma = line.indexOf(',');
    return comma < 0 ? line : line.substring(0, comma);
  }

  private static void strictReport(SkuCodec codec, BufferedReader csv, String name, StringBuilder sb)
      throws IOException {
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
      String code = firstColumn(line);
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
    sb.append(String.format("Checked %,d codes from %s against the %s schema %s.%n", total, name,
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
  }

  /** The same file through SkuRegistry with the lenient codec; lines stream through, nothing is kept per line. */
  private static void registryReport(SkuCodec lenient, BufferedReader csv, StringBuilder sb) {
    Iterable<String> codes = () -> csv.lines().skip(1).map(SkuDemo::firstColumn).iterator();
    SkuImportReport report;
    try {
      report = SkuRegistry.loader(lenient).firstLineNumber(2).detailLimit(EXAMPLES).load(codes);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("could not read the CSV again", e);
    }
    sb.append("\nImport into a SkuRegistry with the lenient codec (full width, lower case, spaces, other "
        + "separators):\n");
    sb.append(String.format("  %,d lines: %,d valid, of which %,d fixed by the lenient codec; %,d invalid; %,d "
        + "blank%n", report.lines(), report.validLines(), report.lenientFixes(), report.errorLines(),
        report.blankLines()));
    for (SkuImportReport.LenientFix fix : report.fixes()) {
      sb.append(String.format("    fixed line %d: \"%s\" -> %s%n", fix.line(), fix.text(), fix.sku()));
    }
    sb.append("  still invalid: ").append(report.errorsByReason().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
    sb.append(String.format("  %,d distinct SKUs; %,d duplicate lines%n", report.registry().size(),
        report.duplicateLines()));
    for (SkuImportReport.Duplicate duplicate : report.duplicates()) {
      sb.append(String.format("    %s on lines %s%n", duplicate.sku(), duplicate.lines().stream()
          .map(String::valueOf).collect(Collectors.joining(", "))));
    }
    sb.append(String.format("  cross-platform twins: %,d items listed on two or more platforms; keep their stock "
        + "in sync%n", report.twinGroups()));
    for (SkuImportReport.Twins twins : report.twins()) {
      Sku first = twins.skus().get(0);
      String item = first.toString().substring(first.platform().length() + 1);
      sb.append(String.format("    %s on %s%n", item, String.join(", ", twins.platforms())));
    }
  }

  private static void checkCharacterReport(StringBuilder sb) {
    SkuSchema checked = SkuSchema.builder().name("standard-checked")
        .addAllSegments(SkuSchema.standard().segments())
        .checkCharacter(CheckCharacterSystem.MOD_37_2)
        .build();
    SkuCodec codec = SkuCodec.of(checked);
    String code = codec.format(Sku.builder(checked).platform("TB").category("01").size("M")
        .launchMonth(java.time.YearMonth.of(2025, 4)).build());
    String check = code.substring(code.length() - 1);
    sb.append("\nCheck characters for codes keyed by hand (ISO/IEC 7064 MOD 37-2, schema \"standard-checked\"):\n");
    sb.append(String.format("  TB-01-M-2504 is written %s%n", code));
    // a mistyped size, and two swaps of neighbouring characters that still look like valid codes
    for (String keyed : new String[] {"TB-01-L-2504-" + check, "TB-10-M-2504-" + check,
        "TB-01-M-5204-" + check}) {
      String outcome;
      try {
        outcome = "accepted as " + codec.parse(keyed);
      } catch (SkuFormatException e) {
        outcome = e.reason() + ": " + e.getMessage();
      }
      sb.append(String.format("  %s -> %s%n", keyed, outcome));
    }
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
