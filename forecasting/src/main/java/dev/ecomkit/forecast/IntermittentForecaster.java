package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;

/**
 * Forecasts for intermittent demand — a SKU that sells a few units now and then, with many zero periods
 * ({@link Forecaster#croston()}, {@link Forecaster#sba()}, {@link Forecaster#tsb()}, {@link
 * Forecaster#intermittent()}). Each gives a flat forecast of the demand per period:
 *
 * <ul>
 *   <li><b>Croston</b> (1972, "Forecasting and stock control for intermittent demands", Oper. Res. Q. 23:289-303):
 *       simple exponential smoothing (α) of the non-zero demand sizes z and of the intervals p between them, each
 *       started at its first value and updated only when demand occurs; forecast z / p. This is R {@code
 *       forecast::croston}'s form.
 *   <li><b>SBA</b> (Syntetos &amp; Boylan 2005, "The accuracy of intermittent demand estimates", Int. J. Forecast.
 *       21:303-314): Croston × (1 − α/2), which removes most of Croston's upward bias.
 *   <li><b>TSB</b> (Teunter, Syntetos &amp; Babai 2011, "Intermittent demand: linking forecasting to inventory
 *       obsolescence", EJOR 214:606-615): the probability of demand in a period, smoothed every period (β) from the
 *       share of periods with demand, times the size smoothed when demand occurs (α) from the first size; forecast
 *       probability × size. It falls as zeros go on, so a dying SKU's forecast dies with it.
 *   <li><b>Automatic</b>: the Syntetos-Boylan-Croston classification (Syntetos, Boylan &amp; Croston 2005, "On the
 *       categorization of demand patterns", JORS 56:495-503) by the average inter-demand interval ADI and the
 *       squared coefficient of variation CV² of the non-zero sizes, cut-offs 1.32 and 0.49. Demand that sells in
 *       most periods (ADI &lt; 1.32: smooth or erratic) goes to a regular forecaster ({@link Forecaster#auto()}
 *       unless given), since a seasonal SKU that sells every month has a large CV² but no gaps for Croston to
 *       model; intermittent and lumpy demand (ADI ≥ 1.32) goes to SBA, which outperforms Croston there.
 * </ul>
 *
 * <p>Smoothing constants default to 0.1 (α and β), the usual choice for slow movers. The standard error is the
 * root mean square of the in-sample one-step errors, the same at every step; demand is not normal, so read the
 * intervals as a guide (a lower end below 0 means 0). Demand must be 0 or more: a negative value is a {@link
 * ForecastException} naming its index. A series without any demand is forecast 0, with a note.
 *
 * <p>Immutable and thread-safe.
 */
final class IntermittentForecaster implements Forecaster {

  /** The methods. */
  enum Method {
    CROSTON, SBA, TSB, AUTO
  }

  /** The Syntetos-Boylan-Croston demand classes. */
  enum DemandClass {
    SMOOTH, ERRATIC, INTERMITTENT, LUMPY
  }

  static final double ADI_CUTOFF = 1.32;
  static final double CV2_CUTOFF = 0.49;
  static final double DEFAULT_ALPHA = 0.1;

  private final Method method;
  private final double alpha;
  private final double beta;
  private final Forecaster regular;

  IntermittentForecaster(Method method, double alpha, double beta, Forecaster regular) {
    checkArgument(alpha > 0 && alpha <= 1, "alpha must be in (0, 1], got %s", alpha);
    checkArgument(beta > 0 && beta <= 1, "beta must be in (0, 1], got %s", beta);
    this.method = method;
    this.alpha = alpha;
    this.beta = beta;
    this.regular = regular;
  }

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] y = series.valuesView();
    for (int t = 0; t < y.length; t++) {
      if (y[t] < 0) {
        throw new ForecastException(t, "value at index " + t + " is " + y[t] + "; intermittent demand is 0 or "
            + "more (record returns apart)");
      }
    }
    int demands = 0;
    for (double v : y) {
      demands += v > 0 ? 1 : 0;
    }
    if (demands == 0) {
      return Forecast.normal(new double[horizon], new double[horizon], FitReport.of(method == Method.AUTO
          ? "intermittent (no demand)" : name(method), "no demand in " + y.length + " periods: forecast 0"));
    }
    Method m = method;
    String note = null;
    if (m == Method.AUTO) {
      DemandClass c = classify(y);
      note = String.format(Locale.ROOT, "demand class %s (ADI %.2f, CV² %.2f; cut-offs %.2f and %.2f)",
          c.name().toLowerCase(Locale.ROOT), adi(y), cv2(y), ADI_CUTOFF, CV2_CUTOFF);
      if (c == DemandClass.SMOOTH || c == DemandClass.ERRATIC) {
        Forecast f = regular.forecast(series, horizon);
        return Forecast.of(f.mean(), f.standardError(), FitReport.of(f.report().method(),
            concat(note + ": a regular forecaster", f.report().notes().toArray(new String[0]))));
      }
      m = Method.SBA;
    }
    double[] fitted = fitted(y, m);
    double rate = fitted[y.length];
    double sse = 0;
    for (int t = 1; t < y.length; t++) {
      double e = y[t] - fitted[t];
      sse += e * e;
    }
    double se = y.length > 1 ? Math.sqrt(sse / (y.length - 1)) : 0;
    double[] mean = new double[horizon];
    double[] standardError = new double[horizon];
    Arrays.fill(mean, rate);
    Arrays.fill(standardError, se);
    return Forecast.normal(mean, standardError, note == null ? FitReport.of(name(m)) : FitReport.of(name(m), note));
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private String name(Method m) {
    return String.format(Locale.ROOT, m == Method.TSB ? "%s (α %.2f, β %.2f)" : "%s (α %.2f)",
        m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT), alpha, beta)
        .replace("Sba", "SBA").replace("Tsb", "TSB");
  }

  /**
   * The one-step forecasts: {@code fitted[t]} is the forecast of period t made after period t − 1 (NaN before the
   * method has a forecast), {@code fitted[n]} the forecast of what follows the data.
   */
  double[] fitted(double[] y, Method m) {
    int n = y.length;
    double[] f = new double[n + 1];
    Arrays.fill(f, Double.NaN);
    if (m == Method.TSB) {
      int first = 0;
      int nonZero = 0;
      while (y[first] == 0) {
        first++;
      }
      for (double v : y) {
        nonZero += v > 0 ? 1 : 0;
      }
      double p = (double) nonZero / n;
      double z = y[first];
      for (int t = 0; t < n; t++) {
        f[t] = t > first ? p * z : Double.NaN;
        boolean demand = y[t] > 0;
        if (t > first) {
          p += beta * ((demand ? 1 : 0) - p);
          if (demand) {
            z += alpha * (y[t] - z);
          }
        }
      }
      f[n] = p * z;
      return nan(f);
    }
    double z = Double.NaN;
    double p = Double.NaN;
    int since = 0;
    double factor = m == Method.SBA ? 1 - alpha / 2 : 1;
    for (int t = 0; t < n; t++) {
      f[t] = Double.isNaN(z) ? Double.NaN : factor * z / p;
      since++;
      if (y[t] > 0) {
        if (Double.isNaN(z)) {
          z = y[t];
          p = since;
        } else {
          z += alpha * (y[t] - z);
          p += alpha * (since - p);
        }
        since = 0;
      }
    }
    f[n] = factor * z / p;
    return nan(f);
  }

  /** Periods before the first forecast count with the final forecast's error: NaN becomes the first forecast. */
  private static double[] nan(double[] f) {
    double first = Double.NaN;
    for (double v : f) {
      if (!Double.isNaN(v)) {
        first = v;
        break;
      }
    }
    for (int i = 0; i < f.length; i++) {
      if (Double.isNaN(f[i])) {
        f[i] = first;
      }
    }
    return f;
  }

  /**
   * The average interval between demands: periods / periods with demand, the zeros after the last demand included,
   * so a SKU that stopped selling is not taken for a regular seller.
   */
  static double adi(double[] y) {
    int count = 0;
    for (double v : y) {
      count += v > 0 ? 1 : 0;
    }
    return count == 0 ? Double.POSITIVE_INFINITY : (double) y.length / count;
  }

  /** The squared coefficient of variation of the non-zero demands (population variance). */
  static double cv2(double[] y) {
    double sum = 0;
    double sumSq = 0;
    int k = 0;
    for (double v : y) {
      if (v > 0) {
        sum += v;
        sumSq += v * v;
        k++;
      }
    }
    if (k == 0) {
      return 0;
    }
    double mean = sum / k;
    double variance = Math.max(0, sumSq / k - mean * mean);
    return variance / (mean * mean);
  }

  static DemandClass classify(double[] y) {
    boolean frequent = adi(y) < ADI_CUTOFF;
    boolean steady = cv2(y) < CV2_CUTOFF;
    return frequent ? (steady ? DemandClass.SMOOTH : DemandClass.ERRATIC)
        : (steady ? DemandClass.INTERMITTENT : DemandClass.LUMPY);
  }

  @Override
  public String toString() {
    return "Forecaster." + method.name().toLowerCase(Locale.ROOT).replace("auto", "intermittent") + "()";
  }
}
