package dev.ecomkit.examples;

import dev.ecomkit.forecast.CalendarEvent;
import dev.ecomkit.forecast.RetailCalendar;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the bundled daily samples of the forecast section:
 *
 * <ul>
 *   <li>{@code daily-sales-sample.csv}, {@code date,units}: three years (2023-2025) of a snack gift box's daily
 *       sales, 250 units a day growing 15 % a year, busier at weekends, a yearly swing, and the retail calendar's
 *       events with known lifts ({@link #LIFTS}: the logistics shutdown −50 %, the Spring Festival week −35 %, the
 *       618 season +25 % and the day +120 %, the Double 11 pre-sale +35 % and the day +250 %, Double 12 +60 %,
 *       Mid-Autumn +40 %); a day in several windows takes the event with the nearest anchor; Poisson noise;
 *   <li>{@code search-volume-sample.csv}, {@code week,volume}: two years of weekly searches for the category
 *       keyword, flat around 12,000 with 8 % noise, and a surge of +70 % for five weeks from 1 September 2025.
 * </ul>
 *
 * Seeded: the same files every run. Run: {@code java -cp "$(cat examples/target/classpath.txt):examples/target/classes"
 * dev.ecomkit.examples.DailySalesSampleGenerator examples/src/main/resources/dev/ecomkit/examples}. Not a library
 * class.
 */
final class DailySalesSampleGenerator {

  static final String DAILY = "daily-sales-sample.csv";
  static final String SEARCH = "search-volume-sample.csv";
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final int DAYS = 1096;
  static final LocalDate FIRST_WEEK = LocalDate.of(2024, 1, 1);
  static final LocalDate SURGE = LocalDate.of(2025, 9, 1);
  static final Map<String, Double> LIFTS = Map.of("logistics-shutdown", -0.50, "spring-festival", -0.35,
      "618-season", 0.25, "618", 1.20, "double-11-presale", 0.35, "double-11", 2.50, "double-12", 0.60,
      "mid-autumn", 0.40);

  private DailySalesSampleGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/dev/ecomkit/examples");
    SplittableRandom random = new SplittableRandom(20230101);
    List<CalendarEvent> events = RetailCalendar.china().events(START, START.plusDays(DAYS - 1));
    try (Writer w = Files.newBufferedWriter(dir.resolve(DAILY), StandardCharsets.UTF_8)) {
      w.write("date,units\n");
      for (int t = 0; t < DAYS; t++) {
        LocalDate d = START.plusDays(t);
        double lift = lift(events, LIFTS, d);
        double weekend = d.getDayOfWeek().getValue() >= 6 ? 0.2 : d.getDayOfWeek().getValue() == 5 ? 0.08 : 0;
        double mu = 250 * Math.exp(0.14 * t / 365.25 + weekend + 0.1 * Math.sin(2 * Math.PI * d.getDayOfYear()
            / 365.25)) * (1 + lift);
        w.write(d + "," + Math.max(0, Math.round(mu + Math.sqrt(mu) * gaussian(random))) + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(SEARCH), StandardCharsets.UTF_8)) {
      w.write("week,volume\n");
      for (int k = 0; k < 104; k++) {
        LocalDate week = FIRST_WEEK.plusWeeks(k);
        boolean surge = !week.isBefore(SURGE) && week.isBefore(SURGE.plusWeeks(5));
        double v = 12_000 * (surge ? 1.7 : 1) * Math.exp(0.08 * gaussian(random));
        w.write(week + "," + String.format(Locale.ROOT, "%.0f", v) + "\n");
      }
    }
  }

  /**
   * The lift on day {@code d}: that of the event whose window holds it and whose anchor is nearest (the first such
   * in the list on a tie), 0 outside every window or for an event without a lift.
   */
  static double lift(List<CalendarEvent> events, Map<String, Double> lifts, LocalDate d) {
    CalendarEvent nearest = null;
    for (CalendarEvent e : events) {
      if (e.contains(d) && (nearest == null || distance(e, d) < distance(nearest, d))) {
        nearest = e;
      }
    }
    return nearest == null ? 0 : lifts.getOrDefault(nearest.name(), 0.0);
  }

  private static long distance(CalendarEvent e, LocalDate d) {
    return Math.abs(ChronoUnit.DAYS.between(e.anchor(), d));
  }

  /** A standard normal draw (Box-Muller), for the seeded samples. */
  static double gaussian(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
