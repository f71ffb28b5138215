package dev.ecomkit.integration.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.RuleSet;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The risk rules (舆情监控) as a Kafka Streams topology: mentions in from a topic, alerts out to another, malformed
 * records to a dead-letter topic, and each task's {@link dev.ecomkit.risk.RuleEngine} state in a state store, so a
 * restarted or moved task goes on from where it stopped.
 *
 * <pre>{@code
 * Topology topology = RiskRulesTopology.builder(RuleSet.handbookDefaults())
 *     .options(EngineOptions.lateness(Duration.ofMinutes(10)))
 *     .mentions("mentions").alerts("alerts").deadLetters("mentions-dead")
 *     .build();
 * new KafkaStreams(topology, props).start();   // props: processing.guarantee=exactly_once_v2
 * }</pre>
 *
 * <p><b>Topics.</b> The input's key is the scope the rules count over (the platform or the SKU; see {@link
 * dev.ecomkit.risk.RuleScope}); its value a mention as JSON ({@link RiskSerdes#mention()}). Each partition has its
 * own engine, so a rule counts only the mentions of its partition: key by platform for platform rules, by SKU for SKU
 * rules, and give the input one partition (or one key) for rules over all mentions. Alerts go out keyed by their
 * scope key (else the rule id), valued as JSON ({@link RiskSerdes#alert()}), timestamped at their event time. A record
 * that is not a mention goes to the dead-letter topic unchanged, with the reason in the header {@value #ERROR_HEADER}
 * and its topic, partition and offset in {@value #SOURCE_HEADER}; the stream goes on.
 *
 * <p><b>State and restarts.</b> The store (RocksDB by default, or in memory; both logged to a changelog topic) holds
 * a snapshot of the engine ({@link dev.ecomkit.risk.RuleEngine#snapshot()}) and a journal of what the engine did
 * since (the mentions it took, its wall-clock moves, the incident commands), written with every step; every {@code
 * snapshotEvery} entries the journal is folded into a new snapshot.
 * The snapshot is stored in chunks of at most 200,000 chars (600 KB in UTF-8), each its own changelog record, so it
 * stays under Kafka's 1 MB default record limit however large the engine's state grows (the engine's memory bound,
 * its active windows, the ids of one window and the late list, sets that). A task that starts rebuilds its engine
 * from the store, which Kafka Streams restores from the changelog, and replays the journal without emitting its
 * alerts again. With {@code processing.guarantee=exactly_once_v2} the store, the offsets and the alerts commit
 * together, so a restart loses nothing and doubles nothing. With at-least-once, records after the last commit are
 * processed again: the engine ignores a repeated post (same platform and id), so counts are not doubled, and since
 * alerts are sent before the journal entry, an alert may come twice after a crash but is never lost.
 *
 * <p><b>Late mentions and quiet partitions.</b> A mention older than the watermark less the allowed lateness does not
 * count; it goes to the dead-letter topic with a reason starting {@code late:}. By default the engine's watermark
 * moves with the mentions of its partition only: alerts held back by the lateness, and escalations at response
 * deadlines, come out when the partition's next mention arrives. {@link Builder#wallClockAdvance} moves it with the
 * wall clock as well, for partitions that go quiet.
 *
 * <p><b>Incidents.</b> With {@link Builder#commands}, a second input topic takes {@link IncidentCommand}s that
 * acknowledge or resolve incidents, so the crisis levels follow what people do. Each alert carries its partition in
 * the header {@value #PARTITION_HEADER}: incident ids are per partition's engine, so send the command to that
 * partition of the command topic, which must have as many partitions as the mention topic. A command the engine
 * refuses (no such incident, already acknowledged, time going back) goes to the dead letters with a reason starting
 * {@code refused:}. Commands are journaled with the mentions, so a restart replays them in order.
 *
 * <p>Builders are not thread-safe; the topology they build is Kafka Streams'.
 *
 * @since 0.1
 */
public final class RiskRulesTopology {

  /** The dead-letter header that says why a record was refused. */
  public static final String ERROR_HEADER = "ecomkit.error";
  /** The dead-letter header that says where the record came from: {@code topic/partition@offset}. */
  public static final String SOURCE_HEADER = "ecomkit.source";
  /** The alert header that names the partition (the engine) it came from, for commands about its incident. */
  public static final String PARTITION_HEADER = "ecomkit.partition";

  private RiskRulesTopology() {}

  /**
   * A builder for the rules.
   *
   * @param rules the rule set
   * @return the builder
   * @since 0.1
   */
  public static Builder builder(RuleSet rules) {
    return new Builder(checkNotNull(rules, "rules"));
  }

  /**
   * Where the state lives.
   *
   * @since 0.1
   */
  public enum StoreType {
    /** A RocksDB store on local disk, restored from the changelog only as far as it is behind. */
    ROCKSDB,
    /** A store in memory, restored from the changelog in full when the task starts. */
    IN_MEMORY
  }

  /**
   * Builds the topology.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final RuleSet rules;
    private EngineOptions options = EngineOptions.lateness(Duration.ZERO);
    private String mentions = "mentions";
    private String alerts = "alerts";
    private String deadLetters = "mentions-dead-letters";
    private String storeName = "ecomkit-risk-engine";
    private StoreType storeType = StoreType.ROCKSDB;
    private int snapshotEvery = 1_000;
    private Duration advanceEvery;
    private Duration maxDelay;
    private String commands;
    private int chunkChars = EngineStore.CHUNK_CHARS;

    private Builder(RuleSet rules) {
      this.rules = rules;
    }

    /**
     * The engine's options (allowed lateness, zone, crisis policy); lateness 0 by default.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(EngineOptions options) {
      this.options = checkNotNull(options, "options");
      return this;
    }

    /**
     * The input topic; {@code mentions} by default.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder mentions(String topic) {
      this.mentions = name(topic, "topic");
      return this;
    }

    /**
     * The output topic of alerts; {@code alerts} by default.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder alerts(String topic) {
      this.alerts = name(topic, "topic");
      return this;
    }

    /**
     * The dead-letter topic; {@code mentions-dead-letters} by default.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder deadLetters(String topic) {
      this.deadLetters = name(topic, "topic");
      return this;
    }

    /**
     * A topic of incident commands ({@link IncidentCommand}, JSON by {@link RiskSerdes#command()}), keyed as you
     * like and sent to the partition in the alert's {@value #PARTITION_HEADER} header; none by default.
     *
     * @param topic the topic, with as many partitions as the mention topic
     * @return this builder
     */
    public Builder commands(String topic) {
      this.commands = name(topic, "topic");
      return this;
    }

    /** The longest snapshot chunk in chars; small in tests, to make many. */
    Builder snapshotChunkChars(int chars) {
      checkArgument(chars >= 2, "a chunk holds at least 2 chars, got %s", chars);
      this.chunkChars = chars;
      return this;
    }

    /**
     * The state store's name and kind; {@code ecomkit-risk-engine} in RocksDB by default.
     *
     * @param name the store's name (its changelog is {@code <application.id>-<name>-changelog})
     * @param type where it lives
     * @return this builder
     */
    public Builder store(String name, StoreType type) {
      this.storeName = name(name, "name");
      this.storeType = checkNotNull(type, "type");
      return this;
    }

    /**
     * How many mentions the journal holds before it is folded into a snapshot; 1,000 by default. Fewer make
     * restarts faster and the changelog busier.
     *
     * @param mentions 1 to 1,000,000
     * @return this builder
     */
    public Builder snapshotEvery(int mentions) {
      checkArgument(mentions >= 1 && mentions <= 1_000_000, "snapshotEvery must be 1 to 1,000,000, got %s",
          mentions);
      this.snapshotEvery = mentions;
      return this;
    }

    /**
     * Moves a quiet task's watermark with the wall clock, so a partition that goes quiet still lets out the alerts
     * the lateness holds back and the escalations due at response deadlines: every {@code every} of wall-clock time,
     * if no record came since the last tick, the watermark goes to now less {@code maxDelay}, if that is later than
     * where the mentions put it. A task working through a backlog (after a start, an outage or consumer lag) gets
     * records every tick and is not moved; the first tick after a start never moves it. Each move is journaled, so
     * a restarted task replays it in order; moves in a row replace each other in the journal. Off by default.
     *
     * <p>A mention posted before now less {@code maxDelay} that arrives after such a move is late (to the dead
     * letters): set {@code maxDelay} above the worst delay between posting and delivery, and leave the advance off
     * when replaying old data, whose event times are far behind the wall clock.
     *
     * @param every how often, 1 second to 1 day
     * @param maxDelay how far behind the wall clock the watermark stays, 0 to 7 days, and at least the engine's
     *     allowed lateness (checked by {@link #build})
     * @return this builder
     */
    public Builder wallClockAdvance(Duration every, Duration maxDelay) {
      checkNotNull(every, "every");
      checkNotNull(maxDelay, "maxDelay");
      checkArgument(every.compareTo(Duration.ofSeconds(1)) >= 0 && every.compareTo(Duration.ofDays(1)) <= 0,
          "every must be 1 second to 1 day, got %s", every);
      checkArgument(!maxDelay.isNegative() && maxDelay.compareTo(EngineOptions.MAX_LATENESS) <= 0,
          "maxDelay must be 0 to 7 days, got %s", maxDelay);
      this.advanceEvery = every;
      this.maxDelay = maxDelay;
      return this;
    }

    /**
     * The topology: a source, the processor with its store, and two sinks.
     *
     * @return a new topology
     */
    public Topology build() {
      checkArgument(maxDelay == null || maxDelay.compareTo(options.allowedLateness()) >= 0,
          "the wall-clock advance's maxDelay (%s) must be at least the engine's allowed lateness (%s), or it would "
          + "make on-time mentions late", maxDelay, options.allowedLateness());
      checkArgument(!alerts.equals(mentions) && !deadLetters.equals(mentions) && !deadLetters.equals(alerts)
          && (commands == null || !List.of(mentions, alerts, deadLetters).contains(commands)),
          "the mention, alert, dead-letter and command topics must differ");
      Topology topology = new Topology();
      RuleSet r = rules;
      EngineOptions o = options;
      String store = storeName;
      int every = snapshotEvery;
      Duration tick = advanceEvery;
      Duration delay = maxDelay;
      String control = commands;
      int chunk = chunkChars;
      topology.addSource("mentions", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), mentions);
      String[] parents = {"mentions"};
      if (control != null) {
        topology.addSource("commands", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), control);
        parents = new String[] {"mentions", "commands"};
      }
      topology.addProcessor("risk-rules", () -> new RiskRulesProcessor(r, o, store, every, chunk, "alerts",
          "dead-letters", tick, delay, control), parents);
      KeyValueBytesStoreSupplier supplier = storeType == StoreType.ROCKSDB ? Stores.persistentKeyValueStore(store)
          : Stores.inMemoryKeyValueStore(store);
      topology.addStateStore(Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.String()), "risk-rules");
      topology.addSink("alerts", alerts, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
          "risk-rules");
      topology.addSink("dead-letters", deadLetters, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
          "risk-rules");
      return topology;
    }

    private static String name(String s, String what) {
      checkArgument(s != null && !s.isBlank() && s.length() <= 249, "the %s must be a name of 1 to 249 characters",
          what);
      return s;
    }
  }
}
