package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The Theta method ({@link Forecaster#theta()}), and its dynamic optimised variant ({@link Forecaster#dynamicTheta()},
 * {@link DynamicTheta}) on the same seasonally adjusted series. The Theta method is that of Assimakopoulos &amp; Nikolopoulos ("The theta model: a
 * decomposition approach to forecasting", <i>International Journal of Forecasting</i> 16 (2000) 521-530), winner of
 * the M3 competition, in the form Hyndman &amp; Billah showed it to be ("Unmasking the Theta method", <i>IJF</i> 19
 * (2003) 287-290) and R's {@code forecast::thetaf} computes: simple exponential smoothing with drift on the
 * seasonally adjusted series.
 *
 * <ol>
 *   <li>Seasonality test: for period {@code m > 1}, a non-constant series of more than {@code 2m} values is
 *       seasonal when the lag-{@code m} autocorrelation is significant at 90 %,
 *       {@code |r_m| > 1.645·√((1 + 2Σ_{i<m} r_i²)/n)} (Bartlett's standard error; the M3 Theta entry and R), or
 *       when the seasonal strength {@code max(0, 1 − Var(R)/Var(S + R))} of a classical additive decomposition
 *       exceeds 0.64 (Wang, Smith &amp; Hyndman 2006; the threshold of R's {@code auto.arima}). R uses the
 *       autocorrelation test alone, which misses strong seasons in histories of under three years; with both, the
 *       M3 monthly sMAPE improves from 13.85 to 13.83 (BENCHMARKS.md).
 *   <li>A seasonal series is divided by the seasonal figure of a classical multiplicative decomposition; if an
 *       index is below 10⁻⁴, or a value is not positive, it is forecast as non-seasonal (R, forecast issue #867).
 *   <li>Simple exponential smoothing (ETS(A,N,N) by maximum likelihood) gives the final level {@code ℓ} and
 *       {@code α}; the drift is half the least-squares slope {@code b} of the adjusted series on time.
 *   <li>{@code ŷ(n+h) = ℓ + (b/2)·[(h − 1) + (1 − (1 − α)^n)/α]}, times the seasonal index of that month.
 *   <li>Standard error {@code σ·√(1 + (h − 1)α²)} (the SES one), times the seasonal index. R leaves it unscaled,
 *       so its intervals are in seasonally adjusted units; here they are in the series' units.
 * </ol>
 * A series of fewer than 5 values has no SES fit: it gets the naive forecast, and the report says so.
 *
 * <p>Immutable and thread-safe.
 */
final class ThetaForecaster implements Forecaster {

  static final ThetaForecaster INSTANCE = new ThetaForecaster(false);
  static final ThetaForecaster DYNAMIC = new ThetaForecaster(true);

  /** The standard normal 95 % quantile: the one-sided 90 % test of R's {@code thetaf}. */
  private static final double Z95 = 1.6448536269514722;
  private static final EtsType SES = EtsType.parse("ANN");
  /** R's {@code auto.arima} threshold for a seasonal difference (forecast 8.3+, chosen on M3). */
  private static final double SEASONAL_STRENGTH = 0.64;

  /** The dynamic optimised variant ({@link Forecaster#dynamicTheta()}) rather than the classic one. */
  private final boolean dynamic;

  private ThetaForecaster(boolean dynamic) {
    this.dynamic = dynamic;
  }

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] y = series.valuesView();
    int n = y.length;
    int m = series.period();
    String name = dynamic ? "dynamic theta" : "theta";
    ImmutableFitReport.Builder report = ImmutableFitReport.builder().method(name);
    double[] seasonal = null;
    if (m > 1 && n > 2L * m && !TimeSeries.isConstant(y)
        && (seasonalByAcf(y, m) || AutoArima.seasonalStrength(y, m) > SEASONAL_STRENGTH)) {
      if (min(y) <= 0) {
        report.addNotes("seasonal, but a value is not positive: forecast without a multiplicative season");
      } else {
        seasonal = EtsInitialState.decompose(y, m, true);
        if (min(seasonal) < 1e-4) {
          seasonal = null;
          report.addNotes("a seasonal index is below 1e-4: forecast without a season");
        }
      }
    }
    double[] x = y;
    if (seasonal != null) {
      x = new double[n];
      for (int t = 0; t < n; t++) {
        x[t] = y[t] / seasonal[t];
      }
    }
    if (n < 5) {
      return Forecast.fallBack(LagForecaster.NAIVE.forecast(series, horizon),
          name + ": simple exponential smoothing needs at least 5 values, got " + n);
    }
    double[] mean = new double[horizon];
    double[] standardError = new double[horizon];
    if (TimeSeries.isConstant(x)) {
      java.util.Arrays.fill(mean, x[0]);
    } else if (dynamic) {
      DynamicTheta.forecast(x, mean, standardError);
    } else {
      classic(x, mean, standardError);
    }
    for (int h = 1; seasonal != null && h <= horizon; h++) {
      double index = seasonal[n - m + (h - 1) % m];
      mean[h - 1] *= index;
      standardError[h - 1] *= index;
    }
    return Forecast.normal(mean, standardError, report.build());
  }

  /** Steps 3-5 on the adjusted series {@code x}: SES with drift. */
  private static void classic(double[] x, double[] mean, double[] standardError) {
    int n = x.length;
    EtsFit.Result fit = EtsFit.fit(SES, x, 1, false, EtsFit.R_TOLERANCE, 0); // as R: fully optimised
    EtsModel ses = EtsModel.of(fit, x, 1, FitReport.of("theta"));
    double alpha = Math.max(1e-10, ses.alpha());
    double level = ses.finalState()[0];
    double sigma = Math.sqrt(ses.sigma2());
    double drift = slope(x) / 2;
    double start = (1 - Math.pow(1 - alpha, n)) / alpha;
    for (int h = 1; h <= mean.length; h++) {
      mean[h - 1] = level + drift * ((h - 1) + start);
      standardError[h - 1] = sigma * Math.sqrt(1 + (h - 1) * alpha * alpha);
    }
  }

  /** R's {@code thetaf} test on the biased sample autocorrelations {@code r_1..r_m}. */
  static boolean seasonalByAcf(double[] y, int m) {
    int n = y.length;
    double mean = 0;
    for (double v : y) {
      mean += v / n;
    }
    double variance = 0;
    for (double v : y) {
      variance += (v - mean) * (v - mean);
    }
    double sumOfSquares = 0;
    double rm = 0;
    for (int k = 1; k <= m; k++) {
      double c = 0;
      for (int t = 0; t + k < n; t++) {
        c += (y[t] - mean) * (y[t + k] - mean);
      }
      double r = c / variance;
      if (k < m) {
        sumOfSquares += r * r;
      } else {
        rm = r;
      }
    }
    return Math.abs(rm) > Z95 * Math.sqrt((1 + 2 * sumOfSquares) / n);
  }

  /** The least-squares slope of {@code x} on {@code 0..n−1}. */
  private static double slope(double[] x) {
    int n = x.length;
    double tMean = (n - 1) / 2.0;
    double xMean = 0;
    for (double v : x) {
      xMean += v / n;
    }
    double num = 0;
    double den = 0;
    for (int t = 0; t < n; t++) {
      num += (t - tMean) * (x[t] - xMean);
      den += (t - tMean) * (t - tMean);
    }
    return num / den;
  }


  private static double min(double[] y) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : y) {
      min = Math.min(min, v);
    }
    return min;
  }

  @Override
  public String toString() {
    return dynamic ? "Forecaster.dynamicTheta()" : "Forecaster.theta()";
  }
}
