package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.Set;

/**
 * Automatic ARIMA ({@link Forecaster#autoArima()}): the stepwise search of Hyndman &amp; Khandakar ("Automatic time
 * series forecasting: the forecast package for R", <i>Journal of Statistical Software</i> 27(3), 2008, §3.2), as
 * R's {@code forecast::auto.arima} with its defaults, over models fitted by conditional least squares
 * ({@link ArimaModel}).
 *
 * <ol>
 *   <li>Seasonal differencing {@code D = 1} when the seasonal strength {@code max(0, 1 − Var(R)/Var(S + R))} (Wang,
 *       Smith &amp; Hyndman 2006; FPP3 §4.3) exceeds 0.64, R's threshold; R measures it on an STL decomposition,
 *       here on the classical additive one ({@link EtsInitialState#decompose}). Needs more than two seasons.
 *   <li>Differences {@code d} (at most 2) while the KPSS level-stationarity test rejects at 5 % (Kwiatkowski,
 *       Phillips, Schmidt &amp; Shin 1992, statistic above 0.463, Bartlett window of {@code ⌊3√n/13⌋} lags).
 *   <li>A constant when {@code d + D ≤ 1} (mean or drift), none for {@code d + D = 2}.
 *   <li>Starting from ARIMA(2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1) and the constant-free
 *       (0,d,0)(0,D,0), move to the first neighbour (each of p, q, P, Q one up or down, pairs of them, the constant
 *       toggled) with a smaller AICc, until none is smaller; at most 94 models; {@code p, q ≤ 5},
 *       {@code P, Q ≤ 2}, capped at a third of the series (in seasons for P, Q).
 * </ol>
 * The differences from R: conditional least squares instead of exact maximum likelihood, and the classical
 * decomposition instead of STL; the report says "ARIMA(…)" in R's notation.
 *
 * <p>Stateless and thread-safe.
 */
final class AutoArima implements Forecaster {

  static final AutoArima INSTANCE = new AutoArima();

  private static final double KPSS_CRITICAL_5 = 0.463;
  private static final double SEASONAL_STRENGTH = 0.64;
  private static final int MAX_MODELS = 94;

  private AutoArima() {}

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    ArimaModel model;
    try {
      model = fit(series.valuesView(), series.period());
    } catch (ForecastException e) {
      return Forecast.fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon), "ARIMA: "
          + e.getMessage());
    }
    double[] mean = new double[horizon];
    double[] variance = new double[horizon];
    model.forecast(horizon, mean, variance);
    double[] standardError = new double[horizon];
    for (int h = 0; h < horizon; h++) {
      standardError[h] = Math.sqrt(Math.max(variance[h], 0));
      if (!Double.isFinite(mean[h]) || !Double.isFinite(standardError[h])) {
        return Forecast.fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon), "ARIMA: "
            + model.name() + " gave a non-finite forecast");
      }
    }
    return Forecast.normal(mean, standardError, FitReport.of(model.name()));
  }

  /** The model of the stepwise search. */
  static ArimaModel fit(double[] y, int period) {
    int n = y.length;
    if (n < 4) {
      throw new ForecastException(n + " values are too few for an ARIMA model");
    }
    int m = period;
    int seasonalD = m > 1 && n > 2L * m && seasonalStrength(y, m) > SEASONAL_STRENGTH ? 1 : 0;
    double[] w = ArimaModel.difference(y, 0, seasonalD, m);
    int d = 0;
    while (d < 2 && !TimeSeries.isConstant(w) && w.length > 3 && kpss(w) > KPSS_CRITICAL_5) {
      w = ArimaModel.difference(w, 1, 0, 1);
      d++;
    }
    boolean allowConstant = d + seasonalD <= 1;
    boolean seasonal = m > 1;
    int maxP = Math.min(5, n / 3);
    int maxQ = maxP;
    int maxSeasonalP = seasonal ? Math.min(2, n / 3 / m) : 0;
    int maxSeasonalQ = maxSeasonalP;
    if (seasonal && maxSeasonalP > 0) {
      maxP = Math.min(maxP, m - 1);
      maxQ = Math.min(maxQ, m - 1);
    }
    if (TimeSeries.isConstant(w)) {
      return ArimaModel.fit(new ArimaModel.Order(0, d, 0, 0, seasonalD, 0, allowConstant), y, m);
    }
    Search search = new Search(y, m, maxP, maxQ, maxSeasonalP, maxSeasonalQ);
    int sP = seasonal ? 1 : 0;
    search.tryOrder(new ArimaModel.Order(Math.min(2, maxP), d, Math.min(2, maxQ), Math.min(sP, maxSeasonalP),
        seasonalD, Math.min(sP, maxSeasonalQ), allowConstant));
    search.tryOrder(new ArimaModel.Order(0, d, 0, 0, seasonalD, 0, allowConstant));
    search.tryOrder(new ArimaModel.Order(Math.min(1, maxP), d, 0, Math.min(sP, maxSeasonalP), seasonalD, 0,
        allowConstant));
    search.tryOrder(new ArimaModel.Order(0, d, Math.min(1, maxQ), 0, seasonalD, Math.min(sP, maxSeasonalQ),
        allowConstant));
    if (allowConstant) {
      search.tryOrder(new ArimaModel.Order(0, d, 0, 0, seasonalD, 0, false));
    }
    boolean moved = search.best != null;
    while (moved && search.tried.size() < MAX_MODELS) {
      moved = false;
      ArimaModel.Order b = search.best.order;
      int[][] moves = {
          {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1},
          {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
          {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
          {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};
      for (int[] move : moves) {
        if (!seasonal && (move[2] != 0 || move[3] != 0)) {
          continue;
        }
        ArimaModel.Order next = new ArimaModel.Order(b.p + move[0], d, b.q + move[1], b.seasonalP + move[2],
            seasonalD, b.seasonalQ + move[3], b.constant);
        if (search.tryOrder(next)) {
          moved = true;
          break;
        }
      }
      if (!moved && allowConstant) {
        moved = search.tryOrder(new ArimaModel.Order(b.p, d, b.q, b.seasonalP, seasonalD, b.seasonalQ,
            !b.constant));
      }
    }
    if (search.best == null) {
      throw new ForecastException("no ARIMA model could be fitted to " + n + " values");
    }
    return search.best;
  }

  /** The models tried so far and the best one. */
  private static final class Search {
    final double[] y;
    final int m;
    final int maxP;
    final int maxQ;
    final int maxSeasonalP;
    final int maxSeasonalQ;
    final Set<ArimaModel.Order> tried = new HashSet<>();
    ArimaModel best;

    Search(double[] y, int m, int maxP, int maxQ, int maxSeasonalP, int maxSeasonalQ) {
      this.y = y;
      this.m = m;
      this.maxP = maxP;
      this.maxQ = maxQ;
      this.maxSeasonalP = maxSeasonalP;
      this.maxSeasonalQ = maxSeasonalQ;
    }

    /** Fits {@code order} if new and within bounds; true if it became the best. */
    boolean tryOrder(ArimaModel.Order order) {
      if (order.p < 0 || order.q < 0 || order.seasonalP < 0 || order.seasonalQ < 0 || order.p > maxP
          || order.q > maxQ || order.seasonalP > maxSeasonalP || order.seasonalQ > maxSeasonalQ
          || !tried.add(order)) {
        return false;
      }
      ArimaModel model;
      try {
        model = ArimaModel.fit(order, y, m);
      } catch (ForecastException e) {
        return false; // too short, or not stationary and invertible: R scores it +∞
      }
      if (best == null || model.aicc() < best.aicc()) {
        best = model;
        return true;
      }
      return false;
    }
  }

  /** The KPSS level statistic {@code Σ S_t² / (n² s²)} with a Bartlett long-run variance. */
  static double kpss(double[] x) {
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v / n;
    }
    double[] e = new double[n];
    double partial = 0;
    double sumOfPartials = 0;
    double variance = 0;
    for (int t = 0; t < n; t++) {
      e[t] = x[t] - mean;
      partial += e[t];
      sumOfPartials += partial * partial;
      variance += e[t] * e[t];
    }
    int lags = (int) (3 * Math.sqrt(n) / 13);
    double longRun = variance / n;
    for (int l = 1; l <= lags; l++) {
      double c = 0;
      for (int t = l; t < n; t++) {
        c += e[t] * e[t - l];
      }
      longRun += 2.0 * (1 - l / (lags + 1.0)) * c / n;
    }
    return sumOfPartials / ((double) n * n * longRun);
  }

  /** {@code max(0, 1 − Var(R)/Var(S + R))} on the classical additive decomposition, where the trend is known. */
  static double seasonalStrength(double[] y, int m) {
    int n = y.length;
    double[] seasonal = EtsInitialState.decompose(y, m, false);
    int half = m / 2;
    double[] remainder = new double[n - 2 * half];
    double[] detrended = new double[n - 2 * half];
    for (int t = half; t < n - half; t++) {
      detrended[t - half] = y[t] - EtsInitialState.centredMovingAverage(y, t, m);
      remainder[t - half] = detrended[t - half] - seasonal[t];
    }
    double ratio = variance(remainder) / variance(detrended);
    return Double.isFinite(ratio) ? Math.max(0, 1 - ratio) : 0;
  }

  private static double variance(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double s = 0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return s / (x.length - 1);
  }


  @Override
  public String toString() {
    return "Forecaster.autoArima()";
  }
}
