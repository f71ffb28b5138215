/**
 * JMH benchmarks of ecomkit's hot paths (planned; no benchmark exists yet).
 *
 * <p>Each library module gets a sub-package here ({@code dev.ecomkit.bench.sku}, {@code .forecast} …) whose
 * benchmarks measure the library beside a named peer implementation (for example a {@code java.util.regex} SKU
 * parser), and a script that builds the JMH jar and prints a table of ratios in one run.
 */
package dev.ecomkit.bench;
