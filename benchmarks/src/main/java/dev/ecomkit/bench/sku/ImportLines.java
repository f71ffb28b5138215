package dev.ecomkit.bench.sku;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A seeded catalogue export of mixed quality, as issue 14 describes a merchant's: of the lines, 10 % repeat an
 * earlier line, and the others are 69 % canonical codes, 15 % keyed variants (lower case, spaces, underscores,
 * slashes, full width, dashes with trailing tabs), 15 % invalid (unknown platform, month 13, a segment left out,
 * doubled separator, trailing text, letters in the month, free text) and 1 % blank.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class ImportLines {

  private static final String[] PLATFORMS = {"TB", "TM", "DD", "JD", "DY", "KS", "XHS", "WX", "VIP", "DW", "GW", "MD"};
  private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL", "XXXL", "F", "26", "27", "28", "29",
      "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"};

  /**
   * The schema whose codes to make.
   */
  enum Shape {
    /** {@code SkuSchema.standard()}: {@code TB-01-M-2504}, 5,428,800 codes, all of them made. */
    STANDARD('-'),
    /**
     * {@link #STYLE_COLOUR_SCHEMA}: {@code TB/0042/BLK/202504}, 7.6 × 10^12 codes (43 bits), wider than a code
     * and a ten-million-line number fit in one {@code long} together.
     */
    STYLE_COLOUR('/');

    final char separator;

    Shape(char separator) {
      this.separator = separator;
    }
  }

  /** The wider schema of {@link Shape#STYLE_COLOUR}. */
  static final String STYLE_COLOUR_SCHEMA = "{\"name\": \"style-colour\", \"separator\": \"/\", \"segments\": ["
      + "{\"name\": \"platform\", \"role\": \"PLATFORM\", \"type\": \"CODE_TABLE\", \"codes\": {"
      + "\"TB\": \"Taobao\", \"TM\": \"Tmall\", \"DD\": \"Pinduoduo\", \"JD\": \"JD.com\", \"DY\": \"Douyin\", "
      + "\"KS\": \"Kuaishou\", \"XHS\": \"Xiaohongshu\", \"WX\": \"WeChat\", \"VIP\": \"Vipshop\", \"DW\": \"Dewu\", "
      + "\"GW\": \"own site\", \"MD\": \"store\"}},"
      + "{\"name\": \"style\", \"type\": \"DIGITS\", \"width\": 4},"
      + "{\"name\": \"colour\", \"type\": \"LETTERS\", \"width\": 3},"
      + "{\"name\": \"launch-month\", \"role\": \"LAUNCH_MONTH\", \"type\": \"YEAR_MONTH_YYYYMM\"}]}";

  /** Which kinds of lines to make. */
  enum Mix {
    /** The mix above. */
    MIXED,
    /** Only invalid lines. */
    INVALID
  }

  private final Random random;
  private final Mix mix;
  private final Shape shape;
  private final char sep;
  private final String[] recent = new String[4096];
  private long made;

  ImportLines(long seed, Mix mix) {
    this(seed, mix, Shape.STANDARD);
  }

  ImportLines(long seed, Mix mix, Shape shape) {
    this.random = new Random(seed);
    this.mix = mix;
    this.shape = shape;
    this.sep = shape.separator;
  }

  /** The next line, without terminator. */
  String next() {
    String line;
    if (mix == Mix.INVALID) {
      line = invalid(code());
    } else if (made > 0 && random.nextInt(100) < 10) {
      line = recent[random.nextInt((int) Math.min(made, recent.length))];
    } else {
      int kind = random.nextInt(100);
      line = kind < 69 ? code() : kind < 84 ? keyed(code()) : kind < 99 ? invalid(code()) : "";
    }
    recent[(int) (made++ % recent.length)] = line;
    return line;
  }

  /** {@code count} lines as UTF-8 bytes, each ending in a line feed. */
  byte[] bytes(int count) {
    StringBuilder sb = new StringBuilder(count * 16);
    for (int i = 0; i < count; i++) {
      sb.append(next()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A reader of {@code count} lines made on the fly, so that no input is held in memory. */
  Reader reader(long count) {
    return new Reader() {
      private long left = count;
      private String line = "";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (at == line.length()) {
          if (left == 0) {
            return -1;
          }
          left--;
          line = next() + "\n";
          at = 0;
        }
        int n = Math.min(length, line.length() - at);
        line.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private String code() {
    String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
    if (shape == Shape.STYLE_COLOUR) {
      return platform + sep + two(random.nextInt(100)) + two(random.nextInt(100)) + sep
          + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
          + sep + (1990 + random.nextInt(40)) + two(1 + random.nextInt(12));
    }
    int category = random.nextInt(13);
    return platform + sep + (category == 12 ? "99" : two(1 + category)) + sep + SIZES[random.nextInt(SIZES.length)]
        + sep + two(random.nextInt(100)) + two(1 + random.nextInt(12));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private String keyed(String code) {
    switch (random.nextInt(6)) {
      case 0:
        return code.toLowerCase();
      case 1:
        return " " + code.replace(sep, ' ') + " ";
      case 2:
        return code.replace(sep, '_');
      case 3:
        return fullWidth(code);
      case 4:
        return code.replace(sep, '\u2013') + "\t\t";
      default:
        return code.replace(sep, sep == '/' ? '-' : '/');
    }
  }

  private String invalid(String code) {
    switch (random.nextInt(8)) {
      case 0:
        return "XX" + code.substring(code.indexOf(sep));
      case 1:
        return code.substring(0, code.length() - 2) + "13";
      case 2:
        return code.substring(code.indexOf(sep) + 1);
      case 3:
        return code.substring(0, code.indexOf(sep)) + sep + code.substring(code.indexOf(sep));
      case 4:
        return code + sep + "X";
      case 5:
        return code.toLowerCase().substring(0, code.length() - 4) + "25a4";
      case 6:
        return "n/a";
      default:
        return fullWidth("XX" + code.substring(code.indexOf(sep)));
    }
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }
}
