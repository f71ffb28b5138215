/**
 * The risk rules inside Kafka Streams (舆情监控 at scale), for when one JVM is not enough: {@link
 * dev.ecomkit.integration.kafka.RiskRulesTopology} builds a topology that evaluates a {@link dev.ecomkit.risk.RuleSet}
 * over a topic of mentions, keeps each task's engine state in a state store (RocksDB or in memory, with its
 * changelog), emits alerts to a topic and sends malformed records to a dead-letter topic, optionally moves quiet
 * partitions' watermarks with the wall clock and takes {@link dev.ecomkit.integration.kafka.IncidentCommand}s that
 * acknowledge or resolve incidents from a command topic; {@link dev.ecomkit.integration.kafka.RiskSerdes} reads and
 * writes mentions, alerts and commands as JSON.
 *
 * <p>This module depends on {@code ecomkit-risk-rules} and Kafka Streams; the core modules never depend on it.
 */
package dev.ecomkit.integration.kafka;
