package dev.ecomkit.bench.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generated Chinese social-media posts and keyword lists for {@link KeywordMatchBenchmark}, from fixed seeds, without
 * any matcher under test: keyword occurrences are found by looking every 2- to 6-character substring up in a hash
 * set ({@link #expected}), which is also the benchmark's reference count.
 *
 * <p><b>Characters.</b> {@value #IDEOGRAPHS} distinct CJK ideographs drawn at random from U+4E00–U+9FA5, ranked at
 * random, with Zipf-Mandelbrot frequencies {@code p(r) ∝ 1 / (r + 2.7)}: the most frequent takes 3.9% of the
 * ideographs (as 的 does in Chinese text), the top 100 50% and the top 1,000 82% (real text: roughly 40–50% and 90%;
 * set-up prints these shares). Between them, at each position, a Chinese punctuation mark with probability 9% (，
 * and 。 most, then 、！？“”：；… and a few more full-width forms), and with probability 1% a run of 2–6 ASCII digits
 * or letters ({@code 2024}, {@code iPhone}-like).
 *
 * <p><b>Posts.</b> {@value #POSTS} posts of exactly {@value #POST_LENGTH} chars, {@value #CHARS} chars in all (2 MB of
 * UTF-16), held as a {@code List<String>}: posts are scanned one by one, as a monitoring job sees them, and no match
 * crosses a post.
 *
 * <p><b>Keywords.</b> 2–6 ideographs each (lengths 2, 3, 4, 5, 6 in proportions 30:25:25:10:10), every character drawn
 * from the same Zipf distribution as the text, so that keyword prefixes occur all the time and the automaton leaves
 * the root often. Drawn distinct, in a fixed order, and a candidate that occurs anywhere in the clean posts is dropped
 * (which mostly drops two-character keywords made of frequent characters). Smaller lists are prefixes of larger ones.
 *
 * <p><b>The two corpora.</b> {@code clean}: the generated posts, in which no keyword occurs by construction.
 * {@code hits}: the same posts with {@value #INSERTS_PER_THOUSAND} keyword occurrences per thousand chars written over
 * them (keyword uniformly from the list in use, post and offset uniform; a later insert may overwrite an earlier one,
 * and an insert may complete a keyword together with its neighbours, so the real count is what {@link #expected}
 * reports).
 *
 * <p>Not for use as a library.
 */
final class ChineseCorpus {

  static final int POSTS = 10_000;
  static final int POST_LENGTH = 100;
  /** Characters per benchmark operation. */
  static final int CHARS = POSTS * POST_LENGTH;
  static final int IDEOGRAPHS = 3_500;
  static final int INSERTS_PER_THOUSAND = 3;
  static final int SHORTEST = 2;
  static final int LONGEST = 6;

  static final long TEXT_SEED = 20261128L;
  static final long KEYWORD_SEED = 18L;
  static final long INSERT_SEED = 1800L;

  private static final double ZIPF_Q = 2.7;
  private static final double PUNCTUATION = 0.09;
  private static final double ASCII_RUN = 0.01;
  private static final String MARKS = "，。、！？“”：；…～（）";
  private static final int[] MARK_WEIGHTS = {40, 22, 8, 8, 6, 3, 3, 3, 2, 2, 1, 1, 1};
  private static final String ASCII = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int[] LENGTH_WEIGHTS = {0, 0, 30, 25, 25, 10, 10}; // by length 0..6

  private final char[] byRank = new char[IDEOGRAPHS];
  private final double[] cumulative = new double[IDEOGRAPHS];
  private final char[] marks = expand(MARKS, MARK_WEIGHTS);

  ChineseCorpus() {
    SplittableRandom random = new SplittableRandom(TEXT_SEED);
    Set<Character> chosen = new LinkedHashSet<>();
    while (chosen.size() < IDEOGRAPHS) {
      chosen.add((char) random.nextInt(0x4E00, 0x9FA6));
    }
    int r = 0;
    double sum = 0;
    for (char c : chosen) {
      byRank[r] = c;
      sum += 1.0 / (r + 1 + ZIPF_Q);
      cumulative[r++] = sum;
    }
    for (int i = 0; i < IDEOGRAPHS; i++) {
      cumulative[i] /= sum;
    }
  }

  /** The share of ideographs taken by the {@code rank}-th most frequent (1-based), for the set-up's printout. */
  double share(int rank) {
    return cumulative[rank - 1] - (rank == 1 ? 0 : cumulative[rank - 2]);
  }

  private char ideograph(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return byRank[Math.min(IDEOGRAPHS - 1, i >= 0 ? i : -i - 1)];
  }

  /** The {@value #POSTS} posts without any keyword inserted (the same for every keyword list). */
  List<String> posts() {
    SplittableRandom random = new SplittableRandom(TEXT_SEED + 1);
    List<String> posts = new ArrayList<>(POSTS);
    char[] post = new char[POST_LENGTH];
    for (int p = 0; p < POSTS; p++) {
      int i = 0;
      while (i < POST_LENGTH) {
        double u = random.nextDouble();
        if (u < ASCII_RUN) {
          int run = Math.min(POST_LENGTH - i, random.nextInt(2, 7));
          boolean digits = random.nextInt(10) < 6;
          for (int k = 0; k < run; k++) {
            post[i++] = digits ? ASCII.charAt(random.nextInt(10)) : ASCII.charAt(random.nextInt(ASCII.length()));
          }
        } else if (u < ASCII_RUN + PUNCTUATION) {
          post[i++] = marks[random.nextInt(marks.length)];
        } else {
          post[i++] = ideograph(random);
        }
      }
      posts.add(new String(post));
    }
    return List.copyOf(posts);
  }

  /**
   * {@code count} distinct keywords, none of which occurs in {@code clean}; the first {@code n} of a longer list are
   * the list of {@code n}.
   *
   * @return the keywords and how many candidates were dropped for occurring in the clean posts
   */
  Keywords keywords(int count, List<String> clean) {
    SplittableRandom random = new SplittableRandom(KEYWORD_SEED);
    Set<String> accepted = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    int dropped = 0;
    while (accepted.size() < count) {
      Set<String> batch = new LinkedHashSet<>();
      int want = (count - accepted.size()) * 3 / 2 + 16;
      while (batch.size() < want) {
        String k = keyword(random);
        if (seen.add(k)) {
          batch.add(k);
        }
      }
      Set<String> occurring = occurring(batch, clean);
      for (String k : batch) {
        if (occurring.contains(k)) {
          dropped++;
        } else if (accepted.size() < count) {
          accepted.add(k);
        }
      }
    }
    return new Keywords(List.copyOf(accepted), dropped);
  }

  /** {@code count} distinct keywords from the same distribution, with no regard to the posts (for build times). */
  List<String> anyKeywords(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> all = new LinkedHashSet<>();
    while (all.size() < count) {
      all.add(keyword(random));
    }
    return List.copyOf(all);
  }

  private String keyword(SplittableRandom random) {
    int pick = random.nextInt(100);
    int length = SHORTEST;
    while (pick >= LENGTH_WEIGHTS[length]) {
      pick -= LENGTH_WEIGHTS[length];
      length++;
    }
    char[] k = new char[length];
    for (int i = 0; i < length; i++) {
      k[i] = ideograph(random);
    }
    return new String(k);
  }

  /** The posts with {@value #INSERTS_PER_THOUSAND} keyword occurrences per thousand chars written over them. */
  static List<String> withHits(List<String> clean, List<String> keywords) {
    SplittableRandom random = new SplittableRandom(INSERT_SEED);
    char[][] posts = new char[clean.size()][];
    for (int p = 0; p < posts.length; p++) {
      posts[p] = clean.get(p).toCharArray();
    }
    long total = (long) clean.size() * POST_LENGTH * INSERTS_PER_THOUSAND / 1000;
    for (long n = 0; n < total; n++) {
      String k = keywords.get(random.nextInt(keywords.size()));
      char[] post = posts[random.nextInt(posts.length)];
      k.getChars(0, k.length(), post, random.nextInt(post.length - k.length() + 1));
    }
    List<String> out = new ArrayList<>(posts.length);
    for (char[] post : posts) {
      out.add(new String(post));
    }
    return List.copyOf(out);
  }

  /** The keywords of {@code candidates} that occur in the posts. */
  private static Set<String> occurring(Set<String> candidates, List<String> posts) {
    Set<String> found = new HashSet<>();
    for (String post : posts) {
      for (int i = 0; i + SHORTEST <= post.length(); i++) {
        for (int len = SHORTEST; len <= LONGEST && i + len <= post.length(); len++) {
          String s = post.substring(i, i + len);
          if (candidates.contains(s)) {
            found.add(s);
          }
        }
      }
    }
    return found;
  }

  /**
   * The reference answers by brute force (every substring of 2–6 chars looked up in a set): every occurrence of every
   * keyword, overlapping ones included, and the leftmost-shortest non-overlapping ones (what sensitive-word reports:
   * at each start the shortest keyword, then on after it).
   */
  static Expected expected(List<String> posts, List<String> keywords) {
    Set<String> set = new HashSet<>(keywords);
    long all = 0;
    long allPositions = 0;
    long shortest = 0;
    long shortestPositions = 0;
    for (String post : posts) {
      int next = 0; // the first start a leftmost-shortest hit may have
      for (int i = 0; i + SHORTEST <= post.length(); i++) {
        for (int len = SHORTEST; len <= LONGEST && i + len <= post.length(); len++) {
          if (set.contains(post.substring(i, i + len))) {
            all++;
            allPositions += positions(i, i + len);
            if (i >= next) {
              shortest++;
              shortestPositions += positions(i, i + len);
              next = i + len;
            }
          }
        }
      }
    }
    return new Expected(all, allPositions, shortest, shortestPositions);
  }

  /** What a hit adds to a position checksum: order-independent, so hit order does not matter. */
  static long positions(int start, int end) {
    return 31L * start + end;
  }

  private static char[] expand(String chars, int[] weights) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < chars.length(); i++) {
      for (int w = 0; w < weights[i]; w++) {
        sb.append(chars.charAt(i));
      }
    }
    return sb.toString().toCharArray();
  }

  /** A keyword list and the number of candidates dropped because they occur in the clean posts. */
  record Keywords(List<String> list, int dropped) {}

  /** Reference hit counts and position checksums (see {@link #positions}). */
  record Expected(long all, long allPositions, long leftmostShortest, long leftmostShortestPositions) {}
}
