package dev.ecomkit.segment;

/**
 * One segment of an {@link RfmResult}: how many customers, how much of the revenue, and their averages.
 *
 * @param name the segment's name
 * @param customers the number of customers, at least 0
 * @param customerShare their share of the scored customers, in [0, 1]
 * @param revenue their purchases less refunds
 * @param revenueShare their share of the revenue of all scored customers (0 when that is 0)
 * @param averageRecencyDays the mean days since the last purchase (0 for an empty segment)
 * @param averageFrequency the mean number of purchases (0 for an empty segment)
 * @param averageMonetary the mean revenue per customer (0 for an empty segment)
 * @since 0.1
 */
public record SegmentSummary(String name, int customers, double customerShare, double revenue, double revenueShare,
    double averageRecencyDays, double averageFrequency, double averageMonetary) {}
