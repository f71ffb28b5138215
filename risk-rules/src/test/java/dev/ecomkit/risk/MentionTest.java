package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mentions: the fields, optional SKU and author, and what is refused. */
class MentionTest {

  private static final Instant T = Instant.parse("2026-11-11T08:00:00Z");

  @Test
  void holdsItsFields() {
    Mention m = Mention.of("wb-1", "weibo", T, "吃出了杂质");
    assertEquals("wb-1", m.id());
    assertEquals("weibo", m.platform());
    assertEquals(T, m.time());
    assertEquals("吃出了杂质", m.text());
    assertEquals(Optional.empty(), m.sku());
    Mention s = Mention.builder().id("dy-7").platform("douyin").time(T).text("").sku("TB-01-M-2504").author("a")
        .build();
    assertEquals(Optional.of("TB-01-M-2504"), s.sku());
    assertEquals(Optional.of("a"), s.author());
    assertEquals(s, Mention.builder().id("dy-7").platform("douyin").time(T).text("").sku("TB-01-M-2504")
        .author("a").build());
  }

  @Test
  void blankOrOversizedFieldsAreRefusedByName() {
    RiskException id = assertThrows(RiskException.class, () -> Mention.of(" ", "weibo", T, "x"));
    assertEquals("id", id.argument().orElseThrow());
    RiskException platform = assertThrows(RiskException.class, () -> Mention.of("1", "p".repeat(257), T, "x"));
    assertEquals("platform", platform.argument().orElseThrow());
    assertTrue(platform.getMessage().contains("257 characters"), platform.getMessage());
    RiskException sku = assertThrows(RiskException.class,
        () -> Mention.builder().id("1").platform("weibo").time(T).text("x").sku("").build());
    assertEquals("sku", sku.argument().orElseThrow());
    RiskException text = assertThrows(RiskException.class,
        () -> Mention.of("1", "weibo", T, "字".repeat(Mention.MAX_TEXT_LENGTH + 1)));
    assertEquals("text", text.argument().orElseThrow());
    assertThrows(NullPointerException.class, () -> Mention.of(null, "weibo", T, "x"));
  }
}
