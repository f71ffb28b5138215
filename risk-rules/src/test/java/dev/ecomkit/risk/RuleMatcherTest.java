package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** One scan for every rule gives what one matcher a rule gives, allowed phrases applied per rule. */
class RuleMatcherTest {

  private static final String[] PIECES = {"假", "冒", "产", "品", "不", "是", "杂", "质", "-"};

  private static String random(Random r, int min, int max) {
    StringBuilder sb = new StringBuilder();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length - 1)]); // no noise inside keywords and phrases
    }
    return sb.toString();
  }

  private static Rule rule(int i, List<String> keywords, List<String> allowed) {
    return Rule.builder().id("r" + i).category(RuleCategory.CUSTOM).addAllKeywords(keywords).addAllAllowed(allowed)
        .threshold(Threshold.atLeast(1, Duration.ofHours(1))).action("act").owner("team")
        .respondWithin(Duration.ofHours(1)).build();
  }

  @Test
  void anAllowedPhraseCoversOnlyItsOwnRulesHits() {
    RuleSet set = RuleSet.builder().normalization(Normalization.none())
        .add(rule(0, List.of("假冒产品"), List.of("不是假冒产品")))
        .add(rule(1, List.of("假冒"), List.of()))
        .build();
    List<String> hits = new ArrayList<>();
    set.matcher().match("这不是假冒产品", (r, keyword, start, end) -> hits.add(r + keyword + start + "-" + end));
    assertEquals(List.of("1假冒3-5"), hits); // rule 0's hit is allowed, rule 1 has no allowed phrase
  }

  @Property(tries = 300)
  void matchesWhatOneMatcherARuleFinds(@ForAll long seed, @ForAll boolean normalize) {
    Random r = new Random(seed);
    Normalization n = normalize ? RuleSet.DEFAULT_NORMALIZATION : Normalization.none();
    RuleSet.Builder b = RuleSet.builder().normalization(n);
    List<Rule> rules = new ArrayList<>();
    int count = 1 + r.nextInt(4);
    for (int i = 0; i < count; i++) {
      List<String> keywords = new ArrayList<>();
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        String w = random(r, 1, 3);
        if (!keywords.contains(w)) {
          keywords.add(w);
        }
      }
      List<String> allowed = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        allowed.add(random(r, 2, 5));
      }
      Rule rule = rule(i, keywords, allowed);
      rules.add(rule);
      b.add(rule);
    }
    RuleSet set = b.build();
    StringBuilder text = new StringBuilder();
    for (int i = r.nextInt(40); i > 0; i--) {
      text.append(PIECES[r.nextInt(PIECES.length)]);
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      KeywordMatcher.Builder one = KeywordMatcher.builder().addAll(rules.get(i).keywords()).normalization(n);
      rules.get(i).allowed().forEach(one::allow);
      for (KeywordHit h : one.build().findAll(text)) {
        expected.add(i + " " + h.keyword() + " " + h.start() + " " + h.end());
      }
    }
    List<String> found = new ArrayList<>();
    set.matcher().match(text, (rule, keyword, start, end) -> found.add(rule + " " + keyword + " " + start + " " + end));
    expected.sort(null);
    found.sort(null);
    assertEquals(expected, found, "text " + text);
  }
}
