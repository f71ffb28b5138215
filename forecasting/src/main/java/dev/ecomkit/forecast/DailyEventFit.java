package dev.ecomkit.forecast;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fitted {@link DailyEventModel}: the estimated event effects, the fitted values and forecasts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DailyEventFit {

  private static final double Z95 = 1.959963984540054;
  private static final int MAX_ITERATIONS = 50;

  private final DailyEventModel model;
  private final LocalDate start;
  private final int n;
  private final int fourier;
  private final double[] beta;
  private final double dispersion;
  private final double scale;
  private final List<EventRule> eventRules; // one a column, after the fixed columns
  private final double[] additiveUnits; // per event column; NaN for multiplicative
  private final double[] fitted;
  private final ImmutableList<EventEffect> effects;
  private final ImmutableList<String> notes;

  private DailyEventFit(DailyEventModel model, LocalDate start, int n, int fourier, double[] beta, double dispersion,
      double scale, List<EventRule> eventRules, double[] additiveUnits, double[] fitted, List<EventEffect> effects,
      List<String> notes) {
    this.model = model;
    this.start = start;
    this.n = n;
    this.fourier = fourier;
    this.beta = beta;
    this.dispersion = dispersion;
    this.scale = scale;
    this.eventRules = List.copyOf(eventRules);
    this.additiveUnits = additiveUnits;
    this.fitted = fitted;
    this.effects = ImmutableList.copyOf(effects);
    this.notes = ImmutableList.copyOf(notes);
  }

  private static int fixedColumns(int fourier) {
    return 2 + 6 + 2 * fourier;
  }

  /** The fixed part of one day's row: intercept, trend, weekday, Fourier. */
  private static void fixedRow(double[] row, LocalDate first, LocalDate day, int fourier) {
    long t = ChronoUnit.DAYS.between(first, day);
    row[0] = 1;
    row[1] = t / 365.25;
    int dow = day.getDayOfWeek().getValue(); // 1 = Monday
    for (int d = 2; d <= 7; d++) {
      row[d] = dow == d ? 1 : 0;
    }
    double yearAngle = 2 * Math.PI * day.toEpochDay() / 365.25;
    for (int k = 1; k <= fourier; k++) {
      row[6 + 2 * k] = Math.sin(k * yearAngle);
      row[7 + 2 * k] = Math.cos(k * yearAngle);
    }
  }

  /**
   * Each day's event: the index into {@code rules} or −1. A day in several windows goes to the nearest anchor, then
   * the shorter window, then the calendar's order.
   */
  static int[] assign(RetailCalendar calendar, List<EventRule> rules, LocalDate first, int days,
      List<Integer> occurrences) {
    int[] of = new int[days];
    java.util.Arrays.fill(of, -1);
    if (rules.isEmpty()) {
      return of; // no events: the calendar (and its 1901-2099 range) is not consulted
    }
    long[] distance = new long[days];
    long[] length = new long[days];
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).name(), i);
    }
    LocalDate last = first.plusDays(days - 1L);
    List<Set<LocalDate>> anchors = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      anchors.add(new HashSet<>());
    }
    List<CalendarEvent> events = calendar.events(first, last);
    for (CalendarEvent e : events) {
      Integer r = index.get(e.name());
      if (r == null) {
        continue;
      }
      LocalDate from = e.start().isBefore(first) ? first : e.start();
      LocalDate to = e.end().isAfter(last) ? last : e.end();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        int t = (int) ChronoUnit.DAYS.between(first, d);
        long dist = Math.abs(ChronoUnit.DAYS.between(e.anchor(), d));
        long len = e.days();
        boolean better = of[t] < 0 || dist < distance[t] || dist == distance[t] && (len < length[t]
            || len == length[t] && r < of[t]);
        if (better) {
          of[t] = r;
          distance[t] = dist;
          length[t] = len;
        }
      }
    }
    // occurrences: distinct anchors with at least one assigned day
    for (CalendarEvent e : events) {
      Integer r = index.get(e.name());
      if (r == null) {
        continue;
      }
      for (LocalDate d = e.start(); !d.isAfter(e.end()); d = d.plusDays(1)) {
        long t = ChronoUnit.DAYS.between(first, d);
        if (t >= 0 && t < days && of[(int) t] == r) {
          anchors.get(r).add(e.anchor());
          break;
        }
      }
    }
    if (occurrences != null) {
      for (Set<LocalDate> a : anchors) {
        occurrences.add(a.size());
      }
    }
    return of;
  }

  static DailyEventFit fit(DailyEventModel model, double[] sales, LocalDate start, int fourier,
      List<String> notes) {
    int n = sales.length;
    double scale = 0;
    for (double v : sales) {
      scale += v / n;
    }
    if (scale == 0) {
      throw new ForecastException("no sales in the " + n + " days: there is no level or effect to estimate");
    }
    double[] y = new double[n]; // fitted in units of the mean day, so any size of sales keeps exp() in range
    for (int t = 0; t < n; t++) {
      y[t] = sales[t] / scale;
    }
    List<EventRule> all = model.events() ? model.calendar().rules() : List.of();
    List<Integer> occurrences = new ArrayList<>();
    int[] dayEvent = assign(model.calendar(), all, start, n, occurrences);
    int[] dayCount = new int[all.size()];
    for (int e : dayEvent) {
      if (e >= 0) {
        dayCount[e]++;
      }
    }
    List<EventRule> used = new ArrayList<>();
    int[] column = new int[all.size()];
    int fixed = fixedColumns(fourier);
    for (int i = 0; i < all.size(); i++) {
      column[i] = -1;
      if (dayCount[i] > 0) {
        column[i] = fixed + used.size();
        used.add(all.get(i));
      }
    }
    int p = fixed + used.size();
    double[][] x = new double[n][p];
    for (int t = 0; t < n; t++) {
      fixedRow(x[t], start, start.plusDays(t), fourier);
      if (dayEvent[t] >= 0) {
        x[t][column[dayEvent[t]]] = 1;
      }
    }
    // start: least squares on log(y + 1)
    double[] z = new double[n];
    double[] w = new double[n];
    for (int t = 0; t < n; t++) {
      z[t] = Math.log(y[t] + 1);
      w[t] = 1;
    }
    double[][] a = new double[p][p];
    double[] beta = weighted(x, w, z, a);
    double[] mu = new double[n];
    double phi = 1;
    boolean converged = false;
    double lastChange = Double.NaN;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double pearson = 0;
      for (int t = 0; t < n; t++) {
        mu[t] = Math.exp(Math.max(-30, Math.min(30, dot(x[t], beta))));
        double r = y[t] - mu[t];
        pearson += r * r / mu[t];
      }
      phi = Math.max(1e-9, pearson / Math.max(1, n - p));
      for (int t = 0; t < n; t++) {
        double eta = Math.log(mu[t]);
        double residual = (y[t] - mu[t]) / Math.sqrt(phi * mu[t]);
        double robust = Math.abs(residual) <= DailyEventModel.HUBER ? 1 : DailyEventModel.HUBER / Math.abs(residual);
        w[t] = mu[t] * robust;
        z[t] = eta + (y[t] - mu[t]) / mu[t];
      }
      double[] next;
      try {
        next = weighted(x, w, z, a);
      } catch (ForecastException weightsTooUneven) {
        weighted(x, w0(n), z, a); // keep a usable factor for the intervals
        break; // days with almost no expected sales leave nothing to solve: stop, not settled
      }
      double change = 0;
      for (int j = 0; j < p; j++) {
        change = Math.max(change, Math.abs(next[j] - beta[j]));
      }
      beta = next;
      lastChange = change;
      if (change < 1e-8) {
        converged = true;
        break;
      }
    }
    if (!converged) {
      notes = new ArrayList<>(notes);
      notes.add(String.format(java.util.Locale.ROOT, "the fit did not settle in %d iterations (last change %.3g): "
          + "the effects are unreliable; an event whose days sell nothing, or too few sales, may cause this",
          MAX_ITERATIONS, lastChange));
    }
    for (int t = 0; t < n; t++) {
      mu[t] = scale * Math.exp(Math.max(-30, Math.min(30, dot(x[t], beta))));
    }
    phi *= scale; // Var(y) = φ'·s·μ when y' = y / s has Var = φ'·μ'
    // effects with intervals from dispersion × (XᵀWX)⁻¹, a = the last XᵀWX factor
    List<EventEffect> effects = new ArrayList<>();
    double[] units = new double[used.size()];
    for (int i = 0; i < all.size(); i++) {
      if (column[i] < 0) {
        continue;
      }
      int c = column[i];
      double[] unit = new double[p];
      unit[c] = 1;
      double variance = phi / scale * solveFactored(a, unit)[c]; // the scaled fit's dispersion
      double se = Math.sqrt(Math.max(0, variance));
      double b = beta[c];
      EventRule rule = all.get(i);
      ImmutableEventEffect.Builder eb = ImmutableEventEffect.builder().name(rule.name()).kind(rule.effect())
          .days(dayCount[i]).occurrences(occurrences.get(i));
      if (rule.effect() == EventRule.Effect.MULTIPLICATIVE) {
        eb.estimate(Math.expm1(b)).lower(Math.expm1(b - Z95 * se)).upper(Math.expm1(b + Z95 * se));
        units[c - fixed] = Double.NaN;
      } else {
        double base = 0;
        for (int t = 0; t < n; t++) {
          if (dayEvent[t] == i) {
            base += mu[t] * Math.exp(-b);
          }
        }
        base /= dayCount[i];
        units[c - fixed] = base * Math.expm1(b);
        eb.estimate(units[c - fixed]).lower(base * Math.expm1(b - Z95 * se)).upper(base * Math.expm1(b + Z95 * se));
      }
      effects.add(eb.build());
    }
    return new DailyEventFit(model, start, n, fourier, beta, phi, scale, used, units, mu, effects, notes);
  }

  private static double[] w0(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Solves (XᵀWX) b = XᵀWz; leaves the Cholesky factor of XᵀWX in {@code a}. */
  private static double[] weighted(double[][] x, double[] w, double[] z, double[][] a) {
    int p = a.length;
    double[] rhs = new double[p];
    for (double[] row : a) {
      java.util.Arrays.fill(row, 0);
    }
    for (int t = 0; t < x.length; t++) {
      double[] r = x[t];
      double wt = w[t];
      for (int i = 0; i < p; i++) {
        double v = r[i] * wt;
        if (v == 0) {
          continue;
        }
        rhs[i] += v * z[t];
        double[] ai = a[i];
        for (int j = 0; j <= i; j++) {
          ai[j] += v * r[j];
        }
      }
    }
    double[] diagonal = new double[p];
    for (int i = 0; i < p; i++) {
      diagonal[i] = a[i][i];
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= a[i][k] * a[j][k];
        }
        if (i == j) {
          if (!(s > 1e-10 * diagonal[i])) {
            throw new ForecastException("the daily event model cannot be fitted: its columns are collinear (column "
                + i + "); an event may cover the same days as the weekday or yearly terms");
          }
          a[i][i] = Math.sqrt(s);
        } else {
          a[i][j] = s / a[j][j];
        }
      }
    }
    return solveFactored(a, rhs);
  }

  /** Solves L Lᵀ b = r with the lower triangle L of {@code a}. */
  private static double[] solveFactored(double[][] a, double[] r) {
    int p = a.length;
    double[] b = r.clone();
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= a[i][k] * b[k];
      }
      b[i] = s / a[i][i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < p; k++) {
        s -= a[k][i] * b[k];
      }
      b[i] = s / a[i][i];
    }
    return b;
  }

  /**
   * The estimated effect of each event the history holds, in the calendar's order.
   *
   * @return the effects
   */
  public List<EventEffect> effects() {
    return effects;
  }

  /**
   * The fitted expected sales of each day of the history.
   *
   * @return a copy of the fitted values
   */
  public double[] fitted() {
    return fitted.clone();
  }

  /**
   * The quasi-Poisson dispersion: the variance of a day's sales over its mean (1 for Poisson counts).
   *
   * @return the dispersion
   */
  public double dispersion() {
    return dispersion;
  }

  /**
   * What the fit noted: yearly terms left out for a short history.
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Forecasts the days after the history: the baseline continued with the calendar's events in the horizon. An
   * event the history did not hold gets no effect, noted in the report. Standard errors are √(dispersion × mean),
   * without the estimates' own uncertainty.
   *
   * @param days the horizon, 1 or more
   * @return the forecast
   */
  public Forecast forecast(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    LocalDate first = start.plusDays(n);
    List<EventRule> all = model.events() ? model.calendar().rules() : List.of();
    int[] dayEvent = assign(model.calendar(), all, first, days, null);
    int fixed = fixedColumns(fourier);
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    for (int i = 0; i < eventRules.size(); i++) {
      columnOf.put(eventRules.get(i).name(), fixed + i);
    }
    double[] row = new double[beta.length];
    double[] mean = new double[days];
    double[] se = new double[days];
    Set<String> unseen = new java.util.TreeSet<>();
    for (int h = 0; h < days; h++) {
      java.util.Arrays.fill(row, 0);
      fixedRow(row, start, first.plusDays(h), fourier);
      double extra = 0;
      if (dayEvent[h] >= 0) {
        String name = all.get(dayEvent[h]).name();
        Integer c = columnOf.get(name);
        if (c == null) {
          unseen.add(name);
        } else if (Double.isNaN(additiveUnits[c - fixed])) {
          row[c] = 1;
        } else {
          extra = additiveUnits[c - fixed];
        }
      }
      mean[h] = scale * Math.exp(Math.max(-30, Math.min(30, dot(row, beta)))) + extra;
      mean[h] = Math.max(0, mean[h]);
      se[h] = Math.sqrt(dispersion * mean[h]);
    }
    List<String> reportNotes = new ArrayList<>(notes);
    for (String name : unseen) {
      reportNotes.add("event \"" + name + "\" appears only in the forecast horizon: no effect assumed");
    }
    return Forecast.normal(mean, se, FitReport.of(model.events() ? "daily event model" : "daily model without "
        + "events", reportNotes.toArray(new String[0])));
  }

  @Override
  public String toString() {
    return "DailyEventFit(" + n + " days from " + start + ", " + effects.size() + " event effects)";
  }
}
