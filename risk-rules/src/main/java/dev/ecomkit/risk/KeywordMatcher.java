package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of any of many keywords in a text (关键词匹配): Aho-Corasick over a double array, one pass
 * over the text whatever the number of keywords, tested to 100,000 keywords.
 *
 * <pre>{@code
 * KeywordMatcher m = KeywordMatcher.builder()
 *     .add("杂质").add("假冒产品", 7)          // an optional id a keyword
 *     .normalization(Normalization.all())    // full-width, case, 繁→简, compatibility forms, invisible, noise
 *     .allow("不是假冒产品")                    // an allowed phrase: a hit inside it does not count
 *     .build();
 * List<KeywordHit> hits = m.findAll("这批货有杂-质，还是假冒產品");   // 杂-质 [4, 7), 假冒產品 [10, 14)
 * m.containsAny(text);  m.forEachHit(text, (keyword, id, start, end) -> …);   // no object a hit
 * }</pre>
 *
 * <p><b>What is reported.</b> Every occurrence of every keyword, overlapping and nested ones included (so
 * {@code 假冒产品} and {@code 产品} both fire in {@code 假冒产品}), in the order of their end offsets, and for one end
 * longest first. Offsets are UTF-16 indexes into the text as given, also when normalisation mapped or skipped
 * characters: {@code text.substring(start, end)} is the matched stretch, noise included. Keywords that normalise
 * to the same characters (say {@code 杂质} and {@code 雜質}) are both reported, each with its own id.
 *
 * <p><b>Allowed phrases.</b> A keyword hit lying wholly inside an occurrence of an allowed phrase
 * ({@code start ≥ phrase start} and {@code end ≤ phrase end}) is dropped; hits that only overlap it, or other
 * occurrences of the keyword, still count. Allowed phrases are matched with the same normalisation. Hits are held
 * back only as long as an allowed phrase in progress could still cover them.
 *
 * <p><b>Word boundaries.</b> With {@link Builder#wordBoundaries(boolean) wordBoundaries(true)} a keyword that begins
 * (ends) with a Latin letter or digit counts only where the text character before (after) it is not a letter or
 * digit of a script written with spaces, so {@code ban} does not fire in {@code banana}; Chinese keywords are not
 * affected.
 *
 * <p>Never a regular expression: keywords are data. Any text works — empty, megabytes long, emoji (keywords match
 * by UTF-16 unit, so an emoji keyword matches that emoji), unpaired surrogates. Immutable and thread-safe; a
 * matcher with keywords added or removed is a new matcher ({@link #toBuilder()}), the old one stays usable.
 *
 * @since 0.1
 */
public final class KeywordMatcher {

  /** Code of a noise character, and of an ignorable (invisible) one, in {@link #code}. */
  static final char NOISE = 0xFFFF;
  static final char IGNORE = 0xFFFE;
  private static final int MAX_SYMBOLS = 0xFFFD;

  private final String[] keywords;
  private final int[] ids;
  /** Allowed phrases follow the keywords as patterns {@code keywords.length …}. */
  private final String[] allowed;
  private final Normalization normalization;
  private final boolean wordBoundaries;
  /** Text character → symbol (0: in no pattern), {@link #NOISE} or {@link #IGNORE}. */
  private final char[] code;
  private final Automaton automaton;
  /** Whether the text needs the noise-aware scan: some character is noise or ignorable. */
  private final boolean skipping;
  private final int maxGap;
  /** Per keyword: it must not follow (precede) a word character. */
  private final boolean[] boundaryBefore;
  private final boolean[] boundaryAfter;
  private final ImmutableList<String> warnings;

  private KeywordMatcher(Builder b) {
    int k = b.keywords.size();
    keywords = b.keywords.toArray(new String[0]);
    ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = b.ids.get(i);
    }
    allowed = b.allowed.toArray(new String[0]);
    normalization = b.normalization;
    wordBoundaries = b.wordBoundaries;
    maxGap = normalization.maxGap();
    int[] fold = CharFolding.table(normalization);
    int patterns = k + allowed.length;
    int[][] symbols = new int[patterns][];
    char[] symbolOf = new char[1 << 16];
    int alphabet = 0;
    ImmutableList.Builder<String> warn = ImmutableList.builder();
    for (int p = 0; p < patterns; p++) {
      String text = p < k ? keywords[p] : allowed[p - k];
      int[] s = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        int f = fold[text.charAt(i)];
        if (f < 0) {
          continue; // noise and invisible characters are not part of a pattern
        }
        if (symbolOf[f] == 0) {
          if (alphabet == MAX_SYMBOLS) {
            throw new RiskException("keyword", "the keywords use more than " + MAX_SYMBOLS + " distinct characters");
          }
          symbolOf[f] = (char) ++alphabet;
        }
        s[n++] = symbolOf[f];
      }
      if (n == 0) {
        throw new RiskException(p < k ? "keyword" : "allow", (p < k ? "keyword " + (p + 1) : "allowed phrase "
            + (p - k + 1)) + " \"" + text + "\" is empty" + (text.isEmpty() ? "" : " after normalisation ("
            + normalization + ")"));
      }
      symbols[p] = Arrays.copyOf(s, n);
      if (p < k && n == 1 && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN) {
        warn.add("keyword \"" + text + "\" is a single Chinese character: it also fires inside ordinary words "
            + "(死 in 死机, 笑死); prefer longer phrases or allow the common words");
      }
    }
    warnings = warn.build();
    code = new char[1 << 16];
    boolean skips = false;
    for (int c = 0; c < code.length; c++) {
      int f = fold[c];
      if (f == CharFolding.NOISE) {
        code[c] = NOISE;
        skips = true;
      } else if (f == CharFolding.IGNORABLE) {
        code[c] = IGNORE;
        skips = true;
      } else {
        code[c] = symbolOf[f];
      }
    }
    skipping = skips;
    automaton = Automaton.build(symbols, alphabet);
    boundaryBefore = new boolean[k];
    boundaryAfter = new boolean[k];
    if (wordBoundaries) {
      for (int i = 0; i < k; i++) {
        String w = keywords[i];
        boundaryBefore[i] = isWordChar(w.charAt(0));
        boundaryAfter[i] = isWordChar(w.charAt(w.length() - 1));
      }
    }
  }

  /**
   * A new builder.
   *
   * @return the builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this matcher's keywords, ids, allowed phrases and settings: add or remove and build a new
   * matcher; this one is not changed.
   *
   * @return the builder
   * @since 0.1
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < keywords.length; i++) {
      b.add(keywords[i], ids[i]);
    }
    for (String a : allowed) {
      b.allow(a);
    }
    return b.normalization(normalization).wordBoundaries(wordBoundaries);
  }

  /**
   * Every hit in the text, allowed phrases and word boundaries applied.
   *
   * @param text the text
   * @return the hits in order of their end offsets, an immutable list
   * @since 0.1
   */
  public List<KeywordHit> findAll(CharSequence text) {
    List<KeywordHit> hits = new ArrayList<>();
    forEachHit(text, (keyword, id, start, end) -> hits.add(new KeywordHit(keyword, id, start, end)));
    return ImmutableList.copyOf(hits);
  }

  /**
   * Whether the text holds any hit; stops at the first.
   *
   * @param text the text
   * @return true if {@link #findAll} would not be empty
   * @since 0.1
   */
  public boolean containsAny(CharSequence text) {
    checkNotNull(text, "text");
    return scan(text, null);
  }

  /**
   * Calls {@code consumer} with every hit, in the order of {@link #findAll}. Without allowed phrases nothing is
   * allocated; allowed phrases take a buffer where hits wait while an allowed phrase could still cover them. When
   * noise or invisible characters are skipped, a hit's start is found by walking back over its stretch of text, so a
   * hit costs time in proportion to its length in the text. The consumer must not change the text during the call.
   *
   * @param text the text
   * @param consumer receives each hit
   * @since 0.1
   */
  public void forEachHit(CharSequence text, HitConsumer consumer) {
    checkNotNull(text, "text");
    checkNotNull(consumer, "consumer");
    scan(text, consumer);
  }

  /**
   * The number of keywords (allowed phrases not counted).
   *
   * @return at least 0
   * @since 0.1
   */
  public int size() {
    return keywords.length;
  }

  /**
   * Warnings from building: single-character Chinese keywords, which fire inside ordinary words.
   *
   * @return the warnings, possibly empty
   * @since 0.1
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The normalisation the matcher applies.
   *
   * @return the normalisation
   * @since 0.1
   */
  public Normalization normalization() {
    return normalization;
  }

  /**
   * The memory the matcher's tables take, in bytes (keyword strings not counted).
   *
   * @return the bytes
   * @since 0.1
   */
  public long tableBytes() {
    return automaton.bytes() + 2L * code.length + 8L * keywords.length;
  }

  @Override
  public String toString() {
    return "KeywordMatcher{" + keywords.length + " keywords, " + allowed.length + " allowed phrases, "
        + normalization + (wordBoundaries ? ", word boundaries" : "") + ", " + automaton.states + " states}";
  }

  // ---- scanning ----

  /**
   * Scans the text, handing counted hits to {@code consumer}; with a null consumer returns at the first counted hit.
   *
   * @return whether any hit counted
   */
  private boolean scan(CharSequence text, HitConsumer consumer) {
    Pending pending = allowed.length > 0 ? new Pending() : null;
    boolean found = skipping ? scanSkipping(text, consumer, pending) : scanPlain(text, consumer, pending);
    if (pending != null) {
      found |= pending.releaseAll(consumer);
    }
    return found;
  }

  /**
   * The scan when no character is noise or ignorable: a match of {@code n} symbols spans {@code n} characters.
   *
   * <p>The state's low word ({@link Automaton#node}: base and flags) rides in a register, so a step is one load of
   * the node word at {@code base + symbol}, whose check says whether the transition exists and whose low word is
   * the next state's. When it does not exist and the failure link goes to the root (flag {@link Automaton#DEEP}
   * clear, as for most states) the next state is the root's transition, one load from a dense table that depends
   * on the character alone; only the rest walk the failure chain.
   */
  private boolean scanPlain(CharSequence text, HitConsumer consumer, Pending pending) {
    final Automaton a = automaton;
    final long[] node = a.node;
    final long[] rootEntry = a.rootEntry;
    final int[] depth = a.depth;
    final char[] code = this.code;
    final int rootLow = (int) node[Automaton.ROOT];
    final int n = text.length();
    boolean found = false;
    int state = Automaton.ROOT;
    int low = rootLow;
    for (int i = 0; i < n; i++) {
      int c = code[text.charAt(i)];
      if (state == Automaton.ROOT) {
        long entry = rootEntry[c];
        state = Automaton.check(entry);
        if (state == Automaton.ROOT) {
          continue; // nothing can be pending: the root released it all
        }
        low = (int) entry;
      } else {
        int t = (low & Automaton.BASE_MASK) + c;
        long w = node[t];
        if (Automaton.check(w) == state) {
          state = t;
          low = (int) w;
        } else if ((low & Automaton.DEEP) == 0 || c == 0) { // the failure link goes to the root
          long entry = rootEntry[c];
          state = Automaton.check(entry);
          low = (int) entry;
        } else {
          long next = a.stepAlongFailures(state, c);
          state = Automaton.check(next);
          low = (int) next;
        }
      }
      if (low < 0) { // the OUTPUT flag: a pattern ends here or on the failure chain
        if (emit(text, state, i + 1, false, consumer, pending)) {
          found = true;
          if (consumer == null) {
            return true;
          }
        }
      }
      if (pending != null && !pending.isEmpty()) {
        found |= pending.release(i + 1 - depth[state], consumer);
        if (found && consumer == null) {
          return true;
        }
      }
    }
    return found;
  }

  /** The scan that skips ignorable characters and up to {@code maxGap} noise characters inside a match. */
  private boolean scanSkipping(CharSequence text, HitConsumer consumer, Pending pending) {
    final Automaton a = automaton;
    final long[] node = a.node;
    final long[] rootEntry = a.rootEntry;
    final char[] code = this.code;
    final int rootLow = (int) node[Automaton.ROOT];
    final int n = text.length();
    boolean found = false;
    int state = Automaton.ROOT;
    int low = rootLow;
    int gap = 0;
    for (int i = 0; i < n; i++) {
      int c = code[text.charAt(i)];
      if (c == IGNORE) {
        continue;
      }
      if (c == NOISE) {
        if (state != Automaton.ROOT && ++gap > maxGap) {
          state = Automaton.ROOT;
          low = rootLow;
          gap = 0;
        }
        continue;
      }
      gap = 0;
      int t = (low & Automaton.BASE_MASK) + c;
      long w = node[t];
      if (Automaton.check(w) == state) {
        state = t;
        low = (int) w;
      } else if ((low & Automaton.DEEP) == 0 || c == 0) { // the root, or a failure link to the root
        long entry = rootEntry[c];
        state = Automaton.check(entry);
        low = (int) entry;
      } else {
        long next = a.stepAlongFailures(state, c);
        state = Automaton.check(next);
        low = (int) next;
      }
      if (low < 0) {
        if (emit(text, state, i + 1, true, consumer, pending)) {
          found = true;
          if (consumer == null) {
            return true;
          }
        }
      }
      if (pending != null && !pending.isEmpty()) {
        int open = state == Automaton.ROOT ? i + 1 : startOf(text, i + 1, a.depth[state]);
        found |= pending.release(open, consumer);
        if (found && consumer == null) {
          return true;
        }
      }
    }
    return found;
  }

  /**
   * Reports the patterns ending at {@code state}, at text offset {@code end}: allowed phrases drop pending hits they
   * cover; keywords pass the word-boundary test and go to the consumer (or wait in {@code pending}).
   *
   * @return whether a hit was counted (only when there is no pending buffer)
   */
  private boolean emit(CharSequence text, int state, int end, boolean skipped, HitConsumer consumer,
      Pending pending) {
    final Automaton a = automaton;
    boolean counted = false;
    int keywordsCount = keywords.length;
    int first = a.output[state] >= 0 ? state : a.outLink[state];
    for (int s = first; s >= 0; s = a.outLink[s]) {
      for (int p = a.output[s]; p >= 0; p = a.nextSame[p]) {
        if (p >= keywordsCount) {
          continue; // allowed phrases below, once this end's keyword hits wait in pending
        }
        int len = a.length[p];
        int start = skipped ? startOf(text, end, len) : end - len;
        if (wordBoundaries && !atBoundaries(text, p, start, end)) {
          continue;
        }
        if (pending != null) {
          pending.add(p, start, end);
        } else {
          counted = true;
          if (consumer == null) {
            return true;
          }
          consumer.accept(keywords[p], ids[p], start, end);
        }
      }
    }
    if (pending != null) {
      for (int s = first; s >= 0; s = a.outLink[s]) {
        for (int p = a.output[s]; p >= 0; p = a.nextSame[p]) {
          if (p >= keywordsCount) {
            int len = a.length[p];
            pending.allow(skipped ? startOf(text, end, len) : end - len, end);
          }
        }
      }
    }
    return counted;
  }

  /**
   * Where a match of {@code symbols} symbols ending at {@code end} starts, in the noise-skipping scan: walking back
   * over the noise and ignorable characters inside it. A match holds no character outside the keywords' alphabet
   * (one resets the scan), so every other character is one of its symbols. Only hits pay for it: the scan itself
   * keeps no positions.
   */
  private int startOf(CharSequence text, int end, int symbols) {
    int i = end;
    while (symbols > 0 && i > 0) { // i > 0 only guards a text changed under the scan
      char c = code[text.charAt(--i)];
      if (c != NOISE && c != IGNORE) {
        symbols--;
      }
    }
    return i;
  }

  private boolean atBoundaries(CharSequence text, int p, int start, int end) {
    return !(boundaryBefore[p] && start > 0 && isWordChar(text.charAt(start - 1)))
        && !(boundaryAfter[p] && end < text.length() && isWordChar(text.charAt(end)));
  }

  /** A letter or digit of a script written with spaces between words (not Han, kana or hangul). */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (!Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
  }

  /** Keyword hits waiting while an allowed phrase in progress could still cover them; in order of their ends. */
  private final class Pending {
    private int[] hits = new int[3 * 16]; // pattern, start, end
    private int head;
    private int tail;

    boolean isEmpty() {
      return head == tail;
    }

    void add(int p, int start, int end) {
      if (tail + 3 > hits.length) {
        int live = tail - head;
        int[] grown = live + 3 > hits.length / 2 ? new int[hits.length * 2] : hits;
        System.arraycopy(hits, head, grown, 0, live);
        hits = grown;
        head = 0;
        tail = live;
      }
      hits[tail++] = p;
      hits[tail++] = start;
      hits[tail++] = end;
    }

    /** Drops the waiting hits inside {@code [start, end)}. */
    void allow(int start, int end) {
      for (int h = head; h < tail; h += 3) {
        if (hits[h] >= 0 && hits[h + 1] >= start && hits[h + 2] <= end) {
          hits[h] = -1;
        }
      }
    }

    /** Reports the hits from the head that start before {@code open}, where the longest match in progress begins. */
    boolean release(int open, HitConsumer consumer) {
      boolean counted = false;
      while (head < tail && hits[head + 1] < open) {
        counted |= report(consumer);
      }
      return counted;
    }

    boolean releaseAll(HitConsumer consumer) {
      boolean counted = false;
      while (head < tail) {
        counted |= report(consumer);
      }
      return counted;
    }

    private boolean report(HitConsumer consumer) {
      int p = hits[head];
      int start = hits[head + 1];
      int end = hits[head + 2];
      head += 3;
      if (p < 0) {
        return false;
      }
      if (consumer != null) {
        consumer.accept(keywords[p], ids[p], start, end);
      }
      return true;
    }
  }

  /**
   * Collects keywords, allowed phrases and settings for a {@link KeywordMatcher}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<String> keywords = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();
    private Normalization normalization = Normalization.none();
    private boolean wordBoundaries;

    private Builder() {}

    /**
     * Adds a keyword without an id (its hits carry id −1).
     *
     * @param keyword the keyword, not empty
     * @return this builder
     */
    public Builder add(String keyword) {
      return add(keyword, -1);
    }

    /**
     * Adds a keyword with an id its hits carry (a rule or category number, say).
     *
     * @param keyword the keyword, not empty
     * @param id the id
     * @return this builder
     */
    public Builder add(String keyword, int id) {
      checkNotNull(keyword, "keyword");
      keywords.add(keyword);
      ids.add(id);
      return this;
    }

    /**
     * Adds keywords without ids.
     *
     * @param all the keywords
     * @return this builder
     */
    public Builder addAll(Iterable<String> all) {
      for (String keyword : checkNotNull(all, "all")) {
        add(keyword);
      }
      return this;
    }

    /**
     * Removes every entry of a keyword added before (with any id).
     *
     * @param keyword the keyword as added
     * @return this builder
     */
    public Builder remove(String keyword) {
      checkNotNull(keyword, "keyword");
      for (int i = keywords.size() - 1; i >= 0; i--) {
        if (keywords.get(i).equals(keyword)) {
          keywords.remove(i);
          ids.remove(i);
        }
      }
      return this;
    }

    /**
     * Adds an allowed phrase: a keyword hit wholly inside one of its occurrences does not count.
     *
     * @param phrase the phrase, not empty
     * @return this builder
     */
    public Builder allow(String phrase) {
      allowed.add(checkNotNull(phrase, "phrase"));
      return this;
    }

    /**
     * The normalisation of text and keywords ({@link Normalization#none()} by default).
     *
     * @param normalization the normalisation
     * @return this builder
     */
    public Builder normalization(Normalization normalization) {
      this.normalization = checkNotNull(normalization, "normalization");
      return this;
    }

    /**
     * Whether keywords beginning or ending with a Latin letter or digit need a word boundary there (off by default).
     *
     * @param on the choice
     * @return this builder
     */
    public Builder wordBoundaries(boolean on) {
      this.wordBoundaries = on;
      return this;
    }

    /**
     * The matcher.
     *
     * @return a new matcher
     * @throws RiskException if a keyword or allowed phrase is empty, or empty after normalisation
     */
    public KeywordMatcher build() {
      return new KeywordMatcher(this);
    }
  }
}
