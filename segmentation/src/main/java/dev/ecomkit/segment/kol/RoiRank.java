package dev.ecomkit.segment.kol;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One line of an {@link RoiRanking}: a piece of content (or a tier, a creator …), its report, its ROI with the
 * interval, and where it stands.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RoiRank {

  /**
   * Where a line stands.
   *
   * @since 0.1
   */
  public enum Standing {
    /** Enough orders to rank: placed by ROI. */
    RANKED,
    /** Too few orders or views to rank (the minimum-sample rule): listed after the ranked lines, flagged. */
    THIN,
    /** No cost, so no ROI: listed last. */
    NO_COST
  }

  RoiRank() {}

  /** @return the content id, or the group's key */
  public abstract String key();

  /** @return its report */
  public abstract FunnelReport report();

  /** @return where it stands */
  public abstract Standing standing();

  /** @return its place among the ranked lines, from 1; empty for thin and cost-free lines */
  public abstract OptionalInt rank();

  /** @return its ROI, empty without cost */
  public Optional<Estimate> roi() {
    return report().roi();
  }

  @Override
  public String toString() {
    long orders = report().count(FunnelStage.Stage.ORDER);
    return (rank().isPresent() ? "#" + rank().getAsInt() : standing()) + " " + key() + " ROI "
        + roi().map(Estimate::toString).orElse("-") + ", " + orders + (orders == 1 ? " order" : " orders");
  }
}
