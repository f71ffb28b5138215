package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import dev.ecomkit.segment.SegmentException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A table of KOL tiers by followers (达人分层, seed 001 §4.2): every follower count from 0 up falls in exactly one
 * tier, which names the content format it suits.
 *
 * <pre>{@code
 * KolTiers tiers = KolTiers.standard();
 * tiers.classify(250_000);           // waist [100,000, 499,999]: short videos
 * KolTiers mine = KolTiers.fromJson(reader);   // SegmentException naming the gap or overlap
 * }</pre>
 *
 * <p>A table must start at 0 followers, leave no gap between one tier's maximum and the next tier's minimum, let
 * no two tiers overlap, and end with a tier without maximum; the builder and the JSON reader reject any other table
 * naming the follower counts at fault and the tiers around them. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class KolTiers {

  private static final KolTiers STANDARD = builder()
      .add(KolTier.of("nano", 0, 9_999, "UGC reviews and posts (素人)"))
      .add(KolTier.of("amateur", 10_000, 99_999, "UGC notes (种草笔记)"))
      .add(KolTier.of("waist", 100_000, 499_999, "short videos (短视频)"))
      .add(KolTier.of("shoulder", 500_000, 999_999, "short videos and guest live-stream spots"))
      .add(KolTier.atLeast("head", 1_000_000, "brand live streams (品牌直播)"))
      .build();

  private final ImmutableList<KolTier> tiers;
  private final ImmutableRangeMap<Long, KolTier> byFollowers;

  private KolTiers(List<KolTier> sorted) {
    tiers = ImmutableList.copyOf(sorted);
    ImmutableRangeMap.Builder<Long, KolTier> b = ImmutableRangeMap.builder();
    for (KolTier t : sorted) {
      b.put(t.maxFollowers().isPresent() ? Range.closed(t.minFollowers(), t.maxFollowers().getAsLong())
          : Range.atLeast(t.minFollowers()), t);
    }
    byFollowers = b.build();
  }

  /**
   * The handbook's tiers: head ≥ 1,000,000 followers (brand live streams), shoulder 500,000-999,999 (肩部; the text
   * leaves this band unnamed, the industry calls it shoulder), waist 100,000-499,999 (short videos), amateur
   * 10,000-99,999 (UGC notes), nano below 10,000.
   *
   * @return the table
   */
  public static KolTiers standard() {
    return STANDARD;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a table from JSON: {@code {"version": 1, "tiers": [{"name": "nano", "minFollowers": 0, "maxFollowers":
   * 9999, "format": "..."}, …, {"name": "head", "minFollowers": 1000000, "format": "..."}]}}, the top tier without
   * {@code maxFollowers}. The reader is not closed.
   *
   * @param reader the JSON
   * @return the table
   * @throws SegmentException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static KolTiers fromJson(Reader reader) {
    return KolJson.readTiers(KolJson.parse(checkNotNull(reader, "reader")));
  }

  /**
   * Reads a table from a JSON string (format at {@link #fromJson(Reader)}).
   *
   * @param json the JSON
   * @return the table
   * @throws SegmentException naming the JSON path of the first problem
   */
  public static KolTiers fromJson(String json) {
    return KolJson.readTiers(KolJson.parse(checkNotNull(json, "json")));
  }

  /**
   * The table as JSON that {@link #fromJson(String)} reads back to an equal table.
   *
   * @return the JSON, pretty-printed
   */
  public String toJson() {
    return KolJson.write(this);
  }

  /**
   * The tier of a follower count.
   *
   * @param followers 0 or more
   * @return the one tier it falls in
   * @throws SegmentException if the count is negative
   */
  public KolTier classify(long followers) {
    if (followers < 0) {
      throw new SegmentException("followers", "a follower count must be 0 or more, got " + followers);
    }
    return byFollowers.get(followers); // never null: the table covers [0, ∞)
  }

  /**
   * The tiers, from the fewest followers up.
   *
   * @return the tiers
   */
  public List<KolTier> tiers() {
    return tiers;
  }

  /**
   * The tier with a name.
   *
   * @param name the name
   * @return the tier, or empty
   */
  public Optional<KolTier> tier(String name) {
    checkNotNull(name, "name");
    return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KolTiers && ((KolTiers) o).tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  @Override
  public String toString() {
    return "KolTiers" + tiers;
  }

  /**
   * Collects tiers, in any order, for a {@link KolTiers}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<KolTier> tiers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a tier.
     *
     * @param tier the tier
     * @return this builder
     */
    public Builder add(KolTier tier) {
      tiers.add(checkNotNull(tier, "tier"));
      return this;
    }

    /**
     * The table.
     *
     * @return a new table
     * @throws SegmentException naming the gap, overlap or duplicate name, if the tiers do not cover every follower
     *     count from 0 up exactly once
     */
    public KolTiers build() {
      if (tiers.isEmpty()) {
        throw new SegmentException("tiers", "a tier table needs at least one tier, from 0 followers up");
      }
      Set<String> names = new HashSet<>();
      for (KolTier t : tiers) {
        if (!names.add(t.name())) {
          throw new SegmentException("tiers", "tier \"" + t.name() + "\" is given twice; names must be unique");
        }
      }
      List<KolTier> sorted = new ArrayList<>(tiers);
      sorted.sort(Comparator.comparingLong(KolTier::minFollowers));
      if (sorted.get(0).minFollowers() > 0) {
        throw new SegmentException("tiers", String.format(Locale.ROOT, "followers 0 to %,d fall in no tier: the "
            + "lowest tier, \"%s\", starts at %,d; start one at 0", sorted.get(0).minFollowers() - 1,
            sorted.get(0).name(), sorted.get(0).minFollowers()));
      }
      for (int i = 1; i < sorted.size(); i++) {
        KolTier below = sorted.get(i - 1);
        KolTier above = sorted.get(i);
        if (below.maxFollowers().isEmpty()) {
          throw new SegmentException("tiers", String.format(Locale.ROOT, "tiers \"%s\" and \"%s\" overlap from "
              + "%,d followers up: \"%s\" has no maximum", below.name(), above.name(), above.minFollowers(),
              below.name()));
        }
        long max = below.maxFollowers().getAsLong();
        if (above.minFollowers() > max + 1) {
          throw new SegmentException("tiers", String.format(Locale.ROOT, "followers %,d to %,d fall in no tier: a "
              + "gap between \"%s\" and \"%s\"", max + 1, above.minFollowers() - 1, below.name(), above.name()));
        }
        if (above.minFollowers() <= max) {
          long end = above.maxFollowers().isPresent() ? Math.min(max, above.maxFollowers().getAsLong()) : max;
          throw new SegmentException("tiers", String.format(Locale.ROOT, "followers %,d to %,d are in both \"%s\" "
              + "and \"%s\": tiers must not overlap", above.minFollowers(), end, below.name(), above.name()));
        }
      }
      KolTier top = sorted.get(sorted.size() - 1);
      if (top.maxFollowers().isPresent()) {
        throw new SegmentException("tiers", String.format(Locale.ROOT, "followers above %,d fall in no tier: the "
            + "top tier, \"%s\", needs no maximum", top.maxFollowers().getAsLong(), top.name()));
      }
      return new KolTiers(sorted);
    }
  }
}
