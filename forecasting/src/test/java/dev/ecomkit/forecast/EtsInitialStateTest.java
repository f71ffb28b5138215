package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starting states against R's {@code forecast:::initstate} (forecast 8.20), and the seasonal figure against R's
 * {@code decompose}: e.g. {@code forecast:::initstate(USAccDeaths, "N", "A")}.
 */
class EtsInitialStateTest {

  private static double[] data(String name) throws IOException {
    List<EtsFilterTest.RFit> fits = EtsFilterTest.rFits();
    return fits.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow().data;
  }

  private static void assertClose(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length, Arrays.toString(actual));
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-9 * Math.max(1, Math.abs(expected[i])), "state " + i);
    }
  }

  @Test
  void seasonalStatesFromAClassicalDecomposition() throws IOException {
    double[] usAccDeaths = data("USAccDeaths");
    assertClose(new double[] {9185.1250000000000, -59.0340277777786, -260.9506944444443, 263.8576388888886,
        -109.2923611111110, 986.3159722222222, 1679.4409722222222, 744.8409722222225, 339.6493055555554,
        -514.7840277777775, -740.8423611111110, -1523.3090277777774},
        EtsInitialState.of(EtsType.parse("ANA"), usAccDeaths, 12));
    assertClose(new double[] {9956.935025902119378, -61.501655335482418, 0.993829664834845, 0.969783499025993,
        1.029916659938101, 0.986792825613052, 1.112662214953636, 1.192450751319252, 1.086904419874929,
        1.039895168109449, 0.940698704933799, 0.914595276582983, 0.824694931076830},
        EtsInitialState.of(EtsType.parse("MAM"), usAccDeaths, 12));
    assertClose(new double[] {120.955798138755398, 0.998964984335816, 0.898824389985011, 0.801178082413474,
        0.921757240410498, 1.060491932646818, 1.219910969445625, 1.226555542931201, 1.112775826679273,
        0.981378027495129, 0.975906012322847, 1.007366287603545, 0.883625320694376},
        EtsInitialState.of(EtsType.parse("MAdM"), data("AirPassengers"), 12));
    assertClose(new double[] {123.848374458645267, 0.829446735212891, 1.031912671126878, 0.558444080734706,
        0.955932592312157}, EtsInitialState.of(EtsType.parse("MAM"), data("UKgas"), 4));
    assertClose(new double[] {0.5328072916666666, 0.0199333333333333, -0.7743281250000000, 0.3087343749999999,
        0.2439843750000000}, EtsInitialState.of(EtsType.parse("MAA"), data("JohnsonJohnson"), 4));
  }

  @Test
  void nonSeasonalStatesFromTheFirstTenValues() throws IOException {
    assertClose(new double[] {1132.6}, EtsInitialState.of(EtsType.parse("MNN"), data("Nile"), 1));
    assertClose(new double[] {84.533333333333374, 0.193939393939392},
        EtsInitialState.of(EtsType.parse("AAdN"), data("WWWusage"), 1));
  }

  @Test
  void fewerThanThreeSeasonsUseAFourierRegression() throws IOException {
    double[] short30 = Arrays.copyOf(data("USAccDeaths"), 30); // R: ts(USAccDeaths[1:30], frequency = 12)
    assertClose(new double[] {9763.764935051186, -41.887567022445, -334.114130781840, -142.001697804285,
        593.110735173270, 326.223168150825, 1315.335601128380, 1846.448034105935, 1313.560467083490,
        462.672900061046, -459.214666961399, -710.102233983844, -1573.989801006289},
        EtsInitialState.of(EtsType.parse("AAA"), short30, 12));
    assertClose(new double[] {9240.170347270617640, 0.963922901060973, 0.984735926917244, 1.063468995550935,
        1.034753480773502, 1.139503915452309, 1.194967309271463, 1.138088706113515, 1.048425482529691,
        0.952146269868012, 0.926323438292652, 0.837397576509568},
        EtsInitialState.of(EtsType.parse("MNM"), short30, 12));
  }

  @Test
  void decomposeMatchesR() throws IOException {
    double[] figure = Arrays.copyOf(EtsInitialState.decompose(data("USAccDeaths"), 12, true), 12);
    // R: decompose(USAccDeaths, "multiplicative")$figure
    assertArrayEquals(new double[] {0.907775883737129, 0.824694931076830, 0.914595276582983, 0.940698704933799,
        1.039895168109449, 1.086904419874929, 1.192450751319252, 1.112662214953636, 0.986792825613052,
        1.029916659938101, 0.969783499025993, 0.993829664834845}, figure, 1e-12);
    assertArrayEquals(new double[] {175.1381009615385, -36.1412259615385, -168.9676682692308, 29.9707932692308},
        Arrays.copyOf(EtsInitialState.decompose(data("UKgas"), 4, false), 4), 1e-9);
  }

  @Test
  void aSeasonalModelNeedsFourValues() {
    ForecastException e = assertThrows(ForecastException.class,
        () -> EtsInitialState.of(EtsType.parse("ANA"), new double[] {1, 2, 3}, 2));
    assertEquals("a seasonal model needs at least 4 values to start from, got 3", e.getMessage());
  }
}
