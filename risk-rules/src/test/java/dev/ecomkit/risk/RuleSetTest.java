package dev.ecomkit.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The handbook's matrix, rule validation, the JSON format and its errors. */
class RuleSetTest {

  private static final String ONE_RULE = "{\"version\": 1, \"rules\": [{\"id\": \"q\", \"category\": \"QUALITY\", "
      + "\"keywords\": [\"杂质\"], \"threshold\": {\"atLeast\": 3, \"within\": \"PT24H\"}, \"action\": \"inspect\", "
      + "\"owner\": \"QC\", \"respondWithin\": \"PT24H\"}]}";

  @Test
  void theHandbookMatrixIsTheSeedsNumbers() {
    RuleSet set = RuleSet.handbookDefaults();
    assertEquals(List.of("quality", "competitor", "policy"), set.rules().stream().map(Rule::id).toList());
    Rule quality = set.rule("quality").orElseThrow();
    assertEquals(RuleCategory.QUALITY, quality.category());
    assertEquals(List.of("食品腐败", "杂质", "假冒产品"), quality.keywords());
    assertEquals(Threshold.atLeast(3, Duration.ofHours(24)), quality.threshold());
    assertEquals(RuleScope.GLOBAL, quality.scope());
    assertEquals("QC", quality.owner());
    Rule competitor = set.rule("competitor").orElseThrow();
    assertEquals(List.of("模仿", "品质不佳", "定价过高"), competitor.keywords());
    assertEquals(Threshold.moreThan(5, Duration.ofDays(1)), competitor.threshold());
    assertEquals(6, competitor.threshold().mentionsToFire());
    assertFalse(competitor.threshold().isCrossedBy(5));
    assertTrue(competitor.threshold().isCrossedBy(6));
    assertEquals(RuleScope.PLATFORM, competitor.scope());
    assertEquals("marketing", competitor.owner());
    Rule policy = set.rule("policy").orElseThrow();
    assertEquals(List.of("禁止销售", "资质要求", "合规性"), policy.keywords());
    assertEquals(1, policy.threshold().mentionsToFire());
    assertEquals(Duration.ofHours(24), policy.respondWithin());
    assertEquals("legal", policy.owner());
    assertEquals(RuleSet.DEFAULT_NORMALIZATION, set.normalization());
    assertTrue(set.normalization().fullWidth());
    // noise skipping is on: 杂 质 and 杂-质 match the quality rule's 杂质
    List<String> hits = new java.util.ArrayList<>();
    set.matcher().match("有杂 质，还有杂-质", (rule, keyword, start, end) -> hits.add(rule + keyword + start + "-" + end));
    assertEquals(List.of("0杂质1-4", "0杂质7-10"), hits); // offsets span the noise
    assertTrue(set.rule("nope").isEmpty());
  }

  @Test
  void jsonRoundTripsToAnEqualSet() {
    RuleSet set = RuleSet.handbookDefaults();
    assertEquals(set, RuleSet.fromJson(set.toJson()));
    RuleSet other = set.toBuilder().normalization(Normalization.all().noise("-", 2))
        .add(Rule.builder().id("custom.1").category(RuleCategory.CUSTOM).addKeywords("退货难")
            .addAllowed("不是退货难").threshold(Threshold.moreThan(0, Duration.ofMinutes(90)))
            .scope(RuleScope.SKU).action("call the customer").owner("service").respondWithin(Duration.ofHours(2))
            .build())
        .build();
    RuleSet back = RuleSet.fromJson(new StringReader(other.toJson()));
    assertEquals(other, back);
    assertEquals(other.hashCode(), back.hashCode());
    assertEquals(Duration.ofMinutes(90), back.rule("custom.1").orElseThrow().threshold().window());
  }

  @Test
  void aFileWithoutNormalizationGetsTheDefaultAndSwitchesAbsentAreOff() {
    assertEquals(RuleSet.DEFAULT_NORMALIZATION, RuleSet.fromJson(ONE_RULE).normalization());
    RuleSet set = RuleSet.fromJson(ONE_RULE.replace("\"rules\"", "\"normalization\": {\"caseFold\": true}, \"rules\""));
    assertEquals(Normalization.none().caseFold(true), set.normalization());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "|$|empty input",
      "[]|$|expected an object",
      "{\"rules\": []}|$|missing field \"version\"",
      "{\"version\": 2, \"rules\": []}|$.version|unsupported version 2",
      "{\"version\": 1}|$|missing field \"rules\"",
      "{\"version\": 1, \"rules\": [], \"extra\": 1}|$.extra|unknown field \"extra\"",
      "{\"version\": 1, \"version\": 1, \"rules\": []}|$.version|appears twice",
      "{\"version\": 1, \"rules\": [}|$.rules[0]|malformed JSON",
      "{\"version\": 1, \"rules\": []} {}|$|unexpected content after",
      "{\"version\": \"1\", \"rules\": []}|$.version|expected a whole number",
      "{\"version\": 1, \"rules\": [], \"normalization\": {\"maxGap\": 2}}|$.normalization.maxGap|needs \"noise\"",
      "{\"version\": 1, \"rules\": [], \"normalization\": {\"fullWidth\": 1}}|$.normalization.fullWidth|true or false",
  })
  void badFilesNameThePathAndTheFix(String json, String path, String message) {
    RiskException e = assertThrows(RiskException.class, () -> RuleSet.fromJson(json == null ? "" : json));
    assertEquals(path, e.argument().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"category\": \"QUALITY\"|\"category\": \"quality\"|$.rules[0].category|expected one of QUALITY",
      "\"within\": \"PT24H\"|\"within\": \"24h\"|$.rules[0].threshold.within|write ISO-8601",
      "\"within\": \"PT24H\"|\"within\": \"P400D\"|$.rules[0].threshold.within|at most 366 days",
      "\"atLeast\": 3|\"atLeast\": 0|$.rules[0].threshold.atLeast|must be from 1",
      "\"atLeast\": 3|\"atLeast\": 3, \"moreThan\": 2|$.rules[0].threshold.moreThan|not both",
      "{\"atLeast\": 3, \"within\": \"PT24H\"}|\"PT24H\"|$.rules[0].threshold|expected an object",
      "\"keywords\": [\"杂质\"]|\"keywords\": []|$.rules[0].keywords|has no keywords",
      "\"keywords\": [\"杂质\"]|\"keywords\": [\"杂质\", \"杂质\"]|$.rules[0].keywords|listed twice",
      "\"keywords\": [\"杂质\"]|\"keywords\": [\"杂质\", 7]|$.rules[0].keywords[1]|expected a string",
      "\"keywords\": [\"杂质\"]|\"keywords\": [\"--\"]|$.rules[0]|empty after normalisation",
      "\"id\": \"q\"|\"id\": \"q 1\"|$.rules[0].id|is not an ASCII letter",
      "\"owner\": \"QC\", |\"owner\": \" \", |$.rules[0].owner|blank owner",
      "\"owner\": \"QC\", ||$.rules[0]|missing field \"owner\"",
      "\"respondWithin\": \"PT24H\"|\"respondWithin\": \"PT0S\"|$.rules[0].respondWithin|must be whole seconds",
      "\"action\": \"inspect\"|\"action\": \"inspect\", \"colour\": \"red\"|$.rules[0].colour|unknown field",
  })
  void badRulesNameThePathAndTheFix(String from, String to, String path, String message) {
    String json = ONE_RULE.replace(from, to == null ? "" : to);
    assertFalse(json.equals(ONE_RULE), "the replacement must change the file: " + from);
    RiskException e = assertThrows(RiskException.class, () -> RuleSet.fromJson(json));
    assertEquals(path, e.argument().orElseThrow(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void ruleIdsAreUniqueInFilesAndBuilders() {
    String two = ONE_RULE.replace("]}", ", " + ONE_RULE.substring(ONE_RULE.indexOf("{\"id\""), ONE_RULE.length() - 2)
        + "]}");
    RiskException e = assertThrows(RiskException.class, () -> RuleSet.fromJson(two));
    assertEquals("$.rules[1].id", e.argument().orElseThrow());
    Rule q = RuleSet.fromJson(ONE_RULE).rules().get(0);
    RiskException b = assertThrows(RiskException.class, () -> RuleSet.builder().add(q).add(q).build());
    assertTrue(b.getMessage().contains("given twice"), b.getMessage());
    assertEquals(0, RuleSet.handbookDefaults().toBuilder().remove("quality").remove("policy").remove("competitor")
        .build().rules().size());
  }

  @ParameterizedTest
  @CsvSource({"P1D, 86400", "PT24H, 86400", "PT1H30M, 5400", "P1DT12H, 129600", "pt5m, 300", "PT90S, 90",
      "P0D, 0"})
  void isoDurationsOfWholeUnitsParse(String text, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), RuleSetJson.parseDuration(text));
  }

  @ParameterizedTest
  @CsvSource({"P", "PT", "P1H", "PT1D", "1D", "PT1M1H", "P-1D", "PT99999999999S", "P1DT", "PT1.5S", "P1D1D", "PTT1H",
      "P1W", "'PT1H '"})
  void otherDurationsDoNot(String text) {
    assertNull(RuleSetJson.parseDuration(text));
  }

  /** Any damage to a valid file gives a rule set or a RiskException, never another exception. */
  @Property(tries = 500)
  void damagedFilesGiveOnlyTheDocumentedException(@ForAll @IntRange(min = 0, max = 10_000) int at,
      @ForAll @IntRange(min = 0, max = 2) int how,
      @ForAll @CharRange(from = ' ', to = '~') char c) {
    String json = RuleSet.handbookDefaults().toJson();
    int i = at % json.length();
    String damaged = how == 0 ? json.substring(0, i) + json.substring(i + 1)
        : how == 1 ? json.substring(0, i) + c + json.substring(i)
        : json.substring(0, i) + c + json.substring(i + 1);
    try {
      RuleSet.fromJson(damaged);
    } catch (RiskException e) {
      assertTrue(e.argument().orElseThrow().startsWith("$"), e.getMessage());
    }
  }

  @Property(tries = 300)
  void randomTextGivesOnlyTheDocumentedException(@ForAll @StringLength(max = 60) String text) {
    try {
      RuleSet.fromJson(text);
    } catch (RiskException e) {
      assertTrue(e.getMessage().startsWith("$"), e.getMessage());
    }
  }
}
