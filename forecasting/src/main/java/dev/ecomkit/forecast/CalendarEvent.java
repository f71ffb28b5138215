package dev.ecomkit.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * One occurrence of a calendar event ({@link RetailCalendar#events}): its name, anchor day, the window of days it
 * moves demand in (both ends included) and how its effect enters a model.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CalendarEvent {

  CalendarEvent() {}

  static CalendarEvent of(EventRule rule, LocalDate anchor) {
    return ImmutableCalendarEvent.builder().name(rule.name()).anchor(anchor)
        .start(anchor.minusDays(rule.daysBefore())).end(anchor.plusDays(rule.daysAfter())).effect(rule.effect())
        .build();
  }

  /** @return the event's name */
  public abstract String name();

  /** @return the anchor day, e.g. 11 November for Double 11 */
  public abstract LocalDate anchor();

  /** @return the window's first day */
  public abstract LocalDate start();

  /** @return the window's last day */
  public abstract LocalDate end();

  /** @return how the effect enters a model */
  public abstract EventRule.Effect effect();

  /**
   * Whether a day is in the window.
   *
   * @param day the day
   * @return true from {@link #start()} to {@link #end()}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** @return the days in the window */
  public long days() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  @Override
  public String toString() {
    return name() + " " + (start().equals(end()) ? start().toString() : start() + ".." + end());
  }
}
