package dev.ecomkit.bench.risk;

import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.HitConsumer;
import dev.ecomkit.risk.KeywordMatcher;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.Rule;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mentions through the whole {@link RuleEngine} with {@link RuleSet#handbookDefaults()} (nine keywords, the default
 * normalisation), one thread: matching, dedupe, windows, watermark, alerts.
 *
 * <p><b>Stream.</b> {@value #STREAM} mentions built in set-up (not timed) and fed in a loop: the texts are {@link
 * ChineseCorpus}'s {@value ChineseCorpus#POSTS} posts of {@value ChineseCorpus#POST_LENGTH} chars, {@code hitShare}
 * percent of them with one handbook keyword written over them (0: the no-hit path alone; 5: a heavy complaint day);
 * five platforms in turn; event times {@value #SPACING_MS} ms apart, in order, so the stream spans 28 hours and
 * windows close and ids are forgotten on the way; each mention a distinct id. One operation feeds {@value #BATCH}
 * mentions, so a score of {@code t} µs/op is {@code 10,000 / t} M mentions/s; when the loop wraps a new engine
 * starts (one operation in a hundred). {@code lateness} is the allowed lateness in ms (0: alerts at once; 600000:
 * ten minutes of mentions held until the watermark passes them).
 *
 * <ul>
 *   <li>{@code accept_ecomkit}: {@code engine.accept(mention)} for each.
 *   <li>{@code accept_scan}: the reference floor — the same texts through a bare {@link KeywordMatcher} of the same
 *       keywords and normalisation, hits counted: what matching alone costs.
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable RuleEngineBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class RuleEngineBenchmark {

  static final int STREAM = 1_000_000;
  static final int BATCH = 10_000;
  static final int SPACING_MS = 100;
  static final String[] PLATFORMS = {"taobao", "douyin", "xiaohongshu", "weibo", "pinduoduo"};
  static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  @Param({"0", "5"})
  int hitShare;

  @Param({"0", "600000"})
  long lateness;

  private RuleSet rules;
  private EngineOptions options;
  private Mention[] stream;
  private RuleEngine engine;
  private int cursor;
  private KeywordMatcher scan;
  private final Counter counter = new Counter();

  /** Counts hits. */
  static final class Counter implements HitConsumer {
    long hits;

    @Override
    public void accept(String keyword, int id, int start, int end) {
      hits++;
    }
  }

  /** The posts, {@code hitShare} percent with one handbook keyword written over them. */
  static List<String> texts(int hitShare, List<String> keywords) {
    List<String> clean = new ChineseCorpus().posts();
    SplittableRandom random = new SplittableRandom(19);
    List<String> out = new ArrayList<>(clean.size());
    for (String post : clean) {
      if (random.nextInt(100) < hitShare) {
        char[] c = post.toCharArray();
        String k = keywords.get(random.nextInt(keywords.size()));
        k.getChars(0, k.length(), c, random.nextInt(c.length - k.length() + 1));
        post = new String(c);
      }
      out.add(post);
    }
    return out;
  }

  static Mention[] stream(List<String> texts, int size) {
    Mention[] out = new Mention[size];
    for (int i = 0; i < size; i++) {
      out[i] = Mention.of("m" + i, PLATFORMS[i % PLATFORMS.length], T0.plusMillis((long) i * SPACING_MS),
          texts.get(i % texts.size()));
    }
    return out;
  }

  @Setup
  public void setUp() {
    rules = RuleSet.handbookDefaults();
    options = EngineOptions.lateness(Duration.ofMillis(lateness));
    List<String> keywords = new ArrayList<>();
    for (Rule r : rules.rules()) {
      keywords.addAll(r.keywords());
    }
    List<String> texts = texts(hitShare, keywords);
    stream = stream(texts, STREAM);
    engine = rules.newEngine(options);
    scan = KeywordMatcher.builder().addAll(keywords).normalization(rules.normalization()).build();
    long matching = texts.stream().filter(t -> !scan.findAll(t).isEmpty()).count();
    int alerts = 0;
    RuleEngine check = rules.newEngine(options);
    for (Mention m : stream) {
      alerts += check.accept(m).size();
    }
    System.out.printf("%n%d of %d posts match a handbook keyword; one pass of the stream raises %d alerts%n",
        matching, texts.size(), alerts);
  }

  @Benchmark
  public int accept_ecomkit() {
    int alerts = 0;
    if (cursor + BATCH > STREAM) {
      cursor = 0;
      engine = rules.newEngine(options);
    }
    RuleEngine e = engine;
    Mention[] s = stream;
    for (int i = cursor, end = cursor + BATCH; i < end; i++) {
      alerts += e.accept(s[i]).size();
    }
    cursor += BATCH;
    return alerts;
  }

  @Benchmark
  public long accept_scan() {
    if (cursor + BATCH > STREAM) {
      cursor = 0;
    }
    Counter c = counter;
    Mention[] s = stream;
    for (int i = cursor, end = cursor + BATCH; i < end; i++) {
      scan.forEachHit(s[i].text(), c);
    }
    cursor += BATCH;
    return c.hits;
  }
}
