package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign checklist tied to an event day (大促 SOP, seed 001 §1.2): tasks that open a number of days before the
 * event (T − 15 in the handbook) and are due some days later, each with its team, platform and the data it links to;
 * a task past its deadline and not done is overdue (red on the task card).
 *
 * <pre>{@code
 * CampaignPlan plan = CampaignPlan.forEvent(LocalDate.of(2026, 11, 11), CampaignPlan.standardTasks());
 * plan.statusAt(LocalDate.of(2026, 11, 2));   // task → NOT_OPEN / OPEN / OVERDUE / DONE
 * plan.done("FAQ upload", LocalDate.of(2026, 11, 6));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CampaignPlan {

  /**
   * A task of a template: opens {@code opensBefore} days before the event, due {@code dueBefore} days before it.
   * Immutable and thread-safe.
   *
   * @param name the task, unique in a template
   * @param team who does it
   * @param platform where, e.g. "Tmall", or "all"
   * @param linkedData what it works from, e.g. "last year's Double 11 sales"
   * @param opensBefore days before the event it opens, 0 or more
   * @param dueBefore days before the event it is due, 0 to {@code opensBefore}
   * @since 0.1
   */
  public record Task(String name, String team, String platform, String linkedData, int opensBefore, int dueBefore) {

    /**
     * A task.
     *
     * @throws SupplyException if it is due before it opens or a day count is negative
     */
    public Task {
      checkNotNull(name, "name");
      checkNotNull(team, "team");
      checkNotNull(platform, "platform");
      checkNotNull(linkedData, "linkedData");
      if (opensBefore < 0 || dueBefore < 0 || dueBefore > opensBefore) {
        throw new SupplyException("dueBefore", "task \"" + name + "\": it must open 0 or more days before the event "
            + "and be due on or after it opens; got opens T-" + opensBefore + ", due T-" + dueBefore);
      }
    }
  }

  /**
   * A task's state at a date.
   *
   * @since 0.1
   */
  public enum Status {
    /** Not open yet. */
    NOT_OPEN,
    /** Open and not yet due. */
    OPEN,
    /** Past its deadline and not done: red. */
    OVERDUE,
    /** Done. */
    DONE
  }

  private final LocalDate event;
  private final ImmutableList<Task> tasks;
  private final Map<String, LocalDate> done;

  private CampaignPlan(LocalDate event, List<Task> tasks, Map<String, LocalDate> done) {
    this.event = event;
    this.tasks = ImmutableList.copyOf(tasks);
    this.done = Map.copyOf(done);
  }

  /**
   * The handbook's SOP: at T − 15 operations opens the campaign materials (design and copy, due T − 7), supply
   * chain adjusts the campaign stock (due T − 10, so the goods can still arrive), customer service uploads the FAQ
   * (due T − 3). The deadlines are this library's defaults; the handbook names only the opening day.
   *
   * @return the tasks
   */
  public static List<Task> standardTasks() {
    return List.of(new Task("campaign materials", "operations", "all", "design and copy", 15, 7),
        new Task("campaign stock", "supply chain", "all", "the campaign's demand forecast", 15, 10),
        new Task("FAQ upload", "customer service", "all", "last campaign's questions", 15, 3));
  }

  /**
   * A plan for an event.
   *
   * @param event the event day (T)
   * @param tasks the tasks, names unique
   * @return the plan
   * @throws SupplyException for a name given twice or no task
   */
  public static CampaignPlan forEvent(LocalDate event, List<Task> tasks) {
    checkNotNull(event, "event");
    checkNotNull(tasks, "tasks");
    if (tasks.isEmpty()) {
      throw new SupplyException("tasks", "give at least one task");
    }
    if (tasks.stream().map(Task::name).distinct().count() != tasks.size()) {
      throw new SupplyException("tasks", "task names must be unique, got " + tasks.stream().map(Task::name).toList());
    }
    return new CampaignPlan(event, tasks, Map.of());
  }

  /** @return the event day */
  public LocalDate event() {
    return event;
  }

  /** @return the tasks */
  public List<Task> tasks() {
    return tasks;
  }

  /**
   * The day a task opens.
   *
   * @param task the task
   * @return event − opensBefore
   */
  public LocalDate opens(Task task) {
    return event.minusDays(task.opensBefore());
  }

  /**
   * The day a task is due.
   *
   * @param task the task
   * @return event − dueBefore
   */
  public LocalDate deadline(Task task) {
    return event.minusDays(task.dueBefore());
  }

  /**
   * This plan with a task done.
   *
   * @param task the task's name
   * @param on the day
   * @return a new plan
   * @throws SupplyException for an unknown task
   */
  public CampaignPlan done(String task, LocalDate on) {
    checkNotNull(task, "task");
    checkNotNull(on, "on");
    if (tasks.stream().noneMatch(t -> t.name().equals(task))) {
      throw new SupplyException("task", "no task named \"" + task + "\"; the tasks are "
          + tasks.stream().map(Task::name).toList());
    }
    Map<String, LocalDate> d = new LinkedHashMap<>(done);
    d.put(task, on);
    return new CampaignPlan(event, tasks, d);
  }

  /**
   * Each task's state at a date, in task order.
   *
   * @param date the date
   * @return task name → status
   */
  public Map<String, Status> statusAt(LocalDate date) {
    checkNotNull(date, "date");
    Map<String, Status> out = new LinkedHashMap<>();
    for (Task t : tasks) {
      Optional<LocalDate> finished = Optional.ofNullable(done.get(t.name()));
      Status s;
      if (finished.isPresent() && !finished.get().isAfter(date)) {
        s = Status.DONE;
      } else if (date.isBefore(opens(t))) {
        s = Status.NOT_OPEN;
      } else if (date.isAfter(deadline(t))) {
        s = Status.OVERDUE;
      } else {
        s = Status.OPEN;
      }
      out.put(t.name(), s);
    }
    return out;
  }

  /**
   * The overdue tasks at a date.
   *
   * @param date the date
   * @return their names, in task order
   */
  public List<String> overdue(LocalDate date) {
    List<String> out = new ArrayList<>();
    statusAt(date).forEach((name, s) -> {
      if (s == Status.OVERDUE) {
        out.add(name);
      }
    });
    return out;
  }

  @Override
  public String toString() {
    return "CampaignPlan(" + event + ", " + tasks.size() + " tasks)";
  }
}
