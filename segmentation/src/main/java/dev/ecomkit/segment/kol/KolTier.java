package dev.ecomkit.segment.kol;

import dev.ecomkit.segment.SegmentException;
import java.util.Locale;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One row of a {@link KolTiers} table (达人分层): a name, a follower range and the content format it is recommended
 * for — head creators do brand live streams, waist creators short videos, amateurs UGC notes (seed 001 §4.2).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class KolTier {

  KolTier() {}

  /**
   * A tier of {@code minFollowers} to {@code maxFollowers} followers, both included.
   *
   * @param name the name, not blank
   * @param minFollowers 0 or more
   * @param maxFollowers at least {@code minFollowers}
   * @param format the recommended content format, not blank
   * @return the tier
   * @throws SegmentException if a value is out of range
   */
  public static KolTier of(String name, long minFollowers, long maxFollowers, String format) {
    return ImmutableKolTier.builder().name(name).minFollowers(minFollowers).maxFollowers(maxFollowers)
        .format(format).build();
  }

  /**
   * A tier of {@code minFollowers} followers or more: the top of a table.
   *
   * @param name the name, not blank
   * @param minFollowers 0 or more
   * @param format the recommended content format, not blank
   * @return the tier
   * @throws SegmentException if a value is out of range
   */
  public static KolTier atLeast(String name, long minFollowers, String format) {
    return ImmutableKolTier.builder().name(name).minFollowers(minFollowers).format(format).build();
  }

  /**
   * The tier's name, e.g. {@code head} (头部).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The fewest followers in the tier.
   *
   * @return 0 or more
   */
  public abstract long minFollowers();

  /**
   * The most followers in the tier, included.
   *
   * @return the bound, or empty for a tier without one
   */
  public abstract OptionalLong maxFollowers();

  /**
   * The content format the tier is recommended for, e.g. "brand live streams".
   *
   * @return the format
   */
  public abstract String format();

  /**
   * Whether a follower count falls in the tier.
   *
   * @param followers the count
   * @return true when {@code minFollowers <= followers <= maxFollowers}
   */
  public boolean contains(long followers) {
    return followers >= minFollowers() && (maxFollowers().isEmpty() || followers <= maxFollowers().getAsLong());
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new SegmentException("name", "a tier's name must not be blank");
    }
    if (format().isBlank()) {
      throw new SegmentException("format", "tier \"" + name() + "\": the format must not be blank; name the content "
          + "the tier is for");
    }
    if (minFollowers() < 0) {
      throw new SegmentException("minFollowers", "tier \"" + name() + "\": minFollowers must be 0 or more, got "
          + minFollowers());
    }
    if (maxFollowers().isPresent() && maxFollowers().getAsLong() < minFollowers()) {
      throw new SegmentException("maxFollowers", "tier \"" + name() + "\": maxFollowers " + maxFollowers().getAsLong()
          + " is below minFollowers " + minFollowers());
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s [%,d, %s]: %s", name(), minFollowers(),
        maxFollowers().isPresent() ? String.format(Locale.ROOT, "%,d", maxFollowers().getAsLong()) : "∞", format());
  }
}
