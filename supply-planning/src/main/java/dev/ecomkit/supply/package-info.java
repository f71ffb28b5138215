/**
 * Supply planning for merchants (in progress, issue 16).
 *
 * <p>Built so far: {@link dev.ecomkit.supply.StandardNormal}, the standard normal density, distribution function,
 * quantile (AS 241) and first-order loss function to full double precision, on which normal safety stock, fill
 * rates and the newsvendor rest; {@link dev.ecomkit.supply.Demand} per period (normal, Poisson, negative binomial,
 * empirical) and {@link dev.ecomkit.supply.LeadTime} (fixed, zero included, or normal) with the moments of demand
 * over the lead time. Bad input is a {@link dev.ecomkit.supply.SupplyException} naming the argument.
 *
 * <p>This package will hold safety stock, reorder point, order-up-to, EOQ and the (s,S), (R,S) and (r,Q) policies;
 * the newsvendor; bullwhip-effect (牛鞭效应) measurement, simulation and smoothing; tiered suppliers (core and
 * backup factories); lead-time plans with a 10 % buffer and warning lines; campaign readiness; and the
 * "traffic doubles for 48 hours" stress test. See seed 001 §2 and seed 000.
 */
@SupplyStyle
package dev.ecomkit.supply;
