package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Theta against R forecast 8.20's {@code thetaf} ({@code theta-r-forecasts.txt}). */
class ThetaForecasterTest {

  static Map<String, double[][]> rForecasts() throws IOException {
    return EtsFilterTest.table("theta-r-forecasts.txt");
  }

  @ParameterizedTest
  @MethodSource("dev.ecomkit.forecast.EtsFilterTest#rFits")
  void matchesRsThetaf(EtsFilterTest.RFit fit) throws IOException {
    double[][] r = rForecasts().get(fit.name);
    if (r == null) {
      return; // R's thetaf was run on five of the datasets
    }
    int m = Math.max(1, fit.period());
    Forecast f = Forecaster.theta().forecast(TimeSeries.of(fit.data, m), 12);
    boolean seasonal = m > 1;
    for (int h = 0; h < 12; h++) {
      String where = fit.name + " h=" + (h + 1);
      // Nelder-Mead stops within about 1e-3 of the SES optimum's α (R's own mse and lik criteria, whose optimum
      // is the same, give α = 0.24567 and 0.24553 on the Nile): forecasts agree to a few parts in 10^4
      double tolerance = 3e-4;
      assertEquals(r[0][h], f.mean()[h], tolerance * Math.abs(r[0][h]), where);
      if (!seasonal) {
        assertEquals(r[1][h], f.lower(0.95)[h], 3 * tolerance * Math.abs(r[1][h]), where);
        assertEquals(r[2][h], f.upper(0.95)[h], 3 * tolerance * Math.abs(r[2][h]), where);
      } else { // R leaves a seasonal series' standard error in adjusted units; ours is it times the seasonal index
        double z = 1.959963984540054;
        double rSe = (r[2][h] - r[0][h]) / z;
        double index = EtsInitialState.decompose(fit.data, m, true)[fit.data.length - m + h % m];
        assertEquals(rSe * index, (f.upper(0.95)[h] - f.mean()[h]) / z, 3 * tolerance * rSe * index, where);
      }
    }
    assertEquals("theta", f.report().method());
  }

  @Test
  void seasonalityTestAsR() {
    // thetaf finds USAccDeaths seasonal (it reseasonalises: R's forecast above has the summer peak)
    assertTrue(ThetaForecaster.seasonalByAcf(Datasets.US_ACCIDENTAL_DEATHS, 12));
    // the Nile's flow has no 12-step season
    assertFalse(ThetaForecaster.seasonalByAcf(Datasets.NILE, 12));
  }

  @Test
  void shortSeriesFallsBackToNaiveWithANote() {
    Forecast f = Forecaster.theta().forecast(TimeSeries.of(new double[] {4, 6, 5}, 1), 3);

    assertEquals(5, f.mean()[2]);
    assertEquals("naive", f.report().method());
    assertTrue(f.report().notes().get(0).startsWith("theta: simple exponential smoothing needs at least 5"));
  }

  @Test
  void aStrongSeasonInUnderThreeYearsIsFound() {
    // the first 34 months of SKU TB-01 in the demo's sales sample (examples, SalesSampleGenerator): a Double 11
    // peak each November; the autocorrelation test alone (R's thetaf) calls it non-seasonal and forecasts flat
    double[] y = {531, 409, 244, 151, 137, 205, 114, 124, 353, 591, 1299, 1041, 673, 400, 341, 201, 203, 271, 162,
        196, 332, 855, 1652, 1289, 757, 488, 359, 229, 196, 367, 162, 243, 461, 935};
    for (Forecaster theta : new Forecaster[] {Forecaster.theta(), Forecaster.dynamicTheta()}) {
      double[] f = theta.forecast(TimeSeries.of(y, 12), 12).mean();
      // the forecast starts in November 2024: the peak, against the trough in July
      assertTrue(f[0] > 2 * f[8], theta + ": November " + f[0] + " against July " + f[8]);
    }
    assertFalse(ThetaForecaster.seasonalByAcf(y, 12), "the autocorrelation test alone misses it");
  }
}
