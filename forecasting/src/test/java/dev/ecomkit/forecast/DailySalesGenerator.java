package dev.ecomkit.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded daily sales of one SKU with known effects: growth of 18 % a year, a weekday pattern (Friday +10 %,
 * Saturday +25 %, Sunday +20 %), a yearly swing, the calendar's events as multiplicative lifts (the logistics
 * shutdown −55 %, the Spring Festival week −40 %, the 618 season +30 % and the day +150 %, the Double 11 pre-sale
 * +40 % and the day +300 %, Double 12 +80 %, Mid-Autumn +25 %), each day in at most one event as the model assigns
 * them, and gamma-Poisson noise (about 9 % a day at 300 units); a few stock-out days at a tenth of the sales.
 */
final class DailySalesGenerator {

  static final Map<String, Double> LIFTS = Map.of("logistics-shutdown", -0.55, "spring-festival", -0.40,
      "618-season", 0.30, "618", 1.50, "double-11-presale", 0.40, "double-11", 3.00, "double-12", 0.80,
      "mid-autumn", 0.25);

  private DailySalesGenerator() {}

  /** Days of sales from {@code start}; {@code mean} receives the noise-free expected sales when not null. */
  static double[] sales(LocalDate start, int days, long seed, double[] mean) {
    Random random = new Random(seed);
    List<EventRule> rules = RetailCalendar.china().rules();
    int[] event = DailyEventFit.assign(RetailCalendar.china(), rules, start, days, null);
    double[] dow = {0, 0.02, 0, 0.03, 0.10, 0.22, 0.18}; // log effects, Monday first
    double[] y = new double[days];
    for (int t = 0; t < days; t++) {
      LocalDate d = start.plusDays(t);
      double years = ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), d) / 365.25;
      double angle = 2 * Math.PI * d.getDayOfYear() / 365.25;
      double log = Math.log(300) + 0.18 * years + dow[d.getDayOfWeek().getValue() - 1] + 0.12 * Math.sin(angle)
          + 0.05 * Math.cos(angle);
      double lift = event[t] < 0 ? 0 : LIFTS.getOrDefault(rules.get(event[t]).name(), 0.0);
      double mu = Math.exp(log) * (1 + lift);
      if (mean != null) {
        mean[t] = mu;
      }
      double lambda = mu * gamma(random, 200) / 200; // gamma with mean 1, shape 200
      y[t] = poisson(random, lambda);
      if (random.nextInt(200) == 0) {
        y[t] = Math.floor(y[t] / 10); // a stock-out day
      }
    }
    return y;
  }

  /** Marsaglia-Tsang gamma(shape ≥ 1, scale 1). */
  private static double gamma(Random r, double shape) {
    double d = shape - 1 / 3.0;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = r.nextGaussian();
      double v = Math.pow(1 + c * x, 3);
      if (v > 0 && Math.log(r.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Poisson by the normal approximation above 50, by inversion below. */
  private static double poisson(Random r, double lambda) {
    if (lambda > 50) {
      return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
