package dev.ecomkit.examples;

import dev.ecomkit.supply.Demand;
import dev.ecomkit.supply.DiscountedEoq;
import dev.ecomkit.supply.Eoq;
import dev.ecomkit.supply.LeadTime;
import dev.ecomkit.supply.Newsvendor;
import dev.ecomkit.supply.NewsvendorSolution;
import dev.ecomkit.supply.PriceBreaks;
import dev.ecomkit.supply.SafetyStock;
import dev.ecomkit.supply.SkuBatch;
import dev.ecomkit.supply.StockPolicy;
import dev.ecomkit.supply.SupplyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The supply-planning section of the demo: inventory policies on the bundled {@code stock-sample.csv} (or a file
 * given as argument; columns {@code sku,demand,mean,sd,lead_time,lead_time_sd,target,level,order_quantity}, lines
 * starting with {@code #} are comments, the first other line a header).
 * <ol>
 *   <li>a reorder plan: for each SKU, the reorder point and safety stock for its service target (cycle service level
 *       or fill rate), with the levels achieved and the average stock ({@link SafetyStock});
 *   <li>the Double 11 buy of a winter jacket as a newsvendor problem from prices ({@link Newsvendor}), against
 *       simply buying the forecast;
 *   <li>the order quantity under a supplier's all-units price breaks ({@link Eoq#withDiscounts});
 *   <li>reorder points for a million SKUs at once through the columnar {@link SkuBatch}.
 * </ol>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
final class SupplyDemo {

  static final String SAMPLE = "stock-sample.csv";
  static final int BATCH = 1_000_000;

  /** One row of the sample: a SKU's demand, lead time and service target. */
  record Row(String sku, Demand demand, LeadTime leadTime, String target, double level, double orderQuantity) {}

  private SupplyDemo() {}

  static void run(String[] args, PrintStream out) throws IOException {
    String name = SampleFiles.name(args, SAMPLE);
    try (Reader csv = SampleFiles.open(args, SAMPLE)) {
      out.print(report(read(csv, name), name));
    }
    out.print(SupplyChainDemo.report());
  }

  /** Reads the rows; a malformed line is an error naming the file and line. */
  static List<Row> read(Reader reader, String name) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader csv = new BufferedReader(reader);
    boolean header = true;
    int lineNumber = 0;
    for (String line; (line = csv.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      try {
        if (f.length != 9) {
          throw new IllegalArgumentException("expected 9 fields, got " + f.length);
        }
        double mean = Double.parseDouble(f[2]);
        Demand demand = switch (f[1]) {
          case "normal" -> Demand.normal(mean, Double.parseDouble(f[3]));
          case "poisson" -> Demand.poisson(mean);
          case "negbin" -> Demand.negativeBinomial(mean, Double.parseDouble(f[3]));
          default -> throw new IllegalArgumentException("demand must be normal, poisson or negbin, got " + f[1]);
        };
        LeadTime leadTime = LeadTime.normal(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        if (!f[6].equals("csl") && !f[6].equals("fill")) {
          throw new IllegalArgumentException("target must be csl or fill, got " + f[6]);
        }
        double q = f[8].isBlank() ? Double.NaN : Double.parseDouble(f[8]);
        rows.add(new Row(f[0], demand, leadTime, f[6], Double.parseDouble(f[7]), q));
      } catch (IllegalArgumentException e) { // NumberFormatException and SupplyException included
        throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage() + " in \"" + line
            + "\"", e);
      }
    }
    return rows;
  }

  static String report(List<Row> rows, String name) {
    StringBuilder sb = new StringBuilder("== Inventory policies (ecomkit-supply-planning) ==\n");
    sb.append(String.format(Locale.ROOT, "Reorder plan for %d SKUs from %s: weekly demand, lead times in weeks, "
        + "continuous review,%nunmet demand backordered. Order when the inventory position (on hand + on order − "
        + "backorders)%nfalls to the reorder point.%n", rows.size(), name));
    sb.append(String.format(Locale.ROOT, "%-13s %-25s %-9s %-10s %8s %8s %6s %6s %8s  %s%n", "SKU", "demand/week",
        "lead time", "target", "reorder", "safety", "CSL", "fill", "on hand", "method"));
    for (Row row : rows) {
      SafetyStock calc = SafetyStock.of(row.demand(), row.leadTime());
      if (!Double.isNaN(row.orderQuantity())) {
        calc = calc.orderQuantity(row.orderQuantity());
      }
      StockPolicy p = row.target().equals("csl") ? calc.forCycleServiceLevel(row.level())
          : calc.forFillRate(row.level());
      sb.append(String.format(Locale.ROOT, "%-13s %-25s %-9s %-10s %8.1f %8.1f %5.1f%% %5.1f%% %8.1f  %s%n",
          row.sku(), describe(row.demand()), describe(row.leadTime()),
          (row.target().equals("csl") ? "CSL " : "fill ") + percent(row.level()), p.reorderPoint(),
          p.safetyStock(), 100 * p.cycleServiceLevel(), 100 * p.fillRate(), p.expectedOnHand(), p.method()));
    }
    sb.append("Discrete movers (Poisson, negative binomial) get whole reorder points; CSL and fill rate are what the "
        + "policy\nachieves, at or above the target.\n");
    double11(sb);
    priceBreaks(sb);
    batch(sb);
    return sb.toString();
  }

  /** The Double 11 buy of TB-01-L-2201 as a newsvendor problem from prices. */
  private static void double11(StringBuilder sb) {
    Demand november = Demand.normal(2900, 600);
    Newsvendor buy = Newsvendor.of(november).economics(299, 120, 90);
    NewsvendorSolution best = buy.solve();
    NewsvendorSolution forecastOnly = buy.evaluate(2900);
    sb.append(String.format(Locale.ROOT, "%nDouble 11 buy (newsvendor) for TB-01-L-2201: campaign demand 2,900 ± "
        + "600, price 299, cost 120, leftovers cleared at 90.%n"));
    sb.append(String.format(Locale.ROOT, "  critical ratio %.3f → buy %,.0f units: expected profit %,.0f, sell out "
        + "with probability %.0f %%, %,.0f left over%n", best.criticalRatio(), best.orderUpTo(),
        best.expectedProfit().orElseThrow(), 100 * (1 - best.inStockProbability()), best.expectedLeftover()));
    sb.append(String.format(Locale.ROOT, "  buying just the forecast (2,900) would earn %,.0f on average: %,.0f "
        + "less%n", forecastOnly.expectedProfit().orElseThrow(),
        best.expectedProfit().orElseThrow() - forecastOnly.expectedProfit().orElseThrow()));
  }

  /** The order quantity of JD-05-F-2201 under a supplier's all-units price breaks. */
  private static void priceBreaks(StringBuilder sb) {
    PriceBreaks breaks = PriceBreaks.allUnits().from(0, 38).from(1000, 36.5).from(3000, 35).build();
    double annual = 300 * 52;
    DiscountedEoq q = Eoq.withDiscounts(200, 0.25, annual, breaks);
    Eoq plain = Eoq.of(200, 0.25 * 38, annual);
    sb.append(String.format(Locale.ROOT, "%nOrder quantity for JD-05-F-2201 (15,600 a year, 200 a purchase order, "
        + "holding 25 %% of price a year),%nsupplier price 38, 36.5 from 1,000, 35 from 3,000 (all units):%n"));
    for (DiscountedEoq.Candidate c : q.candidates()) {
      sb.append(String.format(Locale.ROOT, "  %-24s Q %,7.0f at %5.2f: %,11.0f a year%n",
          c.atBreakpoint() ? "price break" : "EOQ of price " + c.unitPrice(), c.orderQuantity(), c.unitPrice(),
          c.cost()));
    }
    sb.append(String.format(Locale.ROOT, "  → order %,.0f at %.2f (%,.0f a year with purchases); the plain EOQ "
        + "at 38 would be %,.0f%n", q.orderQuantity(), q.unitPrice(), q.cost(), plain.orderQuantity()));
  }

  /** A million synthetic SKUs through the columnar API. */
  private static void batch(StringBuilder sb) {
    SplittableRandom random = new SplittableRandom(7);
    double[] mean = new double[BATCH];
    double[] sd = new double[BATCH];
    double[] lead = new double[BATCH];
    for (int i = 0; i < BATCH; i++) {
      mean[i] = random.nextDouble(1, 1000);
      sd[i] = mean[i] * random.nextDouble(0.1, 1);
      lead[i] = random.nextInt(1, 13);
    }
    SkuBatch skus = SkuBatch.builder().demandMean(mean).demandSd(sd).leadTime(lead).build();
    double[] reorderPoint = new double[BATCH];
    double[] safetyStock = new double[BATCH];
    long start = System.nanoTime();
    skus.forCycleServiceLevel(0.95, reorderPoint, safetyStock);
    long millis = (System.nanoTime() - start) / 1_000_000;
    double total = 0;
    for (double s : safetyStock) {
      total += s;
    }
    sb.append(String.format(Locale.ROOT, "%nA million SKUs (synthetic) through SkuBatch: reorder points for a 95 %% "
        + "cycle service level in %d ms%n(one core, cold JVM; steady-state figures in BENCHMARKS.md); total safety "
        + "stock %,.0f units.%n", millis, total));
    try {
      SafetyStock.of(Demand.normal(100, -5), LeadTime.fixed(2));
    } catch (SupplyException e) {
      sb.append("Bad input is a typed error naming the argument: ").append(e.getMessage()).append('\n');
    }
  }

  private static String describe(Demand d) {
    return switch (d.kind()) {
      case NORMAL -> String.format(Locale.ROOT, "normal %.0f ± %.0f", d.mean(), d.standardDeviation());
      case POISSON -> String.format(Locale.ROOT, "Poisson %.1f", d.mean());
      case NEGATIVE_BINOMIAL -> String.format(Locale.ROOT, "neg. binomial %.1f ± %.1f", d.mean(),
          d.standardDeviation());
      default -> String.format(Locale.ROOT, "empirical %.1f", d.mean());
    };
  }

  private static String describe(LeadTime l) {
    return l.isFixed() ? String.format(Locale.ROOT, "%.0f", l.mean())
        : String.format(Locale.ROOT, "%.0f ± %.1f", l.mean(), l.standardDeviation());
  }

  private static String percent(double level) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * level).replace(".0 ", " ");
  }
}
