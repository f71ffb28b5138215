package dev.ecomkit.risk;

/**
 * Receives the hits of {@link KeywordMatcher#forEachHit} one at a time, without a {@link KeywordHit} object each.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HitConsumer {

  /**
   * One hit.
   *
   * @param keyword the keyword as added to the matcher
   * @param id the id given with the keyword, or −1
   * @param start the index of the first matched character in the text
   * @param end the index after the last matched character
   */
  void accept(String keyword, int id, int start, int end);
}
