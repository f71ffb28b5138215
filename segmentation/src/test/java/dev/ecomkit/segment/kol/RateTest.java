package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Wilson intervals and Newcombe's difference intervals against the published examples. */
class RateTest {

  private static void interval(double lower, double upper, Rate r) {
    assertEquals(lower, r.lower(), 5e-5, r.toString());
    assertEquals(upper, r.upper(), 5e-5, r.toString());
  }

  @Test
  void wilsonMatchesNewcombe1998TableI() {
    // Newcombe 1998 (Stat. Med. 17:857), method 3, to four decimals
    interval(0.2553, 0.3662, Rate.of(81, 263));
    interval(0.0624, 0.1605, Rate.of(15, 148));
    interval(0.0000, 0.1611, Rate.of(0, 20));
    interval(0.0061, 0.1718, Rate.of(1, 29));
  }

  @Test
  void differencesMatchNewcombe1998MethodTen() {
    // Newcombe 1998 (Stat. Med. 17:873), method 10 (hybrid score), to four decimals
    diff(0.0524, 0.3339, 56, 70, 48, 80);
    diff(0.1705, 0.8090, 9, 10, 3, 10);
    diff(-0.0381, 0.1926, 5, 56, 0, 29);
    diff(-0.1611, 0.2775, 0, 10, 0, 20);
    diff(-0.2775, 0.2775, 0, 10, 0, 10);
    diff(0.6791, 1.0000, 10, 10, 0, 20);
  }

  private static void diff(double lower, double upper, int x1, int n1, int x2, int n2) {
    RateDifference d = RateDifference.of(Rate.of(x1, n1), Rate.of(x2, n2));
    assertEquals(lower, d.lower(), 5e-5, d.toString());
    assertEquals(upper, d.upper(), 5e-5, d.toString());
  }

  @Test
  void noTrialsIsDefined() {
    Rate r = Rate.of(0, 0);
    assertEquals(0, r.value());
    assertEquals(0, r.lower());
    assertEquals(1, r.upper());
    assertEquals(RateDifference.Verdict.TOO_THIN, RateDifference.of(r, Rate.of(5, 10)).verdict());
  }

  @Test
  void badCountsAreRefused() {
    assertThrows(SegmentException.class, () -> Rate.of(5, 4));
    assertThrows(SegmentException.class, () -> Rate.of(-1, 4));
    assertThrows(SegmentException.class, () -> Rate.of(0, -1));
  }

  @Test
  void verdictsFollowTheMinimumSampleRule() {
    // 56/70 against 48/80: enough data, the interval above 0
    assertEquals(RateDifference.Verdict.A_HIGHER, RateDifference.of(Rate.of(56, 70), Rate.of(48, 80)).verdict());
    assertEquals(RateDifference.Verdict.B_HIGHER, RateDifference.of(Rate.of(48, 80), Rate.of(56, 70)).verdict());
    // 9/10 against 3/10 is a clear difference by the interval, but ten trials a side is too thin to call
    assertEquals(RateDifference.Verdict.TOO_THIN, RateDifference.of(Rate.of(9, 10), Rate.of(3, 10)).verdict());
    // plenty of trials, too few events together
    assertEquals(RateDifference.Verdict.TOO_THIN, RateDifference.of(Rate.of(4, 500), Rate.of(5, 500)).verdict());
    assertEquals(RateDifference.Verdict.NO_CLEAR_DIFFERENCE,
        RateDifference.of(Rate.of(50, 500), Rate.of(55, 500)).verdict());
  }

  @Property(tries = 2000)
  void intervalsHoldTheRateInsideZeroOne(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long trials,
      @ForAll @IntRange(min = 0, max = 1000) int permille) {
    long successes = trials * permille / 1000;
    Rate r = Rate.of(successes, trials);
    assertTrue(0 <= r.lower() && r.lower() <= r.value() && r.value() <= r.upper() && r.upper() <= 1, r.toString());
    RateDifference d = RateDifference.of(r, Rate.of(trials - successes, trials));
    assertTrue(-1 <= d.lower() && d.lower() <= d.difference() && d.difference() <= d.upper() && d.upper() <= 1,
        d.toString());
  }
}
