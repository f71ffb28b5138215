/** Benchmarks of {@code dev.ecomkit.sku}: strict SKU parsing against a {@code java.util.regex} parser. */
package dev.ecomkit.bench.sku;
