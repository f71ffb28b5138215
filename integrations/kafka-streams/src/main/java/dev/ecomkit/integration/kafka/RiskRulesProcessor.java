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
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * One stream task's {@link RuleEngine}: mentions in, alerts out, malformed records to the dead-letter sink, and the
 * engine's state in the task's store ({@link EngineStore}: a snapshot plus a journal written with each step, so the
 * store, and its changelog, always hold the state as of the last step). The engine is rebuilt from the store on the
 * task's first record or tick: the snapshot restored, the journal replayed with its alerts dropped, since they were
 * emitted the first time. With a wall-clock advance, a punctuator moves the watermark once the partition has been
 * quiet for a whole tick, and journals the move. With a command topic, incident commands are applied and journaled;
 * a command the engine refuses, or one for another partition, goes to the dead letters.
 *
 * <p>Not thread-safe; Kafka Streams gives each task its own instance and calls it from one thread.
 */
final class RiskRulesProcessor implements Processor<String, byte[], String, byte[]> {

  private final RuleSet rules;
  private final EngineOptions options;
  private final String storeName;
  private final int snapshotEvery;
  private final int chunkChars;
  private final String alertSink;
  private final String deadLetterSink;
  /** Every how long the wall clock may move the watermark, and how far behind it; null: never. */
  private final Duration advanceEvery;
  private final Duration maxDelay;
  /** The command topic, or null. */
  private final String commandTopic;

  private ProcessorContext<String, byte[]> context;
  private EngineStore state;
  private RuleEngine engine;
  /** Whether a record came since the last tick (or the task started): the partition is not quiet. */
  private boolean busy;

  RiskRulesProcessor(RuleSet rules, EngineOptions options, String storeName, int snapshotEvery, int chunkChars,
      String alertSink, String deadLetterSink, Duration advanceEvery, Duration maxDelay, String commandTopic) {
    this.rules = rules;
    this.options = options;
    this.storeName = storeName;
    this.snapshotEvery = snapshotEvery;
    this.chunkChars = chunkChars;
    this.alertSink = alertSink;
    this.deadLetterSink = deadLetterSink;
    this.advanceEvery = advanceEvery;
    this.maxDelay = maxDelay;
    this.commandTopic = commandTopic;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.state = new EngineStore(context.getStateStore(storeName), snapshotEvery, chunkChars);
    this.engine = null; // rebuilt from the store on the first record or tick
    this.busy = true; // a task that starts may have a backlog: no move before a quiet tick
    if (advanceEvery != null) {
      context.schedule(advanceEvery, PunctuationType.WALL_CLOCK_TIME, this::tick);
    }
  }

  /**
   * The wall-clock punctuator: if no record came since the last tick, the watermark to {@code now} less the maximum
   * delay, if that moves it; the alerts it lets out are sent, then the move is journaled. A partition that is
   * working through a backlog (after a restart, an outage, consumer lag) gets records every tick and is not moved;
   * an engine that has seen nothing yet is left alone.
   */
  private void tick(long now) {
    if (busy) {
      busy = false;
      return;
    }
    if (engine == null) {
      engine = state.restore(rules, options);
    }
    Instant to = Instant.ofEpochMilli(now).minus(maxDelay);
    if (engine.watermark().isEmpty() || !to.isAfter(engine.watermark().get())) {
      return;
    }
    send(engine.advanceTo(to));
    state.advance(to, engine);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    busy = true;
    if (engine == null) {
      engine = state.restore(rules, options);
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
    state.mention(mention, engine);
  }

  /** An incident command: applied and journaled, or to the dead letters with the reason. */
  private void command(Record<String, byte[]> record) {
    IncidentCommand command;
    try {
      if (record.value() == null) {
        throw new SerializationException("no value: a command is a JSON object");
      }
      command = RiskSerdes.readCommand(record.value());
      int partition = context.taskId().partition();
      if (command.partition() != partition) {
        deadLetter(record, "refused: the command is for " + command.incident() + " of partition "
            + command.partition() + ", but came to partition " + partition + "; send it to partition "
            + command.partition() + " of the command topic");
        return;
      }
      apply(engine, command);
    } catch (SerializationException | RiskException x) {
      deadLetter(record, x instanceof RiskException ? "refused: " + x.getMessage() : x.getMessage());
      return;
    }
    state.command(command, engine);
  }

  static void apply(RuleEngine engine, IncidentCommand c) {
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

  private void deadLetter(Record<String, byte[]> record, String reason) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(RiskRulesTopology.ERROR_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    context.recordMetadata().ifPresent((RecordMetadata m) -> headers.add(RiskRulesTopology.SOURCE_HEADER,
        (m.topic() + "/" + m.partition() + "@" + m.offset()).getBytes(StandardCharsets.UTF_8)));
    context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), deadLetterSink);
  }
}
