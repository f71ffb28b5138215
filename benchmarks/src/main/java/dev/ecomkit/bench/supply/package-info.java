/**
 * Benchmarks of {@code dev.ecomkit.supply}: {@link dev.ecomkit.bench.supply.PolicyBenchmark} (JMH: reorder points
 * for a million SKUs through the columnar {@code SkuBatch}, against {@link dev.ecomkit.bench.supply.NaivePolicies},
 * one object and one Commons Math distribution per SKU).
 */
package dev.ecomkit.bench.supply;
