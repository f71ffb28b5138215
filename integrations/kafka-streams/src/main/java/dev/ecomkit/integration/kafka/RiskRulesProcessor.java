package dev.ecomkit.integration.kafka;

import dev.ecomkit.risk.Alert;
import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.RiskException;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One stream task's {@link RuleEngine}: mentions in, alerts out, malformed records to the dead-letter sink, and the
 * engine's state in the task's store as a snapshot plus a journal of the mentions accepted since (written with each
 * mention, so the store, and its changelog, always hold the state as of the last record processed). The engine is
 * rebuilt from the store on the first record after the task starts: the snapshot restored, the journal replayed with
 * its alerts dropped, since they were emitted the first time. With a wall-clock advance, a punctuator moves the
 * watermark while the partition is quiet and journals each move ({@value #ADVANCE} and the time in ms), so a replay
 * takes the same steps in the same order. With a command topic, incident commands are applied to the engine and
 * journaled too ({@value #COMMAND} and the command's JSON); a command the engine refuses goes to the dead letters.
 *
 * <p>Not thread-safe; Kafka Streams gives each task its own instance and calls it from one thread.
 */
final class RiskRulesProcessor implements Processor<String, byte[], String, byte[]> {

  /**
   * Where the snapshot is: {@code generation chunks covers-below}, the last the first journal number it does not
   * cover. Written after the chunks, so a crash between leaves the previous snapshot whole.
   */
  static final String SNAPSHOT = "snapshot";
  /** Snapshot chunk keys: this prefix, the generation, '/', the chunk's index. */
  static final String CHUNK = "snapshot/";
  /** The longest chunk in chars: at most 3 bytes each in UTF-8, well under the 1 MB default record limit. */
  static final int CHUNK_CHARS = 200_000;
  /** Journal keys: this prefix and the sequence number as 19 digits, so the store's order is the journal's. */
  static final String JOURNAL = "journal/";
  private static final String JOURNAL_END = "journal0";
  /** A journal entry that moved the watermark: this prefix and the time in ms (a mention's JSON starts with '{'). */
  static final String ADVANCE = "@";
  /** A journal entry that applied an incident command: this prefix and the command's JSON. */
  static final String COMMAND = "!";

  private final RuleSet rules;
  private final EngineOptions options;
  private final String storeName;
  private final int snapshotEvery;
  private final String alertSink;
  private final String deadLetterSink;
  /** Every how long the wall clock moves the watermark, and how far behind it; null: never. */
  private final Duration advanceEvery;
  private final Duration maxDelay;
  /** The command topic, or null. */
  private final String commandTopic;
  private final int chunkChars;

  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, String> store;
  private RuleEngine engine;
  private long nextSequence;
  private int journalled;

  RiskRulesProcessor(RuleSet rules, EngineOptions options, String storeName, int snapshotEvery, String alertSink,
      String deadLetterSink, Duration advanceEvery, Duration maxDelay, String commandTopic, int chunkChars) {
    this.rules = rules;
    this.options = options;
    this.storeName = storeName;
    this.snapshotEvery = snapshotEvery;
    this.alertSink = alertSink;
    this.deadLetterSink = deadLetterSink;
    this.advanceEvery = advanceEvery;
    this.maxDelay = maxDelay;
    this.commandTopic = commandTopic;
    this.chunkChars = chunkChars;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
    this.engine = null; // rebuilt from the store on the first record
    if (advanceEvery != null) {
      context.schedule(advanceEvery, PunctuationType.WALL_CLOCK_TIME, this::advance);
    }
  }

  /**
   * The wall-clock punctuator: the watermark to {@code now} less the maximum delay, if that moves it; the alerts
   * it lets out are sent, then the move is journaled. An engine that has seen nothing yet is left alone.
   */
  private void advance(long now) {
    if (engine == null) {
      restore();
    }
    Instant to = Instant.ofEpochMilli(now).minus(maxDelay);
    if (engine.watermark().isEmpty() || !to.isAfter(engine.watermark().get())) {
      return;
    }
    send(engine.advanceTo(to));
    journal(ADVANCE + to.toEpochMilli());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (engine == null) {
      restore();
    }
    if (commandTopic != null && context.recordMetadata().map(m -> commandTopic.equals(m.topic())).orElse(false)) {
      command(record);
      return;
    }
    Mention mention;
    try {
      if (record.value() == null) {
        throw new SerializationException("no value: a mention is a JSON object");
      }
      mention = RiskSerdes.read(record.value(), Mention.class);
    } catch (SerializationException x) {
      deadLetter(record, x.getMessage());
      return;
    }
    // alerts go out before the journal entry: under at-least-once a crash between the two replays the mention and
    // may emit its alert twice, never lose it (under exactly-once both commit together)
    send(engine.accept(mention));
    journal(new String(RiskSerdes.write(mention), StandardCharsets.UTF_8));
  }

  /** An incident command: applied and journaled, or to the dead letters with the reason. */
  private void command(Record<String, byte[]> record) {
    IncidentCommand command;
    try {
      if (record.value() == null) {
        throw new SerializationException("no value: a command is a JSON object");
      }
      command = RiskSerdes.readCommand(record.value());
      apply(engine, command);
    } catch (SerializationException | RiskException x) {
      deadLetter(record, x instanceof RiskException ? "refused: " + x.getMessage() : x.getMessage());
      return;
    }
    journal(COMMAND + new String(RiskSerdes.write(command), StandardCharsets.UTF_8));
  }

  private static void apply(RuleEngine engine, IncidentCommand c) {
    if (c.action() == IncidentCommand.Action.ACKNOWLEDGE) {
      engine.acknowledge(c.incident(), c.at(), c.text());
    } else {
      engine.resolve(c.incident(), c.at(), c.text());
    }
  }

  /** The alerts to their sink, the late mentions to the dead letters. */
  private void send(List<Alert> alerts) {
    for (Alert a : alerts) {
      RecordHeaders headers = new RecordHeaders();
      headers.add(RiskRulesTopology.PARTITION_HEADER, Integer.toString(context.taskId().partition())
          .getBytes(StandardCharsets.UTF_8));
      context.forward(new Record<>(a.scopeKey().orElse(a.ruleId()), RiskSerdes.write(a), a.time().toEpochMilli(),
          headers), alertSink);
    }
    for (Mention late : engine.drainLate()) {
      deadLetter(new Record<>(late.platform(), RiskSerdes.write(late), late.time().toEpochMilli()),
          "late: older than the watermark less the allowed lateness; not counted");
    }
  }

  /** One journal entry, folded into a snapshot every {@code snapshotEvery} entries. */
  private void journal(String entry) {
    store.put(journalKey(nextSequence++), entry);
    if (++journalled >= snapshotEvery) {
      snapshot();
    }
  }

  /**
   * The engine from the store: the snapshot, then the journal entries it does not cover replayed (their alerts and
   * late mentions went out before).
   */
  private void restore() {
    long[] head = head();
    if (head == null) {
      engine = rules.newEngine(options);
    } else {
      StringBuilder snapshot = new StringBuilder();
      for (int i = 0; i < head[1]; i++) {
        snapshot.append(store.get(chunkKey(head[0], i)));
      }
      engine = rules.restore(snapshot.toString());
    }
    long next = head == null ? 0 : head[2];
    journalled = 0;
    try (KeyValueIterator<String, String> it = store.range(JOURNAL, JOURNAL_END)) {
      while (it.hasNext()) {
        KeyValue<String, String> entry = it.next();
        long sequence = Long.parseLong(entry.key.substring(JOURNAL.length()));
        if (sequence < next) {
          continue; // in the snapshot already: a crash came between the snapshot and the journal's deletion
        }
        if (entry.value.startsWith(COMMAND)) {
          apply(engine, RiskSerdes.readCommand(entry.value.substring(COMMAND.length()).getBytes(
              StandardCharsets.UTF_8)));
        } else if (entry.value.startsWith(ADVANCE)) {
          engine.advanceTo(Instant.ofEpochMilli(Long.parseLong(entry.value.substring(ADVANCE.length()))));
        } else {
          engine.accept(RiskSerdes.read(entry.value.getBytes(StandardCharsets.UTF_8), Mention.class));
        }
        next = sequence + 1;
        journalled++;
      }
    }
    engine.drainLate();
    nextSequence = next;
  }

  /** The snapshot's generation, chunk count and the journal number it covers below; null before the first. */
  private long[] head() {
    String head = store.get(SNAPSHOT);
    if (head == null) {
      return null;
    }
    String[] f = head.split(" ");
    return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
  }

  /** {@code text} in pieces of at most {@code chars} (2 or more), none ending inside a surrogate pair; one if empty. */
  static List<String> split(String text, int chars) {
    List<String> out = new ArrayList<>();
    int from = 0;
    do {
      int to = Math.min(text.length(), from + chars);
      if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      out.add(text.substring(from, to));
      from = to;
    } while (from < text.length());
    return out;
  }

  static String chunkKey(long generation, long index) {
    return CHUNK + generation + "/" + index;
  }

  /**
   * The engine's state as a new snapshot generation, in chunks of at most {@code chunkChars} (never splitting a
   * surrogate pair); then the head; then the previous generation's chunks and the journal it covers deleted.
   */
  private void snapshot() {
    long[] previous = head();
    long generation = previous == null ? 0 : previous[0] + 1;
    List<String> chunks = split(engine.snapshot(), chunkChars);
    for (int i = 0; i < chunks.size(); i++) {
      store.put(chunkKey(generation, i), chunks.get(i));
    }
    store.put(SNAPSHOT, generation + " " + chunks.size() + " " + nextSequence);
    if (previous != null) {
      for (int i = 0; i < previous[1]; i++) {
        store.delete(chunkKey(previous[0], i));
      }
    }
    List<String> done = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.range(JOURNAL, JOURNAL_END)) {
      while (it.hasNext()) {
        done.add(it.next().key);
      }
    }
    for (String k : done) {
      store.delete(k);
    }
    journalled = 0;
  }

  private void deadLetter(Record<String, byte[]> record, String reason) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(RiskRulesTopology.ERROR_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    context.recordMetadata().ifPresent((RecordMetadata m) -> headers.add(RiskRulesTopology.SOURCE_HEADER,
        (m.topic() + "/" + m.partition() + "@" + m.offset()).getBytes(StandardCharsets.UTF_8)));
    context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), deadLetterSink);
  }

  static String journalKey(long sequence) {
    String digits = Long.toString(sequence);
    return JOURNAL + "0".repeat(19 - digits.length()) + digits;
  }
}
