package dev.ecomkit.sku;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The compiled form of a {@link SkuSchema}: per segment, how to decode its text to an order-preserving
 * {@code int} and back, and the mixed-radix weights that {@link SkuCodec#pack} uses. Values are:
 * <ul>
 *   <li>code table: the code's position in its table (radix: the table's size);
 *   <li>n digits: the number (radix 10^n); n letters: the base-26 number, {@code A} = 0 (radix 26^n);
 *   <li>{@code YYMM}: months since 2000-01 (radix 1,200); {@code YYYYMM}: months since 1900-01 (radix 3,600).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class SkuLayout {

  static final int NO_MATCH = -1;
  static final int MONTH_OUT_OF_RANGE = -2;
  static final int YEAR_OUT_OF_RANGE = -3;
  /** The pseudo segment name that errors about the check character carry. */
  static final String CHECK_SEGMENT = "check-character";
  static final int FULL_YEAR_FIRST = 1900;
  static final int FULL_YEAR_LAST = 2199;
  private static final int SHORT_YEAR_FIRST = 2000;
  private static final int SHOWN_CODES = 12;

  final SkuSchema schema;
  final char separator;
  final int segmentCount;
  /** The check character system, or null for none. */
  final CheckCharacterSystem checkCharacter;
  private final SegmentType[] types;
  private final String[] names;
  private final int[] widths;
  private final int[] radices;
  private final String[][] codes;
  private final CodeLookup[] lookups;
  private final CodeLookup[] keyedLookups;
  private final int[] roleIndex;
  /** Place value of each segment in the packed number, or null when the combinations exceed 2^63. */
  private final long[] weights;
  private final BigInteger combinations;
  /** The largest packed value, {@code combinations - 1}, or -1 when not packable. */
  private final long maxPacked;

  SkuLayout(SkuSchema schema) {
    this.schema = schema;
    this.separator = schema.separator();
    this.segmentCount = schema.segments().size();
    this.checkCharacter = schema.checkCharacter() == CheckCharacterSystem.NONE ? null : schema.checkCharacter();
    this.types = new SegmentType[segmentCount];
    this.names = new String[segmentCount];
    this.widths = new int[segmentCount];
    this.radices = new int[segmentCount];
    this.codes = new String[segmentCount][];
    this.lookups = new CodeLookup[segmentCount];
    this.keyedLookups = new CodeLookup[segmentCount];
    this.roleIndex = new int[SegmentRole.values().length];
    Arrays.fill(roleIndex, -1);
    for (int i = 0; i < segmentCount; i++) {
      SkuSegment segment = schema.segments().get(i);
      types[i] = segment.type();
      names[i] = segment.name();
      switch (segment.type()) {
        case CODE_TABLE:
          codes[i] = segment.codes().keySet().toArray(new String[0]);
          lookups[i] = new CodeLookup(codes[i]);
          keyedLookups[i] = lookups[i].keyed() ? lookups[i] : null;
          widths[i] = lookups[i].maxLength();
          radices[i] = codes[i].length;
          break;
        case DIGITS:
          widths[i] = segment.width();
          radices[i] = pow(10, segment.width());
          break;
        case LETTERS:
          widths[i] = segment.width();
          radices[i] = pow(26, segment.width());
          break;
        case YEAR_MONTH_YYMM:
          widths[i] = 4;
          radices[i] = 100 * 12;
          break;
        case YEAR_MONTH_YYYYMM:
          widths[i] = 6;
          radices[i] = (FULL_YEAR_LAST - FULL_YEAR_FIRST + 1) * 12;
          break;
        default:
          throw new AssertionError(segment.type());
      }
      if (segment.role() != SegmentRole.OTHER) {
        roleIndex[segment.role().ordinal()] = i;
      }
    }
    BigInteger product = BigInteger.ONE;
    for (int radix : radices) {
      product = product.multiply(BigInteger.valueOf(radix));
    }
    this.combinations = product;
    boolean packable = product.bitLength() <= 63 || product.equals(BigInteger.ONE.shiftLeft(63));
    this.maxPacked = packable ? product.subtract(BigInteger.ONE).longValue() : -1;
    if (packable) {
      weights = new long[segmentCount];
      long weight = 1;
      for (int i = segmentCount - 1; i >= 0; i--) {
        weights[i] = weight;
        weight *= radices[i]; // may wrap to Long.MIN_VALUE after the first segment only; never read then
      }
    } else {
      weights = null;
    }
  }

  private static int pow(int base, int exponent) {
    int result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
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

  /** The segment's lookup if it is a code table of {@linkplain CodeLookup#keyed() keyed} codes, else null. */
  CodeLookup keyedLookup(int segment) {
    return keyedLookups[segment];
  }

  /** The most characters a valid canonical code has, separators and check character included. */
  int maxCodeLength() {
    int length = segmentCount - 1 + (checkCharacter != null ? 2 : 0);
    for (int width : widths) {
      length += width;
    }
    return length;
  }

  /** The most characters a valid text of this segment has. */
  int maxWidth(int segment) {
    return widths[segment];
  }

  /**
   * Decodes {@code in[start, end)}: a value {@code >= 0}, {@link #NO_MATCH}, {@link #MONTH_OUT_OF_RANGE} or
   * {@link #YEAR_OUT_OF_RANGE}.
   */
  int decode(int segment, CharSequence in, int start, int end) {
    SegmentType type = types[segment];
    if (type == SegmentType.CODE_TABLE) {
      return lookups[segment].find(in, start, end);
    }
    if (end - start != widths[segment]) {
      return NO_MATCH;
    }
    switch (type) {
      case DIGITS:
        return number(in, start, end, '0', 10);
      case LETTERS:
        return number(in, start, end, 'A', 26);
      case YEAR_MONTH_YYMM:
        return yearMonth(number(in, start, end - 2, '0', 10), number(in, end - 2, end, '0', 10), SHORT_YEAR_FIRST,
            SHORT_YEAR_FIRST, SHORT_YEAR_FIRST + 99);
      default:
        return yearMonth(number(in, start, end - 2, '0', 10), number(in, end - 2, end, '0', 10), 0, FULL_YEAR_FIRST,
            FULL_YEAR_LAST);
    }
  }

  private static int yearMonth(int year, int month, int century, int firstYear, int lastYear) {
    if (year < 0 || month < 0) {
      return NO_MATCH;
    }
    if (month < 1 || month > 12) {
      return MONTH_OUT_OF_RANGE;
    }
    year += century;
    if (year < firstYear || year > lastYear) {
      return YEAR_OUT_OF_RANGE;
    }
    return (year - firstYear) * 12 + month - 1;
  }

  /**
   * {@code in[start, end)} read as a number in base {@code radix} whose digits are the characters from
   * {@code zero} on ({@code '0'}, 10 for decimal; {@code 'A'}, 26 for letters), or {@link #NO_MATCH}.
   */
  private static int number(CharSequence in, int start, int end, char zero, int radix) {
    int value = 0;
    for (int i = start; i < end; i++) {
      int d = in.charAt(i) - zero;
      if (d < 0 || d >= radix) {
        return NO_MATCH;
      }
      value = value * radix + d;
    }
    return value;
  }

  /** The canonical text of a value; no allocation for code-table segments. */
  String text(int segment, int value) {
    if (types[segment] == SegmentType.CODE_TABLE) {
      return codes[segment][value];
    }
    StringBuilder sb = new StringBuilder(widths[segment]);
    appendText(sb, segment, value);
    return sb.toString();
  }

  void appendText(StringBuilder sb, int segment, int value) {
    switch (types[segment]) {
      case CODE_TABLE:
        sb.append(codes[segment][value]);
        break;
      case DIGITS:
        appendNumber(sb, value, widths[segment], '0', 10);
        break;
      case LETTERS:
        appendNumber(sb, value, widths[segment], 'A', 26);
        break;
      case YEAR_MONTH_YYMM:
        appendNumber(sb, value / 12, 2, '0', 10);
        appendNumber(sb, value % 12 + 1, 2, '0', 10);
        break;
      default:
        appendNumber(sb, FULL_YEAR_FIRST + value / 12, 4, '0', 10);
        appendNumber(sb, value % 12 + 1, 2, '0', 10);
        break;
    }
  }

  /** Appends {@code value} as exactly {@code width} digits of base {@code radix}, the inverse of {@link #number}. */
  private static void appendNumber(StringBuilder sb, int value, int width, char zero, int radix) {
    int divisor = 1;
    for (int i = 1; i < width; i++) {
      divisor *= radix;
    }
    for (; divisor > 0; divisor /= radix) {
      sb.append((char) (zero + value / divisor % radix));
    }
  }

  /** The number of distinct values of a segment. */
  int radix(int segment) {
    return radices[segment];
  }

  /** The year-month of a value of a year-month segment. */
  YearMonth yearMonth(int segment, int value) {
    int firstYear = types[segment] == SegmentType.YEAR_MONTH_YYMM ? SHORT_YEAR_FIRST : FULL_YEAR_FIRST;
    return YearMonth.of(firstYear + value / 12, value % 12 + 1);
  }

  /** The value of a year-month in a year-month segment, or -1 if outside the segment's years. */
  int yearMonthValue(int segment, YearMonth month) {
    boolean yymm = types[segment] == SegmentType.YEAR_MONTH_YYMM;
    return yearMonth(month.getYear(), month.getMonthValue(), 0, yymm ? SHORT_YEAR_FIRST : FULL_YEAR_FIRST,
        yymm ? SHORT_YEAR_FIRST + 99 : FULL_YEAR_LAST);
  }

  /** The years a year-month segment accepts, e.g. {@code 2000-2099}. */
  String yearRange(int segment) {
    return types[segment] == SegmentType.YEAR_MONTH_YYMM
        ? SHORT_YEAR_FIRST + "-" + (SHORT_YEAR_FIRST + 99) : FULL_YEAR_FIRST + "-" + FULL_YEAR_LAST;
  }

  /** What a valid text of the segment looks like, for error messages. */
  String expectation(int segment) {
    switch (types[segment]) {
      case DIGITS:
        return widths[segment] + (widths[segment] == 1 ? " digit" : " digits") + " 0-9";
      case LETTERS:
        return widths[segment] + (widths[segment] == 1 ? " letter" : " letters") + " A-Z";
      case YEAR_MONTH_YYMM:
        return "YYMM (4 digits, e.g. 2504)";
      case YEAR_MONTH_YYYYMM:
        return "YYYYMM (6 digits, e.g. 202504)";
      default:
        break;
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

  // ---- packing ----

  boolean packable() {
    return weights != null;
  }

  /** The place values of the segments, or null if not packable; shared: do not modify. */
  long[] weights() {
    return weights;
  }

  /** One segment's value of a packed number. */
  int valueOf(long packed, int segment) {
    return (int) (packed / weights[segment] % radices[segment]);
  }

  /** How many distinct SKUs the schema has. */
  BigInteger combinations() {
    return combinations;
  }

  /** The largest packed value; -1 when not packable. */
  long maxPacked() {
    return maxPacked;
  }

  long pack(int[] values) {
    long packed = 0;
    for (int i = 0; i < segmentCount; i++) {
      packed += values[i] * weights[i];
    }
    return packed;
  }
}
