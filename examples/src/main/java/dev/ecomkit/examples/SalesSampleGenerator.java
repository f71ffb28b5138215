package dev.ecomkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * Writes the bundled {@code sales-sample.csv}: the monthly unit sales of five SKUs up to December 2025, synthetic,
 * from a fixed seed so the file is reproducible. Each SKU has a shape a forecaster must cope with:
 * <ul>
 *   <li>{@code TB-01-L-2201}, a winter jacket, 48 months: a strong season (Double 11 in November, the cold months and
 *       Spring Festival around them, a small 618 bump in June) on a trend of about +25 % a year;
 *   <li>{@code JD-05-F-2201}, a staple food item, 48 months: flat, noisy, no season;
 *   <li>{@code JD-02-F-2207}, a phone case for an ageing phone model, 42 months: declining about 5 % a month, with
 *       the 618 and Double 11 sales still visible;
 *   <li>{@code DY-04-F-2407}, a beauty product launched on Douyin, 18 months: too short for a seasonal model (fewer
 *       than two full years), growing, with a Double 11 peak;
 *   <li>{@code TB-08-M-2209}, an outdoor item, 40 months: a slow mover with a five-month stock-out (zero sales,
 *       March to July 2024) and a summer season.
 * </ul>
 * Each month is {@code level × trend × season × noise}, the noise log-normal (Gaussian on the log scale), rounded
 * to whole units. The columns are {@code sku,month,units}, one line per SKU and month, each SKU's months in order.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp "$(cat examples/target/classpath.txt):examples/target/classes" \
 *     dev.ecomkit.examples.SalesSampleGenerator examples/src/main/resources/dev/ecomkit/examples/sales-sample.csv
 * </pre>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class SalesSampleGenerator {

  static final long SEED = 20251231L;
  /** The last month of every history. */
  static final YearMonth END = YearMonth.of(2025, 12);

  /** Seasonal indices January..December. */
  private static final double[] WINTER = {1.3, 0.8, 0.55, 0.35, 0.3, 0.5, 0.25, 0.3, 0.6, 1.2, 2.6, 1.9};
  private static final double[] ONLINE_SALES = {0.9, 0.8, 0.9, 0.9, 1.0, 1.5, 0.9, 0.9, 0.9, 1.1, 1.8, 1.2};
  private static final double[] SUMMER = {0.3, 0.3, 0.6, 1.0, 1.4, 1.8, 2.0, 1.6, 0.9, 0.6, 0.8, 0.4};
  private static final double[] NONE = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

  /**
   * One SKU's recipe: {@code months} values ending at {@link #END}, starting at {@code level} units, multiplied by
   * {@code growth} each month and by the month's seasonal index, with log-normal noise of s.d. {@code noise}.
   */
  private record Recipe(String sku, int months, double level, double growth, double[] season, double noise) {}

  private static final List<Recipe> RECIPES = List.of(
      new Recipe("TB-01-L-2201", 48, 420, 1.019, WINTER, 0.08),
      new Recipe("JD-05-F-2201", 48, 260, 1.0, NONE, 0.15),
      new Recipe("JD-02-F-2207", 42, 1500, 0.95, ONLINE_SALES, 0.10),
      new Recipe("DY-04-F-2407", 18, 150, 1.06, ONLINE_SALES, 0.12),
      new Recipe("TB-08-M-2209", 40, 9, 1.0, SUMMER, 0.35));

  /** The stock-out of {@code TB-08-M-2209}: no sales in these months. */
  private static final YearMonth STOCK_OUT_FROM = YearMonth.of(2024, 3);
  private static final YearMonth STOCK_OUT_TO = YearMonth.of(2024, 7);

  private SalesSampleGenerator() {}

  /**
   * Writes the sample to the given path.
   *
   * @param args the output path
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SalesSampleGenerator OUTPUT.csv");
      System.exit(2);
    }
    Random random = new Random(SEED);
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      out.write("sku,month,units\n");
      for (Recipe recipe : RECIPES) {
        YearMonth month = END.minusMonths(recipe.months() - 1L);
        double level = recipe.level();
        for (int i = 0; i < recipe.months(); i++, month = month.plusMonths(1), level *= recipe.growth()) {
          double units = level * recipe.season()[month.getMonthValue() - 1]
              * StrictMath.exp(recipe.noise() * random.nextGaussian());
          boolean stockOut = recipe.sku().equals("TB-08-M-2209") && !month.isBefore(STOCK_OUT_FROM)
              && !month.isAfter(STOCK_OUT_TO);
          out.write(recipe.sku() + "," + month + "," + (stockOut ? 0 : Math.round(units)) + "\n");
        }
      }
    }
  }
}
