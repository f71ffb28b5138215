package dev.ecomkit.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One mention an {@link Alert} rests on (证据): which post, where, when, and which of the rule's keywords it held.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Evidence {

  Evidence() {}

  static Evidence of(Mention m, List<String> keywords) {
    return ImmutableEvidence.builder().mentionId(m.id()).platform(m.platform()).sku(m.sku()).time(m.time())
        .addAllKeywords(keywords).build();
  }

  /**
   * The mention's id ({@link Mention#id()}).
   *
   * @return the id
   */
  public abstract String mentionId();

  /**
   * The mention's platform.
   *
   * @return the platform
   */
  public abstract String platform();

  /**
   * The mention's SKU, if it had one.
   *
   * @return the SKU, or empty
   */
  public abstract Optional<String> sku();

  /**
   * The mention's event time, as given.
   *
   * @return the time
   */
  public abstract Instant time();

  /**
   * The rule's keywords the mention held outside the rule's allowed phrases, each once, in the order they were found.
   *
   * @return at least one keyword
   */
  public abstract List<String> keywords();

  @Override
  public String toString() {
    return mentionId() + "@" + platform() + " " + time() + " " + keywords();
  }
}
