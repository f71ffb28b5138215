package dev.ecomkit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The annual quarter table: by hand with the naive forecaster, slow movers, lead products, exports. */
class AnnualForecastTableTest {

  private static double[] constant(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  @Test
  void quartersByHand() {
    // the naive forecast of a history ending in October 2026 with last value 100 and changes of ±10
    double[] y = new double[34];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 + (t % 2 == 0 ? 10 : 0) - (t == y.length - 1 ? 0 : 0);
    }
    y[y.length - 1] = 100;
    TimeSeries h = TimeSeries.monthly(YearMonth.of(2024, 1), y); // Jan 2024 .. Oct 2026
    AnnualForecastTable t = AnnualForecastTable.builder().forecaster(Forecaster.naive()).serviceLevel(0.9)
        .build(Map.of("A", h), Year.of(2027));
    Forecast f = Forecaster.naive().forecast(h, 14); // Nov, Dec 2026, then 2027
    SkuForecast a = t.skus().get(0);
    assertEquals("naive", a.method());
    QuarterForecast q1 = a.quarter(1);
    assertEquals(300, q1.units(), 1e-9);
    double se = f.standardError()[2] + f.standardError()[3] + f.standardError()[4]; // Jan, Feb, Mar 2027
    assertEquals(se, q1.standardError(), 1e-9);
    assertEquals(300 + 1.2815515655446004 * se, q1.stock(), 1e-6);
    assertEquals(Math.max(0, 300 - 1.959963984540054 * se), q1.lower(), 1e-9);
    assertEquals(1200, a.yearUnits(), 1e-9);
    assertTrue(a.quarter(4).standardError() > q1.standardError()); // the naive error grows with the horizon
  }

  @Test
  void slowMoversLeadProductsAndExports() {
    Random r = new Random(3);
    double[] slow = new double[36];
    for (int t = 0; t < slow.length; t += 4) {
      slow[t] = 2 + r.nextInt(3);
    }
    Map<String, TimeSeries> histories = new TreeMap<>();
    histories.put("TB-01-M-2504", TimeSeries.monthly(YearMonth.of(2024, 1), constant(36, 120)));
    histories.put("JD-02-L-2504", TimeSeries.monthly(YearMonth.of(2024, 1), constant(36, 400)));
    histories.put("PDD-03-S-2504", TimeSeries.monthly(YearMonth.of(2024, 1), slow));
    AnnualForecastTable t = AnnualForecastTable.builder()
        .prices(Map.of("TB-01-M-2504", 200.0, "JD-02-L-2504", 30.0)).build(histories, Year.of(2027));
    assertEquals(List.of("JD-02-L-2504", "PDD-03-S-2504", "TB-01-M-2504"),
        t.skus().stream().map(SkuForecast::sku).toList());
    assertTrue(t.skus().get(1).method().startsWith("SBA"), t.skus().get(1).method());
    // by revenue: 120 × 200 beats 400 × 30; the SKU without a price comes last
    assertEquals(List.of("TB-01-M-2504", "JD-02-L-2504", "PDD-03-S-2504"),
        t.leadProducts(4, 3).stream().map(SkuForecast::sku).toList());
    AnnualForecastTable byUnits = AnnualForecastTable.builder().ranking(AnnualForecastTable.Ranking.UNITS)
        .build(histories, Year.of(2027));
    assertEquals("JD-02-L-2504", byUnits.leadProducts(1, 1).get(0).sku());
    String csv = t.toCsv();
    assertTrue(csv.startsWith("sku,quarter,units,lower,upper,stock,method\n"), csv);
    assertTrue(csv.contains("\nTB-01-M-2504,2027-Q3,360.00,"), csv);
    assertEquals(1 + 3 * 4, csv.lines().count());
    assertTrue(csv.contains("\"mean of"), "a method with commas is quoted: " + csv);
  }

  @Test
  void jsonOut() throws Exception {
    AnnualForecastTable t = AnnualForecastTable.builder().forecaster(Forecaster.naive())
        .prices(Map.of("A", 9.5)).build(Map.of("A", TimeSeries.monthly(YearMonth.of(2025, 1), constant(24, 50))),
            Year.of(2027));
    JsonNode j = new ObjectMapper().readTree(t.toJson());
    assertEquals(2027, j.get("year").asInt());
    assertEquals(0.95, j.get("serviceLevel").asDouble());
    JsonNode a = j.get("skus").get(0);
    assertEquals(9.5, a.get("price").asDouble());
    assertEquals(600, a.get("yearUnits").asDouble(), 1e-9);
    assertEquals(150, a.get("quarters").get(3).get("units").asDouble(), 1e-9);
  }

  @Test
  void badHistoriesAreRefusedBySku() {
    ForecastException e = assertThrows(ForecastException.class, () -> AnnualForecastTable.builder()
        .build(Map.of("W", TimeSeries.weekly(LocalDate.of(2026, 1, 5), constant(60, 1))), Year.of(2027)));
    assertTrue(e.getMessage().contains("the history of W must be monthly"), e.getMessage());
    e = assertThrows(ForecastException.class, () -> AnnualForecastTable.builder()
        .build(Map.of("X", TimeSeries.monthly(YearMonth.of(2026, 1), constant(14, 1))), Year.of(2027)));
    assertTrue(e.getMessage().contains("the history of X runs to 2027-02; it must end before 2027-01"),
        e.getMessage());
    assertThrows(ForecastException.class, () -> AnnualForecastTable.builder().serviceLevel(1));
    assertThrows(ForecastException.class, () -> AnnualForecastTable.builder().prices(Map.of("A", -1.0)));
  }

  @Property(tries = 40)
  void theQuartersAddUpToTheYearlyForecast(@ForAll long seed, @ForAll @IntRange(min = 13, max = 48) int n,
      @ForAll @IntRange(min = 0, max = 11) int endsEarly) {
    Random r = new Random(seed);
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = r.nextInt(5) == 0 ? 0 : 50 + 40 * Math.sin(t * Math.PI / 6) + r.nextInt(30);
    }
    YearMonth start = YearMonth.of(2026, 12).minusMonths(n - 1L + endsEarly);
    TimeSeries h = TimeSeries.monthly(start, y);
    AnnualForecastTable t = AnnualForecastTable.builder().build(Map.of("S", h), Year.of(2027));
    Forecast f = Forecaster.intermittent().forecast(h, endsEarly + 12);
    double year = 0;
    for (int m = endsEarly; m < endsEarly + 12; m++) {
      year += Math.max(0, f.mean()[m]); // a monthly forecast below 0 counts as 0
    }
    SkuForecast s = t.skus().get(0);
    assertEquals(year, s.yearUnits(), 1e-6 * Math.max(1, Math.abs(year)));
    double quarters = 0;
    for (QuarterForecast q : s.quarters()) {
      quarters += q.units();
      assertTrue(q.lower() <= Math.max(0, q.units()) && q.units() <= q.upper() && q.stock() >= q.units() - 1e-9,
          q.toString());
    }
    assertEquals(s.yearUnits(), quarters, 1e-9);
  }
}
