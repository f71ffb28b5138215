package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The layout of a merchant's SKU codes: a name, the ordered {@link SkuSegment segments} and the separator between
 * them. The handbook's four-layer code {@code TB-01-M-2504} is {@link #standard()}; a merchant with other code
 * tables builds their own:
 *
 * <pre>{@code
 * SkuSchema mine = SkuSchema.builder()
 *     .name("my-shop")
 *     .addSegments(SkuSegment.codeTable("platform", SegmentRole.PLATFORM, ImmutableMap.of("TB", "Taobao")))
 *     .addSegments(SkuSegment.codeTable("size", SegmentRole.SIZE, ImmutableMap.of("S", "small", "L", "large")))
 *     .addSegments(SkuSegment.yearMonth("launch-month", SegmentRole.LAUNCH_MONTH))
 *     .build();
 * SkuCodec codec = SkuCodec.of(mine);
 * }</pre>
 *
 * <p>A schema is valid when it has 1–16 segments with distinct names, at most one segment of each role other than
 * {@link SegmentRole#OTHER}, and a separator that is a printable ASCII symbol (not a letter, digit or space), so
 * that no code can contain it and parsing is never ambiguous. With a {@linkplain #checkCharacter() check
 * character}, no code of a table may also be the start of another code of the same table ({@code X} and
 * {@code XL}): otherwise moving a separator by one place ({@code X-L…} for {@code XL-…}) could key another valid
 * code with the same check character. {@code build()} throws {@link IllegalArgumentException} naming the rule
 * broken and how to fix it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SkuSchema {

  static final int MAX_SEGMENTS = 16;

  SkuSchema() {}

  /**
   * The handbook's schema {@code PLATFORM-CATEGORY-SIZE-YYMM}; its code tables are listed in the README and in
   * {@link SkuCodec#standard()}.
   *
   * @return the standard schema
   * @since 0.1
   */
  public static SkuSchema standard() {
    return StandardSchema.SCHEMA;
  }

  /**
   * A builder for a merchant's own schema.
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a schema from JSON; the format is in the README ("Schemas as JSON"):
   *
   * <pre>{@code
   * {"name": "my-shop", "separator": "-", "checkCharacter": "MOD_37_2",
   *  "segments": [
   *    {"name": "platform", "role": "PLATFORM", "type": "CODE_TABLE", "codes": {"TB": "Taobao", "JD": "JD.com"}},
   *    {"name": "style", "type": "DIGITS", "width": 4},
   *    {"name": "launch-month", "role": "LAUNCH_MONTH", "type": "YEAR_MONTH_YYMM"}]}
   * }</pre>
   *
   * <p>Every problem is a {@link SkuSchemaException} naming the JSON path and saying how to fix it: malformed JSON,
   * unknown or repeated fields, values of the wrong kind, duplicate codes, empty tables, codes that would make
   * parsing ambiguous, and every rule of {@link #builder()}. A leading byte-order mark ({@code U+FEFF}, which
   * spreadsheet tools' "save as UTF-8" writes) is skipped.
   *
   * @param json the schema's JSON text
   * @return the schema
   * @throws SkuSchemaException if the JSON does not describe a valid schema
   * @since 0.1
   */
  public static SkuSchema fromJson(String json) {
    return SkuSchemaJson.read(checkNotNull(json, "json"));
  }

  /**
   * Reads a schema from JSON, e.g. a merchant's configuration file; see {@link #fromJson(String)}. A leading
   * byte-order mark is skipped; the reader is not closed.
   *
   * @param json a reader of the schema's JSON text
   * @return the schema
   * @throws SkuSchemaException if the JSON does not describe a valid schema
   * @throws java.io.UncheckedIOException if reading fails
   * @since 0.1
   */
  public static SkuSchema fromJson(Reader json) {
    return SkuSchemaJson.read(checkNotNull(json, "json"));
  }

  /**
   * This schema as JSON in the format {@link #fromJson(String)} reads, pretty-printed;
   * {@code SkuSchema.fromJson(schema.toJson())} equals {@code schema}.
   *
   * @return the JSON text
   * @since 0.1
   */
  public String toJson() {
    return SkuSchemaJson.write(this);
  }

  /**
   * The schema's name, e.g. {@code "standard"}; it identifies the schema in messages and orders SKUs of different
   * schemas.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The character between segments; {@code '-'} unless set.
   *
   * @return the separator
   */
  @Value.Default
  public char separator() {
    return '-';
  }

  /**
   * The check character codes end in, after a separator ({@code TB-01-M-2504-7}), computed over the code's
   * letters and digits; {@link CheckCharacterSystem#NONE} unless set. Turn it on for codes keyed by hand: it
   * catches mistyped characters and swapped neighbours (see {@link CheckCharacterSystem} for which system catches
   * what).
   *
   * @return the check character system
   */
  @Value.Default
  public CheckCharacterSystem checkCharacter() {
    return CheckCharacterSystem.NONE;
  }

  /**
   * The segments in the order they appear in a code.
   *
   * @return the segments
   */
  public abstract ImmutableList<SkuSegment> segments();

  /**
   * The segment with the given name.
   *
   * @param name a segment name
   * @return the segment, or empty if there is none of that name
   * @since 0.1
   */
  public Optional<SkuSegment> segment(String name) {
    checkNotNull(name, "name");
    return segments().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The segment with the given role.
   *
   * @param role a role other than {@link SegmentRole#OTHER}
   * @return the segment, or empty if the schema has none of that role
   * @throws IllegalArgumentException if {@code role} is {@code OTHER}, which several segments may share
   * @since 0.1
   */
  public Optional<SkuSegment> segment(SegmentRole role) {
    checkNotNull(role, "role");
    checkArgument(role != SegmentRole.OTHER, "several segments may have role OTHER; look them up by name");
    return segments().stream().filter(s -> s.role() == role).findFirst();
  }

  /** The compiled form the parser and {@link Sku} use; built once per schema instance. */
  @Value.Lazy
  SkuLayout layout() {
    return new SkuLayout(this);
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "schema name must not be blank");
    int n = segments().size();
    checkArgument(n >= 1 && n <= MAX_SEGMENTS, "schema \"%s\" needs 1-%s segments, has %s", name(), MAX_SEGMENTS, n);
    char sep = separator();
    checkArgument(sep > ' ' && sep < 0x7F && !Character.isLetterOrDigit(sep),
        "schema \"%s\": separator must be a printable ASCII symbol such as '-', not \"%s\"", name(),
        Texts.escape(String.valueOf(sep)));
    Set<String> names = new HashSet<>();
    Set<SegmentRole> roles = EnumSet.noneOf(SegmentRole.class);
    for (SkuSegment segment : segments()) {
      checkArgument(names.add(segment.name()), "schema \"%s\": two segments are named \"%s\"", name(),
          segment.name());
      checkArgument(segment.role() == SegmentRole.OTHER || roles.add(segment.role()),
          "schema \"%s\": two segments have role %s; only OTHER may repeat", name(), segment.role());
      if (checkCharacter() != CheckCharacterSystem.NONE) {
        checkArgument(!segment.name().equals(SkuLayout.CHECK_SEGMENT),
            "schema \"%s\": with a check character, \"%s\" is reserved; rename that segment", name(),
            SkuLayout.CHECK_SEGMENT);
        checkPrefixFree(segment);
      }
    }
  }

  private void checkPrefixFree(SkuSegment segment) {
    String[] sorted = segment.codes().keySet().toArray(new String[0]);
    Arrays.sort(sorted); // a code that starts another sorts right before some code it starts
    for (int i = 1; i < sorted.length; i++) {
      checkArgument(!sorted[i].startsWith(sorted[i - 1]),
          "schema \"%s\", segment \"%s\": code \"%s\" is the start of code \"%s\", so with a check character "
              + "a misplaced separator would go unnoticed; rename one of them or turn the check character off",
          name(), segment.name(), sorted[i - 1], sorted[i]);
    }
  }

  /**
   * Builds a {@link SkuSchema}; {@code name} and at least one segment are required.
   *
   * <p>Not thread-safe: use one builder from one thread.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableSkuSchema.Builder {
    Builder() {}
  }
}
