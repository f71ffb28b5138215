package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One segment of a SKU code: its name, its business {@link SegmentRole role} and how its text is read (its
 * {@link SegmentType type}). A {@link SegmentType#CODE_TABLE code-table} segment carries its allowed codes, in
 * order, each with a label; a typed segment ({@link SegmentType#DIGITS n digits}, {@link SegmentType#LETTERS n
 * letters}, {@link SegmentType#YEAR_MONTH_YYMM YYMM}, {@link SegmentType#YEAR_MONTH_YYYYMM YYYYMM}) carries none.
 *
 * <pre>{@code
 * SkuSegment platform = SkuSegment.codeTable("platform", SegmentRole.PLATFORM,
 *     ImmutableMap.of("TB", "Taobao", "JD", "JD.com"));
 * SkuSegment style = SkuSegment.digits("style", SegmentRole.OTHER, 4);       // 0042
 * SkuSegment colour = SkuSegment.letters("colour", SegmentRole.OTHER, 3);    // BLK
 * SkuSegment launch = SkuSegment.yearMonth("launch-month", SegmentRole.LAUNCH_MONTH);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SkuSegment {

  /** The longest code a code table may hold. */
  static final int MAX_CODE_LENGTH = 16;
  /** The widest {@link SegmentType#DIGITS} segment: 10^9 values still fit an {@code int}. */
  static final int MAX_DIGITS = 9;
  /** The widest {@link SegmentType#LETTERS} segment: 26^6 values still fit an {@code int}. */
  static final int MAX_LETTERS = 6;

  SkuSegment() {}

  /**
   * A segment whose text must be one of {@code codes}' keys.
   *
   * @param name the segment's name: lower-case ASCII letters, digits and {@code '-'}, e.g. {@code "size"}
   * @param role what the segment means to the business
   * @param codes code to label, in the order codes sort; codes are 1–16 upper-case ASCII letters or digits
   * @return the segment
   * @throws IllegalArgumentException if the name, a code or a label is malformed or the table is empty
   * @since 0.1
   */
  public static SkuSegment codeTable(String name, SegmentRole role, Map<String, String> codes) {
    checkNotNull(codes, "codes");
    return ImmutableSkuSegment.builder()
        .name(checkNotNull(name, "name"))
        .role(checkNotNull(role, "role"))
        .type(SegmentType.CODE_TABLE)
        .putAllCodes(codes)
        .build();
  }

  /**
   * A segment holding a year and month as {@code YYMM} (see {@link SegmentType#YEAR_MONTH_YYMM}).
   *
   * @param name the segment's name, e.g. {@code "launch-month"}
   * @param role what the segment means to the business
   * @return the segment
   * @throws IllegalArgumentException if the name is malformed
   * @since 0.1
   */
  public static SkuSegment yearMonth(String name, SegmentRole role) {
    return typed(name, role, SegmentType.YEAR_MONTH_YYMM, 0);
  }

  /**
   * A segment holding a year and month as {@code YYYYMM} (see {@link SegmentType#YEAR_MONTH_YYYYMM}).
   *
   * @param name the segment's name, e.g. {@code "launch-month"}
   * @param role what the segment means to the business
   * @return the segment
   * @throws IllegalArgumentException if the name is malformed
   * @since 0.1
   */
  public static SkuSegment fullYearMonth(String name, SegmentRole role) {
    return typed(name, role, SegmentType.YEAR_MONTH_YYYYMM, 0);
  }

  /**
   * A segment of exactly {@code width} ASCII digits (see {@link SegmentType#DIGITS}).
   *
   * @param name the segment's name, e.g. {@code "style"}
   * @param role what the segment means to the business
   * @param width the number of digits, 1–9
   * @return the segment
   * @throws IllegalArgumentException if the name or width is out of bounds
   * @since 0.1
   */
  public static SkuSegment digits(String name, SegmentRole role, int width) {
    return typed(name, role, SegmentType.DIGITS, width);
  }

  /**
   * A segment of exactly {@code width} upper-case ASCII letters (see {@link SegmentType#LETTERS}).
   *
   * @param name the segment's name, e.g. {@code "colour"}
   * @param role what the segment means to the business
   * @param width the number of letters, 1–6
   * @return the segment
   * @throws IllegalArgumentException if the name or width is out of bounds
   * @since 0.1
   */
  public static SkuSegment letters(String name, SegmentRole role, int width) {
    return typed(name, role, SegmentType.LETTERS, width);
  }

  /** A segment without codes; {@code width} is 0 for the types whose width follows from the type. */
  private static SkuSegment typed(String name, SegmentRole role, SegmentType type, int width) {
    return ImmutableSkuSegment.builder()
        .name(checkNotNull(name, "name"))
        .role(checkNotNull(role, "role"))
        .type(type)
        .width(width)
        .build();
  }

  /**
   * The segment's name, unique in its schema; error messages name segments by it.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the segment means to the business.
   *
   * @return the role
   */
  public abstract SegmentRole role();

  /**
   * How the segment's text is read.
   *
   * @return the type
   */
  public abstract SegmentType type();

  /**
   * The allowed codes of a code-table segment, in sort order, each mapped to its label; empty for typed segments.
   *
   * @return code to label
   */
  public abstract ImmutableMap<String, String> codes();

  /**
   * The number of characters of a {@link SegmentType#DIGITS DIGITS} or {@link SegmentType#LETTERS LETTERS}
   * segment; 0 for the other types, whose width follows from the type or the table.
   *
   * @return the width, or 0
   */
  @Value.Default
  public int width() {
    return 0;
  }

  /**
   * The label of one code of this segment's table.
   *
   * @param code a code, e.g. {@code "TB"}
   * @return its label, e.g. {@code "Taobao (淘宝)"}, or empty if the table has no such code
   * @since 0.1
   */
  public Optional<String> label(String code) {
    return Optional.ofNullable(codes().get(checkNotNull(code, "code")));
  }

  @Value.Check
  void check() {
    checkArgument(isSegmentName(name()),
        "segment name \"%s\" must be 1-32 lower-case ASCII letters, digits or '-', starting with a letter", name());
    if (type() == SegmentType.CODE_TABLE) {
      checkArgument(!codes().isEmpty(), "segment \"%s\": a code table needs at least one code", name());
      codes().forEach((code, label) -> {
        checkArgument(isCode(code), "segment \"%s\": code \"%s\" must be 1-%s upper-case ASCII letters or digits",
            name(), code, MAX_CODE_LENGTH);
        checkArgument(!label.isBlank(), "segment \"%s\": code \"%s\" needs a non-blank label", name(), code);
      });
    } else {
      checkArgument(codes().isEmpty(), "segment \"%s\": a %s segment takes no codes", name(), type());
    }
    int maxWidth = type() == SegmentType.DIGITS ? MAX_DIGITS : type() == SegmentType.LETTERS ? MAX_LETTERS : 0;
    if (maxWidth > 0) {
      checkArgument(width() >= 1 && width() <= maxWidth, "segment \"%s\": a %s segment needs a width of 1-%s, not %s",
          name(), type(), maxWidth, width());
    } else {
      checkArgument(width() == 0, "segment \"%s\": a %s segment takes no width (its width follows from its %s)",
          name(), type(), type() == SegmentType.CODE_TABLE ? "codes" : "type");
    }
    checkArgument(role() != SegmentRole.LAUNCH_MONTH || type().isYearMonth(),
        "segment \"%s\": the LAUNCH_MONTH role needs type YEAR_MONTH_YYMM or YEAR_MONTH_YYYYMM, not %s", name(),
        type());
  }

  private static boolean isSegmentName(String s) {
    if (s.isEmpty() || s.length() > 32 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isCode(String s) {
    if (s.isEmpty() || s.length() > MAX_CODE_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
