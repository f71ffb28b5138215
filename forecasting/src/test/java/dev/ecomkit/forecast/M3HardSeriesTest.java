package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests on the M3 series where implementations go wrong ({@code m3-hard-series.csv}): every automatic
 * forecaster gives finite forecasts with ordered intervals, within a sane multiple of the history, and no fallback.
 */
class M3HardSeriesTest {

  static List<Arguments> series() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        M3HardSeriesTest.class.getResourceAsStream("m3-hard-series.csv"), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#") || line.startsWith("id,")) {
          continue;
        }
        String[] f = line.split(",");
        all.add(Arguments.of(f[0], numbers(f[8]), numbers(f[9])));
      }
    }
    return all;
  }

  private static double[] numbers(String s) {
    return Arrays.stream(s.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void finiteSaneForecasts(String id, double[] train, double[] test) {
    TimeSeries series = TimeSeries.of(train, 12);
    double max = Arrays.stream(train).max().orElseThrow();
    for (Forecaster forecaster : List.of(Forecaster.auto(), Forecaster.autoEts(), Forecaster.theta(),
        Forecaster.dynamicTheta(), Forecaster.autoArima())) {
      Forecast f = forecaster.forecast(series, test.length);
      for (int h = 0; h < test.length; h++) {
        String where = id + " " + forecaster + " h=" + (h + 1);
        assertTrue(Double.isFinite(f.lower(0.95)[h]) && Double.isFinite(f.upper(0.95)[h]), where);
        assertTrue(f.lower(0.95)[h] <= f.mean()[h] && f.mean()[h] <= f.upper(0.95)[h], where);
        assertTrue(Math.abs(f.mean()[h]) < 3 * max, where + ": " + f.mean()[h] + " against a history up to " + max);
      }
      assertTrue(f.report().notes().isEmpty(), id + " " + f.report());
    }
    Accuracy auto = Backtest.holdOut(Forecaster.auto(), series, test);
    assertEquals(test.length, auto.points());
  }
}
