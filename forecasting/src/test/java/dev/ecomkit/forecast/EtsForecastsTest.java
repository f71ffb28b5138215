package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forecast means and intervals from R's own fitted parameters against R forecast 8.20's {@code forecast.ets}
 * ({@code ets-r-forecasts.txt}), for classes 1 (USAccDeaths ANA, WWWusage AAdN), 2 (Nile MNN, JohnsonJohnson MAA)
 * and 3 (ldeaths MNM, UKgas MAM, AirPassengers MAdM).
 */
class EtsForecastsTest {

  private static final double Z80 = new NormalDistribution().inverseCumulativeProbability(0.9);
  private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

  /** R's forecasts by dataset: sigma2, mean, lower80, upper80, lower95, upper95. */
  static Map<String, double[][]> rForecasts() throws IOException {
    return EtsFilterTest.table("ets-r-forecasts.txt");
  }

  /** Means and variances from R's parameters and initial states. */
  static double[][] ours(EtsFilterTest.RFit fit, double sigma2, int horizon) {
    int m = Math.max(1, fit.period());
    double[] end = new double[2 + m];
    EtsFilter.run(fit.type, fit.data, fit.alpha(), fit.beta(), fit.gamma(), fit.phi(), fit.initialState[0],
        fit.type.hasTrend() ? fit.initialState[1] : 0, fit.seasons(), m, new double[m], null, null, end);
    double[] mean = new double[horizon];
    double[] variance = new double[horizon];
    EtsForecasts.meansAndVariances(fit.type, fit.alpha(), fit.beta(), fit.gamma(), fit.phi(), end, m, sigma2, mean,
        variance);
    double[] point = EtsForecasts.pointForecasts(fit.type, fit.phi(), end, m, horizon);
    return new double[][] {mean, variance, point};
  }

  @ParameterizedTest
  @MethodSource("dev.ecomkit.forecast.EtsFilterTest#rFits")
  void matchesRsForecastMeansAndIntervals(EtsFilterTest.RFit fit) throws IOException {
    double[][] r = rForecasts().get(fit.name);
    int horizon = r[1].length;
    double[][] ours = ours(fit, r[0][0], horizon);
    boolean rDampedClass3Quirk = fit.name.equals("AirPassengers"); // R uses l + b, not l + φb, in class 3
    double tolerance = rDampedClass3Quirk ? 5e-3 : 1e-7; // ours checked by simulation below
    for (int h = 0; h < horizon; h++) {
      if (fit.name.equals("USAccDeaths") && (h + 1) % 12 == 0) {
        continue; // R 8.20's seasonal-index bug in class 1 without a trend: checked below against the corrected value
      }
      double mean = ours[0][h];
      double se = Math.sqrt(ours[1][h]);
      String where = fit + " h=" + (h + 1);
      assertEquals(r[1][h], mean, tolerance * Math.abs(r[1][h]), where + " mean");
      assertEquals(r[2][h], mean - Z80 * se, tolerance * Math.abs(r[2][h]), where + " lower 80");
      assertEquals(r[3][h], mean + Z80 * se, tolerance * Math.abs(r[3][h]), where + " upper 80");
      assertEquals(r[4][h], mean - Z95 * se, tolerance * Math.abs(r[4][h]), where + " lower 95");
      assertEquals(r[5][h], mean + Z95 * se, tolerance * Math.abs(r[5][h]), where + " upper 95");
    }
  }

  @Test
  void classOneSeasonalVarianceUsesTheCorrectedIndex() throws IOException {
    EtsFilterTest.RFit fit = EtsFilterTest.rFits().get(0); // USAccDeaths ETS(A,N,A)
    double[][] ours = ours(fit, rForecasts().get("USAccDeaths")[0][0], 24);
    // HKOS Table 6.1, ANA: v_h = σ²[1 + α²(h−1) + γk(2α + γ)], k = ⌊(h−1)/m⌋; the 80 % half-widths at h = 12, 24
    // computed from it (R 8.20 prints 829.5801 and 1133.7768, fixed in forecast 9.0.2+)
    assertEquals(829.3751, Z80 * Math.sqrt(ours[1][11]), 1e-3);
    assertEquals(1133.6268, Z80 * Math.sqrt(ours[1][23]), 1e-3);
  }

  @ParameterizedTest
  @MethodSource("dev.ecomkit.forecast.EtsFilterTest#rFits")
  void meanIsThePointForecastWithinOneSeason(EtsFilterTest.RFit fit) {
    int m = Math.max(1, fit.period());
    double[][] ours = ours(fit, 0.01, 3 * m);
    boolean class3 = fit.type.error == EtsType.Form.MULTIPLICATIVE && fit.type.season == EtsType.Form.MULTIPLICATIVE;
    for (int h = 0; h < 3 * m; h++) {
      if (!class3 || h < m) {
        assertEquals(ours[2][h], ours[0][h], 1e-9 * Math.abs(ours[2][h]), fit + " h=" + (h + 1));
      } else {
        assertTrue(ours[0][h] > ours[2][h], fit + " h=" + (h + 1) + ": the class-3 mean exceeds the point forecast");
      }
    }
  }

  @Test
  void dampedClassThreeMomentsMatchSimulation() throws IOException {
    EtsFilterTest.RFit fit = EtsFilterTest.rFits().get(2); // AirPassengers ETS(M,Ad,M)
    int m = 12;
    int horizon = 24;
    double sigma2 = 0.01; // larger than the fit's, so that the second-order terms show
    double[][] ours = ours(fit, sigma2, horizon);
    double[] end = new double[2 + m];
    EtsFilter.run(fit.type, fit.data, fit.alpha(), fit.beta(), fit.gamma(), fit.phi(), fit.initialState[0],
        fit.initialState[1], fit.seasons(), m, new double[m], null, null, end);
    int paths = 200_000;
    double[] sum = new double[horizon];
    double[] sumOfSquares = new double[horizon];
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    double sigma = Math.sqrt(sigma2);
    double phi = fit.phi();
    double[] ring = new double[m];
    for (int path = 0; path < paths; path++) {
      double l = end[0];
      double b = end[1];
      for (int j = 0; j < m; j++) {
        ring[j] = end[2 + m - 1 - j]; // ring[h mod m] holds the season used at step h + 1
      }
      for (int h = 0; h < horizon; h++) {
        double e = sigma * gaussian(random);
        double q = l + phi * b;
        double s = ring[h % m];
        double y = q * s * (1 + e);
        l = q * (1 + fit.alpha() * e);
        b = phi * b + fit.beta() * q * e;
        ring[h % m] = s * (1 + fit.gamma() * e);
        sum[h] += y;
        sumOfSquares[h] += y * y;
      }
    }
    for (int h = 0; h < horizon; h++) {
      double mean = sum[h] / paths;
      double variance = sumOfSquares[h] / paths - mean * mean;
      double meanError = Math.sqrt(variance / paths);
      assertEquals(mean, ours[0][h], 5 * meanError, "mean h=" + (h + 1));
      assertEquals(variance, ours[1][h], 0.02 * variance, "variance h=" + (h + 1));
    }
  }

  private static double gaussian(java.util.SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }
}
