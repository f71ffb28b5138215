package dev.ecomkit.risk;

import java.util.Arrays;

/**
 * An Aho-Corasick automaton (A. V. Aho, M. J. Corasick, "Efficient string matching: an aid to bibliographic search",
 * CACM 18(6), 1975) whose goto function lives in a double array (J. Aoe, "An efficient digital search algorithm by
 * using a double-array structure", IEEE TSE 15(9), 1989): the child of state {@code s} on symbol {@code c} is
 * {@code t = base[s] + c} when {@code check[t] == s}. Symbols are dense, 1 to {@code alphabet}; 0 means "in no
 * pattern". Base and check share one {@code long} a slot ({@link #node}), with a bit that says whether a pattern ends
 * at the state or on its failure chain and one that says whether its failure link skips the root, so that one step
 * of a scan is one memory load; the root's transitions are also kept dense by symbol ({@link #rootEntry}).
 *
 * <p>Built from patterns given as symbol arrays: the patterns are sorted, the trie is laid out breadth first (the
 * children of a node are the runs of its sorted range that share the next symbol), each node's base placed first-fit
 * over the free slots, found through a bit set. Failure links and output links (the next state on the failure
 * chain that ends a pattern) are
 * then set breadth first. Several patterns may be equal; they share a state and are chained by {@link #nextSame}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class Automaton {

  static final int ROOT = 0;
  private static final int FREE = -1;
  /** The flag of a state's low word that says "a pattern ends here or on the failure chain": the sign bit. */
  static final int OUTPUT = 0x8000_0000;
  /** The flag of a state's low word that says "the failure link does not go to the root". */
  static final int DEEP = 0x4000_0000;
  static final int BASE_MASK = 0x3FFF_FFFF;
  /** Slots the double array may have: a base must fit {@link #BASE_MASK}. */
  static final int MAX_SLOTS = 1 << 30;

  /**
   * Per slot, {@code check << 32 | flags | base}: one load gives both the check of a transition and the low word
   * (base and flags) of the state it reaches. Free slots have check −1.
   */
  final long[] node;
  /**
   * The root's transitions, dense by symbol: {@code child << 32 | low word of the child}, or the root's own low
   * word (child 0) for a symbol that starts no pattern.
   */
  final long[] rootEntry;
  /** Per state, {@code fail << 32 | low word of the failure state}: a step along the failure chain is one load. */
  final long[] failWord;
  /** The first pattern ending at a state, or −1. */
  final int[] output;
  /** The nearest state on the failure chain (excluding the state) with an output, or −1. */
  final int[] outLink;
  /** The depth of each state: the length in symbols of the pattern prefix it stands for. */
  final int[] depth;
  /** Pattern lengths in symbols, and the next pattern equal to each (−1 for the last). */
  final int[] length;
  final int[] nextSame;
  final int states;

  private Automaton(long[] node, long[] rootEntry, long[] failWord, int[] output, int[] outLink, int[] depth,
      int[] length, int[] nextSame,
      int states) {
    this.node = node;
    this.rootEntry = rootEntry;
    this.failWord = failWord;
    this.output = output;
    this.outLink = outLink;
    this.depth = depth;
    this.length = length;
    this.nextSame = nextSame;
    this.states = states;
  }

  /** The base of a node word or low word. */
  static int base(long word) {
    return (int) word & BASE_MASK;
  }

  /** The check of a node word; the state of a root entry. */
  static int check(long word) {
    return (int) (word >>> 32);
  }

  /**
   * Builds the automaton.
   *
   * @param patterns symbol arrays, each non-empty, symbols from 1 to {@code alphabet}
   * @param alphabet the largest symbol
   */
  static Automaton build(int[][] patterns, int alphabet) {
    int n = patterns.length;
    int[] length = new int[n];
    int[] nextSame = new int[n];
    Arrays.fill(nextSame, -1);
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
      length[i] = patterns[i].length;
    }
    Arrays.sort(boxed, (a, b) -> Arrays.compare(patterns[a], patterns[b]));
    // distinct patterns in order; equal ones chained behind the first
    int[] sorted = new int[n];
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      int p = boxed[k];
      if (distinct > 0 && Arrays.equals(patterns[sorted[distinct - 1]], patterns[p])) {
        int last = sorted[distinct - 1];
        while (nextSame[last] >= 0) {
          last = nextSame[last];
        }
        nextSame[last] = p;
      } else {
        sorted[distinct++] = p;
      }
    }
    Builder b = new Builder(patterns, sorted, distinct, alphabet);
    b.layOut();
    return b.finish(length, nextSame);
  }

  /**
   * The step on {@code symbol} from a state that has no transition on it and whose failure link skips the root (flag
   * {@link #DEEP}): along the failure chain to the first state with the transition, or to the root's.
   *
   * @return the next state and its low word, {@code state << 32 | low}
   */
  long stepAlongFailures(int state, int symbol) {
    while (true) {
      long f = failWord[state]; // the failure state and its low word
      state = check(f);
      int low = (int) f;
      long w = node[(low & BASE_MASK) + symbol];
      if (check(w) == state) {
        return (long) ((low & BASE_MASK) + symbol) << 32 | (w & 0xFFFF_FFFFL);
      }
      if ((low & DEEP) == 0) {
        return rootEntry[symbol];
      }
    }
  }

  /** The breadth-first layout. */
  private static final class Builder {
    /** Slots a block, and failed placements that close a block to nodes with several children. */
    private static final int BLOCK = 256;
    private static final int BLOCK_FAILS = 64;
    /** A node with more children than this is wide: placed from {@link #wideFrom} on. */
    private static final int WIDE = 16;
    private final int[][] patterns;
    private final int[] sorted;
    private final int distinct;
    private final int alphabet;
    private int[] base;
    private int[] check;
    private int[] output;
    private int[] parent;
    private int[] symbol;
    /** Breadth-first order of the states, and per state its range of sorted patterns and depth. */
    private int[] order;
    private int[] lo;
    private int[] hi;
    private int[] depth;
    private int count;
    private int maxIndex;
    /**
     * One bit a slot, set while the slot is free; the same for slots in blocks still open to nodes with several
     * children. With each, its lowest set slot and its lowest set slot above the alphabet.
     */
    private long[] free = new long[0];
    private long[] open = new long[0];
    private int lowestFree;
    private int highFree;
    private int lowestOpen;
    private int highOpen;
    /** The first child slot of the last wide node placed. */
    private int wideFrom;
    /** Failed placements of nodes with several children, by block of {@value #BLOCK} slots. */
    private int[] blockFails = new int[16];

    Builder(int[][] patterns, int[] sorted, int distinct, int alphabet) {
      this.patterns = patterns;
      this.sorted = sorted;
      this.distinct = distinct;
      this.alphabet = alphabet;
      int guess = Math.max(1024, distinct * 4 + alphabet + 2);
      base = new int[guess];
      check = new int[guess];
      Arrays.fill(check, FREE);
      output = new int[guess];
      Arrays.fill(output, -1);
      parent = new int[guess];
      symbol = new int[guess];
      order = new int[16];
      lo = new int[guess];
      hi = new int[guess];
      depth = new int[guess];
      markFree(0, guess);
      highFree = alphabet + 1;
      highOpen = alphabet + 1;
    }

    void layOut() {
      check[ROOT] = Integer.MIN_VALUE; // taken by the root itself
      take(ROOT);
      lo[ROOT] = 0;
      hi[ROOT] = distinct;
      depth[ROOT] = 0;
      order[count++] = ROOT;
      int[] childSymbols = new int[Math.min(alphabet, 1 << 16) + 1];
      int[] childLo = new int[childSymbols.length];
      int[] childHi = new int[childSymbols.length];
      for (int head = 0; head < count; head++) {
        int s = order[head];
        int d = depth[s];
        int from = lo[s];
        int to = hi[s];
        // patterns that end here sort first in the range
        while (from < to && patterns[sorted[from]].length == d) {
          output[s] = sorted[from];
          from++;
        }
        int children = 0;
        for (int k = from; k < to; ) {
          int c = patterns[sorted[k]][d];
          int end = k + 1;
          while (end < to && patterns[sorted[end]][d] == c) {
            end++;
          }
          childSymbols[children] = c;
          childLo[children] = k;
          childHi[children] = end;
          children++;
          k = end;
        }
        if (children == 0) {
          continue;
        }
        int b = place(childSymbols, children);
        base[s] = b;
        for (int k = 0; k < children; k++) {
          int t = b + childSymbols[k];
          check[t] = s;
          take(t);
          parent[t] = s;
          symbol[t] = childSymbols[k];
          lo[t] = childLo[k];
          hi[t] = childHi[k];
          depth[t] = d + 1;
          if (count == order.length) {
            order = Arrays.copyOf(order, count * 2);
          }
          order[count++] = t;
          maxIndex = Math.max(maxIndex, t);
        }
      }
    }

    /**
     * The first base at which every child slot is free, trying the free slots from the lowest one above the first
     * child's symbol.
     *
     * <p>Free slots are found through bit sets (one bit a slot), so runs of taken slots are skipped 64 at a time,
     * and the lowest free slot above the alphabet is kept, so that a free slot stuck below a large symbol does not
     * make every search cross the crowded middle of the array. A node with one child takes any free slot. For nodes
     * with several children, as in darts-clone (S. Yata), a block of {@value #BLOCK} slots where {@value
     * #BLOCK_FAILS} of their placements failed is closed to their search (not to single children, which fill its
     * holes), so that they do not try every hole of a crowded region again and again. A wide node (more than
     * {@value #WIDE} children, which fits only where the array is nearly empty) searches from where the last wide
     * node went. With these, 500,000 keywords build in about 1.5 s instead of 28 s, for about 40 % more slots.
     */
    private int place(int[] symbols, int children) {
      int first = symbols[0];
      if (children == 1) {
        return search(free, first, lowestFree, highFree) - first;
      }
      boolean wide = children > WIDE;
      int f = wide ? nextSet(free, Math.max(first + 1, wideFrom)) : search(open, first, lowestOpen, highOpen);
      while (true) {
        int b = f - first;
        ensure(b + alphabet + 1);
        boolean fits = true;
        for (int k = 1; k < children; k++) {
          if (check[b + symbols[k]] != FREE) {
            fits = false;
            break;
          }
        }
        if (fits) {
          if (wide) {
            wideFrom = f;
          }
          return b;
        }
        if (wide) {
          f = nextSet(free, f + 1);
          continue;
        }
        int block = f / BLOCK;
        if (block >= blockFails.length) {
          blockFails = Arrays.copyOf(blockFails, Math.max(block + 1, blockFails.length * 2));
        }
        if (++blockFails[block] == BLOCK_FAILS) {
          Arrays.fill(open, block * (BLOCK / 64), Math.min(open.length, (block + 1) * (BLOCK / 64)), 0L);
          lowestOpen = nextSet(open, lowestOpen);
          highOpen = nextSet(open, highOpen);
        }
        f = nextSet(open, f + 1);
      }
    }

    /**
     * The lowest slot above {@code first} set in {@code bits}, given its lowest set slot and its lowest above the
     * alphabet.
     */
    private int search(long[] bits, int first, int lowest, int high) {
      int from = Math.max(first + 1, lowest);
      int f = from <= alphabet ? nextSet(bits, from, alphabet + 1) : -1;
      return f >= 0 ? f : nextSet(bits, Math.max(from, high));
    }

    /** The lowest slot in {@code [from, to)} set in {@code bits}, or −1; {@code to} inside the arrays. */
    private static int nextSet(long[] bits, int from, int to) {
      for (int w = from >>> 6, last = (to - 1) >>> 6; w <= last; w++) {
        long word = bits[w];
        if (w == from >>> 6) {
          word &= -1L << (from & 63);
        }
        if (word != 0) {
          int slot = (w << 6) + Long.numberOfTrailingZeros(word);
          return slot < to ? slot : -1;
        }
      }
      return -1;
    }

    /** The lowest slot at or after {@code from} set in {@code bits}, growing the arrays when there is none. */
    private int nextSet(long[] bits, int from) {
      int w = from >>> 6;
      int words = Math.min(bits.length, (check.length + 63) >>> 6);
      if (w < words) {
        long word = bits[w] & (-1L << (from & 63));
        while (true) {
          if (word != 0) {
            return (w << 6) + Long.numberOfTrailingZeros(word);
          }
          if (++w == words) {
            break;
          }
          word = bits[w];
        }
      }
      int slot = Math.max(from, check.length);
      ensure(slot + 1);
      return slot;
    }

    private void take(int slot) {
      long clear = ~(1L << (slot & 63));
      free[slot >>> 6] &= clear;
      open[slot >>> 6] &= clear;
      if (slot == lowestFree) {
        lowestFree = nextSet(free, slot + 1);
      }
      if (slot == highFree) {
        highFree = nextSet(free, slot + 1);
      }
      if (slot == lowestOpen) {
        lowestOpen = nextSet(open, slot + 1);
      }
      if (slot == highOpen) {
        highOpen = nextSet(open, slot + 1);
      }
    }

    private void ensure(int size) {
      if (size < check.length) {
        return;
      }
      if (size >= MAX_SLOTS) {
        throw new RiskException("keyword", "too many keywords: the automaton would need more than " + MAX_SLOTS
            + " slots");
      }
      int grown = (int) Math.min(MAX_SLOTS, Math.max(size + 1L, check.length + (check.length >> 1)));
      base = Arrays.copyOf(base, grown);
      int old = check.length;
      check = Arrays.copyOf(check, grown);
      Arrays.fill(check, old, grown, FREE);
      output = Arrays.copyOf(output, grown);
      Arrays.fill(output, old, grown, -1);
      parent = Arrays.copyOf(parent, grown);
      symbol = Arrays.copyOf(symbol, grown);
      lo = Arrays.copyOf(lo, grown);
      hi = Arrays.copyOf(hi, grown);
      depth = Arrays.copyOf(depth, grown);
      markFree(old, grown);
    }

    /** Marks slots {@code [from, to)} free and open; the bit sets grow to cover them. */
    private void markFree(int from, int to) {
      int words = (to + 63) >>> 6;
      if (words > free.length) {
        int grown = Math.max(words, free.length + (free.length >> 1));
        free = Arrays.copyOf(free, grown);
        open = Arrays.copyOf(open, grown);
      }
      for (int slot = from; slot < to; slot++) {
        free[slot >>> 6] |= 1L << (slot & 63);
        open[slot >>> 6] |= 1L << (slot & 63);
      }
    }

    Automaton finish(int[] length, int[] nextSame) {
      int size = Math.max(maxIndex, 1) + alphabet + 2; // every base + symbol stays inside
      ensure(size);
      int[] fail = new int[size];
      int[] outLink = new int[size];
      Arrays.fill(outLink, -1);
      for (int head = 1; head < count; head++) { // breadth first: a state's failure is set before its children's
        int t = order[head];
        int p = parent[t];
        int c = symbol[t];
        if (p == ROOT) {
          fail[t] = ROOT;
        } else {
          int f = fail[p];
          int g;
          while ((g = step(f, c)) < 0 && f != ROOT) {
            f = fail[f];
          }
          fail[t] = g < 0 ? ROOT : g;
        }
        int f = fail[t];
        outLink[t] = output[f] >= 0 ? f : outLink[f];
      }
      long[] node = new long[size];
      for (int t = 0; t < size; t++) {
        int flags = (output[t] >= 0 || outLink[t] >= 0 ? OUTPUT : 0) | (fail[t] != ROOT ? DEEP : 0);
        node[t] = (long) check[t] << 32 | ((flags | base[t]) & 0xFFFF_FFFFL);
      }
      long[] rootEntry = new long[alphabet + 1];
      for (int c = 0; c <= alphabet; c++) {
        int t = c == 0 ? -1 : step(ROOT, c);
        rootEntry[c] = t > 0 ? (long) t << 32 | (node[t] & 0xFFFF_FFFFL) : node[ROOT] & 0xFFFF_FFFFL;
      }
      long[] failWord = new long[size];
      for (int t = 0; t < size; t++) {
        failWord[t] = (long) fail[t] << 32 | (node[fail[t]] & 0xFFFF_FFFFL);
      }
      return new Automaton(node, rootEntry, failWord, Arrays.copyOf(output, size), outLink, Arrays.copyOf(depth, size),
          length,
          nextSame, count);
    }

    private int step(int state, int c) {
      int t = base[state] + c;
      return check[t] == state ? t : -1;
    }
  }

  /** Bytes held by the arrays. */
  long bytes() {
    return 8L * (node.length + rootEntry.length + failWord.length)
        + 4L * (output.length + outLink.length + depth.length + length.length + nextSame.length);
  }
}
