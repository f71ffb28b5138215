package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.ecomkit.sku.SkuFormatException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A set of distinct SKUs of one schema, kept packed ({@link SkuCodec#pack}) in a sorted {@code long[]}: 8 bytes a
 * SKU, so an ERP holds millions. It is built by a bulk import that reports what it found:
 *
 * <pre>{@code
 * SkuImportReport report = SkuRegistry.load(SkuCodec.standard().lenient(), lines);  // Iterable or Reader
 * report.validLines(); report.errorsByReason(); report.duplicates(); report.twins(); report.fixes();
 * SkuRegistry registry = report.registry();
 * registry.contains(sku);
 * }</pre>
 *
 * <p><b>Streaming.</b> Lines are read one at a time and not kept; the import holds one {@code long} per line
 * (the packed code, or a marker for a line that is not one) and, at the end, a sorted copy of the valid ones, so a
 * ten-million-line file needs about 160 MB of primitive arrays and no per-line objects. The report's detail
 * lists stop at the {@linkplain Loader#detailLimit(int) detail limit}; its counts cover every line.
 *
 * <p>The schema must be {@linkplain SkuCodec#isPackable() packable}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SkuRegistry {

  private static final long NOT_A_CODE = -1;
  private static final int MAX_TEXT = 64;

  private final SkuCodec codec;
  private final long[] packed;

  private SkuRegistry(SkuCodec codec, long[] packed) {
    this.codec = codec;
    this.packed = packed;
  }

  /**
   * A loader with the default settings: detail limit 100, first line number 1.
   *
   * @param codec the codec that reads the lines; a {@linkplain SkuCodec#lenient() lenient} one also reads keyed
   *     variants and reports them as {@linkplain SkuImportReport#fixes() fixes}
   * @return the loader
   * @throws IllegalArgumentException if the codec's schema is not packable
   * @since 0.1
   */
  public static Loader loader(SkuCodec codec) {
    return new Loader(codec, 100, 1);
  }

  /**
   * Imports lines with the default loader, see {@link #loader(SkuCodec)}.
   *
   * @param codec the codec that reads the lines
   * @param lines one code per line
   * @return the report
   * @since 0.1
   */
  public static SkuImportReport load(SkuCodec codec, Iterable<? extends CharSequence> lines) {
    return loader(codec).load(lines);
  }

  /**
   * Imports lines with the default loader, see {@link #loader(SkuCodec)}.
   *
   * @param codec the codec that reads the lines
   * @param lines one code per line; not closed
   * @return the report
   * @throws UncheckedIOException if reading fails
   * @since 0.1
   */
  public static SkuImportReport load(SkuCodec codec, Reader lines) {
    return loader(codec).load(lines);
  }

  /**
   * The schema of the SKUs.
   *
   * @return the schema
   * @since 0.1
   */
  public SkuSchema schema() {
    return codec.schema();
  }

  /**
   * The number of distinct SKUs.
   *
   * @return the size
   * @since 0.1
   */
  public int size() {
    return packed.length;
  }

  /**
   * Whether the registry holds the SKU.
   *
   * @param sku any SKU
   * @return true if it is one of this registry's; false for SKUs of other schemas
   * @since 0.1
   */
  public boolean contains(Sku sku) {
    checkNotNull(sku, "sku");
    return sku.schema().equals(codec.schema()) && Arrays.binarySearch(packed, codec.pack(sku)) >= 0;
  }

  /**
   * The SKUs in canonical order, unpacked one at a time.
   *
   * @return a sequential stream
   * @since 0.1
   */
  public Stream<Sku> stream() {
    return IntStream.range(0, packed.length).mapToObj(i -> codec.unpack(packed[i]));
  }

  @Override
  public String toString() {
    return "SkuRegistry{" + codec.schema().name() + ", " + packed.length + " SKUs}";
  }

  /**
   * Imports lines into a {@link SkuImportReport}. Each setting returns a new loader; loaders are immutable and
   * thread-safe, and each {@code load} call is independent.
   *
   * @since 0.1
   */
  public static final class Loader {
    private final SkuCodec codec;
    private final int detailLimit;
    private final long firstLineNumber;

    private Loader(SkuCodec codec, int detailLimit, long firstLineNumber) {
      checkNotNull(codec, "codec");
      checkArgument(codec.isPackable(), "schema \"%s\" cannot be packed into a long, so it cannot be registered",
          codec.schema().name());
      this.codec = codec;
      this.detailLimit = detailLimit;
      this.firstLineNumber = firstLineNumber;
    }

    /**
     * How many entries each detail list of the report keeps (errors, duplicates and their lines, fixes, twins).
     *
     * @param limit 0 to 100,000; default 100
     * @return a loader with that limit
     * @since 0.1
     */
    public Loader detailLimit(int limit) {
      checkArgument(limit >= 0 && limit <= 100_000, "detail limit must be 0-100000, not %s", limit);
      return new Loader(codec, limit, firstLineNumber);
    }

    /**
     * The number of the first line, e.g. 2 when a CSV's header line was skipped, so that reported line numbers
     * match the file.
     *
     * @param number at least 0; default 1
     * @return a loader numbering from there
     * @since 0.1
     */
    public Loader firstLineNumber(long number) {
      checkArgument(number >= 0, "first line number must not be negative, got %s", number);
      return new Loader(codec, detailLimit, number);
    }

    /**
     * Imports the lines.
     *
     * @param lines one code per line; read once, in order
     * @return the report
     * @since 0.1
     */
    public SkuImportReport load(Iterable<? extends CharSequence> lines) {
      checkNotNull(lines, "lines");
      Import in = new Import(this);
      for (Iterator<? extends CharSequence> it = lines.iterator(); it.hasNext(); ) {
        in.add(checkNotNull(it.next(), "a line is null"));
      }
      return in.finish();
    }

    /**
     * Imports the lines of a reader ({@code \n}, {@code \r\n} or {@code \r}; a leading byte-order mark is
     * skipped). A line longer than 1,024 characters is an error without being read further.
     *
     * @param lines the reader; not closed
     * @return the report
     * @throws UncheckedIOException if reading fails
     * @since 0.1
     */
    public SkuImportReport load(Reader lines) {
      checkNotNull(lines, "lines");
      Import in = new Import(this);
      LineReader reader = new LineReader(lines);
      try {
        for (String line; (line = reader.next()) != null; ) {
          in.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the lines to import", e);
      }
      return in.finish();
    }
  }

  /** One import's state. */
  private static final class Import {
    private final SkuCodec strict;
    private final SkuCodec lenient;
    private final int limit;
    private final long first;
    private final LongList codes = new LongList();
    private final Map<Reason, Long> errorCounts = new EnumMap<>(Reason.class);
    private final List<SkuImportReport.LineError> errors = new ArrayList<>();
    private final List<SkuImportReport.LenientFix> fixes = new ArrayList<>();
    private long blank;
    private long valid;
    private long fixed;

    Import(Loader loader) {
      this.strict = loader.codec.strict();
      this.lenient = loader.codec.isLenient() ? loader.codec : null;
      this.limit = loader.detailLimit;
      this.first = loader.firstLineNumber;
    }

    void add(CharSequence text) {
      long line = first + codes.size();
      if (codes.size() == 0 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
        text = text.subSequence(1, text.length()); // a byte-order mark, as spreadsheet exports write
      }
      if (isBlank(text)) {
        blank++;
        codes.add(NOT_A_CODE);
        return;
      }
      Sku sku = strict.tryParse(text).orElse(null);
      if (sku == null) {
        try {
          sku = (lenient != null ? lenient : strict).parse(text); // only the lenient codec can succeed here
        } catch (SkuFormatException e) {
          errorCounts.merge(e.reason(), 1L, Long::sum);
          if (errors.size() < limit) {
            errors.add(ImmutableSkuImportReport.LineError.builder().line(line).text(cut(text)).reason(e.reason())
                .message(e.getMessage()).build());
          }
          codes.add(NOT_A_CODE);
          return;
        }
        fixed++;
        if (fixes.size() < limit) {
          fixes.add(ImmutableSkuImportReport.LenientFix.builder().line(line).text(cut(text)).sku(sku).build());
        }
      }
      valid++;
      codes.add(strict.pack(sku));
    }

    SkuImportReport finish() {
      long[] sorted = new long[(int) valid];
      int n = 0;
      for (int i = 0; i < codes.size(); i++) {
        if (codes.get(i) != NOT_A_CODE) {
          sorted[n++] = codes.get(i);
        }
      }
      Arrays.sort(sorted);
      int distinct = 0;
      LongList duplicated = new LongList(); // code, count pairs, in code order
      for (int i = 0; i < sorted.length; ) {
        int j = i + 1;
        while (j < sorted.length && sorted[j] == sorted[i]) {
          j++;
        }
        if (j - i > 1) {
          duplicated.add(sorted[i]);
          duplicated.add(j - i);
        }
        sorted[distinct++] = sorted[i];
        i = j;
      }
      long[] packed = Arrays.copyOf(sorted, distinct);
      SkuRegistry registry = new SkuRegistry(strict, packed);
      ImmutableSkuImportReport.Builder report = ImmutableSkuImportReport.builder()
          .registry(registry)
          .lines(codes.size())
          .blankLines(blank)
          .validLines(valid)
          .putAllErrorsByReason(errorCounts)
          .addAllErrors(errors)
          .duplicateLines(valid - distinct)
          .addAllDuplicates(duplicates(duplicated))
          .lenientFixes(fixed)
          .addAllFixes(fixes);
      twins(packed, report);
      return report.build();
    }

    /** The first {@code limit} duplicated codes in order of first line, each with its first lines. */
    private List<SkuImportReport.Duplicate> duplicates(LongList duplicated) {
      int pairs = duplicated.size() / 2;
      long[] dupCodes = new long[pairs];
      for (int i = 0; i < pairs; i++) {
        dupCodes[i] = duplicated.get(2 * i);
      }
      Map<Long, List<Long>> linesByCode = new LinkedHashMap<>();
      for (int i = 0; i < codes.size(); i++) {
        long code = codes.get(i);
        if (code == NOT_A_CODE || Arrays.binarySearch(dupCodes, code) < 0) {
          continue;
        }
        List<Long> lines = linesByCode.get(code);
        if (lines == null) {
          if (linesByCode.size() == limit) {
            continue;
          }
          lines = new ArrayList<>();
          linesByCode.put(code, lines);
        }
        if (lines.size() < limit) {
          lines.add(first + i);
        }
      }
      List<SkuImportReport.Duplicate> result = new ArrayList<>();
      linesByCode.forEach((code, lines) -> result.add(ImmutableSkuImportReport.Duplicate.builder()
          .sku(strict.unpack(code))
          .count(duplicated.get(2 * Arrays.binarySearch(dupCodes, code) + 1))
          .addAllLines(lines)
          .build()));
      return result;
    }

    /** Groups distinct codes equal but for the platform: the packed value minus the platform's place value. */
    private void twins(long[] packed, ImmutableSkuImportReport.Builder report) {
      SkuLayout layout = strict.schema().layout();
      int p = layout.indexOf(SegmentRole.PLATFORM);
      if (p < 0) {
        report.twinGroups(0);
        return;
      }
      long weight = layout.weights()[p];
      long[] items = new long[packed.length];
      for (int i = 0; i < packed.length; i++) {
        items[i] = packed[i] - layout.valueOf(packed[i], p) * weight;
      }
      Arrays.sort(items);
      long groups = 0;
      LongList shown = new LongList();
      for (int i = 0; i < items.length; ) {
        int j = i + 1;
        while (j < items.length && items[j] == items[i]) {
          j++;
        }
        if (j - i > 1) {
          groups++;
          if (shown.size() < limit) {
            shown.add(items[i]);
          }
        }
        i = j;
      }
      long[] chosen = new long[shown.size()];
      for (int i = 0; i < chosen.length; i++) {
        chosen[i] = shown.get(i);
      }
      List<List<Sku>> members = new ArrayList<>();
      for (int i = 0; i < chosen.length; i++) {
        members.add(new ArrayList<>());
      }
      for (long code : packed) {
        int at = Arrays.binarySearch(chosen, code - layout.valueOf(code, p) * weight);
        if (at >= 0) {
          members.get(at).add(strict.unpack(code));
        }
      }
      report.twinGroups(groups);
      for (List<Sku> group : members) {
        group.sort((a, b) -> Integer.compare(a.value(p), b.value(p)));
        report.addTwins(ImmutableSkuImportReport.Twins.builder().addAllSkus(group).build());
      }
    }

    private static boolean isBlank(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\u3000') {
          return false;
        }
      }
      return true;
    }

    private static String cut(CharSequence text) {
      return text.length() <= MAX_TEXT ? text.toString() : text.subSequence(0, MAX_TEXT) + "…";
    }
  }
}
