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
  private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL", "F", "28", "32", "40"};

  /** Which kinds of lines to make. */
  enum Mix {
    /** The mix above. */
    MIXED,
    /** Only invalid lines. */
    INVALID
  }

  private final Random random;
  private final Mix mix;
  private final String[] recent = new String[4096];
  private long made;

  ImportLines(long seed, Mix mix) {
    this.random = new Random(seed);
    this.mix = mix;
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
    return PLATFORMS[random.nextInt(PLATFORMS.length)] + "-" + two(1 + random.nextInt(12)) + "-"
        + SIZES[random.nextInt(SIZES.length)] + "-" + two(18 + random.nextInt(9)) + two(1 + random.nextInt(12));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private String keyed(String code) {
    switch (random.nextInt(6)) {
      case 0:
        return code.toLowerCase();
      case 1:
        return " " + code.replace('-', ' ') + " ";
      case 2:
        return code.replace('-', '_');
      case 3:
        return fullWidth(code);
      case 4:
        return code.replace("-", "\u2013") + "\t\t";
      default:
        return code.replace('-', '/');
    }
  }

  private String invalid(String code) {
    switch (random.nextInt(8)) {
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
        return code.toLowerCase().substring(0, code.length() - 4) + "25a4";
      case 6:
        return "n/a";
      default:
        return fullWidth("XX" + code.substring(code.indexOf('-')));
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
