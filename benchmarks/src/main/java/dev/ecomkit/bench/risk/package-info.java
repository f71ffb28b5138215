/**
 * Benchmarks of {@code dev.ecomkit.risk}: {@link dev.ecomkit.bench.risk.KeywordMatchBenchmark} (JMH: keyword matching
 * of generated Chinese posts against hankcs' AhoCorasickDoubleArrayTrie, org.ahocorasick and houbb's sensitive-word;
 * the cost of each normalisation switch; build time and memory), on text and keywords from
 * {@link dev.ecomkit.bench.risk.ChineseCorpus}.
 */
package dev.ecomkit.bench.risk;
