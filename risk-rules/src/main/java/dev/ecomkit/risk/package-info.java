/**
 * Risk monitoring rules over social-media mentions (planned; nothing is implemented yet).
 *
 * <p>This package will hold fast multi-keyword matching of Chinese text with normalisation, sliding event-time
 * windows ("3 or more mentions within 24 hours"), actions with owners and deadlines, crisis levels 1/2/3
 * (危机等级) with escalation, JSON rule files and state that survives a restart. See seed 001 §5.
 */
package dev.ecomkit.risk;
