package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The matcher against a naive scan, allowed phrases, word boundaries, noise, and texts that try to break it. */
class KeywordMatcherTest {

  /** Small alphabets make overlaps, prefixes and suffixes of keywords common; one emoji is a surrogate pair. */
  private static final String[] PIECES = {"a", "b", "c", "产", "品", "假", "冒", "😀"};

  private static String random(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** Every (keyword index, start, end) by indexOf, overlapping occurrences included. */
  private static Set<List<Integer>> naive(List<String> keywords, String text) {
    Set<List<Integer>> hits = new HashSet<>();
    for (int k = 0; k < keywords.size(); k++) {
      String w = keywords.get(k);
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        hits.add(List.of(k, at, at + w.length()));
      }
    }
    return hits;
  }

  @Property(tries = 300)
  void findsExactlyWhatIndexOfFinds(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 25) int count, @ForAll @IntRange(min = 0, max = 300) int length) {
    Random r = new Random(seed);
    List<String> keywords = new ArrayList<>();
    KeywordMatcher.Builder b = KeywordMatcher.builder();
    for (int k = 0; k < count; k++) {
      String w = random(r, 1 + r.nextInt(4));
      keywords.add(w);
      b.add(w, k); // duplicates allowed: each entry is reported
    }
    KeywordMatcher m = b.build();
    String text = random(r, length);
    List<KeywordHit> hits = m.findAll(text);
    Set<List<Integer>> found = new HashSet<>();
    int lastEnd = -1;
    int lastLength = Integer.MAX_VALUE;
    for (KeywordHit h : hits) {
      assertEquals(keywords.get(h.id()), h.keyword());
      assertEquals(h.keyword(), text.substring(h.start(), h.end()));
      assertTrue(found.add(List.of(h.id(), h.start(), h.end())), "reported twice: " + h);
      // in order of their ends, longest first for one end
      assertTrue(h.end() > lastEnd || (h.end() == lastEnd && h.end() - h.start() <= lastLength), hits.toString());
      lastLength = h.end() == lastEnd ? h.end() - h.start() : h.end() - h.start();
      lastEnd = h.end();
    }
    assertEquals(naive(keywords, text), found);
    assertEquals(!found.isEmpty(), m.containsAny(text));
    int[] calls = {0};
    m.forEachHit(text, (keyword, id, start, end) -> calls[0]++);
    assertEquals(hits.size(), calls[0]);
  }

  @Property(tries = 200)
  void aKeywordWithNoiseBetweenItsCharactersIsFoundAndItsOffsetsSpanTheNoise(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 0, max = 3) int gap) {
    Random r = new Random(seed);
    String keyword = "食品腐败";
    StringBuilder noisy = new StringBuilder();
    for (int i = 0; i < keyword.length(); i++) {
      noisy.append(keyword.charAt(i));
      if (i < keyword.length() - 1) {
        int g = r.nextInt(gap + 1);
        for (int k = 0; k < g; k++) {
          noisy.append("-* ".charAt(r.nextInt(3)));
        }
      }
    }
    String prefix = random(r, r.nextInt(5));
    String text = prefix + noisy + random(r, r.nextInt(5));
    KeywordMatcher m = KeywordMatcher.builder().add(keyword).normalization(Normalization.none().noise("-* ", 3))
        .build();
    List<KeywordHit> hits = m.findAll(text);
    assertEquals(1, hits.size(), text + " " + hits);
    assertEquals(prefix.length(), hits.get(0).start());
    assertEquals(prefix.length() + noisy.length(), hits.get(0).end());
    // one noise character more than the gap allows breaks it
    KeywordMatcher tight = KeywordMatcher.builder().add(keyword).normalization(Normalization.none().noise("-", 1))
        .build();
    assertEquals(List.of(), tight.findAll("食--品腐败"));
    assertEquals(1, tight.findAll("食-品-腐-败").size());
  }

  @Test
  void normalisationFindsEvasionsWithOffsetsIntoTheOriginalText() {
    KeywordMatcher m = KeywordMatcher.builder().add("杂质").add("假冒产品", 7).add("ban").add("İstanbul")
        .normalization(Normalization.all()).build();
    String text = "这批货有杂-质，还是假冒產品";
    assertEquals(List.of(new KeywordHit("杂质", -1, 4, 7), new KeywordHit("假冒产品", 7, 10, 14)), m.findAll(text));
    assertEquals("杂-质", text.substring(4, 7));
    assertEquals(List.of(new KeywordHit("假冒产品", 7, 0, 7)), m.findAll("假\u200B冒 产\u00AD品")); // invisible, noise
    assertEquals(List.of(new KeywordHit("ban", -1, 1, 4)), m.findAll("《ＢＡＮ》")); // full width, case
    assertEquals(List.of(new KeywordHit("İstanbul", -1, 3, 11)), m.findAll("in istanbul")); // İ folds like i
    assertEquals(List.of(new KeywordHit("杂质", -1, 0, 2)), m.findAll("雜質")); // traditional
  }

  @Test
  void anAllowedPhraseDropsTheHitsInsideIt() {
    KeywordMatcher m = KeywordMatcher.builder().add("假冒产品", 7).add("产品").allow("不是假冒产品")
        .allow("假冒产品测评").build();
    String text = "这不是假冒产品，那个是假冒产品。假冒产品测评";
    List<KeywordHit> hits = m.findAll(text);
    // inside 不是假冒产品 [1, 7): both 假冒产品 and 产品 dropped; inside 假冒产品测评: both dropped too
    assertEquals(List.of(new KeywordHit("假冒产品", 7, 11, 15), new KeywordHit("产品", -1, 13, 15)), hits);
    assertFalse(m.containsAny("不是假冒产品"));
    assertTrue(m.containsAny("不是假冒产品的假冒产品"));
  }

  @Test
  void latinKeywordsCanRequireWordBoundaries() {
    KeywordMatcher plain = KeywordMatcher.builder().add("ban").add("禁止").build();
    KeywordMatcher bounded = plain.toBuilder().wordBoundaries(true).build();
    assertEquals(2, plain.findAll("banana ban").size());
    assertEquals(List.of(new KeywordHit("ban", -1, 7, 10)), bounded.findAll("banana ban"));
    assertEquals(1, bounded.findAll("ban!").size());
    assertEquals(2, bounded.findAll("禁止ban销售").size()); // 禁止, and ban: Chinese neighbours are boundaries
    assertEquals(1, bounded.findAll("此处禁止吸烟").size()); // Chinese keywords need none
  }

  @Test
  void singleChineseCharactersAreWarnedAbout() {
    KeywordMatcher m = KeywordMatcher.builder().add("死").add("杂质").add("x").build();
    assertEquals(1, m.warnings().size());
    assertTrue(m.warnings().get(0).contains("死"), m.warnings().toString());
  }

  @Test
  void updatesBuildANewMatcherAndLeaveTheOldOne() {
    KeywordMatcher old = KeywordMatcher.builder().add("杂质", 1).add("模仿", 2).build();
    KeywordMatcher updated = old.toBuilder().remove("杂质").add("定价过高", 3).build();
    assertEquals(2, old.findAll("有杂质，定价过高，模仿").size());
    assertEquals(List.of(new KeywordHit("定价过高", 3, 4, 8), new KeywordHit("模仿", 2, 9, 11)),
        updated.findAll("有杂质，定价过高，模仿"));
  }

  @Test
  void badKeywordsAreTypedErrors() {
    RiskException e = assertThrows(RiskException.class, () -> KeywordMatcher.builder().add("a").add("").build());
    assertTrue(e.getMessage().contains("keyword 2"), e.getMessage());
    RiskException noise = assertThrows(RiskException.class,
        () -> KeywordMatcher.builder().add("--").normalization(Normalization.none().noise("-", 2)).build());
    assertTrue(noise.getMessage().contains("after normalisation"), noise.getMessage());
    assertThrows(NullPointerException.class, () -> KeywordMatcher.builder().add(null));
  }

  @Test
  void anyTextWorks() {
    KeywordMatcher m = KeywordMatcher.builder().add("😀").add("a\uD800").add("杂质").build();
    assertEquals(List.of(), m.findAll(""));
    assertEquals(1, m.findAll("x😀y").size());
    assertEquals(List.of(new KeywordHit("a\uD800", -1, 1, 3)), m.findAll("\uDC00a\uD800\uD800")); // lone surrogates
    StringBuilder big = new StringBuilder(10_000_000);
    Random r = new Random(3);
    while (big.length() < 10_000_000) {
      big.append((char) (0x4E00 + r.nextInt(500))).append(r.nextInt(1000) == 0 ? "杂质" : "");
    }
    String text = big.toString();
    int expected = 0;
    for (int at = text.indexOf("杂质"); at >= 0; at = text.indexOf("杂质", at + 1)) {
      expected++;
    }
    assertEquals(expected, m.findAll(text).size());
  }

  @Test
  void aHundredThousandKeywordsMatchLikeASetLookup() {
    matchesLikeASetLookup(100_000, 800, 11);
  }

  /** The "500,000 must compile": built (in about 1.5 s), and still exact. */
  @Test
  void fiveHundredThousandKeywordsBuildAndMatchLikeASetLookup() {
    matchesLikeASetLookup(500_000, 3_000, 12);
  }

  /**
   * {@code count} distinct keywords of 2-5 ideographs from the first {@code alphabet} of the CJK block, over a
   * 20,000-char text of the same ideographs with some keywords planted: the hits are exactly those of looking every
   * substring up in a map.
   */
  private static void matchesLikeASetLookup(int count, int alphabet, long seed) {
    Random r = new Random(seed);
    Map<String, Integer> keywords = new HashMap<>();
    List<String> planted = new ArrayList<>();
    KeywordMatcher.Builder b = KeywordMatcher.builder();
    while (keywords.size() < count) {
      StringBuilder w = new StringBuilder();
      int len = 2 + r.nextInt(4);
      for (int i = 0; i < len; i++) {
        w.append((char) (0x4E00 + r.nextInt(alphabet)));
      }
      if (keywords.putIfAbsent(w.toString(), keywords.size()) == null) {
        b.add(w.toString(), keywords.get(w.toString()));
        if (planted.size() < 500 && r.nextInt(count / 500) == 0) {
          planted.add(w.toString());
        }
      }
    }
    KeywordMatcher m = b.build();
    assertEquals(count, m.size());
    StringBuilder t = new StringBuilder();
    while (t.length() < 20_000) {
      t.append((char) (0x4E00 + r.nextInt(alphabet)));
      if (r.nextInt(20) == 0) {
        t.append(planted.get(r.nextInt(planted.size())));
      }
    }
    String text = t.toString();
    Set<List<Integer>> expected = new HashSet<>();
    for (int start = 0; start < text.length(); start++) {
      for (int len = 2; len <= 5 && start + len <= text.length(); len++) {
        Integer id = keywords.get(text.substring(start, start + len));
        if (id != null) {
          expected.add(List.of(id, start, start + len));
        }
      }
    }
    Set<List<Integer>> found = new HashSet<>();
    m.forEachHit(text, (keyword, id, start, end) -> found.add(List.of(id, start, end)));
    assertTrue(expected.size() > 500, "hits " + expected.size());
    assertEquals(expected, found);
  }
}
