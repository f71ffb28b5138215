package dev.ecomkit.segment;

/**
 * One scored customer: the raw recency, frequency and monetary value, their scores and the segment.
 *
 * @param id the customer id ({@code long} ids in decimal)
 * @param recencyDays days from the last purchase to the as-of date, at least 0
 * @param frequency the number of purchases (or of distinct purchase days or orders, as the scorer was set), at least 1
 * @param monetary purchases less refunds, in total or per purchase as the scorer was set
 * @param r the recency score, 1 to n (n: the most recent)
 * @param f the frequency score, 1 to n
 * @param m the monetary score, 1 to n
 * @param segment the segment's name
 * @since 0.1
 */
public record RfmCustomer(String id, int recencyDays, int frequency, double monetary, int r, int f, int m,
    String segment) {}
