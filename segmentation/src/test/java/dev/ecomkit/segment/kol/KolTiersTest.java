package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.segment.SegmentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KolTiersTest {

  @Test
  void theStandardTiersFollowTheHandbook() {
    KolTiers t = KolTiers.standard();
    assertEquals("nano", t.classify(0).name());
    assertEquals("nano", t.classify(9_999).name());
    assertEquals("amateur", t.classify(10_000).name());
    assertEquals("amateur", t.classify(99_999).name());
    assertEquals("waist", t.classify(100_000).name());
    assertEquals("waist", t.classify(499_999).name());
    assertEquals("shoulder", t.classify(500_000).name());
    assertEquals("shoulder", t.classify(999_999).name());
    assertEquals("head", t.classify(1_000_000).name());
    assertEquals("head", t.classify(Long.MAX_VALUE).name());
    assertTrue(t.classify(2_000_000).format().contains("live stream"));
    assertTrue(t.classify(300_000).format().contains("short video"));
    assertTrue(t.classify(50_000).format().contains("UGC"));
    assertThrows(SegmentException.class, () -> t.classify(-1));
  }

  private static String message(KolTiers.Builder b) {
    return assertThrows(SegmentException.class, b::build).getMessage();
  }

  @Test
  void gapsOverlapsAndOpenEndsAreNamed() {
    assertEquals("followers 500,000 to 599,999 fall in no tier: a gap between \"waist\" and \"shoulder\"",
        message(KolTiers.builder().add(KolTier.of("waist", 0, 499_999, "v"))
            .add(KolTier.atLeast("shoulder", 600_000, "v"))));
    assertEquals("followers 450,000 to 499,999 are in both \"waist\" and \"shoulder\": tiers must not overlap",
        message(KolTiers.builder().add(KolTier.of("waist", 0, 499_999, "v"))
            .add(KolTier.atLeast("shoulder", 450_000, "v"))));
    assertEquals("followers 0 to 9,999 fall in no tier: the lowest tier, \"amateur\", starts at 10,000; start one "
        + "at 0", message(KolTiers.builder().add(KolTier.atLeast("amateur", 10_000, "v"))));
    assertEquals("followers above 99,999 fall in no tier: the top tier, \"low\", needs no maximum",
        message(KolTiers.builder().add(KolTier.of("low", 0, 99_999, "v"))));
    assertTrue(message(KolTiers.builder().add(KolTier.atLeast("a", 0, "v")).add(KolTier.atLeast("b", 5, "v")))
        .contains("overlap"));
    assertTrue(message(KolTiers.builder().add(KolTier.atLeast("a", 0, "v")).add(KolTier.atLeast("a", 5, "v")))
        .contains("twice"));
    assertThrows(SegmentException.class, () -> KolTier.of("x", 10, 5, "v"));
    assertThrows(SegmentException.class, () -> KolTier.of(" ", 0, 5, "v"));
  }

  @Test
  void jsonRoundTripsAndNamesThePath() {
    String json = KolTiers.standard().toJson();
    assertEquals(KolTiers.standard(), KolTiers.fromJson(json));
    assertEquals("$.tiers[1].maxFollowers", assertThrows(SegmentException.class, () -> KolTiers.fromJson(
        "{\"version\": 1, \"tiers\": [{\"name\": \"a\", \"minFollowers\": 0, \"maxFollowers\": 9, \"format\": \"v\"},"
            + "{\"name\": \"b\", \"minFollowers\": 10, \"maxFollowers\": 5, \"format\": \"v\"}]}")).argument().get());
    assertEquals("$.tiers", assertThrows(SegmentException.class, () -> KolTiers.fromJson(
        "{\"version\": 1, \"tiers\": [{\"name\": \"a\", \"minFollowers\": 0, \"maxFollowers\": 9, \"format\": \"v\"},"
            + "{\"name\": \"b\", \"minFollowers\": 20, \"format\": \"v\"}]}")).argument().get());
    assertEquals("$.tiers[0].colour", assertThrows(SegmentException.class, () -> KolTiers.fromJson(
        "{\"version\": 1, \"tiers\": [{\"name\": \"a\", \"minFollowers\": 0, \"format\": \"v\", \"colour\": 1}]}"))
        .argument().get());
  }

  @Property(tries = 300)
  void aValidTableCoversEveryCountExactlyOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int n) {
    Random r = new Random(seed);
    List<KolTier> tiers = new ArrayList<>();
    long min = 0;
    for (int i = 0; i < n - 1; i++) {
      long max = min + r.nextInt(1000);
      tiers.add(KolTier.of("t" + i, min, max, "f"));
      min = max + 1;
    }
    tiers.add(KolTier.atLeast("t" + (n - 1), min, "f"));
    Collections.shuffle(tiers, r);
    KolTiers.Builder b = KolTiers.builder();
    tiers.forEach(b::add);
    KolTiers table = b.build();
    for (int k = 0; k < 200; k++) {
      long followers = r.nextInt((int) min + 100);
      KolTier t = table.classify(followers);
      assertTrue(t.contains(followers));
      assertEquals(1, table.tiers().stream().filter(x -> x.contains(followers)).count());
    }
  }

  @Property(tries = 500)
  void damagedJsonGivesOnlyTheDocumentedException(@ForAll int at, @ForAll char c) {
    String s = KolTiers.standard().toJson();
    int i = Math.floorMod(at, s.length() + 1);
    try {
      KolTiers.fromJson(s.substring(0, i) + c + s.substring(i));
    } catch (SegmentException expected) {
      assertTrue(expected.getMessage().startsWith(expected.argument().get()), expected.getMessage());
    }
  }
}
