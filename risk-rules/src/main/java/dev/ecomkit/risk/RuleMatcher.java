package dev.ecomkit.risk;

import java.util.List;

/**
 * Which rules a text matches, with one scan for every rule's keywords: a {@link KeywordMatcher} over all (rule,
 * keyword) pairs, and one over all allowed phrases when any rule has some. A keyword hit counts for its rule unless
 * it lies wholly inside an occurrence of one of <i>that rule's</i> allowed phrases (the {@link KeywordMatcher}
 * rule, applied per rule: another rule's allowed phrase does not cover it).
 *
 * <p>Immutable and thread-safe.
 */
final class RuleMatcher {

  /** Receives each counted hit: the rule's index in the set, the keyword and its offsets. */
  interface Hit {
    void accept(int rule, String keyword, int start, int end);
  }

  private final KeywordMatcher keywords;
  /** Per pair id (the keyword matcher's ids): the rule. */
  private final int[] ruleOfPair;
  private final KeywordMatcher allowed;
  private final int[] ruleOfPhrase;
  private final boolean[] hasAllowed;

  RuleMatcher(List<Rule> rules, Normalization normalization) {
    KeywordMatcher.Builder k = KeywordMatcher.builder().normalization(normalization);
    KeywordMatcher.Builder a = KeywordMatcher.builder().normalization(normalization);
    int pairs = 0;
    int phrases = 0;
    for (Rule r : rules) {
      pairs += r.keywords().size();
      phrases += r.allowed().size();
    }
    ruleOfPair = new int[pairs];
    ruleOfPhrase = new int[phrases];
    hasAllowed = new boolean[rules.size()];
    pairs = 0;
    phrases = 0;
    for (int i = 0; i < rules.size(); i++) {
      for (String keyword : rules.get(i).keywords()) {
        ruleOfPair[pairs] = i;
        k.add(keyword, pairs++);
      }
      for (String phrase : rules.get(i).allowed()) {
        ruleOfPhrase[phrases] = i;
        a.add(phrase, phrases++);
        hasAllowed[i] = true;
      }
    }
    keywords = k.build();
    allowed = phrases == 0 ? null : a.build();
  }

  /**
   * A reusable link from the keyword matcher's callback to a {@link Hit}: made once per caller, so that matching a
   * text without allowed phrases allocates nothing.
   */
  final class Bridge implements HitConsumer {
    private final Hit hit;

    private Bridge(Hit hit) {
      this.hit = hit;
    }

    @Override
    public void accept(String keyword, int id, int start, int end) {
      hit.accept(ruleOfPair[id], keyword, start, end);
    }
  }

  Bridge bridge(Hit hit) {
    return new Bridge(hit);
  }

  /** As {@link #match(CharSequence, Hit)}, through a bridge made by this matcher. */
  void match(CharSequence text, Bridge bridge) {
    if (allowed == null) {
      keywords.forEachHit(text, bridge);
    } else {
      match(text, bridge.hit);
    }
  }

  /** Calls {@code hit} for every counted (rule, keyword) hit, in the order of their ends. */
  void match(CharSequence text, Hit hit) {
    if (allowed == null) {
      keywords.forEachHit(text, (keyword, id, start, end) -> hit.accept(ruleOfPair[id], keyword, start, end));
      return;
    }
    List<KeywordHit> phrases = allowed.findAll(text);
    keywords.forEachHit(text, (keyword, id, start, end) -> {
      int rule = ruleOfPair[id];
      if (hasAllowed[rule]) {
        for (KeywordHit p : phrases) {
          if (ruleOfPhrase[p.id()] == rule && p.start() <= start && end <= p.end()) {
            return; // inside one of this rule's allowed phrases
          }
        }
      }
      hit.accept(rule, keyword, start, end);
    });
  }
}
