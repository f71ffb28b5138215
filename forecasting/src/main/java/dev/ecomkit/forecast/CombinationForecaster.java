package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The equally weighted combination of several forecasters ({@link Forecaster#combination}): each step's forecast
 * is the mean of the members' forecasts. Simple averages are hard to beat in forecasting competitions (Clemen,
 * "Combining forecasts: a review and annotated bibliography", <i>IJF</i> 5 (1989) 559-583; Makridakis &amp; Hibon
 * 2000; Petropoulos et al., "Forecasting: theory and practice", <i>IJF</i> 38 (2022) §2.6.1).
 *
 * <p>The interval is the average of the members' intervals: for normal members, mean ± z·(mean of the standard
 * errors), i.e. the average of their quantiles (Lichtendahl, Grushka-Cockayne &amp; Winkler, "Is it better to
 * average probabilities or quantiles?", <i>Management Science</i> 59 (2013) 1594-1611), which is wider than a
 * normal with the members' errors assumed independent and narrower than their mixture.
 *
 * <p>Immutable and thread-safe when the members are.
 */
final class CombinationForecaster implements Forecaster {

  private final ImmutableList<Forecaster> members;
  private final String name;

  CombinationForecaster(List<Forecaster> members, String name) {
    checkArgument(!members.isEmpty(), "a combination needs at least one member");
    for (Forecaster f : members) {
      checkNotNull(f, "a member of the combination is null");
    }
    this.members = ImmutableList.copyOf(members);
    this.name = name;
  }

  @Override
  public Forecast forecast(TimeSeries series, int horizon) {
    checkNotNull(series, "series");
    checkArgument(horizon >= 1, "horizon must be at least 1, got %s", horizon);
    double[] mean = new double[horizon];
    double[] standardError = new double[horizon];
    StringBuilder method = new StringBuilder("mean of ");
    ImmutableFitReport.Builder report = ImmutableFitReport.builder();
    java.util.List<Forecast> forecasts = new java.util.ArrayList<>();
    java.util.List<String> failures = new java.util.ArrayList<>();
    for (Forecaster member : members) {
      try {
        forecasts.add(Forecast.checked(member.forecast(series, horizon), horizon, member));
      } catch (ForecastException | IllegalStateException e) { // one member's failure does not fail the batch
        failures.add(member + " failed and was left out: " + e.getMessage());
      }
    }
    if (forecasts.isEmpty()) {
      return Forecast.fallBack(LagForecaster.SEASONAL_NAIVE.forecast(series, horizon),
          "every member of the combination failed (" + String.join("; ", failures) + ")");
    }
    report.addAllNotes(failures);
    int k = forecasts.size();
    for (int i = 0; i < k; i++) {
      Forecast f = forecasts.get(i);
      double[] m = f.mean();
      double[] se = f.standardError();
      for (int h = 0; h < horizon; h++) {
        mean[h] += m[h] / k;
        standardError[h] += se[h] / k;
      }
      method.append(i == 0 ? "" : ", ").append(f.report().method());
      for (String note : f.report().notes()) {
        report.addNotes(f.report().method() + ": " + note);
      }
    }
    return Forecast.normal(mean, standardError, report.method(method.toString()).build());
  }

  @Override
  public String toString() {
    return name;
  }
}
