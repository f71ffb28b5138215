/**
 * JMH benchmarks of ecomkit's hot paths, each beside a named peer implementation, and {@link
 * dev.ecomkit.bench.RatioTable}, which runs them and prints a table of ratios in one run.
 *
 * <p>Convention: a benchmark method is named {@code <case>_<implementation>}; {@code <case>_ecomkit} is ecomkit
 * and every other implementation of the same case in the same class (and with the same parameters) is a peer it is
 * compared with. Each library module gets a sub-package ({@code dev.ecomkit.bench.sku}, …).
 */
package dev.ecomkit.bench;
