package dev.ecomkit.examples;

import dev.ecomkit.risk.KeywordHit;
import dev.ecomkit.risk.KeywordMatcher;
import dev.ecomkit.risk.Normalization;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The risk section of the demo: the handbook's keyword matrix (seed 001 §5.1) over the bundled
 * {@code posts-sample.tsv} (2,000 posts written by {@link PostSampleGenerator}), or a file given as argument with
 * lines {@code id<TAB>platform<TAB>text}; then {@link RiskEngineDemo}, the rule engine over a day of mentions (the
 * bundled {@code mentions-day.tsv} or a second file argument).
 * <ol>
 *   <li>a {@link KeywordMatcher} of the nine keywords, the category as the id (1 quality, 2 competitor, 3 policy),
 *       with every normalisation on and {@code 不是假冒产品} allowed;
 *   <li>hits per category and keyword, and how many of them a plain matcher (no normalisation) misses: the
 *       evasions;
 *   <li>a few evasions caught, with the offsets into the original post.
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class RiskDemo {

  static final String SAMPLE = "posts-sample.tsv";
  private static final String[] CATEGORIES = {"", "quality", "competitor", "policy"};
  private static final String[][] MATRIX = {{}, {"食品腐败", "杂质", "假冒产品"}, {"模仿", "品质不佳", "定价过高"},
      {"禁止销售", "资质要求", "合规性"}};

  private RiskDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    List<String[]> posts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(SampleFiles.open(args, SAMPLE))) {
      for (String line; (line = in.readLine()) != null; ) {
        int a = line.indexOf('\t');
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (b > 0) {
          posts.add(new String[] {line.substring(0, a), line.substring(a + 1, b), line.substring(b + 1)});
        }
      }
    }
    out.print(report(posts, SampleFiles.name(args, SAMPLE)));
    out.println();
    RiskEngineDemo.run(args.length > 1 ? new String[] {args[1]} : new String[0], out);
  }

  static String report(List<String[]> posts, String name) {
    KeywordMatcher.Builder builder = KeywordMatcher.builder().allow("不是假冒产品");
    for (int category = 1; category < MATRIX.length; category++) {
      for (String keyword : MATRIX[category]) {
        builder.add(keyword, category);
      }
    }
    KeywordMatcher plain = builder.build();
    KeywordMatcher normalised = builder.normalization(Normalization.all()).build();
    Map<String, int[]> byKeyword = new TreeMap<>(); // keyword -> {hits, missed by plain}
    int[] byCategory = new int[CATEGORIES.length];
    int hits = 0;
    int evasions = 0;
    List<String> examples = new ArrayList<>();
    for (String[] post : posts) {
      List<KeywordHit> found = normalised.findAll(post[2]);
      List<KeywordHit> plainHits = plain.findAll(post[2]);
      for (KeywordHit h : found) {
        hits++;
        byCategory[h.id()]++;
        int[] counts = byKeyword.computeIfAbsent(h.keyword(), k -> new int[2]);
        counts[0]++;
        if (!plainHits.contains(h)) {
          counts[1]++;
          evasions++;
          if (examples.size() < 4) {
            examples.add(String.format(Locale.ROOT, "  %s on %s: \"%s\" at [%d, %d) for %s (%s)", post[0], post[1],
                post[2].substring(h.start(), h.end()).replace("\u200B", "<ZWSP>"), h.start(), h.end(), h.keyword(),
                CATEGORIES[h.id()]));
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder("== Risk keywords (ecomkit-risk-rules) ==\n");
    sb.append(String.format(Locale.ROOT, "%,d posts from %s against the handbook's keyword matrix, every "
        + "normalisation on, \"不是假冒产品\" allowed.%n", posts.size(), name));
    sb.append(String.format(Locale.ROOT, "%-10s %-8s %5s %22s%n", "category", "keyword", "hits", "missed without "
        + "normal."));
    for (int category = 1; category < MATRIX.length; category++) {
      for (String keyword : MATRIX[category]) {
        int[] c = byKeyword.getOrDefault(keyword, new int[2]);
        sb.append(String.format(Locale.ROOT, "%-10s %-8s %5d %22d%n", CATEGORIES[category], keyword, c[0], c[1]));
      }
    }
    sb.append("Evasions caught, with offsets into the original post:\n");
    examples.forEach(e -> sb.append(e).append('\n'));
    sb.append(String.format(Locale.ROOT, "Risk: %d posts, %d hits (quality %d, competitor %d, policy %d), %d only "
        + "with normalisation.%n", posts.size(), hits, byCategory[1], byCategory[2], byCategory[3], evasions));
    return sb.toString();
  }
}
