/**
 * RFM inside Spark, for transaction tables that live in a cluster: {@link
 * dev.ecomkit.integration.spark.RfmAggregator} is a typed {@code Aggregator} that builds the mergeable {@link
 * dev.ecomkit.segment.RfmAggregate} per partition and merges them, and {@link
 * dev.ecomkit.integration.spark.SparkRfm#score} turns a table of transactions into a table of customer scores and
 * segments in one call, identical to the single-JVM {@link dev.ecomkit.segment.RfmScorer}.
 *
 * <p>This module depends on {@code ecomkit-segmentation} and, as {@code provided}, on Spark SQL; the core modules
 * never depend on it.
 */
package dev.ecomkit.integration.spark;
