package dev.ecomkit.sku;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The compiled form of a {@link SkuSchema}: per segment, how to decode its text to an order-preserving
 * {@code int} and back. Code-table values are the code's position in its table; {@code YYMM} values are months
 * since January 2000.
 *
 * <p>Immutable and thread-safe.
 */
final class SkuLayout {

  static final int NO_MATCH = -1;
  static final int MONTH_OUT_OF_RANGE = -2;
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;
  private static final int SHOWN_CODES = 12;

  final SkuSchema schema;
  final char separator;
  final int segmentCount;
  private final SegmentType[] types;
  private final String[] names;
  private final String[][] codes;
  private final CodeLookup[] lookups;
  private final int[] roleIndex;

  SkuLayout(SkuSchema schema) {
    this.schema = schema;
    this.separator = schema.separator();
    this.segmentCount = schema.segments().size();
    this.types = new SegmentType[segmentCount];
    this.names = new String[segmentCount];
    this.codes = new String[segmentCount][];
    this.lookups = new CodeLookup[segmentCount];
    this.roleIndex = new int[SegmentRole.values().length];
    Arrays.fill(roleIndex, -1);
    for (int i = 0; i < segmentCount; i++) {
      SkuSegment segment = schema.segments().get(i);
      types[i] = segment.type();
      names[i] = segment.name();
      if (segment.type() == SegmentType.CODE_TABLE) {
        codes[i] = segment.codes().keySet().toArray(new String[0]);
        lookups[i] = new CodeLookup(codes[i]);
      }
      if (segment.role() != SegmentRole.OTHER) {
        roleIndex[segment.role().ordinal()] = i;
      }
    }
  }

  /** The index of the segment with this role, or -1. */
  int indexOf(SegmentRole role) {
    return roleIndex[role.ordinal()];
  }

  /** The index of the segment with this name, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < segmentCount; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  String name(int segment) {
    return names[segment];
  }

  SegmentType type(int segment) {
    return types[segment];
  }

  /** The most characters a valid text of this segment has. */
  int maxWidth(int segment) {
    return types[segment] == SegmentType.CODE_TABLE ? lookups[segment].maxLength() : 4;
  }

  /** Decodes {@code in[start, end)}: a value {@code >= 0}, {@link #NO_MATCH} or {@link #MONTH_OUT_OF_RANGE}. */
  int decode(int segment, CharSequence in, int start, int end) {
    if (types[segment] == SegmentType.CODE_TABLE) {
      return lookups[segment].find(in, start, end);
    }
    if (end - start != 4) {
      return NO_MATCH;
    }
    int yy = twoDigits(in, start);
    int mm = twoDigits(in, start + 2);
    if (yy < 0 || mm < 0) {
      return NO_MATCH;
    }
    if (mm < 1 || mm > 12) {
      return MONTH_OUT_OF_RANGE;
    }
    return yy * 12 + mm - 1;
  }

  private static int twoDigits(CharSequence in, int at) {
    int hi = in.charAt(at) - '0';
    int lo = in.charAt(at + 1) - '0';
    return (hi < 0 || hi > 9 || lo < 0 || lo > 9) ? -1 : hi * 10 + lo;
  }

  /** The canonical text of a value; no allocation for code-table segments. */
  String text(int segment, int value) {
    if (types[segment] == SegmentType.CODE_TABLE) {
      return codes[segment][value];
    }
    StringBuilder sb = new StringBuilder(4);
    appendText(sb, segment, value);
    return sb.toString();
  }

  void appendText(StringBuilder sb, int segment, int value) {
    if (types[segment] == SegmentType.CODE_TABLE) {
      sb.append(codes[segment][value]);
    } else {
      int yy = value / 12;
      int mm = value % 12 + 1;
      sb.append((char) ('0' + yy / 10)).append((char) ('0' + yy % 10))
          .append((char) ('0' + mm / 10)).append((char) ('0' + mm % 10));
    }
  }

  static YearMonth yearMonth(int value) {
    return YearMonth.of(FIRST_YEAR + value / 12, value % 12 + 1);
  }

  /** The value of a year-month, or -1 if outside 2000-01..2099-12. */
  static int yearMonthValue(YearMonth month) {
    int year = month.getYear();
    return (year < FIRST_YEAR || year > LAST_YEAR) ? -1 : (year - FIRST_YEAR) * 12 + month.getMonthValue() - 1;
  }

  /** What a valid text of the segment looks like, for error messages. */
  String expectation(int segment) {
    if (types[segment] != SegmentType.CODE_TABLE) {
      return "YYMM (4 digits, e.g. 2504)";
    }
    String[] table = codes[segment];
    StringJoiner joiner = new StringJoiner(", ", "one of ", "");
    for (int i = 0; i < Math.min(table.length, SHOWN_CODES); i++) {
      joiner.add(table[i]);
    }
    if (table.length > SHOWN_CODES) {
      joiner.add("… (" + table.length + " codes)");
    }
    return joiner.toString();
  }
}
