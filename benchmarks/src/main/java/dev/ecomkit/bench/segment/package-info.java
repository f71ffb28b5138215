/**
 * Benchmarks of {@code dev.ecomkit.segment}: {@link dev.ecomkit.bench.segment.RfmBenchmark} (JMH: RFM scoring of
 * ten million transactions against {@link dev.ecomkit.bench.segment.GroupingByRfm}, the {@code Collectors.groupingBy}
 * version a developer writes first).
 */
package dev.ecomkit.bench.segment;
