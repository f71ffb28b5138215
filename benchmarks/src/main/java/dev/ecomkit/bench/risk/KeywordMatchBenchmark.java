package dev.ecomkit.bench.risk;

import com.github.houbb.sensitive.word.api.IWordResult;
import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;
import com.github.houbb.sensitive.word.support.resultcondition.WordResultConditions;
import com.github.houbb.sensitive.word.support.tag.WordTags;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.ecomkit.risk.HitConsumer;
import dev.ecomkit.risk.KeywordHit;
import dev.ecomkit.risk.KeywordMatcher;
import dev.ecomkit.risk.Normalization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.ahocorasick.trie.handler.EmitHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Keyword matching of Chinese posts, one thread: ecomkit's {@link KeywordMatcher} against hankcs'
 * {@code AhoCorasickDoubleArrayTrie} 1.2.3, {@code org.ahocorasick} 0.6.3 (Robert Bor's) and houbb's
 * {@code sensitive-word} 0.25.0, with the same keywords on the same text, normalisation off, every hit counted.
 *
 * <p><b>Text and rates.</b> One operation scans the {@value ChineseCorpus#POSTS} generated posts of
 * {@value ChineseCorpus#POST_LENGTH} chars each ({@link ChineseCorpus}: Zipf-distributed ideographs, punctuation and
 * ASCII), a {@code List<String>}, one call per post: <b>1,000,000 chars per operation</b>, so a score of {@code t}
 * µs/op is {@code 1,000,000 / t} M chars/s (AverageTime rather than throughput so that {@link
 * dev.ecomkit.bench.RatioTable}'s peer/ecomkit ratio reads "above 1: ecomkit is faster"). Parameters: {@code text} is
 * {@code hits} (three keyword occurrences inserted per thousand chars; the hits found are printed in set-up, about
 * 3,000 per operation) or {@code clean} (no keyword occurs); {@code keywords} is 1,000 or 20,000, 2–6 ideographs each,
 * from the same character distribution as the text.
 *
 * <ul>
 *   <li>{@code scan_*}: each library's lightest way to see every hit. ecomkit {@link KeywordMatcher#forEachHit}
 *       (nothing allocated); hankcs {@code parseText(CharSequence, IHit)}; ahocorasick
 *       {@code parseText(CharSequence, EmitHandler)} (no result list, but an {@code Emit} per hit, and a payload
 *       emit behind it); houbb {@code findAll(String, WordResultHandlers.raw())}, its only way (a list of results).
 *   <li>{@code findAll_*}: a list of hit objects back: ecomkit {@link KeywordMatcher#findAll} (an immutable list of
 *       {@link KeywordHit}), hankcs {@code parseText(CharSequence)} ({@code List<Hit>}), ahocorasick
 *       {@code parseText(CharSequence)} ({@code Collection<Emit>}). houbb's call is the one under {@code scan}.
 *   <li>{@code norm*_ecomkit}: the cost of normalisation, ecomkit alone, {@code text=hits} and 20,000 keywords (one
 *       case each in the table): {@code normNone} (as {@code scan_ecomkit}), {@code normAll}
 *       ({@link Normalization#all()}), and one switch alone: {@code normFullWidth}, {@code normCaseFold},
 *       {@code normTradToSimp}, {@code normCompatibility}, {@code normSkipInvisible}, {@code normNoise} (the default
 *       noise set of {@code all()}, gap 3). Hits differ by setting (noise lets keywords match across punctuation,
 *       traditional → simplified folds traditional ideographs of text and keywords); set-up prints them.
 *   <li>{@code build_*}: building the matcher from a list of {@code size} = 20,000 or 500,000 distinct keywords
 *       (same distribution, not filtered against any text), single shot, in ms: ecomkit
 *       {@code builder().addAll(list).build()}, hankcs a {@code TreeMap} then {@code build(map)}, ahocorasick
 *       {@code Trie.builder().addKeywords(list).build()}, houbb {@code newInstance()…init()}. <b>hankcs only at
 *       20,000</b>: at 500,000 its builder (darts-java's) grows its arrays by a factor of keys / (keys placed + 1)
 *       while few are placed, toward {@code 0.95 · Integer.MAX_VALUE} ints, and fails with an
 *       {@code OutOfMemoryError} even with a 12 GB heap. After the first shot, tear-down prints the matcher's
 *       retained heap in bytes per keyword (used heap after {@code System.gc()} with and without it; the keyword
 *       strings, held by the caller, are not counted) and ecomkit's {@link KeywordMatcher#tableBytes()}.
 * </ul>
 *
 * <p><b>Checked before timing.</b> A brute-force reference (every 2–6-char substring looked up in a hash set) gives
 * the hit count and a position checksum; ecomkit, hankcs and ahocorasick must report exactly those, through the API
 * the benchmark times, on each corpus (zero on {@code clean}), or set-up throws. <b>houbb reports something else</b>:
 * no overlapping or nested hits; at each position it takes the <i>shortest</i> keyword starting there and goes on
 * after it (with 大减价 and 减价 listed, 大减价促销 gives one hit, 大减价 — or 大减 if that is listed too). Its set-up
 * check is against that leftmost-shortest reference, so its count is lower on {@code hits} (printed); on
 * {@code clean} all agree on zero. It is configured for the same task: the given deny list only (no system
 * dictionary), an empty allow list, no tags, no ignored characters, case/width/number/Chinese/English-style folding
 * and repeat-skipping off, number/email/URL/IPv4 checks off. Its scan copies the whole text once per start position
 * ({@code String.toCharArray} in {@code WordCheckWord}) and builds a character map per call, so its cost grows with
 * the square of the text length: fine for 100-char posts, hopeless for one megabyte-long string — one reason the
 * text is a list of posts.
 *
 * <p>Run (about 9 minutes on 2 cores):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable KeywordMatchBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Threads(1)
public class KeywordMatchBenchmark {

  /** The number of keywords of the normalisation benchmarks. */
  static final int NORMALIZATION_KEYWORDS = 20_000;

  /**
   * Counts hits and sums their positions ({@link ChineseCorpus#positions}). The one receiver of every callback API
   * here, timed or checking, so that each library's call site sees a single type.
   */
  static final class Count implements HitConsumer, AhoCorasickDoubleArrayTrie.IHit<String>, EmitHandler {
    long hits;
    long positions;

    Count reset() {
      hits = 0;
      positions = 0;
      return this;
    }

    @Override
    public void accept(String keyword, int id, int start, int end) {
      hits++;
      positions += ChineseCorpus.positions(start, end);
    }

    @Override
    public void hit(int begin, int end, String value) {
      hits++;
      positions += ChineseCorpus.positions(begin, end);
    }

    @Override
    public boolean emit(Emit emit) {
      hits++;
      positions += ChineseCorpus.positions(emit.getStart(), emit.getEnd() + 1); // Emit's end is inclusive
      return true;
    }
  }

  // ---- the matchers, built the same way by set-up and the build benchmarks ----

  static KeywordMatcher ecomkit(List<String> keywords, Normalization normalization) {
    return KeywordMatcher.builder().addAll(keywords).normalization(normalization).build();
  }

  static AhoCorasickDoubleArrayTrie<String> hankcs(List<String> keywords) {
    TreeMap<String, String> map = new TreeMap<>();
    for (String k : keywords) {
      map.put(k, k);
    }
    AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(map);
    return trie;
  }

  static Trie ahocorasick(List<String> keywords) {
    return Trie.builder().addKeywords(keywords).build();
  }

  static SensitiveWordBs houbb(List<String> keywords) {
    return SensitiveWordBs.newInstance()
        .wordDeny(() -> keywords)
        .wordAllow(WordAllows.empty())
        .wordTag(WordTags.none())
        .charIgnore(SensitiveWordCharIgnores.none())
        .wordResultCondition(WordResultConditions.alwaysTrue())
        .ignoreCase(false)
        .ignoreWidth(false)
        .ignoreNumStyle(false)
        .ignoreChineseStyle(false)
        .ignoreEnglishStyle(false)
        .ignoreRepeat(false)
        .enableWordCheck(true)
        .enableNumCheck(false)
        .enableEmailCheck(false)
        .enableUrlCheck(false)
        .enableIpv4Check(false)
        .init();
  }

  // ---- one operation: every post once (index loops: no iterator per operation) ----

  static Count scanEcomkit(KeywordMatcher m, List<String> posts, Count count) {
    for (int i = 0, n = posts.size(); i < n; i++) {
      m.forEachHit(posts.get(i), count);
    }
    return count;
  }

  static Count scanHankcs(AhoCorasickDoubleArrayTrie<String> trie, List<String> posts, Count count) {
    AhoCorasickDoubleArrayTrie.IHit<String> hit = count; // two parseText overloads take a callback
    for (int i = 0, n = posts.size(); i < n; i++) {
      trie.parseText(posts.get(i), hit);
    }
    return count;
  }

  static Count scanAhocorasick(Trie trie, List<String> posts, Count count) {
    EmitHandler handler = count;
    for (int i = 0, n = posts.size(); i < n; i++) {
      trie.parseText(posts.get(i), handler);
    }
    return count;
  }

  static Count scanHoubb(SensitiveWordBs bs, List<String> posts, Count count) {
    for (int i = 0, n = posts.size(); i < n; i++) {
      List<IWordResult> results = bs.findAll(posts.get(i), WordResultHandlers.raw());
      for (int r = 0, rn = results.size(); r < rn; r++) {
        IWordResult result = results.get(r);
        count.hits++;
        count.positions += ChineseCorpus.positions(result.startIndex(), result.endIndex());
      }
    }
    return count;
  }

  static Count findAllEcomkit(KeywordMatcher m, List<String> posts, Count count) {
    for (int i = 0, n = posts.size(); i < n; i++) {
      List<KeywordHit> hits = m.findAll(posts.get(i));
      for (int h = 0, hn = hits.size(); h < hn; h++) {
        KeywordHit hit = hits.get(h);
        count.hits++;
        count.positions += ChineseCorpus.positions(hit.start(), hit.end());
      }
    }
    return count;
  }

  static Count findAllHankcs(AhoCorasickDoubleArrayTrie<String> trie, List<String> posts, Count count) {
    for (int i = 0, n = posts.size(); i < n; i++) {
      List<AhoCorasickDoubleArrayTrie.Hit<String>> hits = trie.parseText(posts.get(i));
      for (int h = 0, hn = hits.size(); h < hn; h++) {
        AhoCorasickDoubleArrayTrie.Hit<String> hit = hits.get(h);
        count.hits++;
        count.positions += ChineseCorpus.positions(hit.begin, hit.end);
      }
    }
    return count;
  }

  static Count findAllAhocorasick(Trie trie, List<String> posts, Count count) {
    for (int i = 0, n = posts.size(); i < n; i++) {
      Collection<Emit> emits = trie.parseText(posts.get(i));
      for (Emit emit : emits) {
        count.hits++;
        count.positions += ChineseCorpus.positions(emit.getStart(), emit.getEnd() + 1);
      }
    }
    return count;
  }

  // ---- states ----

  /** The posts, a keyword list and the four matchers, checked against the brute-force reference. */
  @State(Scope.Benchmark)
  public static class Matching {
    /** {@code hits}: keyword occurrences inserted; {@code clean}: none occurs. */
    @Param({"hits", "clean"})
    public String text;

    /** The number of keywords. */
    @Param({"1000", "20000"})
    public int keywords;

    List<String> posts;
    KeywordMatcher ecomkit;
    AhoCorasickDoubleArrayTrie<String> hankcs;
    Trie ahocorasick;
    SensitiveWordBs houbb;
    final Count count = new Count();

    /**
     * Generates the posts and keywords, builds the matchers and checks every one's hits.
     *
     * @param params which benchmark runs (the {@code findAll} paths are checked only for {@code findAll_*}, so that
     *     a {@code scan} run's call sites see the timed callback alone)
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      prepare(params.getBenchmark().contains(".findAll_"));
    }

    /**
     * Generates, builds and checks as {@link #setUp}; also for {@link KeywordScanDuel}.
     *
     * @param findAll whether to check the {@code findAll} paths too
     */
    void prepare(boolean findAll) {
      ChineseCorpus corpus = new ChineseCorpus();
      List<String> clean = corpus.posts();
      ChineseCorpus.Keywords list = corpus.keywords(keywords, clean);
      List<String> words = list.list();
      posts = text.equals("hits") ? ChineseCorpus.withHits(clean, words) : clean;
      ChineseCorpus.Expected expected = ChineseCorpus.expected(posts, words);
      if (text.equals("clean") && expected.all() != 0) {
        throw new IllegalStateException("the clean posts hold " + expected.all() + " keyword occurrences");
      }
      ecomkit = KeywordMatchBenchmark.ecomkit(words, Normalization.none());
      hankcs = KeywordMatchBenchmark.hankcs(words);
      ahocorasick = KeywordMatchBenchmark.ahocorasick(words);
      houbb = KeywordMatchBenchmark.houbb(words);

      check("ecomkit", scanEcomkit(ecomkit, posts, count.reset()), expected.all(), expected.allPositions());
      check("hankcs", scanHankcs(hankcs, posts, count.reset()), expected.all(), expected.allPositions());
      check("ahocorasick", scanAhocorasick(ahocorasick, posts, count.reset()), expected.all(),
          expected.allPositions());
      check("houbb", scanHoubb(houbb, posts, count.reset()), expected.leftmostShortest(),
          expected.leftmostShortestPositions());
      if (findAll) {
        check("ecomkit findAll", findAllEcomkit(ecomkit, posts, count.reset()), expected.all(),
            expected.allPositions());
        check("hankcs findAll", findAllHankcs(hankcs, posts, count.reset()), expected.all(),
            expected.allPositions());
        check("ahocorasick findAll", findAllAhocorasick(ahocorasick, posts, count.reset()), expected.all(),
            expected.allPositions());
      }
      System.out.printf(Locale.ROOT, "%n[corpus] %d posts x %d chars = %d chars per op; ideograph shares: top 1 "
          + "%.1f%%, top 100 %.1f%%, top 1000 %.1f%%%n", posts.size(), ChineseCorpus.POST_LENGTH,
          ChineseCorpus.CHARS, 100 * corpus.share(1), 100 * top(corpus, 100), 100 * top(corpus, 1000));
      System.out.printf(Locale.ROOT, "[keywords] %d (lengths 2..6: %s), %d candidates dropped for occurring in "
          + "the clean posts%n", words.size(), lengths(words), list.dropped());
      System.out.printf(Locale.ROOT, "[hits] text=%s keywords=%d: %d hits (%.2f per 1000 chars), all agree; houbb "
          + "%d (leftmost-shortest, no overlaps)%n", text, keywords, expected.all(),
          1000.0 * expected.all() / ChineseCorpus.CHARS, expected.leftmostShortest());
    }
  }

  /** ecomkit with each normalisation setting, 20,000 keywords, the posts with hits. */
  @State(Scope.Benchmark)
  public static class Normalizing {
    List<String> posts;
    KeywordMatcher none;
    KeywordMatcher all;
    KeywordMatcher fullWidth;
    KeywordMatcher caseFold;
    KeywordMatcher tradToSimp;
    KeywordMatcher compatibility;
    KeywordMatcher skipInvisible;
    KeywordMatcher noise;
    final Count count = new Count();

    /** Generates the posts and keywords and builds one matcher per setting; prints each one's hits. */
    @Setup(Level.Trial)
    public void setUp() {
      ChineseCorpus corpus = new ChineseCorpus();
      List<String> clean = corpus.posts();
      List<String> words = corpus.keywords(NORMALIZATION_KEYWORDS, clean).list();
      posts = ChineseCorpus.withHits(clean, words);
      Normalization off = Normalization.none();
      none = ecomkit(words, off);
      all = ecomkit(words, Normalization.all());
      fullWidth = ecomkit(words, off.fullWidth(true));
      caseFold = ecomkit(words, off.caseFold(true));
      tradToSimp = ecomkit(words, off.traditionalToSimplified(true));
      compatibility = ecomkit(words, off.compatibility(true));
      skipInvisible = ecomkit(words, off.skipInvisible(true));
      noise = ecomkit(words, off.noise(Normalization.all().noiseChars(), Normalization.all().maxGap()));
      ChineseCorpus.Expected expected = ChineseCorpus.expected(posts, words);
      check("ecomkit none", scanEcomkit(none, posts, count.reset()), expected.all(), expected.allPositions());
      System.out.printf(Locale.ROOT, "%n[normalisation] hits with %d keywords on text=hits (exact: %d)%n",
          words.size(), expected.all());
      KeywordMatcher[] matchers = {none, all, fullWidth, caseFold, tradToSimp, compatibility, skipInvisible, noise};
      String[] names = {"none", "all", "fullWidth", "caseFold", "tradToSimp", "compatibility", "skipInvisible",
          "noise"};
      for (int i = 0; i < matchers.length; i++) {
        System.out.printf(Locale.ROOT, "  %-14s %6d hits, tableBytes %,d%n", names[i],
            scanEcomkit(matchers[i], posts, count.reset()).hits, matchers[i].tableBytes());
      }
    }
  }

  /**
   * A keyword list for the build benchmarks. The benchmark keeps what it built in {@link #built}; after the first
   * iteration, tear-down prints how much heap that matcher retains (used heap after {@code System.gc()} with it and
   * without it), and every tear-down drops it so that one build's structure does not outlive its iteration.
   */
  public abstract static class BuildState {
    List<String> keywords;
    Object built;
    private long listBytes;
    private boolean measured;

    /** The number of keywords. */
    abstract int size();

    /** Generates the keywords, measuring what the list and its strings take. */
    @Setup(Level.Trial)
    public void generate() {
      long before = usedHeap();
      keywords = new ChineseCorpus().anyKeywords(size(), ChineseCorpus.KEYWORD_SEED + size());
      listBytes = usedHeap() - before;
    }

    /**
     * Prints the retained heap of the matcher built in the first iteration; drops it.
     *
     * @param params which benchmark runs
     */
    @TearDown(Level.Iteration)
    public void measure(BenchmarkParams params) {
      if (!measured && built != null) {
        measured = true;
        String benchmark = params.getBenchmark();
        String impl = benchmark.substring(benchmark.lastIndexOf('_') + 1);
        String table = built instanceof KeywordMatcher ? String.format(Locale.ROOT, "[memory] ecomkit tableBytes() "
            + "%,d, %.1f per keyword; %s%n", ((KeywordMatcher) built).tableBytes(),
            (double) ((KeywordMatcher) built).tableBytes() / size(), built) : "";
        long with = usedHeap();
        built = null; // the only reference
        long without = usedHeap();
        int n = size();
        System.out.printf(Locale.ROOT, "%n[memory] %s, %,d keywords: retained %,d bytes, %.1f per keyword (the "
            + "keyword list and its strings, not counted: %,d bytes, %.1f per keyword)%n%s", impl, n, with - without,
            (double) (with - without) / n, listBytes, (double) listBytes / n, table);
      }
      built = null;
    }
  }

  /** 20,000 and 500,000 keywords. */
  @State(Scope.Benchmark)
  public static class Building extends BuildState {
    /** The number of keywords. */
    @Param({"20000", "500000"})
    public int size;

    @Override
    int size() {
      return size;
    }
  }

  /**
   * 20,000 keywords only, for hankcs: its builder cannot take 500,000 (an {@code OutOfMemoryError} with a 12 GB heap).
   */
  @State(Scope.Benchmark)
  public static class BuildingHankcs extends BuildState {
    /** The number of keywords. */
    @Param({"20000"})
    public int size;

    @Override
    int size() {
      return size;
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void check(String name, Count count, long hits, long positions) {
    if (count.hits != hits || count.positions != positions) {
      throw new IllegalStateException(name + " reports " + count.hits + " hits (position checksum "
          + count.positions + "), the reference " + hits + " (" + positions + ")");
    }
  }

  private static double top(ChineseCorpus corpus, int ranks) {
    double sum = 0;
    for (int r = 1; r <= ranks; r++) {
      sum += corpus.share(r);
    }
    return sum;
  }

  private static String lengths(List<String> words) {
    int[] byLength = new int[ChineseCorpus.LONGEST + 1];
    for (String w : words) {
      byLength[w.length()]++;
    }
    List<String> parts = new ArrayList<>();
    for (int l = ChineseCorpus.SHORTEST; l <= ChineseCorpus.LONGEST; l++) {
      parts.add(String.valueOf(byLength[l]));
    }
    return String.join("/", parts);
  }

  // ---- matching: 1,000,000 chars per operation ----

  @Benchmark
  public void scan_ecomkit(Matching s, Blackhole bh) {
    consume(scanEcomkit(s.ecomkit, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void scan_hankcs(Matching s, Blackhole bh) {
    consume(scanHankcs(s.hankcs, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void scan_ahocorasick(Matching s, Blackhole bh) {
    consume(scanAhocorasick(s.ahocorasick, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void scan_houbb(Matching s, Blackhole bh) {
    consume(scanHoubb(s.houbb, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void findAll_ecomkit(Matching s, Blackhole bh) {
    consume(findAllEcomkit(s.ecomkit, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void findAll_hankcs(Matching s, Blackhole bh) {
    consume(findAllHankcs(s.hankcs, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void findAll_ahocorasick(Matching s, Blackhole bh) {
    consume(findAllAhocorasick(s.ahocorasick, s.posts, s.count.reset()), bh);
  }

  // ---- normalisation: ecomkit alone, 1,000,000 chars per operation ----

  @Benchmark
  public void normNone_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.none, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normAll_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.all, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normFullWidth_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.fullWidth, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normCaseFold_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.caseFold, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normTradToSimp_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.tradToSimp, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normCompatibility_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.compatibility, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normSkipInvisible_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.skipInvisible, s.posts, s.count.reset()), bh);
  }

  @Benchmark
  public void normNoise_ecomkit(Normalizing s, Blackhole bh) {
    consume(scanEcomkit(s.noise, s.posts, s.count.reset()), bh);
  }

  // ---- building: single shot, ms ----

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Object build_ecomkit(Building s) {
    return s.built = ecomkit(s.keywords, Normalization.none());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Object build_hankcs(BuildingHankcs s) {
    return s.built = hankcs(s.keywords);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Object build_ahocorasick(Building s) {
    return s.built = ahocorasick(s.keywords);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Object build_houbb(Building s) {
    return s.built = houbb(s.keywords);
  }

  private static void consume(Count count, Blackhole bh) {
    bh.consume(count.hits);
    bh.consume(count.positions);
  }
}
