package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * Parses, validates and formats SKU codes of one {@link SkuSchema}: the front door of this module.
 *
 * <pre>{@code
 * SkuCodec codec = SkuCodec.standard();
 * Sku sku = codec.parse("TB-01-M-2504");          // or SkuFormatException saying what and where
 * sku.launchMonth();                               // 2025-04
 * codec.tryParse("TB-01-M-2513").isPresent();      // false: month 13
 * codec.format(sku);                               // "TB-01-M-2504"
 * }</pre>
 *
 * <p><b>The standard schema</b> (merchants' handbook, seed 001 §1.1) is {@code PLATFORM-CATEGORY-SIZE-YYMM} with
 * separator {@code '-'}:
 * <ul>
 *   <li>platform: {@code TB} Taobao, {@code TM} Tmall, {@code DD} Pinduoduo (the handbook's code), {@code JD}
 *       JD.com, {@code DY} Douyin, {@code KS} Kuaishou, {@code XHS} Xiaohongshu, {@code WX} WeChat shop,
 *       {@code VIP} Vipshop, {@code DW} Dewu, {@code GW} independent site, {@code MD} offline store;
 *   <li>category: {@code 01} apparel, {@code 02} 3C/electronics, {@code 03} home and living, {@code 04} beauty
 *       and personal care, {@code 05} food and beverages, {@code 06} mother and baby, {@code 07} shoes and bags,
 *       {@code 08} sports and outdoors, {@code 09} jewellery and accessories, {@code 10} home appliances,
 *       {@code 11} pet supplies, {@code 12} books and stationery, {@code 99} other;
 *   <li>size: {@code XS S M L XL XXL XXXL}, {@code F} one size (均码), and numeric sizes {@code 26}–{@code 46};
 *   <li>launch month: {@code YYMM}, month {@code 01}–{@code 12}, year 2000–2099.
 * </ul>
 *
 * <p><b>Strictness.</b> Only the canonical form is accepted: upper-case codes, the schema's separator, no spaces.
 * For keyed or exported codes use {@link #lenient()}, which maps full-width characters, lower case, dashes,
 * underscores, slashes and spaces to the canonical form first, never guessing.
 * Parsing uses no regular expressions, reads each segment at most to its longest valid width plus one character
 * (so the strict codec rejects a 100,000-character input in constant time; the lenient one first trims spaces at
 * either end, in time proportional to their number), and allocates nothing but the result.
 *
 * <p>Instances are immutable and thread-safe; share one per schema.
 *
 * @since 0.1
 */
public final class SkuCodec {

  private static final SkuCodec STANDARD = new SkuCodec(SkuSchema.standard());

  private final SkuLayout layout;
  private final boolean lenient;
  /** The lenient codec of a strict one, and the strict codec of a lenient one. */
  private final SkuCodec twin;

  private SkuCodec(SkuSchema schema) {
    this.layout = schema.layout();
    this.lenient = false;
    this.twin = new SkuCodec(this);
  }

  private SkuCodec(SkuCodec strict) {
    this.layout = strict.layout;
    this.lenient = true;
    this.twin = strict;
  }

  /**
   * The codec of the handbook's standard schema ({@link SkuSchema#standard()}), described above.
   *
   * @return the shared standard codec
   * @since 0.1
   */
  public static SkuCodec standard() {
    return STANDARD;
  }

  /**
   * A codec for a merchant's own schema.
   *
   * @param schema the schema
   * @return the codec
   * @since 0.1
   */
  public static SkuCodec of(SkuSchema schema) {
    checkNotNull(schema, "schema");
    return schema.equals(STANDARD.schema()) ? STANDARD : new SkuCodec(schema);
  }

  /**
   * The lenient codec of this schema: it reads what people key and spreadsheets export, mapping it to the
   * canonical form by {@link #normalize} before parsing strictly. {@code "ｔｂ－０１－ｍ－２５０４"},
   * {@code " tb 01 m 2504 "}, {@code "TB_01_M_2504"} and {@code "TB–01–M–2504"} (en dash) all parse as
   * {@code TB-01-M-2504}; {@code "TB--01-M-2504"} stays an error (an empty segment is not guessed away).
   * Canonical input takes the strict fast path; other input costs one normalized copy. Spaces at either end are
   * trimmed whatever their number; what remains may hold at most four times the schema's longest code plus 16
   * characters (80 for the standard schema), more is a {@link SkuFormatException.Reason#TRAILING_INPUT} error
   * without being read. Errors carry offsets into the input as given and quote the normalized text.
   * {@link #format} still writes the canonical form.
   *
   * @return the lenient codec; itself if this one is lenient
   * @since 0.1
   */
  public SkuCodec lenient() {
    return lenient ? this : twin;
  }

  /**
   * The strict codec of this schema, which accepts only canonical codes.
   *
   * @return the strict codec; itself if this one is strict
   * @since 0.1
   */
  public SkuCodec strict() {
    return lenient ? twin : this;
  }

  /**
   * Whether this codec is {@linkplain #lenient() lenient}.
   *
   * @return true for the lenient codec
   * @since 0.1
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The text the {@linkplain #lenient() lenient} codec parses for {@code text}: trimmed, full-width forms mapped to
   * ASCII, upper case, and each run of spaces and separator-like characters ({@code - _ /}, Unicode dashes, the
   * schema's separator) between two code characters made one separator, unless the run holds two or more
   * separator-like characters (then each stays, so an empty segment remains an error). It does not validate:
   * {@code normalize(" tb 01 m 2504")} is {@code "TB-01-M-2504"} and {@code normalize("hello")} is
   * {@code "HELLO"}. Normalizing twice changes nothing more.
   *
   * @param text any text
   * @return the normalized text
   * @since 0.1
   */
  public String normalize(CharSequence text) {
    return LenientInput.normalize(checkNotNull(text, "text"), layout.separator, null);
  }

  /**
   * The schema this codec reads and writes.
   *
   * @return the schema
   * @since 0.1
   */
  public SkuSchema schema() {
    return layout.schema;
  }

  /**
   * Parses a canonical SKU code.
   *
   * @param code e.g. {@code "TB-01-M-2504"}
   * @return the SKU
   * @throws SkuFormatException if {@code code} is not a valid code of this schema; it carries the
   *     {@linkplain SkuFormatException#reason() reason}, the {@linkplain SkuFormatException#offset() offset} and
   *     the {@linkplain SkuFormatException#segment() segment}
   * @throws NullPointerException if {@code code} is null
   * @since 0.1
   */
  public Sku parse(CharSequence code) {
    checkNotNull(code, "code");
    return lenient ? parseLeniently(code, true) : SkuParser.parse(layout, code, true);
  }

  /**
   * Parses a SKU code (canonical, or as the {@linkplain #lenient() lenient} codec reads it) without throwing for
   * bad data: no exception, stack trace or message is built for an invalid code, so it is the call for bulk
   * checks where many codes are bad. The strict codec allocates nothing but the result; the lenient one one
   * normalized copy for non-canonical input.
   *
   * @param code any text
   * @return the SKU, or empty if {@code code} is not a valid code of this schema
   * @throws NullPointerException if {@code code} is null
   * @since 0.1
   */
  public Optional<Sku> tryParse(CharSequence code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(lenient ? parseLeniently(code, false) : SkuParser.parse(layout, code, false));
  }

  /**
   * Whether the text is a valid canonical code of this schema.
   *
   * @param code any text
   * @return true if {@link #parse} would succeed
   * @throws NullPointerException if {@code code} is null
   * @since 0.1
   */
  public boolean isValid(CharSequence code) {
    checkNotNull(code, "code");
    if (SkuParser.isValid(layout, code)) {
      return true;
    }
    if (!lenient) {
      return false;
    }
    CharSlice normalized = normalizeInto(code, null, null);
    return normalized != null && SkuParser.isValid(layout, normalized);
  }

  /**
   * The text the lenient codec parses for {@code code}, written into {@code buffer} (of length at least
   * {@link #lenientLimit()}; if null, one of the trimmed input's length is made) and shown through {@code view} (a
   * new one if null); null if the input, trimmed, is longer than {@link #lenientLimit()}.
   */
  CharSlice normalizeInto(CharSequence code, char[] buffer, CharSlice view) {
    int start = LenientInput.trimStart(code, 0, code.length());
    int end = LenientInput.trimEnd(code, start, code.length());
    if (end - start > lenientLimit()) {
      return null;
    }
    if (buffer == null) {
      buffer = new char[end - start];
    }
    int length = LenientInput.normalize(code, start, end, layout.separator, buffer, null);
    return (view != null ? view : new CharSlice(buffer)).set(buffer, 0, length);
  }

  /**
   * Lenient input longer than this, after trimming spaces, cannot be a code even with generous spacing; it is
   * rejected unread.
   */
  int lenientLimit() {
    return 4 * layout.maxCodeLength() + 16;
  }

  SkuLayout layout() {
    return layout;
  }

  private Sku parseLeniently(CharSequence code, boolean throwOnError) {
    Sku sku = SkuParser.parse(layout, code, false);
    if (sku != null) {
      return sku;
    }
    if (!throwOnError) {
      CharSlice normalized = normalizeInto(code, null, null);
      return normalized == null ? null : SkuParser.parse(layout, normalized, false);
    }
    int start = LenientInput.trimStart(code, 0, code.length());
    int end = LenientInput.trimEnd(code, start, code.length());
    if (end - start > lenientLimit()) {
      throw tooLong(start, end);
    }
    int[] offsets = new int[end - start + 1];
    char[] out = new char[end - start];
    String normalized = new String(out, 0, LenientInput.normalize(code, start, end, layout.separator, out, offsets));
    try {
      return SkuParser.parse(layout, normalized, true);
    } catch (SkuFormatException e) {
      throw e.atOffset(offsets[e.offset()], " (input read as " + Texts.quoteUntil(normalized, 0, '\0') + ")");
    }
  }

  /** The error for lenient input whose trimmed text {@code [start, end)} is longer than {@link #lenientLimit}. */
  SkuFormatException tooLong(int start, int end) {
    int limit = lenientLimit();
    return new SkuFormatException(SkuFormatException.Reason.TRAILING_INPUT, start + limit,
        layout.name(layout.segmentCount - 1), "input", "a code of schema \"" + layout.schema.name()
            + "\" has at most " + layout.maxCodeLength() + " characters (" + limit + " with spaces), got "
            + (end - start));
  }

  /**
   * Formats a SKU as its canonical code.
   *
   * @param sku a SKU of this codec's schema
   * @return e.g. {@code "TB-01-M-2504"}
   * @throws IllegalArgumentException if the SKU belongs to another schema
   * @since 0.1
   */
  public String format(Sku sku) {
    checkSchema(checkNotNull(sku, "sku"));
    return sku.toString();
  }

  /**
   * Whether {@link #pack} works for this schema: the product of its segments' value counts (table sizes, 10^n,
   * 26^n, 1,200 months for {@code YYMM}, 3,600 for {@code YYYYMM}) is at most 2^63. The standard schema has
   * 12 × 13 × 29 × 1,200 = 5,428,800 SKUs.
   *
   * @return whether SKUs of this schema pack into a {@code long}
   * @since 0.1
   */
  public boolean isPackable() {
    return layout.packable();
  }

  /**
   * Packs a SKU into a non-negative {@code long}: a mixed-radix number with the first segment most significant, so
   * packed values sort exactly like the SKUs ({@code a.compareTo(b)} and {@code Long.compare(pack(a), pack(b))}
   * agree) and every value from 0 to the number of combinations minus one is a SKU. A million packed SKUs take
   * 8 MB in a {@code long[]}.
   *
   * @param sku a SKU of this codec's schema
   * @return the packed value
   * @throws IllegalArgumentException if the SKU belongs to another schema
   * @throws IllegalStateException if this schema is not {@linkplain #isPackable() packable}
   * @since 0.1
   */
  public long pack(Sku sku) {
    checkSchema(checkNotNull(sku, "sku"));
    checkPackable();
    return sku.packed();
  }

  /**
   * The SKU a {@link #pack} returned.
   *
   * @param packed a packed value
   * @return the SKU
   * @throws IllegalArgumentException if {@code packed} is negative or not less than the number of combinations
   * @throws IllegalStateException if this schema is not {@linkplain #isPackable() packable}
   * @since 0.1
   */
  public Sku unpack(long packed) {
    checkPackable();
    checkArgument(packed >= 0 && packed <= layout.maxPacked(),
        "%s is not a packed SKU of schema \"%s\": expected 0 to %s", packed, layout.schema.name(),
        layout.maxPacked());
    return new Sku(layout, packed, null);
  }

  private void checkPackable() {
    if (!layout.packable()) {
      StringJoiner radices = new StringJoiner(" × ");
      for (int i = 0; i < layout.segmentCount; i++) {
        radices.add(layout.name(i) + " " + layout.radix(i));
      }
      throw new IllegalStateException("schema \"" + layout.schema.name() + "\" cannot be packed into a long: its "
          + radices + " = " + layout.combinations() + " combinations exceed 2^63; use fewer or narrower segments");
    }
  }

  private void checkSchema(Sku sku) {
    checkArgument(sku.schema() == layout.schema || sku.schema().equals(layout.schema),
        "SKU %s belongs to schema \"%s\", not to this codec's schema \"%s\"", sku, sku.schema().name(),
        layout.schema.name());
  }

  @Override
  public String toString() {
    return "SkuCodec{" + layout.schema.name() + (lenient ? ", lenient}" : "}");
  }
}
