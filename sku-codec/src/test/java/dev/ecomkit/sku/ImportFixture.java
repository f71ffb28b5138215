package dev.ecomkit.sku;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded catalogue exports of mixed quality for import tests: canonical codes, keyed variants the lenient codec
 * fixes, invalid lines of every {@link SkuFormatException.Reason} the standard schema can give, blank lines and
 * repeats. The same seed gives the same lines on every JVM ({@link Random} is specified).
 */
final class ImportFixture {

  private static final String[] PLATFORMS = {"TB", "TM", "DD", "JD", "DY", "KS", "XHS", "WX", "VIP", "DW", "GW", "MD"};
  private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL", "F", "28", "32", "40"};

  private ImportFixture() {}

  static List<String> lines(long seed, int count) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(100);
      if (kind < 10 && !lines.isEmpty()) {
        lines.add(lines.get(random.nextInt(lines.size())));
      } else if (kind < 11) {
        lines.add(random.nextBoolean() ? "" : " \t\u3000");
      } else if (kind < 26) {
        lines.add(keyed(code(random), random));
      } else if (kind < 41) {
        lines.add(invalid(code(random), random));
      } else {
        lines.add(code(random));
      }
    }
    return lines;
  }

  /**
   * Lines for the {@linkplain TypedSegmentsTest#CHECKED checked schema}: each canonical code of {@link #lines}
   * with its check character, or in one case of four a wrong one; other lines as they are.
   */
  static List<String> checkedLines(long seed, int count) {
    Random random = new Random(seed + 1);
    List<String> lines = new ArrayList<>(count);
    for (String line : lines(seed, count)) {
      if (SkuCodec.standard().isValid(line)) {
        String good = TypedSegmentsTest.checkedCode(line);
        lines.add(random.nextInt(4) > 0 ? good : good.substring(0, good.length() - 1)
            + (good.endsWith("7") ? '8' : '7'));
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  static String code(Random random) {
    return PLATFORMS[random.nextInt(PLATFORMS.length)] + "-" + String.format("%02d", 1 + random.nextInt(12)) + "-"
        + SIZES[random.nextInt(SIZES.length)] + "-" + String.format("%02d%02d", 18 + random.nextInt(9),
        1 + random.nextInt(12));
  }

  /** The ways people and spreadsheets key a valid code. */
  static String keyed(String code, Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return code.toLowerCase();
      case 1:
        return " " + code.replace('-', ' ') + " ";
      case 2:
        return code.replace('-', '_');
      case 3:
        return toFullWidth(code);
      case 4:
        return code.replace("-", "\u2013") + "\t\t";
      default:
        return code.replace('-', '/');
    }
  }

  /** The ways a code goes wrong: every reason, strict and lenient variants. */
  static String invalid(String code, Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return "XX" + code.substring(code.indexOf('-'));
      case 1:
        return code.substring(0, code.length() - 2) + "13";
      case 2:
        return code.substring(code.indexOf('-') + 1);
      case 3:
        return code.replaceFirst("-", "--");
      case 4:
        return code + "-X";
      case 5:
        return code.substring(0, code.length() - 4) + "25A4";
      case 6:
        return code.toLowerCase().substring(0, code.length() - 2) + "00";
      case 7:
        return toFullWidth("XX" + code.substring(code.indexOf('-')));
      case 8:
        return "n/a";
      case 9:
        return code.substring(0, code.lastIndexOf('-'));
      case 10:
        return "-" + code;
      default:
        return code + " " + "#".repeat(random.nextInt(80));
    }
  }

  static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  /** Everything a report says, one fact a line, for comparing two imports. */
  static String render(SkuImportReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("lines ").append(report.lines()).append('\n');
    sb.append("blank ").append(report.blankLines()).append('\n');
    sb.append("valid ").append(report.validLines()).append('\n');
    sb.append("errorsByReason ").append(report.errorsByReason()).append('\n');
    report.errors().forEach(e -> sb.append("error ").append(e.line()).append(' ').append(e.reason()).append(' ')
        .append(Texts.escape(e.text())).append(" | ").append(Texts.escape(e.message())).append('\n'));
    sb.append("duplicateLines ").append(report.duplicateLines()).append('\n');
    report.duplicates().forEach(d -> sb.append("duplicate ").append(d.sku()).append(" x").append(d.count())
        .append(' ').append(d.lines()).append('\n'));
    sb.append("lenientFixes ").append(report.lenientFixes()).append('\n');
    report.fixes().forEach(f -> sb.append("fix ").append(f.line()).append(' ').append(Texts.escape(f.text()))
        .append(" -> ").append(f.sku()).append('\n'));
    sb.append("twinGroups ").append(report.twinGroups()).append('\n');
    report.twins().forEach(t -> sb.append("twins ").append(t.skus()).append('\n'));
    sb.append("registry ").append(report.registry()).append('\n');
    return sb.toString();
  }
}
