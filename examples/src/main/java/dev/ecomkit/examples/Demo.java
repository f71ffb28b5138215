package dev.ecomkit.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ecomkit demo: runs one section per library module on bundled sample data and prints what a merchant would
 * read. Later modules add their section to {@link #SECTIONS}.
 *
 * <pre>
 * mvn -q -Pdemo -pl examples -am verify -DskipTests            # every section
 * mvn -q -Pdemo -pl examples -am verify -DskipTests -Ddemo.args=sku
 * mvn -q -Pdemo -pl examples -am verify -DskipTests -Ddemo.args="forecast my-sales.csv"
 * </pre>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class Demo {

  /** A section of the demo; {@code args} are the command-line arguments after the section name. */
  interface Section {
    void run(String[] args, PrintStream out) throws Exception;
  }

  private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("sku", SkuDemo::run);
    SECTIONS.put("forecast", ForecastDemo::run);
    SECTIONS.put("supply", SupplyDemo::run);
    SECTIONS.put("customers", CustomerDemo::run);
    SECTIONS.put("kol", KolDemo::run);
    SECTIONS.put("risk", RiskDemo::run);
    SECTIONS.put("merchant-day", MerchantDay::run);
  }

  private Demo() {}

  /**
   * Runs the named section ({@code sku}, {@code forecast}, {@code supply}, {@code customers}, {@code kol}, {@code
   * risk}, {@code merchant-day}) or, with {@code all} or no argument, every section.
   *
   * @param args {@code [section [section arguments…]]}
   * @throws Exception if a section fails
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    String name = args.length == 0 ? "all" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    if (name.equals("all")) {
      for (Section section : SECTIONS.values()) {
        section.run(rest, out);
      }
      return;
    }
    Section section = SECTIONS.get(name);
    if (section == null) {
      System.err.println("unknown section \"" + name + "\"; choose one of all, " + String.join(", ",
          SECTIONS.keySet()));
      System.exit(2);
    }
    section.run(rest, out);
  }

  /** Each line of {@code text} indented by two spaces: a library result's table inside a section. */
  static String indent(String text) {
    StringBuilder sb = new StringBuilder();
    text.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
    return sb.toString();
  }
}
