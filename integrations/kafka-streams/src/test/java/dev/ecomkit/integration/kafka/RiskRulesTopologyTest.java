package dev.ecomkit.integration.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecomkit.integration.kafka.RiskRulesTopology.StoreType;
import dev.ecomkit.risk.Alert;
import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The topology with Kafka's test driver (no broker): the handbook's scenarios through topics, order within the
 * lateness, a restart from the changelog against an uninterrupted run, and malformed records to the dead letters.
 */
class RiskRulesTopologyTest {

  private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
  private static final String STORE = "ecomkit-risk-engine";

  @TempDir
  Path stateDir;

  private static Instant hours(double h) {
    return T0.plusMillis((long) (h * 3_600_000));
  }

  private Properties props(String app) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return p;
  }

  private static Topology topology(StoreType type, Duration lateness, int snapshotEvery) {
    return topology(type, lateness, snapshotEvery, EngineStore.CHUNK_CHARS);
  }

  private static Topology topology(StoreType type, Duration lateness, int snapshotEvery, int chunkChars) {
    return RiskRulesTopology.builder(RuleSet.handbookDefaults()).options(EngineOptions.lateness(lateness))
        .store(STORE, type).snapshotEvery(snapshotEvery).snapshotChunkChars(chunkChars).build();
  }

  /** The input, alert and dead-letter topics of a driver. */
  private static final class Topics {
    final TestInputTopic<String, Mention> in;
    final TestInputTopic<String, byte[]> raw;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<String, byte[]> dead;

    Topics(TopologyTestDriver d) {
      in = d.createInputTopic("mentions", new StringSerializer(), RiskSerdes.mention().serializer());
      raw = d.createInputTopic("mentions", new StringSerializer(), new ByteArraySerializer());
      alerts = d.createOutputTopic("alerts", new StringDeserializer(), RiskSerdes.alert().deserializer());
      dead = d.createOutputTopic("mentions-dead-letters", new StringDeserializer(),
          new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    }

    void pipe(Mention m) {
      in.pipeInput(m.platform(), m, m.time());
    }
  }

  /** A day of mentions: quality complaints on three platforms, competitor slander, noise, out of order by 30 min. */
  private static List<Mention> day() {
    List<Mention> out = new ArrayList<>();
    String[] platforms = {"taobao", "douyin", "weibo"};
    String[] texts = {"这批货有杂质", "怀疑是假冒产品", "今天天气不错", "某某品牌抄袭我们", "吃出了杂质，食品腐败", "物流很快"};
    for (int i = 0; i < 60; i++) {
      double h = 0.4 * i + (i % 5 == 3 ? -0.5 : 0); // every fifth arrives half an hour behind the one before
      out.add(Mention.of("m" + i, platforms[i % 3], hours(h), texts[(i * 7) % texts.length]));
    }
    return out;
  }

  @Test
  void threeQualityComplaintsFireOnceThroughTheTopics() {
    try (TopologyTestDriver d = new TopologyTestDriver(topology(StoreType.IN_MEMORY, Duration.ZERO, 1_000),
        props("handbook"))) {
      Topics t = new Topics(d);
      t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
      t.pipe(Mention.of("q2", "douyin", hours(5), "怀疑是假冒产品"));
      assertTrue(t.alerts.isEmpty());
      t.pipe(Mention.of("q3", "weibo", hours(23.5), "吃出了杂 质，食品腐败"));
      TestRecord<String, Alert> r = t.alerts.readRecord();
      assertEquals("quality", r.value().ruleId());
      assertEquals(3, r.value().count());
      assertEquals("QC", r.value().owner());
      assertEquals("quality", r.key(), "a global rule's alert is keyed by its rule");
      assertEquals(hours(23.5), r.getRecordTime());
      t.pipe(Mention.of("q4", "taobao", hours(23.9), "杂质"));
      assertTrue(t.alerts.isEmpty(), "a fourth within the window does not fire again");
      assertTrue(t.dead.isEmpty());
    }
  }

  @Test
  void platformAndSkuScopesCountApartAndARedeliveryIsNeitherCountedNorDeadLettered() {
    RuleSet rules = RuleSet.handbookDefaults().toBuilder().add(dev.ecomkit.risk.Rule.builder().id("down-leak")
        .category(dev.ecomkit.risk.RuleCategory.QUALITY).addKeywords("跑绒")
        .threshold(dev.ecomkit.risk.Threshold.atLeast(3, Duration.ofHours(6))).scope(dev.ecomkit.risk.RuleScope.SKU)
        .action("inspect the fabric").owner("QC").respondWithin(Duration.ofHours(4)).build()).build();
    Topology topology = RiskRulesTopology.builder(rules).store(STORE, StoreType.IN_MEMORY).build();
    try (TopologyTestDriver d = new TopologyTestDriver(topology, props("scopes"))) {
      Topics t = new Topics(d);
      List<Mention> day = new ArrayList<>();
      // the competitor rule fires above 5 a day on one platform: 6 on xiaohongshu, 5 each on douyin and weibo
      String[] platforms = {"xiaohongshu", "douyin", "weibo"};
      for (int i = 0; i < 16; i++) {
        String platform = i < 6 ? platforms[0] : platforms[1 + i % 2];
        day.add(Mention.of("c" + i, platform, hours(0.1 * i), "包装模仿大牌"));
      }
      // the down-leak rule per SKU: three on JD-01-L-2609, two on JD-01-M-2609
      String[] skus = {"JD-01-L-2609", "JD-01-M-2609", "JD-01-L-2609", "JD-01-M-2609", "JD-01-L-2609"};
      for (int i = 0; i < skus.length; i++) {
        day.add(Mention.builder().id("s" + i).platform("jd").time(hours(2 + 0.1 * i)).sku(skus[i]).text("羽绒服跑绒")
            .build());
      }
      day.forEach(t::pipe);
      List<TestRecord<String, Alert>> alerts = t.alerts.readRecordsToList();
      assertEquals(List.of("xiaohongshu", "JD-01-L-2609"), alerts.stream().map(TestRecord::key).toList());
      assertEquals(List.of("competitor", "down-leak"), alerts.stream().map(r -> r.value().ruleId()).toList());
      assertEquals(6, alerts.get(0).value().count());
      assertEquals(3, alerts.get(1).value().count());
      // at-least-once redelivers the whole batch: nothing counted twice, nothing fired again, no dead letters
      day.forEach(t::pipe);
      List<Alert> again = t.alerts.readValuesToList();
      assertTrue(again.isEmpty(), again.toString());
      assertTrue(t.dead.isEmpty());
    }
  }

  @Test
  void outOfOrderWithinTheLatenessGivesTheAlertsOfTheSortedStream() {
    List<Mention> shuffled = day();
    List<Mention> sorted = new ArrayList<>(shuffled);
    sorted.sort(java.util.Comparator.comparing(Mention::time));
    assertTrue(!shuffled.equals(sorted));
    assertEquals(run(sorted, Duration.ofHours(1)), run(shuffled, Duration.ofHours(1)));
    assertTrue(!run(sorted, Duration.ofHours(1)).isEmpty());
  }

  private List<Alert> run(List<Mention> mentions, Duration lateness) {
    try (TopologyTestDriver d = new TopologyTestDriver(topology(StoreType.IN_MEMORY, lateness, 1_000),
        props("order"))) {
      Topics t = new Topics(d);
      mentions.forEach(t::pipe);
      return t.alerts.readValuesToList();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreType.class)
  void aRestartFromTheChangelogGivesTheAlertsOfAnUninterruptedRun(StoreType type) {
    restartAt(type, EngineStore.CHUNK_CHARS);
  }

  @Test
  void aSnapshotInManySmallChunksRestoresTheSame() {
    // chunks of 50 chars: dozens a snapshot, the Chinese text of the late list included
    restartAt(StoreType.IN_MEMORY, 50);
  }

  @Test
  void chunksNeverSplitASurrogatePair() {
    String text = "ab😡cd😡😡e"; // each 😡 is two chars
    for (int chars = 2; chars <= text.length() + 1; chars++) {
      List<String> chunks = EngineStore.split(text, chars);
      assertEquals(text, String.join("", chunks));
      for (String c : chunks) {
        assertTrue(!c.isEmpty() && c.length() <= chars && !Character.isHighSurrogate(c.charAt(c.length() - 1))
            && !Character.isLowSurrogate(c.charAt(0)), chars + ": " + chunks);
        assertEquals(c, new String(c.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
      }
    }
    assertEquals(List.of(""), EngineStore.split("", 10));
  }

  private void restartAt(StoreType type, int chunkChars) {
    List<Mention> day = day();
    Duration lateness = Duration.ofHours(1);
    List<Alert> whole;
    try (TopologyTestDriver d = new TopologyTestDriver(topology(type, lateness, 7, chunkChars),
        props("whole-" + type))) {
      Topics t = new Topics(d);
      day.forEach(t::pipe);
      whole = t.alerts.readValuesToList();
    }
    assertTrue(whole.size() >= 2, whole.toString());
    for (int cut : new int[] {1, 20, 33, 59}) {
      List<Alert> alerts = new ArrayList<>();
      Map<String, String> changelog = new LinkedHashMap<>();
      String app = "restart-" + type + "-" + cut;
      try (TopologyTestDriver d = new TopologyTestDriver(topology(type, lateness, 7, chunkChars), props(app))) {
        Topics t = new Topics(d);
        day.subList(0, cut).forEach(t::pipe);
        alerts.addAll(t.alerts.readValuesToList());
        changelog.putAll(changelog(d, app));
      }
      assertTrue(changelog.containsKey(EngineStore.HEAD) || cut < 7, "cut " + cut);
      if (cut >= 7) {
        String[] head = changelog.get(EngineStore.HEAD).split(" ");
        long chunks = changelog.keySet().stream().filter(k -> k.startsWith(EngineStore.CHUNK)).count();
        assertEquals(Long.parseLong(head[1]), chunks, "only the current generation's chunks are kept");
        assertTrue(chunkChars > 100 || chunks > 10, chunks + " chunks");
        assertTrue(changelog.entrySet().stream().filter(e -> e.getKey().startsWith(EngineStore.CHUNK))
            .allMatch(e -> e.getValue().length() <= chunkChars));
      }
      // a crash in the middle of the next snapshot: some of its chunks written, not its head
      String orphan = EngineStore.chunkKey(changelog.containsKey(EngineStore.HEAD)
          ? Long.parseLong(changelog.get(EngineStore.HEAD).split(" ")[0]) + 1 : 0, 0);
      changelog.put(orphan, "{\"half of a snapshot");
      try (TopologyTestDriver d = new TopologyTestDriver(topology(type, lateness, 7, chunkChars),
          props(app + "-b"))) {
        KeyValueStore<String, String> store = d.getKeyValueStore(STORE);
        changelog.forEach(store::put);
        Topics t = new Topics(d);
        // at least once: the last two records before the crash come again, and must not count twice
        day.subList(Math.max(0, cut - 2), day.size()).forEach(t::pipe);
        alerts.addAll(t.alerts.readValuesToList());
        assertTrue(t.dead.isEmpty(), "a redelivered record is a repeat, not a dead letter");
        if (cut <= 33) { // a snapshot came after the restart: it deleted the orphan
          String head = store.get(EngineStore.HEAD);
          try (var chunks = store.range(EngineStore.CHUNK, "snapshot0")) {
            chunks.forEachRemaining(kv -> assertTrue(kv.key.startsWith(EngineStore.CHUNK + head.split(" ")[0] + "/"),
                "a chunk of another generation is left: " + kv.key));
          }
        }
      }
      assertEquals(whole, alerts, type + ", restarted after " + cut + " mentions");
    }
  }

  /** What Kafka Streams would restore: the last value of each key in the store's changelog. */
  private static Map<String, String> changelog(TopologyTestDriver d, String app) {
    Map<String, String> changelog = new LinkedHashMap<>();
    TestOutputTopic<String, String> log = d.createOutputTopic(app + "-" + STORE + "-changelog",
        new StringDeserializer(), new StringDeserializer());
    for (TestRecord<String, String> r : log.readRecordsToList()) {
      if (r.value() == null) {
        changelog.remove(r.key());
      } else {
        changelog.put(r.key(), r.value());
      }
    }
    return changelog;
  }

  private static Topology advancing(int snapshotEvery) {
    return RiskRulesTopology.builder(RuleSet.handbookDefaults()).options(EngineOptions.lateness(Duration.ofMinutes(10)))
        .store(STORE, StoreType.IN_MEMORY).snapshotEvery(snapshotEvery)
        .wallClockAdvance(Duration.ofMinutes(1), Duration.ofMinutes(15)).build();
  }

  @Test
  void theWallClockLetsOutWhatAQuietPartitionHoldsBack() {
    for (boolean advance : new boolean[] {false, true}) {
      Topology topology = advance ? advancing(1_000) : topology(StoreType.IN_MEMORY, Duration.ofMinutes(10), 1_000);
      try (TopologyTestDriver d = new TopologyTestDriver(topology, props("quiet-" + advance), T0)) {
        Topics t = new Topics(d);
        t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
        t.pipe(Mention.of("q2", "douyin", hours(0.05), "怀疑是假冒产品"));
        t.pipe(Mention.of("q3", "weibo", hours(0.1), "杂质"));
        assertTrue(t.alerts.isEmpty(), "held back by the ten minutes' lateness");
        d.advanceWallClockTime(Duration.ofMinutes(1)); // records came since the start: not quiet yet
        assertTrue(t.alerts.isEmpty());
        d.advanceWallClockTime(Duration.ofMinutes(30)); // quiet for a whole tick: the watermark to 00:16
        List<Alert> out = t.alerts.readValuesToList();
        d.advanceWallClockTime(Duration.ofHours(25)); // past the 24 h response deadline, unacknowledged
        List<Alert> later = t.alerts.readValuesToList();
        if (advance) {
          assertEquals(1, out.size(), out.toString());
          assertEquals(Alert.Kind.THRESHOLD, out.get(0).kind());
          assertEquals(3, out.get(0).count());
          assertTrue(!later.isEmpty() && later.stream().allMatch(a -> a.kind() == Alert.Kind.ESCALATION),
              later.toString());
        } else {
          assertTrue(out.isEmpty() && later.isEmpty(), "without the advance the next mention would let them out");
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> RiskRulesTopology.builder(RuleSet.handbookDefaults())
        .wallClockAdvance(Duration.ofMillis(10), Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RiskRulesTopology.builder(RuleSet.handbookDefaults())
        .wallClockAdvance(Duration.ofMinutes(1), Duration.ofSeconds(-1)));
    IllegalArgumentException tooEager = assertThrows(IllegalArgumentException.class,
        () -> RiskRulesTopology.builder(RuleSet.handbookDefaults()).options(EngineOptions.lateness(Duration.ofMinutes(10)))
            .wallClockAdvance(Duration.ofMinutes(1), Duration.ofMinutes(5)).build());
    assertTrue(tooEager.getMessage().contains("at least the engine's allowed lateness"), tooEager.getMessage());
  }

  @Test
  void aBacklogAfterARestartIsNotMadeLateByTheWallClock() {
    // the task stops at 00:06 and starts again three hours later with a backlog posted at 00:10 and 00:20: the
    // ticks while the backlog is worked through do not move the watermark, so the backlog counts
    String app = "backlog";
    Map<String, String> changelog;
    try (TopologyTestDriver d = new TopologyTestDriver(advancing(1_000), props(app), T0)) {
      Topics t = new Topics(d);
      t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
      t.pipe(Mention.of("q2", "douyin", hours(0.05), "怀疑是假冒产品"));
      changelog = changelog(d, app);
    }
    try (TopologyTestDriver d = new TopologyTestDriver(advancing(1_000), props(app + "-b"), hours(3))) {
      changelog.forEach(d.<String, String>getKeyValueStore(STORE)::put);
      Topics t = new Topics(d);
      d.advanceWallClockTime(Duration.ofMinutes(1)); // the first tick after a start: no move
      t.pipe(Mention.of("q3", "weibo", hours(10.0 / 60), "杂质"));
      d.advanceWallClockTime(Duration.ofMinutes(1)); // a record came: no move
      t.pipe(Mention.of("q4", "weibo", hours(20.0 / 60), "物流很快"));
      assertTrue(t.dead.isEmpty(), "the backlog is not late");
      d.advanceWallClockTime(Duration.ofMinutes(1)); // a record came: no move
      d.advanceWallClockTime(Duration.ofMinutes(1)); // quiet: the watermark to 02:49, the held alert comes out
      List<Alert> alerts = t.alerts.readValuesToList();
      assertEquals(1, alerts.size(), alerts.toString());
      assertEquals(3, alerts.get(0).count());
    }
  }

  @Test
  void aRestartReplaysTheWallClockMovesInOrder() {
    // three complaints, the wall clock moves the watermark to 00:15, then one posted at 00:12 arrives (late) and
    // one at 00:30: the same alerts and the same late record whether or not the task restarts after the move
    List<Mention> before = List.of(Mention.of("q1", "taobao", hours(0), "这批货有杂质"),
        Mention.of("q2", "douyin", hours(0.05), "怀疑是假冒产品"), Mention.of("q3", "weibo", hours(0.1), "杂质"));
    List<Mention> after = List.of(Mention.of("q4", "taobao", hours(0.2), "又是杂质"),
        Mention.of("q5", "weibo", hours(0.5), "物流很快"));
    List<String> runs = new ArrayList<>();
    for (int snapshotEvery : new int[] {1_000, 2, 3, 4}) {
      for (boolean restart : new boolean[] {false, true}) {
        String app = "replay-" + snapshotEvery + "-" + restart;
        List<Alert> alerts = new ArrayList<>();
        List<String> late = new ArrayList<>();
        TopologyTestDriver d = new TopologyTestDriver(advancing(snapshotEvery), props(app), T0);
        try {
          Topics t = new Topics(d);
          before.forEach(t::pipe);
          d.advanceWallClockTime(Duration.ofMinutes(1)); // not quiet yet
          d.advanceWallClockTime(Duration.ofMinutes(15)); // quiet: the watermark to 00:01
          d.advanceWallClockTime(Duration.ofMinutes(15)); // and on to 00:16, replacing the move in the journal
          alerts.addAll(t.alerts.readValuesToList());
          if (restart) {
            Map<String, String> changelog = changelog(d, app);
            assertTrue(changelog.values().stream().anyMatch(v -> v.startsWith(EngineStore.ADVANCE))
                || changelog.containsKey(EngineStore.HEAD), changelog.toString());
            d.close();
            d = new TopologyTestDriver(advancing(snapshotEvery), props(app + "-b"), hours(20.0 / 60));
            changelog.forEach(d.<String, String>getKeyValueStore(STORE)::put);
            t = new Topics(d);
          }
          after.forEach(t::pipe);
          alerts.addAll(t.alerts.readValuesToList());
          t.dead.readRecordsToList().forEach(r -> late.add(r.key() + " " + new String(r.value(),
              StandardCharsets.UTF_8)));
        } finally {
          d.close();
        }
        assertEquals(1, late.size(), "q4 is late after the move: " + late);
        assertTrue(late.get(0).contains("\"q4\""), late.toString());
        runs.add(alerts + " " + late);
      }
    }
    for (String run : runs) {
      assertEquals(runs.get(0), run);
    }
  }

  private static Topology withCommands(int snapshotEvery) {
    return RiskRulesTopology.builder(RuleSet.handbookDefaults()).store(STORE, StoreType.IN_MEMORY)
        .snapshotEvery(snapshotEvery).commands("incident-commands").build();
  }

  /**
   * Three complaints open INC-1 at level 3 (respond within 24 h), maybe acknowledged at 03:00, maybe a restart
   * after that; a mention at 30:00 passes the deadline. The alerts, with their partition headers.
   */
  private List<String> crisis(boolean acknowledge, boolean restart, int snapshotEvery) {
    String app = "crisis-" + acknowledge + "-" + restart + "-" + snapshotEvery;
    List<String> out = new ArrayList<>();
    TopologyTestDriver d = new TopologyTestDriver(withCommands(snapshotEvery), props(app));
    try {
      Topics t = new Topics(d);
      t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
      t.pipe(Mention.of("q2", "douyin", hours(1), "怀疑是假冒产品"));
      t.pipe(Mention.of("q3", "weibo", hours(2), "杂质"));
      if (acknowledge) {
        d.createInputTopic("incident-commands", new StringSerializer(), RiskSerdes.command().serializer())
            .pipeInput("INC-1", IncidentCommand.acknowledge(0, "INC-1", hours(3), "crisis team on duty"), hours(3));
      }
      for (TestRecord<String, Alert> r : t.alerts.readRecordsToList()) {
        out.add(r.value().kind() + " " + r.value().incidentId().orElse("-") + " level " + r.value().level()
            + " partition " + new String(r.headers().lastHeader(RiskRulesTopology.PARTITION_HEADER).value(),
            StandardCharsets.UTF_8));
      }
      if (restart) {
        Map<String, String> changelog = changelog(d, app);
        d.close();
        d = new TopologyTestDriver(withCommands(snapshotEvery), props(app + "-b"));
        changelog.forEach(d.<String, String>getKeyValueStore(STORE)::put);
        t = new Topics(d);
      }
      t.pipe(Mention.of("n1", "weibo", hours(30), "物流很快"));
      t.alerts.readValuesToList().forEach(a -> out.add(a.kind() + " " + a.incidentId().orElse("-") + " level "
          + a.level()));
      assertTrue(t.dead.isEmpty());
    } finally {
      d.close();
    }
    return out;
  }

  @Test
  void anAcknowledgementOnTheCommandTopicStopsTheEscalationAcrossARestart() {
    List<String> ignored = crisis(false, false, 1_000);
    assertEquals(List.of("THRESHOLD INC-1 level OptionalInt[3] partition 0",
        "ESCALATION INC-1 level OptionalInt[2]", "ESCALATION INC-1 level OptionalInt[1]"), ignored);
    for (int snapshotEvery : new int[] {1_000, 2, 3, 4}) {
      assertEquals(List.of("THRESHOLD INC-1 level OptionalInt[3] partition 0"), crisis(true, false, snapshotEvery));
      assertEquals(List.of("THRESHOLD INC-1 level OptionalInt[3] partition 0"), crisis(true, true, snapshotEvery),
          "the acknowledgement is replayed after a restart, snapshots every " + snapshotEvery);
    }
  }

  @Test
  void aCommandTheEngineRefusesOrCannotReadIsADeadLetter() {
    try (TopologyTestDriver d = new TopologyTestDriver(withCommands(1_000), props("bad-commands"))) {
      Topics t = new Topics(d);
      TestInputTopic<String, byte[]> commands = d.createInputTopic("incident-commands", new StringSerializer(),
          new ByteArraySerializer());
      t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
      t.pipe(Mention.of("q2", "douyin", hours(1), "怀疑是假冒产品"));
      t.pipe(Mention.of("q3", "weibo", hours(2), "杂质"));
      byte[] ack = RiskSerdes.command().serializer().serialize("t", IncidentCommand.acknowledge(0, "INC-1", hours(3),
          "crisis team"));
      commands.pipeInput("INC-1", ack);
      commands.pipeInput("INC-1", ack); // acknowledged already
      commands.pipeInput("INC-9", RiskSerdes.command().serializer().serialize("t",
          IncidentCommand.resolve(0, "INC-9", hours(3), "nothing")));
      commands.pipeInput("INC-1", RiskSerdes.command().serializer().serialize("t",
          IncidentCommand.resolve(3, "INC-1", hours(3), "another partition's")));
      commands.pipeInput("INC-1", "{\"action\":\"CLOSE\",\"incident\":\"INC-1\",\"at\":\"2026-11-11T03:00:00Z\",\"text\":\"x\"}"
          .getBytes(StandardCharsets.UTF_8));
      commands.pipeInput("INC-1", "{\"action\":\"RESOLVE\",\"partition\":0,\"incident\":\"INC-1\",\"text\":\"x\"}"
          .getBytes(StandardCharsets.UTF_8));
      commands.pipeInput("INC-1", ("{\"action\":\"RESOLVE\",\"partition\":0,\"incident\":\"INC-1\",\"at\":"
          + "\"2026-11-11T05:00:00Z\",\"text\":\"x\",\"by\":\"me\"}").getBytes(StandardCharsets.UTF_8));
      List<String> reasons = new ArrayList<>();
      for (TestRecord<String, byte[]> r : t.dead.readRecordsToList()) {
        reasons.add(new String(r.headers().lastHeader(RiskRulesTopology.ERROR_HEADER).value(), StandardCharsets.UTF_8)
            + " | " + new String(r.headers().lastHeader(RiskRulesTopology.SOURCE_HEADER).value(),
            StandardCharsets.UTF_8));
      }
      assertEquals(6, reasons.size(), reasons.toString());
      assertTrue(reasons.get(0).startsWith("refused: ") && reasons.get(0).contains("incident-commands/0@1"),
          reasons.toString());
      assertTrue(reasons.get(1).startsWith("refused: ") && reasons.get(1).contains("INC-9"), reasons.toString());
      assertTrue(reasons.get(2).startsWith("refused: the command is for INC-1 of partition 3, but came to "
          + "partition 0"), reasons.toString());
      assertTrue(reasons.get(3).startsWith("not a command: $.action: expected ACKNOWLEDGE or RESOLVE"),
          reasons.toString());
      assertTrue(reasons.get(4).startsWith("not a command: $.at: missing"), reasons.toString());
      assertTrue(reasons.get(5).startsWith("not a command: $.by: unknown field"), reasons.toString());
      assertEquals(IncidentCommand.acknowledge(0, "INC-1", hours(3), "crisis team"),
          RiskSerdes.command().deserializer().deserialize("t", ack));
    }
    assertThrows(IllegalArgumentException.class, () -> RiskRulesTopology.builder(RuleSet.handbookDefaults())
        .commands("mentions").build());
    assertThrows(IllegalArgumentException.class, () -> IncidentCommand.acknowledge(0, " ", hours(1), "x"));
    assertThrows(IllegalArgumentException.class, () -> IncidentCommand.acknowledge(-1, "INC-1", hours(1), "x"));
  }

  @Test
  void malformedRecordsGoToTheDeadLettersWithTheReasonAndTheStreamGoesOn() {
    try (TopologyTestDriver d = new TopologyTestDriver(topology(StoreType.IN_MEMORY, Duration.ZERO, 1_000),
        props("dead"))) {
      Topics t = new Topics(d);
      t.pipe(Mention.of("q1", "taobao", hours(0), "这批货有杂质"));
      byte[] broken = "{\"id\":\"q2\",\"platform\":\"douyin\"".getBytes(StandardCharsets.UTF_8);
      byte[] noTime = "{\"id\":\"q2\",\"platform\":\"douyin\",\"text\":\"杂质\"}".getBytes(StandardCharsets.UTF_8);
      t.raw.pipeInput("douyin", broken);
      t.raw.pipeInput("douyin", noTime);
      t.raw.pipeInput("douyin", (byte[]) null);
      t.raw.pipeInput("douyin", "null".getBytes(StandardCharsets.UTF_8));
      t.pipe(Mention.of("q2", "douyin", hours(1), "怀疑是假冒产品"));
      t.pipe(Mention.of("q3", "weibo", hours(2), "杂质"));
      assertEquals(1, t.alerts.readValuesToList().size(), "the good mentions still fire");
      List<TestRecord<String, byte[]>> dead = t.dead.readRecordsToList();
      assertEquals(4, dead.size());
      assertEquals("douyin", dead.get(0).key());
      assertEquals(new String(broken, StandardCharsets.UTF_8), new String(dead.get(0).value(),
          StandardCharsets.UTF_8));
      Map<String, String> reasons = new HashMap<>();
      for (int i = 0; i < 4; i++) {
        Header h = dead.get(i).headers().lastHeader(RiskRulesTopology.ERROR_HEADER);
        assertNotNull(h);
        reasons.put("r" + i, new String(h.value(), StandardCharsets.UTF_8));
        assertTrue(new String(dead.get(i).headers().lastHeader(RiskRulesTopology.SOURCE_HEADER).value(),
            StandardCharsets.UTF_8).startsWith("mentions/0@"));
      }
      assertTrue(reasons.get("r0").contains("not valid JSON"), reasons.toString());
      assertTrue(reasons.get("r1").contains("$.time"), reasons.toString());
      assertTrue(reasons.get("r2").contains("no value"), reasons.toString());
      assertTrue(reasons.get("r3").contains("the JSON value is null"), reasons.toString());
      assertNull(dead.get(2).value());
    }
  }

  @Test
  void aMentionLaterThanTheLatenessGoesToTheDeadLettersAsLate() {
    try (TopologyTestDriver d = new TopologyTestDriver(topology(StoreType.IN_MEMORY, Duration.ofMinutes(10), 1_000),
        props("late"))) {
      Topics t = new Topics(d);
      t.pipe(Mention.of("q1", "taobao", hours(5), "这批货有杂质"));
      t.pipe(Mention.of("q0", "weibo", hours(1), "杂质")); // four hours behind: late
      List<TestRecord<String, byte[]>> dead = t.dead.readRecordsToList();
      assertEquals(1, dead.size());
      assertEquals("weibo", dead.get(0).key());
      assertTrue(new String(dead.get(0).headers().lastHeader(RiskRulesTopology.ERROR_HEADER).value(),
          StandardCharsets.UTF_8).startsWith("late:"));
      assertEquals(Mention.of("q0", "weibo", hours(1), "杂质"), RiskSerdes.mention().deserializer().deserialize("t",
          dead.get(0).value()));
    }
  }

  @Test
  void theSerdesRefuseWhatIsNotAMention() {
    SerializationException x = assertThrows(SerializationException.class,
        () -> RiskSerdes.mention().deserializer().deserialize("t", "{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(x.getMessage().startsWith("not a mention: $."), x.getMessage());
    assertNull(RiskSerdes.alert().deserializer().deserialize("t", null));
    assertThrows(IllegalArgumentException.class, () -> RiskRulesTopology.builder(RuleSet.handbookDefaults())
        .alerts("mentions").build());
    assertThrows(IllegalArgumentException.class, () -> RiskRulesTopology.builder(RuleSet.handbookDefaults())
        .snapshotEvery(0));
  }
}
