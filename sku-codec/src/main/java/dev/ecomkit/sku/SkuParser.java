package dev.ecomkit.sku;

import dev.ecomkit.sku.SkuFormatException.Reason;

/**
 * The strict parser: one left-to-right pass, no regular expressions, no allocation but the result. Each segment
 * reads at most its longest valid width plus one character, so the work is bounded by the schema, not by the input.
 *
 * <p>Stateless and thread-safe.
 */
final class SkuParser {

  private SkuParser() {}

  /**
   * Parses {@code in} as a SKU of {@code layout}'s schema.
   *
   * @return the SKU, or {@code null} when invalid and {@code throwOnError} is false
   * @throws SkuFormatException when invalid and {@code throwOnError} is true
   */
  static Sku parse(SkuLayout layout, CharSequence in, boolean throwOnError) {
    int errors = throwOnError ? THROW : QUIET;
    if (layout.packable()) {
      long packed = scan(layout, in, null, errors);
      return packed < 0 ? null : new Sku(layout, packed, null);
    }
    int[] values = new int[layout.segmentCount];
    return scan(layout, in, values, errors) < 0 ? null : new Sku(layout, 0, values);
  }

  /** Whether {@code in} is valid; allocates nothing. */
  static boolean isValid(SkuLayout layout, CharSequence in) {
    return scan(layout, in, null, QUIET) >= 0;
  }

  /**
   * Reads {@code in} without allocating or throwing: the packed value if {@code in} is a valid code of the
   * packable {@code layout}, or else a negative number; with {@code withReason}, one whose {@link #reason(long)}
   * is the {@link Reason} that {@link #parse} would throw with (finding it may cost a second look at the input).
   */
  static long scanPacked(SkuLayout layout, CharSequence in, boolean withReason) {
    return scan(layout, in, null, withReason ? REASON : QUIET);
  }

  /** What {@link #scan} does with an error: throw it, return its reason, or return any negative number. */
  private static final int THROW = 2;
  private static final int REASON = 1;
  private static final int QUIET = 0;

  /** The reason of a negative {@link #scanPacked} result. */
  static Reason reason(long scanned) {
    return REASONS[(int) (-1 - scanned)];
  }

  private static final Reason[] REASONS = Reason.values();

  /** The negative {@link #scanPacked} result whose {@link #reason(long)} is {@code reason}. */
  static long invalid(Reason reason) {
    return -1 - reason.ordinal();
  }

  /**
   * Reads {@code in}, storing each segment's value in {@code values} unless it is null.
   *
   * @param errors {@link #THROW}, {@link #REASON} or {@link #QUIET}
   * @return a negative {@link #invalid} code, or else the packed value if the layout is packable and 0 if not
   * @throws SkuFormatException when invalid and {@code errors} is {@link #THROW}
   */
  private static long scan(SkuLayout layout, CharSequence in, int[] values, int errors) {
    boolean throwOnError = errors == THROW;
    int length = in.length();
    if (length == 0) {
      if (throwOnError) {
        throw error(layout, Reason.EMPTY, 0, 0, "expected " + layout.expectation(0) + ", got empty input");
      }
      return invalid(Reason.EMPTY);
    }
    long[] weights = layout.weights();
    long packed = 0;
    char separator = layout.separator;
    int pos = 0;
    for (int segment = 0; segment < layout.segmentCount; segment++) {
      if (segment > 0) {
        if (pos >= length) {
          if (throwOnError) {
            throw missing(layout, segment, pos);
          }
          return invalid(Reason.MISSING_SEGMENT);
        }
        pos++; // the previous segment stopped at a separator
      }
      int start = pos;
      int limit = Math.min(length, start + layout.maxWidth(segment) + 1);
      int end = start;
      int value;
      CodeLookup keyed = layout.keyedLookup(segment);
      if (keyed != null) { // build the code's key while looking for the separator
        long key = 0;
        int bad = 0;
        while (end < limit) {
          char c = in.charAt(end);
          if (c == separator) {
            break;
          }
          int v = CodeLookup.keyChar(c);
          bad |= CodeLookup.isKeyChar(v);
          key = key << 6 | (v & 63);
          end++;
        }
        value = bad < 0 || end == start || end - start > keyed.maxLength() ? SkuLayout.NO_MATCH
            : keyed.findKey(key);
      } else {
        while (end < limit && in.charAt(end) != separator) {
          end++;
        }
        value = layout.decode(segment, in, start, end);
      }
      if (value < 0) {
        if (throwOnError) {
          throw invalidSegment(layout, segment, in, start, end, value);
        }
        return errors == REASON ? invalid(segmentReason(layout, segment, in, start, end, value))
            : invalid(Reason.MALFORMED_FIELD);
      }
      if (values != null) {
        values[segment] = value;
      } else if (weights != null) {
        packed += value * weights[segment];
      }
      pos = end;
    }
    if (layout.checkCharacter != null) {
      if (pos + 1 >= length) {
        if (throwOnError) {
          throw checkError(Reason.MISSING_SEGMENT, pos == length ? pos : pos + 1,
              pos == length ? "expected '" + separator + "' and a check character, got end of input"
                  : "expected a check character, got end of input");
        }
        return invalid(Reason.MISSING_SEGMENT);
      }
      pos++;
      if (in.charAt(pos) != CheckCharacter.compute(layout.checkCharacter, in, 0, pos - 1)) {
        if (throwOnError) {
          throw checkError(Reason.CHECK_CHARACTER_MISMATCH, pos, Texts.quote(in, pos, pos + 1, false)
              + " does not match the code: a character was probably mistyped or two were swapped");
        }
        return invalid(Reason.CHECK_CHARACTER_MISMATCH);
      }
      pos++;
    }
    if (pos < length) {
      if (!throwOnError) {
        return invalid(Reason.TRAILING_INPUT);
      }
      String last = layout.checkCharacter != null ? SkuLayout.CHECK_SEGMENT : layout.name(layout.segmentCount - 1);
      throw new SkuFormatException(Reason.TRAILING_INPUT, pos, last, "input",
          "expected end of input after " + (layout.checkCharacter != null ? "the check character" : last)
              + ", got " + Texts.quoteUntil(in, pos, '\0'));
    }
    return packed;
  }

  private static SkuFormatException checkError(Reason reason, int offset, String detail) {
    return new SkuFormatException(reason, offset, SkuLayout.CHECK_SEGMENT, "check character", detail);
  }

  private static SkuFormatException missing(SkuLayout layout, int segment, int pos) {
    return error(layout, Reason.MISSING_SEGMENT, segment, pos,
        "expected '" + layout.separator + "' and " + layout.expectation(segment) + ", got end of input");
  }

  /** Why segment {@code segment}, read from {@code in[start, end)} as {@code value}, is invalid. */
  private static Reason segmentReason(SkuLayout layout, int segment, CharSequence in, int start, int end,
      int value) {
    if (start == end || isLeftOut(layout, segment, in, start, end)) {
      return Reason.MISSING_SEGMENT;
    }
    if (value == SkuLayout.MONTH_OUT_OF_RANGE || value == SkuLayout.YEAR_OUT_OF_RANGE) {
      return Reason.MONTH_OUT_OF_RANGE;
    }
    return layout.type(segment) == SegmentType.CODE_TABLE ? Reason.UNKNOWN_CODE : Reason.MALFORMED_FIELD;
  }

  /** Whether the segment was left out: too few separators, and its text is a valid next segment. */
  private static boolean isLeftOut(SkuLayout layout, int segment, CharSequence in, int start, int end) {
    return segment + 1 < layout.segmentCount && separators(in, layout.separator) < layout.segmentCount - 1
        && layout.decode(segment + 1, in, start, end) >= 0;
  }

  private static SkuFormatException invalidSegment(SkuLayout layout, int segment, CharSequence in, int start, int end,
      int value) {
    if (start == end) {
      String got = start == in.length() ? "end of input" : "empty segment";
      return error(layout, Reason.MISSING_SEGMENT, segment, start,
          "expected " + layout.expectation(segment) + ", got " + got);
    }
    String got = Texts.quoteUntil(in, start, layout.separator);
    switch (segmentReason(layout, segment, in, start, end, value)) {
      case MISSING_SEGMENT:
        return error(layout, Reason.MISSING_SEGMENT, segment, start,
            "missing; expected " + layout.expectation(segment) + " before " + layout.name(segment + 1) + ", got "
                + got + ", which is a valid " + layout.name(segment + 1));
      case MONTH_OUT_OF_RANGE:
        return value == SkuLayout.MONTH_OUT_OF_RANGE
            ? new SkuFormatException(Reason.MONTH_OUT_OF_RANGE, end - 2, layout.name(segment), "month",
                "expected 01-12, got " + Texts.quote(in, end - 2, end, false))
            : new SkuFormatException(Reason.MONTH_OUT_OF_RANGE, start, layout.name(segment), "year",
                "expected " + layout.yearRange(segment) + ", got " + Texts.quote(in, start, end - 2, false));
      case UNKNOWN_CODE:
        return error(layout, Reason.UNKNOWN_CODE, segment, start,
            "expected " + layout.expectation(segment) + ", got " + got + codeHint(layout, segment, in, start, end));
      default:
        return error(layout, Reason.MALFORMED_FIELD, segment, start,
            "expected " + layout.expectation(segment) + ", got " + got);
    }
  }

  private static int separators(CharSequence in, char separator) {
    int count = 0;
    for (int i = 0; i < in.length(); i++) {
      if (in.charAt(i) == separator) {
        count++;
      }
    }
    return count;
  }

  /**
   * A hint for an unknown code in {@code in[start, end)}, the region {@link #parse} scanned: the upper-case code
   * when the input differs from one only in ASCII case, or a word on full-width input; else nothing.
   */
  private static String codeHint(SkuLayout layout, int segment, CharSequence in, int start, int end) {
    StringBuilder upper = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = in.charAt(i);
      upper.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
    }
    if (layout.decode(segment, upper, 0, upper.length()) >= 0) {
      return " (codes are upper case: did you mean \"" + upper + "\"?)";
    }
    return isFullWidth(in.charAt(start)) ? " (full-width characters: key codes in half-width ASCII)" : "";
  }

  /** Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space, as Chinese input methods produce. */
  private static boolean isFullWidth(char c) {
    return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000';
  }

  private static SkuFormatException error(SkuLayout layout, Reason reason, int segment, int offset,
      String detail) {
    return new SkuFormatException(reason, offset, layout.name(segment), layout.name(segment), detail);
  }
}
