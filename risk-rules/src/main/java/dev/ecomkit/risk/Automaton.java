package dev.ecomkit.risk;

import java.util.Arrays;

/**
 * An Aho-Corasick automaton (A. V. Aho, M. J. Corasick, "Efficient string matching: an aid to bibliographic search",
 * CACM 18(6), 1975) whose goto function lives in a double array (J. Aoe, "An efficient digital search algorithm by
 * using a double-array structure", IEEE TSE 15(9), 1989): the child of state {@code s} on symbol {@code c} is
 * {@code t = base[s] + c} when {@code check[t] == s}. Symbols are dense, 1 to {@code alphabet}; 0 means "in no
 * pattern". Root transitions are also kept in a dense array, {@link #rootNext}, since the scan spends most of its
 * time at the root.
 *
 * <p>Built from patterns given as symbol arrays: the patterns are sorted, the trie is laid out breadth first (the
 * children of a node are the runs of its sorted range that share the next symbol), each node's base placed first-fit
 * from a moving start. Failure links and output links (the next state on the failure chain that ends a pattern) are
 * then set breadth first. Several patterns may be equal; they share a state and are chained by {@link #nextSame}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class Automaton {

  static final int ROOT = 0;
  private static final int FREE = -1;

  final int[] base;
  final int[] check;
  final int[] fail;
  /** The first pattern ending at a state, or −1. */
  final int[] output;
  /** The nearest state on the failure chain (excluding the state) with an output, or −1. */
  final int[] outLink;
  /** The child of the root by symbol, 0 for none (the root is never a child). */
  final int[] rootNext;
  /** The depth of each state: the length in symbols of the pattern prefix it stands for. */
  final int[] depth;
  /** Pattern lengths in symbols, and the next pattern equal to each (−1 for the last). */
  final int[] length;
  final int[] nextSame;
  final int states;

  private Automaton(int[] base, int[] check, int[] fail, int[] output, int[] outLink, int[] rootNext, int[] depth,
      int[] length, int[] nextSame, int states) {
    this.depth = depth;
    this.base = base;
    this.check = check;
    this.fail = fail;
    this.output = output;
    this.outLink = outLink;
    this.rootNext = rootNext;
    this.length = length;
    this.nextSame = nextSame;
    this.states = states;
  }

  /** The child of {@code state} on {@code symbol}, or −1. */
  int next(int state, int symbol) {
    int t = base[state] + symbol;
    return check[t] == state ? t : -1;
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

  /** The breadth-first layout. */
  private static final class Builder {
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
    private int nextCheck = 1;

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
    }

    void layOut() {
      check[ROOT] = Integer.MIN_VALUE; // taken by the root itself
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

    /** The first base from the moving start at which every child slot is free. */
    private int place(int[] symbols, int children) {
      int first = symbols[0];
      int b = Math.max(1, nextCheck - first);
      int tried = 0;
      int taken = 0;
      while (true) {
        ensure(b + alphabet + 1);
        if (check[b + first] == FREE) {
          boolean fits = true;
          for (int k = 1; k < children; k++) {
            if (check[b + symbols[k]] != FREE) {
              fits = false;
              break;
            }
          }
          if (fits) {
            break;
          }
        } else {
          taken++;
        }
        b++;
        tried++;
      }
      // when the region before the first free slot is nearly full, start later next time
      if (tried > 0 && taken >= tried * 0.95) {
        nextCheck = b + first;
      }
      while (check[nextCheck] != FREE && nextCheck < check.length - 1) {
        nextCheck++;
      }
      return b;
    }

    private void ensure(int size) {
      if (size < check.length) {
        return;
      }
      int grown = Math.max(size + 1, check.length + (check.length >> 1));
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
    }

    Automaton finish(int[] length, int[] nextSame) {
      int size = Math.max(maxIndex, 1) + alphabet + 2; // every base + symbol stays inside
      int[] finalBase = Arrays.copyOf(base, size);
      int[] finalCheck = Arrays.copyOf(check, size);
      int[] finalOutput = Arrays.copyOf(output, size);
      if (size > check.length) { // check and output always have the same length
        Arrays.fill(finalCheck, check.length, size, FREE);
        Arrays.fill(finalOutput, check.length, size, -1);
      }
      int[] fail = new int[size];
      int[] outLink = new int[size];
      Arrays.fill(outLink, -1);
      int[] rootNext = new int[alphabet + 1];
      for (int head = 1; head < count; head++) { // breadth first: a state's failure is set before its children's
        int t = order[head];
        int p = parent[t];
        int c = symbol[t];
        if (p == ROOT) {
          fail[t] = ROOT;
          rootNext[c] = t;
        } else {
          int f = fail[p];
          int g;
          while ((g = step(finalBase, finalCheck, f, c)) < 0 && f != ROOT) {
            f = fail[f];
          }
          fail[t] = g < 0 ? ROOT : g;
        }
        int f = fail[t];
        outLink[t] = finalOutput[f] >= 0 ? f : outLink[f];
      }
      int[] finalDepth = Arrays.copyOf(depth, size);
      return new Automaton(finalBase, finalCheck, fail, finalOutput, outLink, rootNext, finalDepth, length, nextSame,
          count);
    }

    private static int step(int[] base, int[] check, int state, int c) {
      int t = base[state] + c;
      return check[t] == state ? t : -1;
    }
  }

  /** Bytes held by the arrays. */
  long bytes() {
    return 4L * (base.length + check.length + fail.length + output.length + outLink.length + rootNext.length
        + depth.length + length.length + nextSame.length);
  }
}
