package dev.ecomkit.forecast;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The annual sales forecast table (年度销售预测表, seed 001 §2.1): for the next calendar year, per SKU and quarter, the
 * units with a 95 % interval and the stock to hold for a service level; per quarter the lead products. This is what
 * supply planning consumes.
 *
 * <pre>{@code
 * AnnualForecastTable t = AnnualForecastTable.builder().serviceLevel(0.95).prices(prices)
 *     .build(histories, Year.of(2027));      // histories: SKU → monthly TimeSeries, ending before 2027
 * t.skus();                                  // per SKU: method, quarters (units, interval, stock), year
 * t.leadProducts(4, 5);                      // the five leading SKUs of Q4, by revenue (or units without prices)
 * t.toCsv(); t.toJson();
 * }</pre>
 *
 * <p><b>How.</b> Each monthly history is forecast to December of the year with {@link Forecaster#intermittent()} by
 * default: SKUs that sell in most months through {@link Forecaster#auto()}, slow movers (an average interval
 * between sales of 1.32 months or more) through SBA. A quarter's units are the sum of its three monthly forecasts,
 * so the quarters add up to the year; a monthly forecast below 0 (a falling trend) counts as 0. Its standard error treats the three months' errors as fully correlated (the
 * sum of their standard errors): exact for a level that shifts and stays, an overstatement for independent noise,
 * so the stock errs on the safe side. The interval is units ± 1.96 standard errors, cut at 0; the stock units + z ·
 * standard error with z the normal quantile of the service level (a cycle service level over the quarter).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AnnualForecastTable {

  /**
   * What ranks the lead products.
   *
   * @since 0.1
   */
  public enum Ranking {
    /** Forecast revenue, units × price (SKUs without a price rank last). */
    REVENUE,
    /** Forecast units. */
    UNITS
  }

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
  private static final double Z95 = 1.959963984540054;

  private final Year year;
  private final double serviceLevel;
  private final Ranking ranking;
  private final ImmutableList<SkuForecast> skus;

  private AnnualForecastTable(Year year, double serviceLevel, Ranking ranking, List<SkuForecast> skus) {
    this.year = year;
    this.serviceLevel = serviceLevel;
    this.ranking = ranking;
    this.skus = ImmutableList.copyOf(skus);
  }

  /**
   * A builder with the defaults: {@link Forecaster#intermittent()}, service level 0.95, lead products by revenue.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the year forecast */
  public Year year() {
    return year;
  }

  /** @return the service level the stock is for */
  public double serviceLevel() {
    return serviceLevel;
  }

  /** @return the SKUs' lines, in SKU order */
  public List<SkuForecast> skus() {
    return skus;
  }

  /**
   * The leading SKUs of a quarter, by forecast revenue (units × price) or units as built; ties by SKU.
   *
   * @param quarter 1-4
   * @param count how many, 1 or more
   * @return up to {@code count} SKUs, the first leading
   */
  public List<SkuForecast> leadProducts(int quarter, int count) {
    if (quarter < 1 || quarter > 4) {
      throw new ForecastException("quarter " + quarter + " does not exist; quarters are 1 to 4");
    }
    if (count < 1) {
      throw new ForecastException("count must be 1 or more, got " + count);
    }
    Comparator<SkuForecast> by = Comparator.comparingDouble((SkuForecast s) -> key(s, quarter)).reversed()
        .thenComparing(SkuForecast::sku);
    return skus.stream().sorted(by).limit(count).collect(ImmutableList.toImmutableList());
  }

  private double key(SkuForecast s, int quarter) {
    double units = s.quarter(quarter).units();
    if (ranking == Ranking.UNITS) {
      return units;
    }
    return s.price().isPresent() ? units * s.price().getAsDouble() : Double.NEGATIVE_INFINITY;
  }

  /**
   * The table as CSV: a header, then one line per SKU and quarter: {@code
   * sku,quarter,units,lower,upper,stock,method}. Text fields are quoted when they hold a comma, quote or line break.
   *
   * @return the CSV
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("sku,quarter,units,lower,upper,stock,method\n");
    for (SkuForecast s : skus) {
      for (QuarterForecast q : s.quarters()) {
        sb.append(csv(s.sku())).append(',').append(year).append("-Q").append(q.quarter())
            .append(String.format(Locale.ROOT, ",%.2f,%.2f,%.2f,%.2f,", q.units(), q.lower(), q.upper(), q.stock()))
            .append(csv(s.method())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * The table as JSON: year, service level, and per SKU the method, price, year units and quarters.
   *
   * @return the JSON
   */
  public String toJson() {
    return AnnualTableJson.write(this);
  }

  @Override
  public String toString() {
    return "AnnualForecastTable(" + year + ", " + skus.size() + " SKUs, service level " + serviceLevel + ")";
  }

  /**
   * Builds an {@link AnnualForecastTable}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private Forecaster forecaster = Forecaster.intermittent();
    private double serviceLevel = 0.95;
    private Ranking ranking = Ranking.REVENUE;
    private Map<String, Double> prices = Map.of();

    Builder() {}

    /**
     * The forecaster of the monthly histories.
     *
     * @param forecaster the forecaster; {@link Forecaster#intermittent()} by default
     * @return this builder
     */
    public Builder forecaster(Forecaster forecaster) {
      this.forecaster = checkNotNull(forecaster, "forecaster");
      return this;
    }

    /**
     * The service level the quarter's stock is for.
     *
     * @param level above 0.5 and below 1; 0.95 by default
     * @return this builder
     */
    public Builder serviceLevel(double level) {
      if (!(level > 0.5 && level < 1)) {
        throw new ForecastException("the service level must be above 0.5 and below 1, got " + level);
      }
      this.serviceLevel = level;
      return this;
    }

    /**
     * What ranks the lead products.
     *
     * @param ranking revenue (the default) or units
     * @return this builder
     */
    public Builder ranking(Ranking ranking) {
      this.ranking = checkNotNull(ranking, "ranking");
      return this;
    }

    /**
     * Unit prices, for revenue; SKUs without one rank last by revenue.
     *
     * @param prices SKU → price, each finite and 0 or more
     * @return this builder
     */
    public Builder prices(Map<String, Double> prices) {
      checkNotNull(prices, "prices");
      prices.forEach((sku, p) -> {
        if (p == null || !(p >= 0) || !Double.isFinite(p)) {
          throw new ForecastException("the price of " + sku + " must be a finite amount, 0 or more, got " + p);
        }
      });
      this.prices = Map.copyOf(prices);
      return this;
    }

    /**
     * Forecasts the year.
     *
     * @param histories SKU → monthly sales ({@link TimeSeries#monthly}), each ending before January of the year
     * @param next the year to forecast
     * @return the table
     * @throws ForecastException for a history that is not monthly or runs into the year, naming the SKU
     */
    public AnnualForecastTable build(Map<String, TimeSeries> histories, Year next) {
      checkNotNull(histories, "histories");
      checkNotNull(next, "next");
      double z = NORMAL.inverseCumulativeProbability(serviceLevel);
      List<SkuForecast> lines = new ArrayList<>();
      Map<String, TimeSeries> sorted = new java.util.TreeMap<>(histories);
      for (Map.Entry<String, TimeSeries> e : sorted.entrySet()) {
        String sku = checkNotNull(e.getKey(), "a SKU");
        TimeSeries h = checkNotNull(e.getValue(), "the history of %s", sku);
        if (h.frequency() != TimeSeries.Frequency.MONTHLY) {
          throw new ForecastException("the history of " + sku + " must be monthly (TimeSeries.monthly), got "
              + h.frequency());
        }
        YearMonth last = YearMonth.from(h.dateOf(h.size() - 1).orElseThrow());
        YearMonth january = next.atMonth(1);
        if (!last.isBefore(january)) {
          throw new ForecastException("the history of " + sku + " runs to " + last + "; it must end before "
              + january);
        }
        int gap = (int) ChronoUnit.MONTHS.between(last, january); // 1 when the history ends in December
        int horizon = gap - 1 + 12;
        Forecast f = forecaster.forecast(h, horizon);
        double[] mean = f.mean();
        double[] se = f.standardError();
        List<QuarterForecast> quarters = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
          double units = 0;
          double sd = 0;
          for (int m = 0; m < 3; m++) {
            int step = gap - 1 + 3 * q + m;
            units += Math.max(0, mean[step]); // a falling trend may forecast below 0: no sales, not negative
            sd += se[step];
          }
          quarters.add(ImmutableQuarterForecast.builder().quarter(q + 1).units(units).standardError(sd)
              .lower(Math.max(0, units - Z95 * sd)).upper(units + Z95 * sd).stock(Math.max(0, units + z * sd))
              .build());
        }
        ImmutableSkuForecast.Builder b = ImmutableSkuForecast.builder().sku(sku).method(f.report().method())
            .addAllQuarters(quarters);
        Double price = prices.get(sku);
        if (price != null) {
          b.price(price);
        }
        lines.add(b.build());
      }
      return new AnnualForecastTable(next, serviceLevel, ranking, lines);
    }
  }
}
