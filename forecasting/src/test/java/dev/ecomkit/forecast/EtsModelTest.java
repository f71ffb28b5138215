package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic cases, parameter recovery on simulated series, all fifteen classes, and bad input. */
class EtsModelTest {

  @Test
  void likelihoodOfAHandComputedCase() {
    // ETS(A,N,N), α = 0.5, l0 = 1 on 1, 2, 3: errors 0, 1, 1.5 (levels 1, 1.5, 2.25), so lik = 3·log(3.25)
    double lik = EtsFilter.run(EtsType.parse("ANN"), new double[] {1, 2, 3}, 0.5, 0, 0, 1, 1, 0, new double[0], 1,
        new double[1], null, null, null);

    assertEquals(3 * Math.log(3.25), lik, 1e-12);
    // ETS(M,N,N), same: relative errors 0, 1/1, 1.5/1.5... μ = 1, 1, 1.5 → e = 0, 1, 1; lik = 3·log 2 + 2·log 1.5
    double likM = EtsFilter.run(EtsType.parse("MNN"), new double[] {1, 2, 3}, 0.5, 0, 0, 1, 1, 0, new double[0], 1,
        new double[1], null, null, null);
    assertEquals(3 * Math.log(2) + 2 * Math.log(1.5), likM, 1e-12);
  }

  @Test
  void sesWithAlphaOneIsNaive() {
    double[] y = {12, 15, 11, 18, 14, 16, 13};
    EtsFit.Result fit = new EtsFit.Result(EtsType.parse("ANN"), 1, 0, 0, 1, new double[] {12}, 0, 3, y.length);
    Forecast ses = EtsModel.of(fit, y, 1, FitReport.of("ETS(A,N,N)")).forecast(5);
    Forecast naive = Forecaster.naive().forecast(TimeSeries.of(y, 1), 5);

    for (int h = 0; h < 5; h++) {
      assertEquals(13, ses.mean()[h], 1e-12); // the last value
      // both grow as √h; σ² differs only by its degrees of freedom (n − 2 against n − 1 changes, the first 0)
      assertEquals(Math.sqrt(h + 1), ses.standardError()[h] / ses.standardError()[0], 1e-12);
      assertEquals(naive.standardError()[h] / naive.standardError()[0], ses.standardError()[h]
          / ses.standardError()[0], 1e-12);
    }
  }

  @Test
  void simpleExponentialSmoothingRecoversAlpha() {
    SplittableRandom random = new SplittableRandom(7);
    double alpha = 0.3;
    double level = 100;
    double[] y = new double[400];
    for (int t = 0; t < y.length; t++) {
      double e = 5 * gaussian(random);
      y[t] = level + e;
      level += alpha * e;
    }
    EtsModel model = EtsModel.of(EtsFit.fit(EtsType.parse("ANN"), y, 1, false, EtsFit.R_TOLERANCE, 0), y, 1, FitReport.of("ANN"));

    assertEquals(alpha, model.alpha(), 0.07);
    assertEquals(25, model.sigma2(), 25 * 0.2);
  }

  @Test
  void multiplicativeHoltWintersRecoversItsParameters() {
    SplittableRandom random = new SplittableRandom(11);
    double alpha = 0.2;
    double beta = 0.02;
    double gamma = 0.3;
    int m = 12;
    double level = 1000;
    double growth = 5;
    double[] season = new double[m];
    for (int j = 0; j < m; j++) {
      season[j] = 1 + 0.3 * Math.sin(2 * Math.PI * j / m);
    }
    double[] y = new double[600];
    for (int t = 0; t < y.length; t++) {
      double e = 0.05 * gaussian(random);
      double q = level + growth;
      double s = season[t % m];
      y[t] = q * s * (1 + e);
      level = q * (1 + alpha * e);
      growth += beta * q * e;
      season[t % m] = s * (1 + gamma * e);
    }
    EtsModel model = EtsModel.of(EtsFit.fit(EtsType.parse("MAM"), y, m, false, EtsFit.R_TOLERANCE, 0), y, m, FitReport.of("MAM"));

    assertEquals(alpha, model.alpha(), 0.08);
    assertEquals(gamma, model.gamma().getAsDouble(), 0.08);
    assertEquals(0.05 * 0.05, model.sigma2(), 0.05 * 0.05 * 0.2);
  }

  static String[] allClasses() {
    return new String[] {"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA", "MNN", "MAN", "MAdN", "MNA", "MAA", "MAdA",
        "MNM", "MAM", "MAdM"};
  }

  @ParameterizedTest
  @MethodSource("allClasses")
  void everyClassFitsAndForecastsFinitely(String model) {
    Forecast f = Forecaster.ets(model).forecast(TimeSeries.of(Datasets.US_ACCIDENTAL_DEATHS, 12), 36);

    assertEquals(36, f.horizon());
    for (int h = 0; h < 36; h++) {
      assertTrue(f.lower(0.95)[h] < f.mean()[h] && f.mean()[h] < f.upper(0.95)[h], model + " h=" + (h + 1));
      assertTrue(f.mean()[h] > 5000 && f.mean()[h] < 15000, model + " h=" + (h + 1) + ": " + f.mean()[h]);
    }
    assertEquals(EtsType.parse(model).toString(), f.report().method());
  }

  @Test
  void badInputIsATypedErrorNamingTheProblem() {
    double[] withNegative = Datasets.US_ACCIDENTAL_DEATHS.clone();
    withNegative[5] = -1;
    ForecastException negative = assertThrows(ForecastException.class,
        () -> Forecaster.ets("MNM").forecast(TimeSeries.of(withNegative, 12), 12));
    assertEquals(5, negative.index().getAsInt());
    assertTrue(negative.getMessage().contains("needs positive values"), negative.getMessage());

    ForecastException periodTooLong = assertThrows(ForecastException.class,
        () -> Forecaster.ets("ANA").forecast(TimeSeries.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 12), 3));
    assertTrue(periodTooLong.getMessage().contains("needs more than"), periodTooLong.getMessage());

    IllegalArgumentException horizon = assertThrows(IllegalArgumentException.class,
        () -> AutoEts.fit(TimeSeries.of(Datasets.NILE, 1)).forecast(0));
    assertTrue(horizon.getMessage().contains("horizon must be at least 1, got 0"));
    assertThrows(IllegalArgumentException.class,
        () -> Forecaster.autoEts().forecast(TimeSeries.of(Datasets.NILE, 1), -1));
    IllegalArgumentException unstable = assertThrows(IllegalArgumentException.class, () -> Forecaster.ets("AAM"));
    assertTrue(unstable.getMessage().contains("numerically unstable"), unstable.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Forecaster.ets("MMN"));
    assertThrows(IllegalArgumentException.class, () -> Forecaster.ets("ETS"));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void tooShortForEtsFallsBackToSeasonalNaiveWithAReason(int n) {
    double[] y = java.util.Arrays.copyOf(new double[] {5, 7, 6, 8}, n);
    Forecast f = Forecaster.autoEts().forecast(TimeSeries.of(y, 4), 4);

    assertTrue(f.report().notes().get(0).startsWith("AutoETS: "), f.report().toString());
    assertTrue(f.report().notes().get(0).contains("too few for any ETS model"), f.report().toString());
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log1p(-random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
