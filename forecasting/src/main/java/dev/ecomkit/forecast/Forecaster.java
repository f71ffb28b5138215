package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A forecasting method: a series in, a {@link Forecast} out. The library's methods come from the static factories;
 * a user's own method implements this interface and plugs into the same batch and evaluation code.
 *
 * <pre>{@code
 * Forecast f = Forecaster.seasonalNaive().forecast(TimeSeries.monthly(YearMonth.of(2022, 1), sales), 12);
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and must answer every valid series with a finite
 * forecast or a {@link ForecastException} saying why the series cannot be forecast by this method.
 *
 * @since 0.1
 */
public interface Forecaster {

  /**
   * Forecasts the next {@code horizon} steps of a series.
   *
   * @param series the history
   * @param horizon how many steps to forecast, at least 1
   * @return the forecast, with {@code horizon} steps
   * @throws ForecastException if the series cannot be forecast by this method
   * @throws IllegalArgumentException if {@code horizon} is below 1
   * @since 0.1
   */
  Forecast forecast(TimeSeries series, int horizon);

  /**
   * The naive method (random walk): every step forecasts the last value. The benchmark every method must beat
   * (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.2). Its standard
   * error at step {@code h} is {@code σ·√h}, with {@code σ²} the mean squared one-step change of the history
   * (§5.5, as R's {@code forecast::naive}).
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster naive() {
    return LagForecaster.NAIVE;
  }

  /**
   * The seasonal naive method: each step forecasts the value one season earlier ({@code ŷ(T+h) = y(T+h−m·(k+1))},
   * {@code k = ⌊(h−1)/m⌋}), standard error {@code σ·√(k+1)} with {@code σ²} the mean squared change over one season
   * (FPP3 §5.2, §5.5, as R's {@code forecast::snaive}). For a series shorter than one season, or of period 1, it
   * is the naive method, and the report says so.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster seasonalNaive() {
    return LagForecaster.SEASONAL_NAIVE;
  }

  /**
   * Automatic exponential smoothing: the forecast of the ETS model with the smallest AICc ({@link AutoEts}). A
   * series no ETS model can be fitted to (fewer than 5 values) gets the seasonal naive forecast instead, and the
   * report says why, so a batch over many SKUs always gets a forecast.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster autoEts() {
    return EtsForecaster.INSTANCE;
  }

  /**
   * The Theta method (Assimakopoulos &amp; Nikolopoulos 2000), the M3 competition's winner: simple exponential
   * smoothing with half the trend line's slope as drift, on the seasonally adjusted series when a 90 % test finds a
   * season (Hyndman &amp; Billah 2003; as R's {@code forecast::thetaf}). Fewer than 5 values get the naive forecast,
   * with a note.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster theta() {
    return ThetaForecaster.INSTANCE;
  }

  /**
   * The library's recommended automatic method: the equally weighted combination of {@link #autoEts()},
   * {@link #theta()} and {@link #dynamicTheta()}. On the M3 competition's 1,428 monthly series it is more accurate
   * than any of its members and than the competition's winners (sMAPE 13.46 against Theta's 13.85 and ForecastPro's
   * 13.86; see the README's accuracy table and {@code BENCHMARKS.md} for the other combinations measured).
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster auto() {
    return Combinations.AUTO;
  }

  /**
   * The equally weighted combination of several forecasters: at each step the mean of their forecasts, with the
   * average of their intervals (Lichtendahl, Grushka-Cockayne &amp; Winkler 2013). The report names every member's
   * method and carries their notes.
   *
   * @param first a member
   * @param more further members
   * @return the combination; immutable and thread-safe when the members are
   * @since 0.1
   */
  static Forecaster combination(Forecaster first, Forecaster... more) {
    checkNotNull(first, "first");
    checkNotNull(more, "more");
    java.util.List<Forecaster> members = new java.util.ArrayList<>();
    members.add(first);
    members.addAll(java.util.Arrays.asList(more));
    return new CombinationForecaster(members, "Forecaster.combination(" + members + ")");
  }

  /**
   * One given exponential smoothing model, fitted by maximum likelihood: {@code "ANN"} is simple exponential
   * smoothing, {@code "AAdN"} the damped trend method, {@code "MAM"} multiplicative Holt-Winters, and so on
   * (error {@code A}/{@code M}, trend {@code N}/{@code A}/{@code Ad}, season {@code N}/{@code A}/{@code M}; HKOS
   * 2008 Table 2.1). Unlike {@link #autoEts()} it does not fall back: a series the model cannot be fitted to gets a
   * {@link ForecastException}.
   *
   * @param model the class, e.g. {@code "ANN"} or {@code "MAdM"}
   * @return the forecaster
   * @throws IllegalArgumentException if {@code model} is not an ETS class, has a multiplicative trend, or has an
   *     additive error with a multiplicative season (unstable; R forbids it by default)
   * @since 0.1
   */
  static Forecaster ets(String model) {
    return new FixedEtsForecaster(model);
  }

  /**
   * Automatic seasonal ARIMA: the stepwise AICc search of Hyndman &amp; Khandakar (2008) over models fitted by
   * conditional least squares, with differencing chosen by the KPSS test and the seasonal strength, as R's
   * {@code forecast::auto.arima}. A series no model can be fitted to gets the seasonal naive forecast, with the
   * reason in the report.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster autoArima() {
    return AutoArima.INSTANCE;
  }

  /**
   * The dynamic optimised Theta model of Fiorucci et al. (2016): the Theta method with the weight of its trend line
   * ({@code θ}) estimated and the line updated as data arrive, on the same seasonally adjusted series as
   * {@link #theta()}. More accurate than the classic method on the M3 monthly series (sMAPE 13.71 against 13.83).
   * Fewer than 5 values get the naive forecast, with a note.
   *
   * @return the shared instance
   * @since 0.1
   */
  static Forecaster dynamicTheta() {
    return ThetaForecaster.DYNAMIC;
  }

  /**
   * Croston's method for intermittent demand (Croston 1972, as R {@code forecast::croston}): smoothing constant 0.1
   * for the demand sizes and the intervals between them; a flat forecast of demand per period. See {@link #sba()},
   * which corrects its bias.
   *
   * @return the forecaster
   * @since 0.1
   */
  static Forecaster croston() {
    return new IntermittentForecaster(IntermittentForecaster.Method.CROSTON, 0.1, 0.1, null);
  }

  /**
   * The Syntetos-Boylan approximation (2005): Croston's forecast × (1 − α/2), α = 0.1, nearly unbiased.
   *
   * @return the forecaster
   * @since 0.1
   */
  static Forecaster sba() {
    return new IntermittentForecaster(IntermittentForecaster.Method.SBA, 0.1, 0.1, null);
  }

  /**
   * The Teunter-Syntetos-Babai method (2011): the probability of demand smoothed every period (β = 0.1) times the
   * demand size smoothed when demand occurs (α = 0.1); the forecast decays through a run of zeros, as a SKU on its
   * way out of the range should.
   *
   * @return the forecaster
   * @since 0.1
   */
  static Forecaster tsb() {
    return new IntermittentForecaster(IntermittentForecaster.Method.TSB, 0.1, 0.1, null);
  }

  /**
   * Automatic routing of slow movers by the Syntetos-Boylan-Croston classification (2005): demand that sells in most
   * periods (average interval between demands below 1.32 periods: smooth or erratic) to {@link #auto()},
   * intermittent and lumpy demand to {@link #sba()}. The report notes the class.
   *
   * @return the forecaster
   * @since 0.1
   */
  static Forecaster intermittent() {
    return new IntermittentForecaster(IntermittentForecaster.Method.AUTO, 0.1, 0.1, auto());
  }
}
