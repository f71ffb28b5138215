package dev.ecomkit.sku;

import java.util.Arrays;

/**
 * Finds cross-platform twins (多平台同款) in a sorted array of distinct packed codes: codes equal in every segment
 * but the {@link SegmentRole#PLATFORM platform}, without copying or sorting the array again.
 *
 * <p>A packed code is {@code prefix · W' + platform · W + suffix} (prefix: the segments before the platform,
 * suffix: those after, {@code W} the platform's place value). Codes with one prefix are contiguous, and within
 * them each platform's codes form a run sorted by suffix; a k-way merge of those runs (a binary heap keyed by
 * suffix) meets each item once, with all its platforms at the same time, in item order.
 *
 * <p>Not thread-safe: one finder per import.
 */
final class TwinFinder {

  private final SkuLayout layout;
  private final int limit;
  private final int platform;

  TwinFinder(SkuLayout layout, int limit) {
    this.layout = layout;
    this.limit = limit;
    this.platform = layout.indexOf(SegmentRole.PLATFORM);
  }

  void find(long[] packed, ImmutableSkuImportReport.Builder report) {
    if (platform < 0) {
      report.twinGroups(0);
      return;
    }
    long weight = layout.weights()[platform];
    long prefixWeight = platform == 0 ? 0 : layout.weights()[platform - 1];
    int runs = Math.min(layout.radix(platform), packed.length); // a block holds at most one run per code
    int[] runStart = new int[runs + 1];
    int[] cursor = new int[runs];
    int[] runEnd = new int[runs];
    int[] heap = new int[runs];
    long[] heapKey = new long[runs];
    int[] members = new int[runs];
    long groups = 0;
    for (int block = 0; block < packed.length; ) {
      long prefix = prefixWeight == 0 ? 0 : packed[block] / prefixWeight;
      int blockEnd = block + 1;
      runs = 1;
      runStart[0] = block;
      while (blockEnd < packed.length && (prefixWeight == 0 ? 0 : packed[blockEnd] / prefixWeight) == prefix) {
        if (packed[blockEnd] / weight != packed[blockEnd - 1] / weight) {
          runStart[runs++] = blockEnd;
        }
        blockEnd++;
      }
      runStart[runs] = blockEnd;
      if (runs > 1) {
        int size = 0;
        for (int r = 0; r < runs; r++) {
          cursor[r] = runStart[r];
          runEnd[r] = runStart[r + 1];
          size = push(heap, heapKey, size, r, packed[cursor[r]] % weight);
        }
        while (size > 0) {
          long suffix = heapKey[0];
          int count = 0;
          while (size > 0 && heapKey[0] == suffix) {
            int r = heap[0];
            members[count++] = cursor[r];
            size = pop(heap, heapKey, size);
            if (++cursor[r] < runEnd[r]) {
              size = push(heap, heapKey, size, r, packed[cursor[r]] % weight);
            }
          }
          if (count > 1) {
            groups++;
            if (groups <= limit) {
              Arrays.sort(members, 0, count); // platform-table order: runs are in platform order
              ImmutableSkuImportReport.Twins.Builder twins = ImmutableSkuImportReport.Twins.builder();
              for (int m = 0; m < count; m++) {
                twins.addSkus(new Sku(layout, packed[members[m]], null));
              }
              report.addTwins(twins.build());
            }
          }
        }
      }
      block = blockEnd;
    }
    report.twinGroups(groups);
  }

  private static int push(int[] heap, long[] key, int size, int run, long suffix) {
    int i = size;
    while (i > 0 && key[(i - 1) / 2] > suffix) {
      heap[i] = heap[(i - 1) / 2];
      key[i] = key[(i - 1) / 2];
      i = (i - 1) / 2;
    }
    heap[i] = run;
    key[i] = suffix;
    return size + 1;
  }

  private static int pop(int[] heap, long[] key, int size) {
    size--;
    int run = heap[size];
    long last = key[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && key[child + 1] < key[child]) {
        child++;
      }
      if (key[child] >= last) {
        break;
      }
      heap[i] = heap[child];
      key[i] = key[child];
      i = child;
    }
    heap[i] = run;
    key[i] = last;
    return size;
  }
}
