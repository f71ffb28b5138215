package dev.ecomkit.sku;

import dev.ecomkit.sku.SkuFormatException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One bulk import's state ({@link SkuRegistry.Loader}): lines go in one at a time, {@link #finish()} makes the
 * report.
 *
 * <p><b>Per line</b> nothing is allocated but storage: a canonical line is scanned once; a keyed variant is
 * normalized into a reused buffer and scanned again; an invalid line is counted by its reason, and only the lines
 * the report keeps get a message (by parsing them again with the throwing parser, so messages are exactly
 * {@link SkuCodec#parse}'s). The import holds the packed code of each valid line (8 bytes, in chunks, so it never
 * copies a growing array) and the index of each other line (4 bytes).
 *
 * <p><b>At the end</b>, when a code and a line index fit in 63 bits together (the standard schema leaves 40 bits
 * for the line), each valid line becomes {@code code << lineBits | line}; a stable radix sort by the code bits
 * ({@link LongRadixSort}) orders them by code and then line, so duplicates and their first lines are runs, and
 * the distinct codes are the runs' heads. Peak: 16 bytes per valid line. Wider schemas sort a copy of the codes
 * in place ({@link LongRadixSort#sortInPlace}, no buffer whatever the input's order) and find each line's code by
 * binary search (two passes): peak 16 bytes per valid line plus 4 per distinct code. Cross-platform twins come
 * from the sorted registry itself, with work arrays no longer than the registry.
 *
 * <p>Not thread-safe: one import per thread.
 */
final class SkuImport {

  private static final Reason[] REASONS = Reason.values();
  private static final int MAX_TEXT = 64;
  private static final int CHUNK_BITS = 15; // 256 KiB chunks: never a G1 humongous object
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final SkuCodec codec;
  private final SkuLayout layout;
  private final boolean lenient;
  private final int limit;
  private final long first;
  private final char[] normalized;
  private final CharSlice normalizedView;

  private long[][] chunks = new long[16][];
  private int[] skipped = new int[256];
  private int skippedCount;
  private final long[] errorCounts = new long[REASONS.length];
  private final List<SkuImportReport.LineError> errors = new ArrayList<>();
  private final List<SkuImportReport.LenientFix> fixes = new ArrayList<>();
  private int lines;
  private int valid;
  private long blank;
  private long fixed;

  SkuImport(SkuCodec codec, int limit, long first) {
    this.codec = codec;
    this.layout = codec.layout();
    this.lenient = codec.isLenient();
    this.limit = limit;
    this.first = first;
    this.normalized = new char[codec.lenientLimit()];
    this.normalizedView = new CharSlice(normalized);
  }

  void add(CharSequence text) {
    if (lines == Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("an import holds at most " + (Integer.MAX_VALUE - 8)
          + " lines; split the input");
    }
    int index = lines++;
    if (index == 0 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text = text.subSequence(1, text.length()); // a byte-order mark, as spreadsheet exports write
    }
    if (LenientInput.trimStart(text, 0, text.length()) == text.length()) {
      blank++;
      skip(index);
      return;
    }
    long code = SkuParser.scanPacked(layout, text, !lenient);
    if (code < 0 && lenient) {
      CharSlice read = codec.normalizeInto(text, normalized, normalizedView);
      code = read == null ? SkuParser.invalid(Reason.TRAILING_INPUT) : SkuParser.scanPacked(layout, read, true);
      if (code >= 0) {
        fixed++;
        if (fixes.size() < limit) {
          fixes.add(ImmutableSkuImportReport.LenientFix.builder().line(first + index).text(cut(text))
              .sku(new Sku(layout, code, null)).build());
        }
      }
    }
    if (code >= 0) {
      append(code);
      return;
    }
    errorCounts[SkuParser.reason(code).ordinal()]++;
    skip(index);
    if (errors.size() < limit) {
      errors.add(error(text, index));
    }
  }

  /** A reported error, with the message {@link SkuCodec#parse} gives. */
  private SkuImportReport.LineError error(CharSequence text, int index) {
    try {
      codec.parse(text);
    } catch (SkuFormatException e) {
      return ImmutableSkuImportReport.LineError.builder().line(first + index).text(cut(text)).reason(e.reason())
          .message(e.getMessage()).build();
    }
    throw new IllegalStateException("the import found " + Texts.quoteUntil(text, 0, '\0')
        + " invalid but the codec parses it"); // never: both use the same scanner
  }

  private void append(long code) {
    int chunk = valid >>> CHUNK_BITS;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new long[CHUNK];
    }
    chunks[chunk][valid & (CHUNK - 1)] = code;
    valid++;
  }

  private long code(int i) {
    return chunks[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }

  private void skip(int index) {
    if (skippedCount == skipped.length) {
      skipped = Arrays.copyOf(skipped, (int) Math.min(skipped.length * 3L / 2, Integer.MAX_VALUE - 8));
    }
    skipped[skippedCount++] = index;
  }

  SkuImportReport finish() {
    Map<Reason, Long> errorsByReason = new EnumMap<>(Reason.class);
    for (Reason reason : REASONS) {
      if (errorCounts[reason.ordinal()] > 0) {
        errorsByReason.put(reason, errorCounts[reason.ordinal()]);
      }
    }
    skipped = Arrays.copyOf(skipped, skippedCount);
    ImmutableSkuImportReport.Builder report = ImmutableSkuImportReport.builder()
        .lines(lines)
        .blankLines(blank)
        .validLines(valid)
        .putAllErrorsByReason(errorsByReason)
        .addAllErrors(errors)
        .lenientFixes(fixed)
        .addAllFixes(fixes);
    int lineBits = bits(Math.max(lines - 1, 0));
    int codeBits = bits(layout.maxPacked());
    long[] packed = codeBits + lineBits <= 63
        ? new ByLine(lineBits, codeBits).distinct(report) : new ByBinarySearch().distinct(report);
    new TwinFinder(layout, limit).find(packed, report);
    return report.registry(new SkuRegistry(codec.strict(), packed)).duplicateLines(valid - packed.length).build();
  }

  private static int bits(long value) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(value));
  }

  /**
   * Calls {@code action} with each valid line's index among the valid lines, line index and code, in line order;
   * with {@code release}, drops each chunk once read.
   */
  private void forEachValid(boolean release, LineAction action) {
    int s = 0;
    int line = 0;
    for (int i = 0; i < valid; i++) {
      while (s < skippedCount && skipped[s] == line) {
        s++;
        line++;
      }
      action.accept(i, line++, code(i));
      if (release && (i & (CHUNK - 1)) == CHUNK - 1) {
        chunks[i >>> CHUNK_BITS] = null;
      }
    }
    if (release) {
      chunks = null;
    }
  }

  private interface LineAction {
    void accept(int index, int line, long code);
  }

  /** Duplicates from keys {@code code << lineBits | line} sorted by code, then line. */
  private final class ByLine {
    private final int lineBits;
    private final int codeBits;
    private final long lineMask;

    ByLine(int lineBits, int codeBits) {
      this.lineBits = lineBits;
      this.codeBits = codeBits;
      this.lineMask = (1L << lineBits) - 1;
    }

    /** The keys, sorted; the chunks are released as they are read, and the sort's other array on return. */
    private long[] sortedKeys() {
      long[] keys = new long[valid];
      forEachValid(true, (index, line, code) -> keys[index] = code << lineBits | line);
      return LongRadixSort.sort(keys, new long[valid], lineBits, codeBits);
    }

    long[] distinct(ImmutableSkuImportReport.Builder report) {
      long[] sorted = sortedKeys();
      RunHeap heap = new RunHeap(limit);
      for (int i = 0; i < sorted.length; ) {
        int j = i + 1;
        long code = sorted[i] >>> lineBits;
        while (j < sorted.length && sorted[j] >>> lineBits == code) {
          j++;
        }
        if (j - i > 1) {
          heap.offer(sorted[i] & lineMask, i);
        }
        i = j;
      }
      for (int start : heap.inOrder()) {
        long code = sorted[start] >>> lineBits;
        int end = start + 1;
        while (end < sorted.length && sorted[end] >>> lineBits == code) {
          end++;
        }
        ImmutableSkuImportReport.Duplicate.Builder duplicate = ImmutableSkuImportReport.Duplicate.builder()
            .sku(new Sku(layout, code, null)).count(end - start);
        for (int k = start; k < Math.min(end, start + limit); k++) {
          duplicate.addLines(first + (sorted[k] & lineMask));
        }
        report.addDuplicates(duplicate.build());
      }
      int d = 0;
      for (int i = 0; i < sorted.length; i++) {
        long code = sorted[i] >>> lineBits;
        if (d == 0 || sorted[d - 1] != code) {
          sorted[d++] = code;
        }
      }
      return d == sorted.length ? sorted : Arrays.copyOf(sorted, d);
    }
  }

  /** Duplicates for schemas too wide to share a {@code long} with a line number. */
  private final class ByBinarySearch {

    long[] distinct(ImmutableSkuImportReport.Builder report) {
      long[] codes = new long[valid];
      for (int i = 0; i < valid; i++) {
        codes[i] = code(i);
      }
      LongRadixSort.sortInPlace(codes, bits(layout.maxPacked())); // no buffer while the chunks are held
      int d = 0;
      for (int i = 0; i < codes.length; i++) {
        if (d == 0 || codes[d - 1] != codes[i]) {
          codes[d++] = codes[i];
        }
      }
      int distinct = d;
      int[] counts = new int[distinct];
      forEachValid(false, (index, line, code) -> counts[Arrays.binarySearch(codes, 0, distinct, code)]++);
      List<long[]> chosen = new ArrayList<>(); // per duplicated code: code, count, then its first lines
      int[] sizes = new int[limit];
      forEachValid(true, (index, line, code) -> {
        int rank = Arrays.binarySearch(codes, 0, distinct, code);
        int count = counts[rank];
        if (count >= 2 && chosen.size() < limit) { // first line of a duplicated code: the next in line order
          counts[rank] = -1 - chosen.size();
          long[] lines = new long[2 + Math.min(count, limit)];
          lines[0] = code;
          lines[1] = count;
          lines[2] = first + line;
          sizes[chosen.size()] = 1;
          chosen.add(lines);
        } else if (count < 0) {
          long[] lines = chosen.get(-1 - count);
          if (sizes[-1 - count] < lines.length - 2) {
            lines[2 + sizes[-1 - count]++] = first + line;
          }
        }
      });
      for (long[] lines : chosen) {
        ImmutableSkuImportReport.Duplicate.Builder duplicate = ImmutableSkuImportReport.Duplicate.builder()
            .sku(new Sku(layout, lines[0], null)).count(lines[1]);
        for (int k = 2; k < lines.length; k++) {
          duplicate.addLines(lines[k]);
        }
        report.addDuplicates(duplicate.build());
      }
      return distinct == codes.length ? codes : Arrays.copyOf(codes, distinct);
    }
  }

  /** The first {@code limit} duplicated runs by first line: a max-heap of {@code firstLine << 32 | runStart}. */
  private static final class RunHeap {
    private final long[] heap;
    private int size;

    RunHeap(int limit) {
      this.heap = new long[limit];
    }

    void offer(long firstLine, int runStart) {
      long entry = firstLine << 32 | runStart;
      if (size < heap.length) {
        int i = size++;
        while (i > 0 && heap[(i - 1) / 2] < entry) {
          heap[i] = heap[(i - 1) / 2];
          i = (i - 1) / 2;
        }
        heap[i] = entry;
      } else if (size > 0 && entry < heap[0]) {
        int i = 0;
        while (true) {
          int child = 2 * i + 1;
          if (child >= size) {
            break;
          }
          if (child + 1 < size && heap[child + 1] > heap[child]) {
            child++;
          }
          if (heap[child] <= entry) {
            break;
          }
          heap[i] = heap[child];
          i = child;
        }
        heap[i] = entry;
      }
    }

    /** The run starts, by first line. */
    int[] inOrder() {
      long[] entries = Arrays.copyOf(heap, size);
      Arrays.sort(entries);
      int[] starts = new int[size];
      for (int i = 0; i < size; i++) {
        starts[i] = (int) entries[i];
      }
      return starts;
    }
  }

  private static String cut(CharSequence text) {
    return text.length() <= MAX_TEXT ? text.toString() : text.subSequence(0, MAX_TEXT) + "…";
  }
}
