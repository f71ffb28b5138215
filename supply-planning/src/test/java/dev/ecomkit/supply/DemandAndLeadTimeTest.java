package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Demand distributions, lead times, lead-time demand, and their input checks. */
class DemandAndLeadTimeTest {

  @Test
  void leadTimeDemandOfChopraAndMeindl() {
    // Chopra & Meindl, Supply Chain Management, §12.2 (the Dell example): daily demand 2,500 (sd 500), lead time
    // 7 days (sd 7 days): σ = √(7·500² + 2,500²·7²) = √308,000,000 ≈ 17,550
    LeadTime random = LeadTime.normal(7, 7);
    Demand daily = Demand.normal(2500, 500);
    assertEquals(17500, random.demandMean(daily), 1e-9);
    assertEquals(Math.sqrt(308_000_000), random.demandStandardDeviation(daily), 1e-9);
    // a fixed lead time of 2 weeks, weekly demand 2,500 (sd 500): σ = 500·√2 ≈ 707
    assertEquals(500 * Math.sqrt(2), LeadTime.fixed(2).demandStandardDeviation(daily), 1e-9);
    // zero lead time: nothing to protect against
    assertEquals(0, LeadTime.fixed(0).demandStandardDeviation(daily));
    assertTrue(LeadTime.fixed(0).isFixed());
  }

  @Test
  void distributionsCarryTheirMoments() {
    assertEquals(Math.sqrt(2.5), Demand.poisson(2.5).standardDeviation(), 1e-15);
    Demand seen = Demand.empirical(new double[] {3, 0, 7, 2, 5});
    assertEquals(3.4, seen.mean(), 1e-12);
    assertEquals(Math.sqrt((0.16 + 11.56 + 12.96 + 1.96 + 2.56) / 5), seen.standardDeviation(), 1e-12);
    assertArrayEquals(new double[] {0, 2, 3, 5, 7}, seen.observed());
    assertEquals(Demand.Kind.NEGATIVE_BINOMIAL, Demand.negativeBinomial(2.5, 3).kind());
    assertEquals(Demand.normal(1, 2), Demand.normal(1, 2));
  }

  @Test
  void badInputNamesTheArgument() {
    SupplyException sd = assertThrows(SupplyException.class, () -> Demand.normal(100, -5));
    assertEquals("sd", sd.argument().orElseThrow());
    assertEquals("sd must be a finite number from 0 to 1e100, got -5.0", sd.getMessage());
    assertEquals("mean", assertThrows(SupplyException.class, () -> Demand.normal(Double.NaN, 1)).argument()
        .orElseThrow());
    assertEquals("mean", assertThrows(SupplyException.class, () -> Demand.poisson(0)).argument().orElseThrow());
    SupplyException underDispersed = assertThrows(SupplyException.class, () -> Demand.negativeBinomial(4, 2));
    assertTrue(underDispersed.getMessage().contains("use Demand.poisson(4.0)"), underDispersed.getMessage());
    SupplyException observed = assertThrows(SupplyException.class,
        () -> Demand.empirical(new double[] {1, -2}));
    assertEquals("observed[1] must be a finite number of at least 0, got -2.0", observed.getMessage());
    assertThrows(SupplyException.class, () -> Demand.empirical(new double[0]));
    assertEquals("periods", assertThrows(SupplyException.class, () -> LeadTime.fixed(-1)).argument().orElseThrow());
    assertThrows(SupplyException.class, () -> LeadTime.normal(3, Double.POSITIVE_INFINITY));
  }
}
