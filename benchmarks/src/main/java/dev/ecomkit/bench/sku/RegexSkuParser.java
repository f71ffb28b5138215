package dev.ecomkit.bench.sku;

import dev.ecomkit.sku.SegmentRole;
import dev.ecomkit.sku.SkuSchema;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The peer: how a merchant's developer would validate the standard scheme with {@code java.util.regex}. The pattern
 * makes the same checks as ecomkit's strict parser (each code from its table, {@code YYMM} with month 01–12) and a
 * parse returns the four parts, the way a hand-written parser hands them on.
 *
 * <p>Immutable and thread-safe (each call makes its own {@link Matcher}).
 */
final class RegexSkuParser {

  /** The parts of a parsed code. */
  static final class Parts {
    final String platform;
    final String category;
    final String size;
    final YearMonth launchMonth;

    Parts(String platform, String category, String size, YearMonth launchMonth) {
      this.platform = platform;
      this.category = category;
      this.size = size;
      this.launchMonth = launchMonth;
    }
  }

  private final Pattern pattern;

  RegexSkuParser(SkuSchema schema) {
    this.pattern = Pattern.compile(alternation(schema, SegmentRole.PLATFORM) + "-"
        + alternation(schema, SegmentRole.CATEGORY) + "-" + alternation(schema, SegmentRole.SIZE)
        + "-(\\d\\d)(0[1-9]|1[0-2])");
  }

  private static String alternation(SkuSchema schema, SegmentRole role) {
    return schema.segment(role).orElseThrow().codes().keySet().stream()
        .collect(Collectors.joining("|", "(", ")"));
  }

  /** The parts, or null if the code is not valid. */
  Parts parse(CharSequence code) {
    Matcher m = pattern.matcher(code);
    if (!m.matches()) {
      return null;
    }
    return new Parts(m.group(1), m.group(2), m.group(3),
        YearMonth.of(2000 + Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
  }

  boolean isValid(CharSequence code) {
    return pattern.matcher(code).matches();
  }
}
