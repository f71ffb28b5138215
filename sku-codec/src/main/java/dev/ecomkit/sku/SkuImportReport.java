package dev.ecomkit.sku;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.ecomkit.sku.SkuFormatException.Reason;
import org.immutables.value.Value;

/**
 * What a bulk import of SKU codes found ({@link SkuRegistry#load}): the {@link #registry() registry} of distinct
 * SKUs, the lines that are not codes (by reason, with the first few in full), exact duplicates, codes the lenient
 * codec had to fix, and cross-platform twins — the same item (category, size, launch month …) listed on several
 * platforms, whose stock a merchant keeps in sync (多平台同款).
 *
 * <p>Counts cover every line; the lists hold at most the loader's {@linkplain SkuRegistry.Loader#detailLimit
 * detail limit} entries each, in line order, so a ten-million-line import stays small.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@Value.Enclosing
public abstract class SkuImportReport {

  SkuImportReport() {}

  /**
   * The distinct valid SKUs, packed.
   *
   * @return the registry
   */
  public abstract SkuRegistry registry();

  /**
   * How many lines were read, blank ones included.
   *
   * @return the line count
   */
  public abstract long lines();

  /**
   * How many lines were blank (only spaces); they are neither codes nor errors.
   *
   * @return the blank line count
   */
  public abstract long blankLines();

  /**
   * How many lines held a valid code, duplicates included.
   *
   * @return the valid line count
   */
  public abstract long validLines();

  /**
   * How many lines were not valid codes, per reason; reasons that did not occur are absent.
   *
   * @return reason to line count, in {@link Reason} order
   */
  public abstract ImmutableMap<Reason, Long> errorsByReason();

  /**
   * The first invalid lines, in line order.
   *
   * @return at most the detail limit of errors
   */
  public abstract ImmutableList<LineError> errors();

  /**
   * How many valid lines repeat a code seen on an earlier line.
   *
   * @return the duplicate line count
   */
  public abstract long duplicateLines();

  /**
   * The first codes that occur on more than one line, in order of their first line.
   *
   * @return at most the detail limit of duplicates
   */
  public abstract ImmutableList<Duplicate> duplicates();

  /**
   * How many valid lines only the lenient codec could read (full-width, lower case, other separators, spaces).
   *
   * @return the count; 0 when the loader's codec is strict
   */
  public abstract long lenientFixes();

  /**
   * The first lines the lenient codec fixed.
   *
   * @return at most the detail limit of fixes
   */
  public abstract ImmutableList<LenientFix> fixes();

  /**
   * How many items are listed on two or more platforms: groups of distinct SKUs equal in every segment but the
   * {@link SegmentRole#PLATFORM platform}. 0 when the schema has no platform segment.
   *
   * @return the twin group count
   */
  public abstract long twinGroups();

  /**
   * The first twin groups, ordered by the item (the SKU without its platform).
   *
   * @return at most the detail limit of groups
   */
  public abstract ImmutableList<Twins> twins();

  /**
   * The number of invalid lines.
   *
   * @return the sum of {@link #errorsByReason()}
   * @since 0.1
   */
  public long errorLines() {
    return errorsByReason().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * A line that is not a valid code.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  @Value.Immutable
  public abstract static class LineError {
    LineError() {}

    /**
     * The line number.
     *
     * @return 1-based, counted from the loader's first line number
     */
    public abstract long line();

    /**
     * The line's text, at most 64 characters (longer lines are cut and end in {@code …}).
     *
     * @return the text
     */
    public abstract String text();

    /**
     * Why it is not a code.
     *
     * @return the reason
     */
    public abstract Reason reason();

    /**
     * What is wrong and where, as {@link SkuFormatException#getMessage()}.
     *
     * @return the message
     */
    public abstract String message();
  }

  /**
   * A code that occurs on several lines.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  @Value.Immutable
  public abstract static class Duplicate {
    Duplicate() {}

    /**
     * The code.
     *
     * @return the SKU
     */
    public abstract Sku sku();

    /**
     * How many lines hold it.
     *
     * @return at least 2
     */
    public abstract long count();

    /**
     * The first lines that hold it, in order.
     *
     * @return at most the detail limit of line numbers
     */
    public abstract ImmutableList<Long> lines();
  }

  /**
   * A line that only the lenient codec could read.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  @Value.Immutable
  public abstract static class LenientFix {
    LenientFix() {}

    /**
     * The line number.
     *
     * @return 1-based, counted from the loader's first line number
     */
    public abstract long line();

    /**
     * The line as keyed, at most 64 characters.
     *
     * @return the text
     */
    public abstract String text();

    /**
     * The code it was read as; its {@code toString()} is the canonical form to write back.
     *
     * @return the SKU
     */
    public abstract Sku sku();
  }

  /**
   * One item listed on several platforms.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @since 0.1
   */
  @Value.Immutable
  public abstract static class Twins {
    Twins() {}

    /**
     * The item's SKUs, one per platform, in platform-table order.
     *
     * @return two or more SKUs that differ only in platform
     */
    public abstract ImmutableList<Sku> skus();

    /**
     * The platform codes, in the order of {@link #skus()}.
     *
     * @return e.g. {@code [TB, JD, DY]}
     * @since 0.1
     */
    public ImmutableList<String> platforms() {
      return skus().stream().map(Sku::platform).collect(ImmutableList.toImmutableList());
    }
  }
}
