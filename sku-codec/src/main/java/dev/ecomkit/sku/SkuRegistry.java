package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
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
 * <p><b>Streaming.</b> Lines are read one at a time and not kept, and no object is made per line: a canonical line
 * is scanned once, a keyed variant is normalized into a reused buffer and scanned again, and an invalid line is
 * counted by its reason; only the lines the report lists (up to the {@linkplain Loader#detailLimit(int) detail
 * limit}) get a message or a {@code String}. The import holds 8 bytes per valid line (its packed code) and 4 per
 * other line; sorting them at the end needs as much again, so its peak is about 16 bytes per line of primitive
 * arrays (20 for schemas wider than about 40 bits). {@code BENCHMARKS.md} gives the smallest heap a ten-million-line
 * import was measured to complete in. The report's detail lists stop at the detail limit; its counts cover every
 * line.
 *
 * <p>The schema must be {@linkplain SkuCodec#isPackable() packable}. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SkuRegistry {

  private final SkuCodec codec;
  private final long[] packed;

  SkuRegistry(SkuCodec codec, long[] packed) {
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
      SkuImport in = new SkuImport(codec, detailLimit, firstLineNumber);
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
      SkuImport in = new SkuImport(codec, detailLimit, firstLineNumber);
      LineReader reader = new LineReader(lines);
      try {
        for (CharSequence line; (line = reader.next()) != null; ) {
          in.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the lines to import", e);
      }
      return in.finish();
    }
  }
}
