package dev.ecomkit.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Erlang C against the worked example of the R package ErlangC 0.1.0 (its documentation page): 100 calls a half
 * hour, 180 s handle time, 20 s target, 14 agents — load 10 Erlangs, P(wait) 0.1741319, service level 0.88835, ASA
 * 7.83593701177724 s; 11 agents: P(wait) 0.6821182; the staffing for 80 % in 20 s: 14 agents.
 */
class ErlangCTest {

  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration TARGET = Duration.ofSeconds(20);

  @Test
  void thePublishedWorkedExample() {
    assertEquals(0.1741319, ErlangC.waitProbability(10, 14), 5e-8);
    assertEquals(0.6821182, ErlangC.waitProbability(10, 11), 5e-8);
    assertEquals(0.88835, ErlangC.serviceLevel(200, AHT, 14, TARGET), 5e-6);
    assertEquals(7.83593701177724, ErlangC.averageSpeedOfAnswer(200, AHT, 14).toNanos() / 1e9, 1e-6);
    assertEquals(14, ErlangC.agentsFor(200, AHT, 0.80, TARGET));
  }

  @Test
  void edgesAndBadInput() {
    assertEquals(1.0, ErlangC.waitProbability(10, 10));
    assertEquals(0.0, ErlangC.serviceLevel(200, AHT, 10, TARGET));
    assertEquals(0.0, ErlangC.waitProbability(0, 1));
    assertEquals(1, ErlangC.agentsFor(0, AHT, 0.8, TARGET));
    // large loads stay finite: 500 Erlangs
    double p = ErlangC.waitProbability(500, 540);
    assertTrue(p > 0 && p < 1, "p " + p);
    assertTrue(ErlangC.agentsFor(10_000, AHT, 0.9, TARGET) > 500);
    SupplyException e = assertThrows(SupplyException.class, () -> ErlangC.averageSpeedOfAnswer(200, AHT, 9));
    assertTrue(e.getMessage().contains("cannot keep up"), e.getMessage());
    assertThrows(SupplyException.class, () -> ErlangC.agentsFor(200, AHT, 1.0, TARGET));
    assertThrows(SupplyException.class, () -> ErlangC.agentsFor(-1, AHT, 0.8, TARGET));
    assertThrows(SupplyException.class, () -> ErlangC.agentsFor(200, Duration.ZERO, 0.8, TARGET));
    assertThrows(SupplyException.class, () -> ErlangC.waitProbability(Double.NaN, 3));
    assertThrows(SupplyException.class, () -> ErlangC.waitProbability(1, 0));
  }

  @Property(tries = 300)
  void theServiceLevelRisesWithEveryAgent(@ForAll @DoubleRange(min = 0, max = 2_000) double callsPerHour,
      @ForAll @IntRange(min = 10, max = 900) int handleSeconds, @ForAll @IntRange(min = 0, max = 120) int within,
      @ForAll @IntRange(min = 1, max = 200) int agents) {
    Duration h = Duration.ofSeconds(handleSeconds);
    Duration t = Duration.ofSeconds(within);
    double now = ErlangC.serviceLevel(callsPerHour, h, agents, t);
    double more = ErlangC.serviceLevel(callsPerHour, h, agents + 1, t);
    assertTrue(now >= 0 && now <= 1 && more >= now - 1e-12, now + " then " + more);
    double a = callsPerHour * handleSeconds / 3600;
    assertTrue(ErlangC.waitProbability(a, agents + 1) <= ErlangC.waitProbability(a, agents) + 1e-12);
  }
}
