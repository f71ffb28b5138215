package dev.ecomkit.examples;

import dev.ecomkit.risk.Alert;
import dev.ecomkit.risk.EngineOptions;
import dev.ecomkit.risk.Incident;
import dev.ecomkit.risk.IncidentEvent;
import dev.ecomkit.risk.Mention;
import dev.ecomkit.risk.RuleEngine;
import dev.ecomkit.risk.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second half of the risk section: the handbook's rules watching a day of mentions ({@code mentions-day.tsv},
 * written by {@link MentionDayGenerator}) replayed in the order they arrived, allowed lateness ten minutes. It prints
 * each alert as it comes out, the late post, the incident's timeline (the demo's operators acknowledge it at 15:40
 * and resolve it at 21:00), and checks that an engine restored from a noon snapshot raises the same alerts as the
 * one that ran on.
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class RiskEngineDemo {

  static final String SAMPLE = "mentions-day.tsv";
  private static final ZoneId ZONE = MentionDayGenerator.ZONE;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

  private RiskEngineDemo() {}

  /** A mention and when it arrived. */
  static final class Arrival {
    final Mention mention;
    final Instant arrived;

    Arrival(Mention mention, Instant arrived) {
      this.mention = mention;
      this.arrived = arrived;
    }
  }

  static List<Arrival> read(String[] args) throws IOException {
    List<Arrival> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(SampleFiles.open(args, SAMPLE))) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split("\t", 6);
        Mention.Builder b = Mention.builder().id(f[0]).platform(f[1]).time(Instant.parse(f[2])).text(f[5]);
        if (!f[4].equals("-")) {
          b.sku(f[4]);
        }
        out.add(new Arrival(b.build(), Instant.parse(f[3])));
      }
    }
    return out;
  }

  static void run(String[] args, PrintStream out) throws IOException {
    out.print(report(read(args), SampleFiles.name(args, SAMPLE)));
  }

  static String report(List<Arrival> day, String name) {
    RuleSet rules = RuleSet.handbookDefaults();
    RuleEngine engine = rules.newEngine(EngineOptions.lateness(Duration.ofMinutes(10)));
    StringBuilder sb = new StringBuilder("== Risk engine: a day of mentions (ecomkit-risk-rules) ==\n");
    sb.append(String.format(Locale.ROOT, "%,d mentions from %s replayed in arrival order; handbook rules, allowed "
        + "lateness 10 min, times in %s.%n", day.size(), name, ZONE));
    Instant acknowledgeAt = MentionDayGenerator.at(15, 40);
    Instant resolveAt = MentionDayGenerator.at(21, 0);
    Instant snapshotAt = MentionDayGenerator.at(12, 0);
    RuleEngine twin = null;
    int snapshotBytes = 0;
    List<Alert> alerts = new ArrayList<>();
    List<Alert> afterSnapshot = new ArrayList<>();
    List<Alert> twinAlerts = new ArrayList<>();
    Incident resolved = null;
    for (Arrival a : day) {
      if (twin == null && !a.arrived.isBefore(snapshotAt)) {
        String snapshot = engine.snapshot();
        snapshotBytes = snapshot.length();
        twin = rules.restore(snapshot);
      }
      if (!a.arrived.isBefore(acknowledgeAt) && !engine.incidents().isEmpty()
          && engine.incidents().get(0).status() == Incident.Status.OPEN) {
        String id = engine.incidents().get(0).id();
        engine.acknowledge(id, acknowledgeAt, "crisis team on duty");
        twin.acknowledge(id, acknowledgeAt, "crisis team on duty");
      }
      if (resolved == null && !a.arrived.isBefore(resolveAt) && !engine.incidents().isEmpty()) {
        String id = engine.incidents().get(0).id();
        String note = "batch " + MentionDayGenerator.SKU + " recalled, buyers refunded, supplier audited";
        resolved = engine.resolve(id, resolveAt, note);
        twin.resolve(id, resolveAt, note);
      }
      List<Alert> out = engine.accept(a.mention);
      for (Alert alert : out) {
        sb.append("  [arrived ").append(HH_MM.format(a.arrived)).append("] ").append(alert.describe(ZONE))
            .append('\n');
      }
      alerts.addAll(out);
      if (twin != null) {
        afterSnapshot.addAll(out);
        twinAlerts.addAll(twin.accept(a.mention));
      }
    }
    Instant end = MentionDayGenerator.at(24, 0);
    List<Alert> last = engine.advanceTo(end);
    for (Alert alert : last) {
      sb.append("  [end of day] ").append(alert.describe(ZONE)).append('\n');
    }
    alerts.addAll(last);
    afterSnapshot.addAll(last);
    twinAlerts.addAll(twin.advanceTo(end));
    List<Mention> late = engine.drainLate();
    sb.append("Late, not counted (for review):\n");
    for (Mention m : late) {
      sb.append(String.format(Locale.ROOT, "  %s on %s posted %s: %s%n", m.id(), m.platform(),
          HH_MM.format(m.time()), m.text()));
    }
    sb.append("Repeated posts ignored: ").append(engine.duplicatesIgnored()).append('\n');
    if (resolved != null) {
      sb.append("Incident ").append(resolved.id()).append(" (").append(resolved.ruleId()).append(", ")
          .append(resolved.mentions()).append(" mentions ").append(resolved.platforms()).append("):\n");
      for (IncidentEvent e : resolved.timeline()) {
        sb.append("  ").append(HH_MM.format(e.time())).append(' ').append(e.kind()).append(" level ")
            .append(e.level()).append(": ").append(e.detail()).append('\n');
      }
    }
    long thresholds = alerts.stream().filter(x -> x.kind() == Alert.Kind.THRESHOLD).count();
    sb.append(String.format(Locale.ROOT, "Snapshot at %s (%,d chars of JSON) restored: the restored engine raised "
        + "the same %d alerts after it: %b%n", HH_MM.format(snapshotAt), snapshotBytes, afterSnapshot.size(),
        afterSnapshot.equals(twinAlerts)));
    sb.append(String.format(Locale.ROOT, "Risk engine: %d mentions, %d alerts (%d threshold, %d escalations), "
        + "%d late, %d repeated, incident %s.%n", day.size(), alerts.size(), thresholds, alerts.size() - thresholds,
        late.size(), engine.duplicatesIgnored(), resolved == null ? "open" : "resolved at level "
        + resolved.level()));
    return sb.toString();
  }
}
