package dev.ecomkit.risk;

/**
 * One occurrence of a keyword in a text (关键词命中): the keyword as it was added, its id, and the offsets of the
 * occurrence in the text as given — UTF-16 indexes, {@code text.substring(start, end)} is what matched, noise and
 * invisible characters between the keyword's characters included.
 *
 * @param keyword the keyword as added to the matcher
 * @param id the id given with the keyword, or −1
 * @param start the index of the first matched character
 * @param end the index after the last matched character
 * @since 0.1
 */
public record KeywordHit(String keyword, int id, int start, int end) {}
