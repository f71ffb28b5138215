package dev.ecomkit.segment;

import dev.ecomkit.segment.kol.Rate;
import dev.ecomkit.segment.kol.RateDifference;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The effect of a {@link ReactivationPlan} as of a day (唤醒效果): per segment and step, the contacts made, the
 * response rate (a purchase within the step's wait) with its Wilson 95 % interval, and the revenue of those who
 * responded; overall, the treated customers' response against the held-out customers', with Newcombe's interval for
 * the difference (the uplift). {@link #toString()} is the table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReactivationReport {

  /**
   * One step's effect in one segment.
   *
   * @param segment the segment
   * @param step the step
   * @param response responders out of contacts, with its interval
   * @param revenue the revenue recorded from those who responded
   * @since 0.1
   */
  public record StepEffect(String segment, ReactivationStep step, Rate response, double revenue) {

    /** @return the contacts made at this step */
    public long contacts() {
      return response.trials();
    }
  }

  private final LocalDate asOf;
  private final List<StepEffect> rows;
  private final Rate treated;
  private final Rate holdout;
  private final RateDifference uplift;
  private final double treatedRevenue;
  private final double holdoutRevenue;

  ReactivationReport(LocalDate asOf, List<StepEffect> rows, Rate treated, Rate holdout, RateDifference uplift,
      double treatedRevenue, double holdoutRevenue) {
    this.asOf = asOf;
    this.rows = List.copyOf(rows);
    this.treated = treated;
    this.holdout = holdout;
    this.uplift = uplift;
    this.treatedRevenue = treatedRevenue;
    this.holdoutRevenue = holdoutRevenue;
  }

  /** @return the day of the report */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return per segment, each step in ladder order */
  public List<StepEffect> rows() {
    return rows;
  }

  /** @return the treated customers who responded to some step, out of all treated */
  public Rate treated() {
    return treated;
  }

  /** @return the held-out customers who bought within the ladder's length, out of all held out; empty without */
  public Optional<Rate> holdout() {
    return Optional.ofNullable(holdout);
  }

  /** @return treated minus held-out response, with its interval and verdict; empty without a holdout */
  public Optional<RateDifference> uplift() {
    return Optional.ofNullable(uplift);
  }

  /**
   * The revenue of the treated customers who responded, up to the report's day: the sum of {@link #rows()}' revenue.
   *
   * @return the revenue
   */
  public double treatedRevenue() {
    return treatedRevenue;
  }

  /**
   * The revenue of the held-out customers who bought within the ladder's length, up to the report's day. The steps'
   * waits follow one another from the start, so a treated customer responded exactly when her first purchase fell
   * within the ladder's length: both groups are counted by the same rule. Compare per customer: {@code treatedRevenue() / treated().trials()} against
   * {@code holdoutRevenue().getAsDouble() / holdout().get().trials()}.
   *
   * @return the revenue; empty without a holdout
   */
  public OptionalDouble holdoutRevenue() {
    return holdout == null ? OptionalDouble.empty() : OptionalDouble.of(holdoutRevenue);
  }

  @Override
  public String toString() {
    int width = Math.max(10, rows.stream().mapToInt(r -> r.segment().length()).max().orElse(0));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "reactivation as of %s%n%-" + width
        + "s %-19s %8s %9s %17s %12s%n", asOf, "segment", "step", "contacts", "responded", "rate (95 % CI)",
        "revenue"));
    for (StepEffect r : rows) {
      Rate x = r.response();
      sb.append(String.format(Locale.ROOT, "%-" + width + "s %-19s %8d %9d %5.1f%% (%4.1f-%4.1f) %12.2f%n",
          r.segment(), r.step().name().toLowerCase(Locale.ROOT).replace('_', ' '), x.trials(), x.successes(),
          100 * x.value(), 100 * x.lower(), 100 * x.upper(), r.revenue()));
    }
    sb.append(String.format(Locale.ROOT, "treated: %d of %d responded (%.1f %%)", treated.successes(),
        treated.trials(), 100 * treated.value()));
    if (holdout != null) {
      sb.append(String.format(Locale.ROOT, "; held out: %d of %d bought (%.1f %%); uplift %+.1f points (95 %% CI "
          + "%+.1f to %+.1f, %s)", holdout.successes(), holdout.trials(), 100 * holdout.value(),
          100 * uplift.difference(), 100 * uplift.lower(), 100 * uplift.upper(), switch (uplift.verdict()) {
            case A_HIGHER -> "the treated buy more";
            case B_HIGHER -> "the held out buy more";
            case NO_CLEAR_DIFFERENCE -> "no clear difference";
            case TOO_THIN -> "too few to call";
          }));
      sb.append(String.format(Locale.ROOT, "; revenue per customer %.2f treated, %.2f held out",
          treatedRevenue / Math.max(1, treated.trials()), holdoutRevenue / Math.max(1, holdout.trials())));
    }
    return sb.append(System.lineSeparator()).toString();
  }
}
