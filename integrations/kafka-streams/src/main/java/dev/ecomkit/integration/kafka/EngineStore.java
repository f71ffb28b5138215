package dev.ecomkit.integration.kafka;

import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleSet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A task's {@link RuleEngine} state in its key-value store (and so in the store's changelog): a snapshot in chunks
 * plus a journal of what happened to the engine since, one entry a step — a mention's JSON, {@value #ADVANCE} and a
 * time in ms for a watermark move, {@value #COMMAND} and a command's JSON for an incident command. Replaying the
 * journal on the snapshot takes the engine through the same steps in the same order. Every {@code snapshotEvery}
 * entries the journal is folded into a new snapshot.
 *
 * <p>Crash safety: a snapshot's chunks are written under a new generation before the head that points at them, and
 * the old generation and the covered journal are deleted after, so a changelog cut anywhere restores either the old
 * snapshot with its whole journal or the new one (the head records the first journal number it does not cover).
 * Chunks of other generations left by a crash are deleted with the next snapshot.
 *
 * <p>Not thread-safe; one per task, used from the task's thread.
 */
final class EngineStore {

  /** The head: {@code generation chunks covers-below}. */
  static final String HEAD = "snapshot-head";
  /** Snapshot chunk keys: this prefix, the generation, '/', the chunk's index. */
  static final String CHUNK = "snapshot/";
  private static final String CHUNK_END = "snapshot0";
  /** The longest chunk in chars: at most 3 bytes each in UTF-8, well under the 1 MB default record limit. */
  static final int CHUNK_CHARS = 200_000;
  /** Journal keys: this prefix and the sequence number as 19 digits, so the store's order is the journal's. */
  static final String JOURNAL = "journal/";
  private static final String JOURNAL_END = "journal0";
  /** A journal entry that moved the watermark: this prefix and the time in ms (a mention's JSON starts with '{'). */
  static final String ADVANCE = "@";
  /** A journal entry that applied an incident command: this prefix and the command's JSON. */
  static final String COMMAND = "!";

  private final KeyValueStore<String, String> store;
  private final int snapshotEvery;
  private final int chunkChars;
  private long nextSequence;
  private int journalled;
  /** Whether the journal's last entry is a watermark move, which the next move may replace. */
  private boolean lastIsAdvance;

  EngineStore(KeyValueStore<String, String> store, int snapshotEvery, int chunkChars) {
    this.store = store;
    this.snapshotEvery = snapshotEvery;
    this.chunkChars = chunkChars;
  }

  /**
   * The engine from the store: the snapshot, then the journal entries it does not cover replayed (their alerts and
   * late mentions went out before, and are dropped).
   */
  RuleEngine restore(RuleSet rules, EngineOptions options) {
    long[] head = head();
    RuleEngine engine;
    if (head == null) {
      engine = rules.newEngine(options);
    } else {
      StringBuilder snapshot = new StringBuilder();
      for (int i = 0; i < head[1]; i++) {
        String chunk = store.get(chunkKey(head[0], i));
        if (chunk == null) {
          throw new IllegalStateException("the engine's snapshot in store " + store.name() + " lacks chunk " + i
              + " of " + head[1] + " of generation " + head[0] + "; the store or its changelog was altered");
        }
        snapshot.append(chunk);
      }
      engine = rules.restore(snapshot.toString());
    }
    long next = head == null ? 0 : head[2];
    journalled = 0;
    lastIsAdvance = false;
    try (KeyValueIterator<String, String> it = store.range(JOURNAL, JOURNAL_END)) {
      while (it.hasNext()) {
        KeyValue<String, String> entry = it.next();
        long sequence = Long.parseLong(entry.key.substring(JOURNAL.length()));
        if (sequence < next) {
          continue; // in the snapshot already: a crash came between the snapshot and the journal's deletion
        }
        replay(engine, entry.value);
        lastIsAdvance = entry.value.startsWith(ADVANCE);
        next = sequence + 1;
        journalled++;
      }
    }
    engine.drainLate();
    nextSequence = next;
    return engine;
  }

  private static void replay(RuleEngine engine, String entry) {
    if (entry.startsWith(COMMAND)) {
      RiskRulesProcessor.apply(engine, RiskSerdes.readCommand(entry.substring(COMMAND.length())
          .getBytes(StandardCharsets.UTF_8)));
    } else if (entry.startsWith(ADVANCE)) {
      engine.advanceTo(Instant.ofEpochMilli(Long.parseLong(entry.substring(ADVANCE.length()))));
    } else {
      engine.accept(RiskSerdes.read(entry.getBytes(StandardCharsets.UTF_8), Mention.class));
    }
  }

  /** Journals a mention the engine took. */
  void mention(Mention m, RuleEngine engine) {
    append(new String(RiskSerdes.write(m), StandardCharsets.UTF_8), false, engine);
  }

  /** Journals a command the engine applied. */
  void command(IncidentCommand c, RuleEngine engine) {
    append(COMMAND + new String(RiskSerdes.write(c), StandardCharsets.UTF_8), false, engine);
  }

  /**
   * Journals a watermark move. Moves in a row replace each other (advancing to a time, then a later one, leaves the
   * engine as advancing to the later one), so a quiet partition's journal does not grow with the ticks.
   */
  void advance(Instant to, RuleEngine engine) {
    append(ADVANCE + to.toEpochMilli(), true, engine);
  }

  private void append(String entry, boolean isAdvance, RuleEngine engine) {
    if (isAdvance && lastIsAdvance) {
      store.put(journalKey(nextSequence - 1), entry);
      return;
    }
    store.put(journalKey(nextSequence++), entry);
    lastIsAdvance = isAdvance;
    if (++journalled >= snapshotEvery) {
      snapshot(engine);
    }
  }

  /** The snapshot's generation, chunk count and the journal number it covers below; null before the first. */
  private long[] head() {
    String head = store.get(HEAD);
    if (head == null) {
      return null;
    }
    String[] f = head.split(" ");
    return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
  }

  /**
   * The engine's state as a new snapshot generation, in chunks of at most {@code chunkChars} (never splitting a
   * surrogate pair); then the head; then every other generation's chunks and the journal it covers deleted.
   */
  private void snapshot(RuleEngine engine) {
    long[] previous = head();
    long generation = previous == null ? 0 : previous[0] + 1;
    List<String> chunks = split(engine.snapshot(), chunkChars);
    for (int i = 0; i < chunks.size(); i++) {
      store.put(chunkKey(generation, i), chunks.get(i));
    }
    store.put(HEAD, generation + " " + chunks.size() + " " + nextSequence);
    String current = CHUNK + generation + "/";
    deleteRange(CHUNK, CHUNK_END, current);
    deleteRange(JOURNAL, JOURNAL_END, null);
    journalled = 0;
    lastIsAdvance = false;
  }

  /** Deletes the keys in {@code [from, to)}, except those starting with {@code keep}. */
  private void deleteRange(String from, String to, String keep) {
    List<String> doomed = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.range(from, to)) {
      while (it.hasNext()) {
        String k = it.next().key;
        if (keep == null || !k.startsWith(keep)) {
          doomed.add(k);
        }
      }
    }
    doomed.forEach(store::delete);
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

  static String journalKey(long sequence) {
    String digits = Long.toString(sequence);
    return JOURNAL + "0".repeat(19 - digits.length()) + digits;
  }
}
