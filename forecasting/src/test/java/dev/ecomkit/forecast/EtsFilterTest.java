package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The filter reproduces R's likelihood criterion exactly, given R's fitted parameters and initial states
 * ({@code ets-r-fits.txt}: seven R datasets covering ANA, MNM, MAdM, MNN, AAdN, MAM and MAA). This checks the
 * recursions and the criterion without depending on any optimiser.
 */
class EtsFilterTest {

  /** One line of {@code ets-r-fits.txt}. */
  static final class RFit {
    final String name;
    final EtsType type;
    final double[] par;
    final double[] initialState;
    final double lik;
    final double[] data;

    RFit(String line) {
      String[] parts = line.split("\\|");
      String[] head = parts[0].trim().split("\\s+");
      this.name = head[0];
      this.type = EtsType.parse(head[1] + head[2] + (head[4].equals("TRUE") ? "d" : "") + head[3]);
      this.par = numbers(parts[1]);
      this.initialState = numbers(parts[2]);
      this.lik = Double.parseDouble(parts[3].trim());
      this.data = numbers(parts[4]);
    }

    int period() {
      return initialState.length - 1 - (type.hasTrend() ? 1 : 0);
    }

    double alpha() {
      return par[0];
    }

    double beta() {
      return type.hasTrend() ? par[1] : 0;
    }

    double gamma() {
      return type.hasSeason() ? par[type.hasTrend() ? 2 : 1] : 0;
    }

    double phi() {
      return type.damped ? par[1 + (type.hasTrend() ? 1 : 0) + (type.hasSeason() ? 1 : 0)] : 1;
    }

    double[] seasons() {
      int from = type.hasTrend() ? 2 : 1;
      return type.hasSeason() ? Arrays.copyOfRange(initialState, from, initialState.length) : new double[0];
    }

    @Override
    public String toString() {
      return name + " " + type;
    }

    private static double[] numbers(String s) {
      return Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
  }

  /**
   * A reference table from R in test resources: {@code name | numbers | numbers …} a line, {@code #} comments; the
   * numbers of each field by name.
   */
  static java.util.Map<String, double[][]> table(String resource) throws IOException {
    java.util.Map<String, double[][]> rows = new java.util.HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        EtsFilterTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\\|");
        double[][] fields = new double[parts.length - 1][];
        for (int i = 1; i < parts.length; i++) {
          fields[i - 1] = RFit.numbers(parts[i]);
        }
        rows.put(parts[0].trim(), fields);
      }
    }
    return rows;
  }

  static List<RFit> rFits() throws IOException {
    List<RFit> fits = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        EtsFilterTest.class.getResourceAsStream("ets-r-fits.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          fits.add(new RFit(line));
        }
      }
    }
    return fits;
  }

  @ParameterizedTest
  @MethodSource("rFits")
  void reproducesRsLikelihoodGivenRsParameters(RFit fit) {
    int m = Math.max(1, fit.period());
    double lik = EtsFilter.run(fit.type, fit.data, fit.alpha(), fit.beta(), fit.gamma(), fit.phi(),
        fit.initialState[0], fit.type.hasTrend() ? fit.initialState[1] : 0, fit.seasons(), m, new double[m], null,
        null, null);

    assertEquals(fit.lik, lik, 1e-9 * Math.abs(fit.lik), fit.toString());
  }

  @Test
  void firstResidualsAndFittedValuesMatchR() throws IOException {
    RFit fit = rFits().get(0); // USAccDeaths ETS(A,N,A)
    double[] errors = new double[fit.data.length];
    double[] fitted = new double[fit.data.length];
    EtsFilter.run(fit.type, fit.data, fit.alpha(), 0, fit.gamma(), 1, fit.initialState[0], 0, fit.seasons(), 12,
        new double[12], errors, fitted, null);

    // R: residuals(ets(USAccDeaths))[1:5], fitted(...)[1:5]
    assertArrayEquals(new double[] {497.69232865, 99.50607285, 64.44947057, -15.20924695, 77.85008780},
        Arrays.copyOf(errors, 5), 1e-6);
    assertArrayEquals(new double[] {8509.307671, 8006.493927, 8863.550529, 9152.209247, 9939.149912},
        Arrays.copyOf(fitted, 5), 1e-5);
  }

  @Test
  void aPerfectFitScoresAsR() {
    double[] flat = {5, 5, 5, 5};
    assertEquals(-1e10, EtsFilter.run(EtsType.parse("ANN"), flat, 0.5, 0, 0, 1, 5, 0, null, 1, new double[1], null,
        null, null));
  }
}
