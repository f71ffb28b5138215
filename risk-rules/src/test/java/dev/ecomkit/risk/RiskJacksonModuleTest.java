package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Mentions and alerts through JSON and back: equal values, and bad documents refused with the path. */
class RiskJacksonModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new RiskJacksonModule());
  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

  @Test
  void aMentionRoundTrips() throws Exception {
    Mention m = Mention.builder().id("q1").platform("douyin").time(T0.plusMillis(1_234)).text("吃出了\"杂质\"\n")
        .sku("TB-01-M-2504").author("小王").build();
    String json = MAPPER.writeValueAsString(m);
    assertEquals("{\"id\":\"q1\",\"platform\":\"douyin\",\"time\":\"2026-11-11T00:00:01.234Z\",\"text\":"
        + "\"吃出了\\\"杂质\\\"\\n\",\"sku\":\"TB-01-M-2504\",\"author\":\"小王\"}", json);
    assertEquals(m, MAPPER.readValue(json, Mention.class));
    Mention plain = Mention.of("q2", "weibo", T0, "");
    assertEquals(plain, MAPPER.readValue(MAPPER.writeValueAsString(plain), Mention.class));
  }

  @Test
  void alertsOfEveryKindRoundTrip() throws Exception {
    RuleEngine e = RuleSet.handbookDefaults().newEngine(EngineOptions.builder().allowedLateness(Duration.ZERO)
        .crisis(CrisisPolicy.handbook()).build());
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      alerts.addAll(e.accept(Mention.builder().id("q" + i).platform(i % 2 == 0 ? "taobao" : "douyin")
          .time(T0.plusSeconds(60 * i)).text("吃出了杂质").sku("TB-01").build()));
    }
    alerts.addAll(e.accept(Mention.of("p", "weibo", T0.plusSeconds(300), "禁止销售")));
    alerts.addAll(e.advanceTo(T0.plus(Duration.ofHours(30))));
    assertTrue(alerts.stream().anyMatch(a -> a.kind() == Alert.Kind.ESCALATION), alerts.toString());
    assertTrue(alerts.stream().anyMatch(a -> a.incidentId().isEmpty()), alerts.toString());
    for (Alert a : alerts) {
      String json = MAPPER.writeValueAsString(a);
      assertEquals(a, MAPPER.readValue(json, Alert.class), json);
    }
    // inside the user's own classes too
    Map<?, ?> wrapped = MAPPER.readValue(MAPPER.writeValueAsString(Map.of("alert", alerts.get(0))), Map.class);
    assertEquals("quality", ((Map<?, ?>) wrapped.get("alert")).get("rule"));
  }

  @Test
  void badDocumentsNameThePath() {
    String[][] cases = {
      {"{\"id\":\"q\",\"platform\":\"weibo\",\"time\":\"yesterday\",\"text\":\"x\"}", "$.time"},
      {"{\"id\":\"q\",\"platform\":\"weibo\",\"text\":\"x\"}", "$.time"},
      {"{\"id\":\"q\",\"platform\":\"weibo\",\"time\":\"2026-11-11T00:00:00Z\",\"text\":\"x\",\"likes\":3}",
          "$.likes"},
      {"{\"id\":\" \",\"platform\":\"weibo\",\"time\":\"2026-11-11T00:00:00Z\",\"text\":\"x\"}", "$.id"},
      {"[1, 2]", "$"},
      {"{\"id\":\"q\",\"platform\":7,\"time\":\"2026-11-11T00:00:00Z\",\"text\":\"x\"}", "$.platform"},
    };
    for (String[] c : cases) {
      InvalidFormatException x = assertThrows(InvalidFormatException.class,
          () -> MAPPER.readValue(c[0], Mention.class), c[0]);
      assertTrue(x.getOriginalMessage().startsWith(c[1] + ":"), x.getOriginalMessage());
      assertInstanceOf(RiskException.class, x.getCause());
    }
    String alert = "{\"kind\":\"THRESHOLD\",\"reason\":\"r\",\"incident\":\"INC-1\",\"rule\":\"quality\","
        + "\"category\":\"QUALITY\",\"scope\":\"GLOBAL\",\"time\":\"2026-11-11T00:00:00Z\",\"windowStart\":"
        + "\"2026-11-10T00:00:00Z\",\"windowEnd\":\"2026-11-11T00:00:00Z\",\"count\":3,\"evidence\":[],\"action\":"
        + "\"a\",\"owner\":\"QC\",\"due\":\"2026-11-12T00:00:00Z\"}";
    InvalidFormatException x = assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(alert,
        Alert.class));
    assertTrue(x.getOriginalMessage().startsWith("$.level:"), x.getOriginalMessage());
    InvalidFormatException kind = assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(
        alert.replace("THRESHOLD", "PANIC").replace("\"incident\":\"INC-1\",", ""), Alert.class));
    assertTrue(kind.getOriginalMessage().startsWith("$.kind:"), kind.getOriginalMessage());
  }

  @Property(tries = 300)
  void anyMentionRoundTrips(@ForAll @StringLength(min = 1, max = 20) @AlphaChars String id,
      @ForAll @StringLength(max = 200) String text, @ForAll @LongRange(min = -62_135_596_800_000L,
          max = 253_402_300_799_999L) long millis) throws Exception {
    Mention m = Mention.of(id, "taobao", Instant.ofEpochMilli(millis), text);
    assertEquals(m, MAPPER.readValue(MAPPER.writeValueAsString(m), Mention.class));
  }
}
