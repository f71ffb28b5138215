/**
 * Seasonal demand forecasting for merchants (planned; nothing is implemented yet).
 *
 * <p>This package will hold the exponential smoothing family with automatic model choice, Theta and forecast
 * combinations; a Chinese retail calendar (Spring Festival by the lunar calendar, 618, Double 11/12,
 * back-to-school) with event effects; prediction intervals, backtests, the yearly per-quarter forecast table
 * (年度销售预测表) and surge alerts on search volume. See seed 001 §2.1 of the merchants' handbook.
 */
package dev.ecomkit.forecast;
