/**
 * Benchmarks of {@code dev.ecomkit.forecast}: {@link dev.ecomkit.bench.forecast.EtsFitBenchmark} (JMH: AutoETS on
 * a 144-point monthly series against a plain-Java Holt-Winters fit, and the forecast of a fitted model) and
 * {@link dev.ecomkit.bench.forecast.M3Monthly} (the M3 monthly accuracy and run-time program).
 */
package dev.ecomkit.bench.forecast;
