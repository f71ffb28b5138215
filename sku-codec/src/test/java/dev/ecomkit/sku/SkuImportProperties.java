package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecomkit.sku.SkuFormatException.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Every part of an import report agrees with a brute-force reading of the same lines through the public throwing
 * API ({@link SkuCodec#parse}): counts by reason, the first errors with their messages, fixes, duplicates with
 * their counts and first lines, and twin groups in item order. Three schemas cover the three paths: the standard
 * one (codes and line numbers share a {@code long}), one with the platform in the middle, and one so wide that
 * codes are found by binary search.
 */
class SkuImportProperties {

  static final SkuSchema MIDDLE = SkuSchema.builder().name("middle")
      .addSegments(SkuSegment.digits("style", SegmentRole.OTHER, 2))
      .addSegments(SkuSchema.standard().segments().get(0))
      .addSegments(SkuSegment.letters("colour", SegmentRole.OTHER, 1))
      .build();

  static final SkuSchema WIDE = SkuSchema.builder().name("wide")
      .addSegments(SkuSegment.digits("a", SegmentRole.OTHER, 9))
      .addSegments(SkuSchema.standard().segments().get(0))
      .addSegments(SkuSegment.digits("b", SegmentRole.OTHER, 8))
      .build();

  /** A platform segment with a billion values, placed last: twin finding must not size anything by it. */
  static final SkuSchema WIDE_PLATFORM = SkuSchema.builder().name("wide-platform")
      .addSegments(SkuSegment.letters("colour", SegmentRole.OTHER, 1))
      .addSegments(SkuSegment.digits("shop", SegmentRole.PLATFORM, 9))
      .build();

  @Property(tries = 200)
  void standardImportAgreesWithBruteForce(@ForAll("standardLines") List<String> lines,
      @ForAll @IntRange(min = 0, max = 5) int limit) {
    check(SkuCodec.standard().lenient(), lines, limit);
    check(SkuCodec.standard(), lines, limit);
  }

  @Property(tries = 200)
  void middlePlatformImportAgreesWithBruteForce(@ForAll("middleLines") List<String> lines,
      @ForAll @IntRange(min = 0, max = 5) int limit) {
    check(SkuCodec.of(MIDDLE).lenient(), lines, limit);
  }

  @Property(tries = 200)
  void wideImportAgreesWithBruteForce(@ForAll("wideLines") List<String> lines,
      @ForAll @IntRange(min = 0, max = 5) int limit) {
    check(SkuCodec.of(WIDE).lenient(), lines, limit);
  }

  @Property(tries = 100)
  void widePlatformImportAgreesWithBruteForce(@ForAll("widePlatformLines") List<String> lines,
      @ForAll @IntRange(min = 0, max = 5) int limit) {
    check(SkuCodec.of(WIDE_PLATFORM).lenient(), lines, limit);
  }

  static void check(SkuCodec codec, List<String> lines, int limit) {
    long first = lines.size() % 3; // 0, 1 or 2: a header line skipped, or numbering from 0
    SkuRegistry.Loader loader = SkuRegistry.loader(codec).detailLimit(limit).firstLineNumber(first);
    String expected = ImportFixture.render(bruteForce(codec, lines, limit, first));
    assertEquals(expected, ImportFixture.render(loader.load(lines)));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append(i % 2 == 0 ? "\n" : "\r\n"); // a lone \r before an empty line is CRLF
    }
    assertEquals(expected, ImportFixture.render(loader.load(new java.io.StringReader(text.toString()))),
        "through a Reader");
  }

  /** The report computed the slow, obvious way. */
  static SkuImportReport bruteForce(SkuCodec codec, List<String> lines, int limit, long first) {
    SkuLayout layout = codec.layout();
    long blank = 0;
    long fixed = 0;
    Map<Reason, Long> errorsByReason = new EnumMap<>(Reason.class);
    ImmutableSkuImportReport.Builder report = ImmutableSkuImportReport.builder();
    int errors = 0;
    int fixes = 0;
    Map<Sku, List<Long>> linesBySku = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
      if (line.chars().allMatch(c -> LenientInput.isSpace((char) c))) {
        blank++;
        continue;
      }
      Sku sku;
      try {
        sku = codec.parse(line);
      } catch (SkuFormatException e) {
        errorsByReason.merge(e.reason(), 1L, Long::sum);
        if (errors++ < limit) {
          report.addErrors(ImmutableSkuImportReport.LineError.builder().line(first + i).text(cut(line))
              .reason(e.reason()).message(e.getMessage()).build());
        }
        continue;
      }
      if (!codec.strict().isValid(line)) {
        fixed++;
        if (fixes++ < limit) {
          report.addFixes(ImmutableSkuImportReport.LenientFix.builder().line(first + i).text(cut(line)).sku(sku)
              .build());
        }
      }
      linesBySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(first + i);
    }
    linesBySku.entrySet().stream().filter(e -> e.getValue().size() > 1).limit(limit).forEach(e ->
        report.addDuplicates(ImmutableSkuImportReport.Duplicate.builder().sku(e.getKey())
            .count(e.getValue().size()).addAllLines(e.getValue().stream().limit(limit).collect(Collectors.toList()))
            .build()));
    int p = layout.indexOf(SegmentRole.PLATFORM);
    TreeMap<Long, List<Sku>> byItem = new TreeMap<>();
    for (Sku sku : linesBySku.keySet()) {
      long packed = codec.pack(sku);
      byItem.computeIfAbsent(packed - layout.valueOf(packed, p) * layout.weights()[p], k -> new ArrayList<>())
          .add(sku);
    }
    List<List<Sku>> twins = byItem.values().stream().filter(g -> g.size() > 1).collect(Collectors.toList());
    twins.stream().limit(limit).forEach(g -> report.addTwins(ImmutableSkuImportReport.Twins.builder()
        .addAllSkus(g.stream().sorted(Comparator.comparingInt(s -> s.value(p))).collect(Collectors.toList()))
        .build()));
    long valid = linesBySku.values().stream().mapToLong(List::size).sum();
    long[] packed = linesBySku.keySet().stream().mapToLong(codec::pack).sorted().toArray();
    return report.registry(new SkuRegistry(codec.strict(), packed)).lines(lines.size()).blankLines(blank)
        .validLines(valid).putAllErrorsByReason(errorsByReason).duplicateLines(valid - linesBySku.size())
        .lenientFixes(fixed).twinGroups(twins.size()).build();
  }

  private static String cut(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  @Provide
  Arbitrary<List<String>> standardLines() {
    Arbitrary<String> codes = Arbitraries.of("TB", "JD", "DY", "XHS").flatMap(platform ->
        Arbitraries.of("01", "02").flatMap(category -> Arbitraries.of("M", "L").flatMap(size ->
            Arbitraries.of("2504", "2505").map(month -> platform + "-" + category + "-" + size + "-" + month))));
    return mixed(codes);
  }

  @Provide
  Arbitrary<List<String>> middleLines() {
    Arbitrary<String> codes = Arbitraries.of("07", "42").flatMap(style -> Arbitraries.of("TB", "JD", "MD")
        .flatMap(platform -> Arbitraries.of("A", "B").map(colour -> style + "-" + platform + "-" + colour)));
    return mixed(codes);
  }

  @Provide
  Arbitrary<List<String>> wideLines() {
    Arbitrary<String> codes = Arbitraries.of("000000001", "999999999").flatMap(a -> Arbitraries.of("TB", "JD", "DY")
        .flatMap(platform -> Arbitraries.of("00000000", "12345678").map(b -> a + "-" + platform + "-" + b)));
    return mixed(codes);
  }

  @Provide
  Arbitrary<List<String>> widePlatformLines() {
    Arbitrary<String> codes = Arbitraries.of("A", "B").flatMap(colour -> Arbitraries.of("000000001", "999999999",
        "123456789").map(shop -> colour + "-" + shop));
    return mixed(codes);
  }

  /** Codes, keyed variants and damaged copies of them, blanks, and junk. */
  private static Arbitrary<List<String>> mixed(Arbitrary<String> codes) {
    Arbitrary<String> keyed = codes.flatMap(code -> Arbitraries.of(code.toLowerCase(), " " + code + "\t\t",
        code.replace('-', ' '), code.replace('-', '_'), ImportFixture.toFullWidth(code)));
    Arbitrary<String> damaged = codes.flatMap(code -> Arbitraries.of(code + "-X", code.substring(1),
        code.replaceFirst("-", "--"), code.substring(0, code.lastIndexOf('-')), "-" + code,
        code.substring(code.indexOf('-') + 1), code + " " + "#".repeat(90), code.toLowerCase() + "9"));
    Arbitrary<String> other = Arbitraries.of("", " ", "\u3000\t", "junk", "\uFEFFTB-01-M-2504", "n/a");
    return Arbitraries.frequencyOf(Tuple.of(6, codes), Tuple.of(2, keyed), Tuple.of(2, damaged), Tuple.of(1, other))
        .list().ofMaxSize(50);
  }
}
