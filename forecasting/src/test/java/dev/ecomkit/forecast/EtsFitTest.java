package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fitting the class R chose reaches R's optimum: a likelihood criterion no worse than R's by more than a small
 * margin (a different Nelder-Mead path lands on a slightly different point), and an AICc within 0.1 %.
 */
class EtsFitTest {

  static java.util.List<EtsFilterTest.RFit> rFits() throws IOException {
    return EtsFilterTest.rFits();
  }

  @ParameterizedTest
  @MethodSource("rFits")
  void reachesRsOptimum(EtsFilterTest.RFit r) {
    EtsFit.Result fit = EtsFit.fit(r.type, r.data, Math.max(1, r.period()));

    assertTrue(fit.lik <= r.lik + 0.5, r + ": lik " + fit.lik + " against R's " + r.lik);
    assertEquals(r.par.length + 1, fit.parameters, r.toString());
  }
}
