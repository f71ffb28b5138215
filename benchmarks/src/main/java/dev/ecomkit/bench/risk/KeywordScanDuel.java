package dev.ecomkit.bench.risk;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.ecomkit.risk.KeywordMatcher;
import dev.ecomkit.risk.Normalization;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A check of {@link KeywordMatchBenchmark}'s {@code scan} ratios that a noisy machine cannot skew: ecomkit and hankcs
 * (the fastest peer) scan the same corpus in alternation, one operation each, many rounds in one JVM, and the
 * median of the per-round ratios is printed with the best operation of each. A slow spell of the machine then hits
 * both sides of a round alike, where in a JMH run it hits whichever benchmark happens to run then. Same corpora,
 * keywords and hit checks as the JMH benchmark (its set-up code); not a replacement for it, a second reading.
 *
 * <p>Run, one case a JVM so that no case's profile shapes another's compiled code (about a minute a case):
 * {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.risk.KeywordScanDuel 20000 hits}
 * (keywords 1000 or 20000, text clean or hits; an optional third argument, the rounds: 200 by default, after 100
 * of warm-up).
 *
 * <p>Not for use as a library; {@code main} runs once per JVM.
 */
public final class KeywordScanDuel {

  private KeywordScanDuel() {}

  /**
   * Runs one case and prints a line.
   *
   * @param args the number of keywords, the text ({@code clean} or {@code hits}), optionally the rounds
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: KeywordScanDuel 1000|20000 clean|hits [rounds]");
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    duel(Integer.parseInt(args[0]), args[1], rounds);
  }

  private static void duel(int keywords, String text, int rounds) {
    KeywordMatchBenchmark.Matching s = new KeywordMatchBenchmark.Matching();
    s.keywords = keywords;
    s.text = text;
    s.prepare(false); // builds every matcher and checks every one's hits
    KeywordMatcher ecomkit = s.ecomkit;
    AhoCorasickDoubleArrayTrie<String> hankcs = s.hankcs;
    List<String> posts = s.posts;
    KeywordMatchBenchmark.Count count = new KeywordMatchBenchmark.Count();
    double[] ratios = new double[rounds];
    long bestEcomkit = Long.MAX_VALUE;
    long bestHankcs = Long.MAX_VALUE;
    long sink = 0;
    for (int r = -100; r < rounds; r++) {
      long t0 = System.nanoTime();
      sink += KeywordMatchBenchmark.scanEcomkit(ecomkit, posts, count.reset()).hits;
      long t1 = System.nanoTime();
      sink += KeywordMatchBenchmark.scanHankcs(hankcs, posts, count.reset()).hits;
      long t2 = System.nanoTime();
      if (r >= 0) {
        ratios[r] = (double) (t2 - t1) / (t1 - t0);
        bestEcomkit = Math.min(bestEcomkit, t1 - t0);
        bestHankcs = Math.min(bestHankcs, t2 - t1);
      }
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%nduel keywords=%-5d text=%-5s best: ecomkit %.0f M chars/s, hankcs %.0f M chars/s; "
        + "hankcs/ecomkit time, median of %d rounds %.2fx (quartiles %.2f-%.2f)%s%n",
        keywords, text, ChineseCorpus.CHARS * 1e3 / bestEcomkit, ChineseCorpus.CHARS * 1e3 / bestHankcs, rounds,
        ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], sink == 42 ? " " : "");
  }
}
