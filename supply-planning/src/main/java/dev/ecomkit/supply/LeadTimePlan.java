package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A lead-time plan tracked like a Gantt chart (交期计划, seed 001 §2.2): stages one after another — forecast,
 * purchase order, production scheduling, logistics allocation, shelving by default — each with its planned days,
 * our owner and the factory contact. A buffer (10 % of each stage and of the whole cycle by default) sets the
 * warning line on day ⌊(1 − buffer) × days⌋ of the span: a 30-day plan warns from its day 27.
 *
 * <pre>{@code
 * LeadTimePlan plan = LeadTimePlan.builder().start(LocalDate.of(2026, 9, 1))
 *     .stage("forecast", 5, "王敏", "-").stage("purchase order", 3, "王敏", "苏州一厂 李工")
 *     .stage("production", 15, "陈涛", "苏州一厂 李工").stage("logistics", 5, "赵磊", "顺丰 周经理")
 *     .stage("shelving", 2, "王敏", "-").build()
 *     .completed("forecast", LocalDate.of(2026, 9, 5));
 * plan.statusAt(LocalDate.of(2026, 9, 10));   // per stage ON_TRACK / WARNING / OVERDUE / DONE, and overall
 * plan.toMermaidGantt();
 * }</pre>
 *
 * Stages run in sequence, each from the day after the one before ends (planned), so every stage is on the critical
 * path: a day late anywhere is a day late at the end. A stage is DONE once completed, WARNING from its warning line
 * (start + (1 − buffer) × days) while not complete, OVERDUE after its planned end while not complete.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LeadTimePlan {

  /**
   * A stage's or the plan's status at a date.
   *
   * @since 0.1
   */
  public enum Status {
    /** Not started yet. */
    NOT_STARTED,
    /** Under way, before its warning line. */
    ON_TRACK,
    /** Under way, past its warning line: the buffer is being used. */
    WARNING,
    /** Past its planned end and not complete. */
    OVERDUE,
    /** Complete. */
    DONE
  }

  /**
   * One stage of the plan. Immutable and thread-safe.
   *
   * @param name the stage
   * @param days planned days, 1 or more
   * @param owner our owner
   * @param contact the factory or carrier contact
   * @param start the planned first day
   * @param end the planned last day
   * @param warningFrom the first day of the warning line
   * @param completed the day it was completed, if it was
   * @param history the days this stage actually took on past orders (the delivery history), oldest first
   * @since 0.1
   */
  public record Stage(String name, int days, String owner, String contact, LocalDate start, LocalDate end,
      LocalDate warningFrom, Optional<LocalDate> completed, List<Integer> history) {

    /** Copies the history. */
    public Stage {
      history = List.copyOf(history);
    }

    /**
     * The share of past runs of this stage that took no longer than planned (按期交付率).
     *
     * @return from 0 to 1; empty without a history
     * @since 0.1
     */
    public OptionalDouble onTimeShare() {
      if (history.isEmpty()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of((double) history.stream().filter(d -> d <= days).count() / history.size());
    }
  }

  /**
   * The status of each stage and of the whole plan at a date. Immutable and thread-safe.
   *
   * @param date the date
   * @param stages stage name to status, in stage order
   * @param overall the plan's status: the worst stage's, or WARNING past the whole cycle's warning line
   * @since 0.1
   */
  public record Report(LocalDate date, Map<String, Status> stages, Status overall) {}

  /** The most past runs kept per stage. */
  static final int MAX_HISTORY = 10_000;

  /** The most stages in a plan. */
  static final int MAX_STAGES = 1_000;

  /** The longest stage, in days (ten years). */
  static final int MAX_DAYS = 3_650;

  private final LocalDate start;
  private final double buffer;
  private final ImmutableList<Stage> stages;

  private LeadTimePlan(LocalDate start, double buffer, List<Stage> stages) {
    this.start = start;
    this.buffer = buffer;
    this.stages = ImmutableList.copyOf(stages);
  }

  /**
   * A new builder; buffer 10 %.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the stages in order, with their planned dates */
  public List<Stage> stages() {
    return stages;
  }

  /** @return the planned last day of the last stage */
  public LocalDate plannedEnd() {
    return stages.get(stages.size() - 1).end();
  }

  /** @return the first day of the whole cycle's warning line */
  public LocalDate warningFrom() {
    return warningLine(start, (int) ChronoUnit.DAYS.between(start, plannedEnd()) + 1, buffer);
  }

  /**
   * This plan with a stage completed.
   *
   * @param stage the stage's name
   * @param on the day it was completed
   * @return a new plan
   * @throws SupplyException for an unknown stage
   */
  public LeadTimePlan completed(String stage, LocalDate on) {
    checkNotNull(stage, "stage");
    checkNotNull(on, "on");
    List<Stage> out = new ArrayList<>();
    boolean found = false;
    for (Stage s : stages) {
      if (s.name().equals(stage)) {
        found = true;
        out.add(new Stage(s.name(), s.days(), s.owner(), s.contact(), s.start(), s.end(), s.warningFrom(),
            Optional.of(on), s.history()));
      } else {
        out.add(s);
      }
    }
    if (!found) {
      throw new SupplyException("stage", "no stage named \"" + stage + "\"; the stages are "
          + stages.stream().map(Stage::name).toList());
    }
    return new LeadTimePlan(start, buffer, out);
  }

  /**
   * The status of each stage and of the plan at a date.
   *
   * @param date the date
   * @return the report
   */
  public Report statusAt(LocalDate date) {
    checkNotNull(date, "date");
    Map<String, Status> by = new java.util.LinkedHashMap<>();
    Status worst = Status.NOT_STARTED;
    boolean allDone = true;
    for (Stage s : stages) {
      Status st;
      if (s.completed().isPresent() && !s.completed().get().isAfter(date)) {
        st = Status.DONE;
      } else if (date.isBefore(s.start())) {
        st = Status.NOT_STARTED;
      } else if (date.isAfter(s.end())) {
        st = Status.OVERDUE;
      } else if (!date.isBefore(s.warningFrom())) {
        st = Status.WARNING;
      } else {
        st = Status.ON_TRACK;
      }
      allDone &= st == Status.DONE;
      by.put(s.name(), st);
      if (st != Status.DONE && st.ordinal() > worst.ordinal()) {
        worst = st;
      }
    }
    Status overall = allDone ? Status.DONE : worst;
    if (!allDone && overall.ordinal() < Status.WARNING.ordinal() && !date.isBefore(warningFrom())) {
      overall = Status.WARNING;
    }
    if (!allDone && overall == Status.NOT_STARTED && !date.isBefore(start)) {
      overall = Status.ON_TRACK;
    }
    return new Report(date, by, overall);
  }

  /**
   * When the plan will end as things stand at a date: completed stages end when they did, a stage under way or
   * not yet started takes its planned days from the day after the stage before it ended, and a stage not complete
   * by {@code asOf} ends no earlier than {@code asOf}. All stages are on the critical path, so every day a stage
   * slips moves the end.
   *
   * @param asOf the date of the estimate
   * @return the projected last day
   * @since 0.1
   */
  public LocalDate projectedEnd(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    LocalDate from = start;
    LocalDate end = start;
    for (Stage s : stages) {
      if (s.completed().isPresent() && !s.completed().get().isAfter(asOf)) {
        end = s.completed().get();
      } else {
        end = from.plusDays(s.days() - 1L);
        if (end.isBefore(asOf)) {
          end = asOf;
        }
      }
      from = end.plusDays(1);
    }
    return end;
  }

  /**
   * The plan as JSON: start, buffer, and per stage its name, days, owner, contact, completion day and delivery
   * history; {@link #fromJson} reads it back.
   *
   * @return the JSON text
   * @since 0.1
   */
  public String toJson() {
    return LeadTimePlanJson.write(this);
  }

  /**
   * Reads a plan written by {@link #toJson} (or by hand): {@code {"start": "2026-09-01", "buffer": 0.1,
   * "stages": [{"name": …, "days": …, "owner": …, "contact": …, "completed": "2026-09-05", "history": [5, 6]}]}};
   * {@code buffer}, {@code completed} and {@code history} may be left out.
   *
   * @param json the JSON text
   * @return the plan
   * @throws SupplyException naming the JSON path of what is wrong, for malformed JSON, an unknown field or a bad
   *     value
   * @since 0.1
   */
  public static LeadTimePlan fromJson(String json) {
    return LeadTimePlanJson.read(checkNotNull(json, "json"));
  }

  double buffer() {
    return buffer;
  }

  LocalDate start() {
    return start;
  }

  /**
   * The plan as a Mermaid {@code gantt} chart: one task a stage, done stages marked {@code done}, the owner in the
   * label.
   *
   * @return the Mermaid text
   */
  public String toMermaidGantt() {
    StringBuilder sb = new StringBuilder("gantt\n  title Lead-time plan from ").append(start).append('\n')
        .append("  dateFormat YYYY-MM-DD\n  section Stages\n");
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      sb.append("  ").append(mermaid(s.name() + " (" + s.owner() + ")")).append(" :")
          .append(s.completed().isPresent() ? "done, " : "").append('s').append(i + 1).append(", ")
          .append(i == 0 ? s.start().toString() : "after s" + i).append(", ").append(s.days()).append("d\n");
    }
    return sb.toString();
  }

  private static String mermaid(String label) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      out.append(c == ':' || c == '#' || c == ';' || c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  /** Day ⌊(1 − buffer) · days⌋ of the span, counted from 1: day 27 of a 30-day stage with a 10 % buffer. */
  static LocalDate warningLine(LocalDate from, int days, double buffer) {
    return from.plusDays(Math.max(0, (long) Math.floor((1 - buffer) * days + 1e-9) - 1));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LeadTimePlan(%s to %s, %d stages, buffer %.0f %%)", start, plannedEnd(),
        stages.size(), 100 * buffer);
  }

  /**
   * Builds a {@link LeadTimePlan}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private LocalDate start;
    private double buffer = 0.10;
    private final List<String[]> stages = new ArrayList<>();
    private final List<Integer> days = new ArrayList<>();
    private final Map<String, List<Integer>> history = new java.util.HashMap<>();
    private final java.util.Set<String> names = new java.util.HashSet<>();

    Builder() {}

    /**
     * The first day of the plan.
     *
     * @param start the day, in a year from 1 to 9999
     * @return this builder
     * @throws SupplyException for a year out of range
     */
    public Builder start(LocalDate start) {
      checkNotNull(start, "start");
      if (start.getYear() < 1 || start.getYear() > 9_999) {
        throw new SupplyException("start", "the plan must start in a year from 1 to 9999, got " + start);
      }
      this.start = start;
      return this;
    }

    /**
     * The buffer: the share of each stage and of the cycle kept before the end, where the warning starts.
     *
     * @param share 0 to 0.5; 0.10 by default
     * @return this builder
     */
    public Builder buffer(double share) {
      if (!(share >= 0 && share <= 0.5)) {
        throw new SupplyException("buffer", "the buffer must be 0 to 0.5 of a stage, got " + share);
      }
      this.buffer = share;
      return this;
    }

    /**
     * Adds the next stage.
     *
     * @param name its name, unique
     * @param plannedDays 1 to 3,650
     * @param owner our owner
     * @param contact the factory or carrier contact ("-" for none)
     * @return this builder
     */
    public Builder stage(String name, int plannedDays, String owner, String contact) {
      checkNotNull(name, "name");
      checkNotNull(owner, "owner");
      checkNotNull(contact, "contact");
      if (plannedDays < 1 || plannedDays > MAX_DAYS) {
        throw new SupplyException("plannedDays", "stage \"" + name + "\": planned days must be 1 to " + MAX_DAYS
            + ", got " + plannedDays);
      }
      if (!names.add(name)) {
        throw new SupplyException("name", "stage \"" + name + "\" is given twice");
      }
      if (stages.size() == MAX_STAGES) {
        names.remove(name);
        throw new SupplyException("name", "a plan has at most " + MAX_STAGES + " stages");
      }
      stages.add(new String[] {name, owner, contact});
      days.add(plannedDays);
      return this;
    }

    /**
     * The delivery history of a stage: the days it actually took on past orders, oldest first. It gives the stage's
     * {@linkplain Stage#onTimeShare() on-time share}; a later call replaces the history.
     *
     * @param stage a stage already added
     * @param actualDays each 1 or more; at most 10,000
     * @return this builder
     * @throws SupplyException for an unknown stage or a bad value
     * @since 0.1
     */
    public Builder history(String stage, int... actualDays) {
      checkNotNull(stage, "stage");
      checkNotNull(actualDays, "actualDays");
      if (!names.contains(stage)) {
        throw new SupplyException("stage", "no stage named \"" + stage + "\" yet; add it before its history");
      }
      if (actualDays.length > MAX_HISTORY) {
        throw new SupplyException("actualDays", "at most " + MAX_HISTORY + " past runs, got " + actualDays.length);
      }
      List<Integer> h = new ArrayList<>(actualDays.length);
      for (int i = 0; i < actualDays.length; i++) {
        if (actualDays[i] < 1) {
          throw new SupplyException("actualDays", "stage \"" + stage + "\": run " + i + " took " + actualDays[i]
              + " days; give 1 or more");
        }
        h.add(actualDays[i]);
      }
      history.put(stage, List.copyOf(h));
      return this;
    }

    /**
     * The plan.
     *
     * @return the plan
     * @throws SupplyException without a start or a stage
     */
    public LeadTimePlan build() {
      if (start == null) {
        throw new SupplyException("start", "give the plan's first day");
      }
      if (stages.isEmpty()) {
        throw new SupplyException("stages", "give at least one stage");
      }
      List<Stage> out = new ArrayList<>();
      LocalDate from = start;
      for (int i = 0; i < stages.size(); i++) {
        int d = days.get(i);
        LocalDate end = from.plusDays(d - 1L);
        out.add(new Stage(stages.get(i)[0], d, stages.get(i)[1], stages.get(i)[2], from, end,
            warningLine(from, d, buffer), Optional.empty(), history.getOrDefault(stages.get(i)[0], List.of())));
        from = end.plusDays(1);
      }
      return new LeadTimePlan(start, buffer, out);
    }
  }
}
