package dev.ecomkit.risk;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One post, comment or review about the merchant (舆情): where and when it appeared, its text, and optionally the
 * SKU it is about and its author. The rule engine counts mentions by event time ({@link #time()}), not by arrival,
 * and counts a repeated {@link #id()} once.
 *
 * <pre>{@code
 * Mention m = Mention.of("wb-1001", "weibo", Instant.parse("2026-11-11T08:00:00Z"), "吃出了杂质");
 * Mention withSku = Mention.builder().id("dy-7").platform("douyin").time(t).text("假冒产品").sku("TB-01-M-2504").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@RiskStyle
public abstract class Mention {

  /** The longest id, platform, SKU or author. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The longest text: a mention is a post, not a document. */
  public static final int MAX_TEXT_LENGTH = 1 << 20;
  /** The earliest event time: 0001-01-01T00:00:00Z. */
  public static final Instant MIN_TIME = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest event time: 9999-12-31T23:59:59.999Z. */
  public static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999Z");

  Mention() {}

  /**
   * A mention without SKU or author.
   *
   * @param id the post's id on its platform, not blank
   * @param platform the platform, e.g. {@code "weibo"}, not blank
   * @param time when it was posted
   * @param text its text
   * @return the mention
   * @throws RiskException if a field is blank or too long
   */
  public static Mention of(String id, String platform, Instant time, String text) {
    return builder().id(id).platform(platform).time(time).text(text).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The post's id; mentions with the same id count once.
   *
   * @return the id, not blank, at most {@value #MAX_NAME_LENGTH} characters
   */
  public abstract String id();

  /**
   * The platform it appeared on; rules scoped {@link RuleScope#PLATFORM} count each platform apart.
   *
   * @return the platform, not blank, at most {@value #MAX_NAME_LENGTH} characters
   */
  public abstract String platform();

  /**
   * When it was posted: its event time. The engine counts it to the millisecond.
   *
   * @return the time, from {@link #MIN_TIME} to {@link #MAX_TIME}
   */
  public abstract Instant time();

  /**
   * Its text.
   *
   * @return the text, at most {@value #MAX_TEXT_LENGTH} characters
   */
  public abstract String text();

  /**
   * The SKU it is about, if known; rules scoped {@link RuleScope#SKU} count only mentions with one.
   *
   * @return the SKU, or empty
   */
  public abstract Optional<String> sku();

  /**
   * Its author, if known.
   *
   * @return the author, or empty
   */
  public abstract Optional<String> author();

  /** Whether a time lies from {@link #MIN_TIME} to {@link #MAX_TIME}: a mention's, or one the engine is told. */
  static boolean inRange(Instant t) {
    return !t.isBefore(MIN_TIME) && !t.isAfter(MAX_TIME);
  }

  @Value.Check
  void check() {
    name("id", id());
    name("platform", platform());
    sku().ifPresent(s -> name("sku", s));
    author().ifPresent(a -> name("author", a));
    if (!inRange(time())) {
      throw new RiskException("time", "mention \"" + id() + "\": the time " + time() + " is outside the years 1 to "
          + "9999");
    }
    if (text().length() > MAX_TEXT_LENGTH) {
      throw new RiskException("text", "mention \"" + id() + "\": the text has " + text().length()
          + " characters, more than " + MAX_TEXT_LENGTH + "; split long documents into posts");
    }
  }

  private void name(String field, String value) {
    if (value.isBlank() || value.length() > MAX_NAME_LENGTH) {
      throw new RiskException(field, "a mention's " + field + " must be 1 to " + MAX_NAME_LENGTH
          + " characters and not blank, got " + (value.isBlank() ? "a blank one" : value.length() + " characters"));
    }
  }

  /**
   * Builds a {@link Mention}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableMention.Builder {
    Builder() {}
  }
}
