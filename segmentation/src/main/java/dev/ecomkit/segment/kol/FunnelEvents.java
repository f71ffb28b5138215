package dev.ecomkit.segment.kol;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.ecomkit.segment.SegmentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A merchant's conversion event log (转化事件日志), kept in columns: per row a user id, a {@link ConversionEvent}, an
 * event time and the id of the content the user came from; plus a description of each piece of content ({@link
 * ContentStats}: creator, platform, tier, format, cost, publish time, the content-stage counts and the money). {@link
 * ContentFunnel#fromEvents} turns it into funnels.
 *
 * <pre>{@code
 * FunnelEvents log = FunnelEvents.builder()
 *     .content(ContentStats.builder().id("v-001").creator("小鹿").platform("douyin").tier("waist")
 *         .format("short video").cost(8_000).published(t0).views(120_000).gmv(33_600).build())
 *     .add(1001L, ConversionEvent.CLICK, Instant.parse("2026-10-20T12:05:00Z"), "v-001")
 *     .add(1001L, ConversionEvent.ADD_TO_CART, Instant.parse("2026-10-20T12:07:00Z"), "v-001")
 *     .add(1001L, ConversionEvent.ORDER, Instant.parse("2026-10-20T12:09:00Z"), "v-001")
 *     .build();
 * FunnelReport r = ContentFunnel.fromEvents(log, Duration.ofDays(7)).report();
 * }</pre>
 *
 * <p>User ids are longs (a member number, or a 64-bit hash of a string id); times are kept to the millisecond, from
 * −2<sup>60</sup> to 2<sup>60</sup> ms around the epoch (± 36 million years). Every content id in the log must be
 * described, and a description's conversion counts (clicks, add to cart, orders, repurchases) must be 0: the log
 * gives them. A log takes 20 bytes a row; {@link ContentFunnel#fromEvents} takes another 16 bytes a row while it runs,
 * plus 40 to 64 bytes a row of the piece with the most rows.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class FunnelEvents {

  /** The largest time, in ms from the epoch, a row may carry; the smallest is its negative. */
  static final long TIME_LIMIT = 1L << 60;

  private final ImmutableList<ContentStats> contents;
  private final long[] users;
  private final long[] times;
  private final int[] codes; // content index << 2 | event ordinal

  private FunnelEvents(List<ContentStats> contents, long[] users, long[] times, int[] codes) {
    this.contents = ImmutableList.copyOf(contents);
    this.users = users;
    this.times = times;
    this.codes = codes;
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
   * The rows.
   *
   * @return the number of events
   */
  public int size() {
    return users.length;
  }

  /**
   * The described pieces of content, in the order described.
   *
   * @return the descriptions
   */
  public List<ContentStats> contents() {
    return contents;
  }

  long[] users() {
    return users;
  }

  long[] times() {
    return times;
  }

  int[] codes() {
    return codes;
  }

  /**
   * Builds {@link FunnelEvents}: describe the content, then add rows. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private static final int MAX_ROWS = Integer.MAX_VALUE - 16;
    private static final int MAX_CONTENTS = 1 << 29;
    private static final ConversionEvent[] EVENTS = ConversionEvent.values();

    private final List<ContentStats> contents = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> undescribed = new HashMap<>();
    private long[] users = new long[16];
    private long[] times = new long[16];
    private int[] codes = new int[16];
    private int size;

    Builder() {}

    /**
     * Describes a piece of content; rows may name it before or after.
     *
     * @param description its metadata, content-stage counts and money; its conversion counts must be 0
     * @return this builder
     * @throws SegmentException if the id is described twice or the description has conversion counts
     */
    public Builder content(ContentStats description) {
      checkNotNull(description, "description");
      String id = description.id();
      if (index.containsKey(id)) {
        throw new SegmentException("content", "content \"" + id + "\" is described twice");
      }
      if (description.clicks() + description.addToCart() + description.orders() + description.repurchases() != 0) {
        throw new SegmentException("content", "content \"" + id + "\": a description in an event log must have 0 "
            + "clicks, add to cart, orders and repurchases, since the log gives them; got " + description.clicks()
            + ", " + description.addToCart() + ", " + description.orders() + ", " + description.repurchases());
      }
      Integer pending = undescribed.remove(id);
      if (pending == null) {
        room();
      }
      if (pending != null) {
        contents.set(pending, description);
        index.put(id, pending);
      } else {
        index.put(id, contents.size());
        contents.add(description);
      }
      return this;
    }

    /**
     * Adds a row.
     *
     * @param user the user's id
     * @param event what the user did
     * @param time when
     * @param contentId the content the user came from
     * @return this builder
     * @throws SegmentException if the time is out of range
     */
    public Builder add(long user, ConversionEvent event, Instant time, String contentId) {
      checkNotNull(time, "time");
      long ms;
      try {
        ms = time.toEpochMilli();
      } catch (ArithmeticException e) {
        throw new SegmentException("time", "row " + size + ": time " + time + " is out of range");
      }
      return add(user, event, ms, contentId);
    }

    /**
     * Adds a row.
     *
     * @param user the user's id
     * @param event what the user did
     * @param epochMilli when, in ms from the epoch
     * @param contentId the content the user came from
     * @return this builder
     * @throws SegmentException if the time is out of range or the log is full
     */
    public Builder add(long user, ConversionEvent event, long epochMilli, String contentId) {
      checkNotNull(event, "event");
      checkNotNull(contentId, "contentId");
      if (epochMilli > TIME_LIMIT || epochMilli < -TIME_LIMIT) {
        throw new SegmentException("time", "row " + size + ": time " + epochMilli + " ms from the epoch is out of "
            + "range (at most 2^60 either side)");
      }
      if (size == users.length) {
        if (size == MAX_ROWS) {
          throw new SegmentException("events", "an event log holds at most " + MAX_ROWS + " rows");
        }
        int grown = (int) Math.min(MAX_ROWS, size + (long) (size >> 1) + 16);
        users = Arrays.copyOf(users, grown);
        times = Arrays.copyOf(times, grown);
        codes = Arrays.copyOf(codes, grown);
      }
      Integer c = index.get(contentId);
      if (c == null) {
        c = undescribed.get(contentId);
        if (c == null) {
          room();
          c = contents.size();
          contents.add(null);
          undescribed.put(contentId, c);
        }
      }
      users[size] = user;
      times[size] = epochMilli;
      codes[size] = c << 2 | event.ordinal();
      size++;
      return this;
    }

    private void room() {
      if (contents.size() == MAX_CONTENTS) {
        throw new SegmentException("content", "an event log holds at most " + MAX_CONTENTS + " pieces of content");
      }
    }

    /**
     * The log.
     *
     * @return the log
     * @throws SegmentException if a content id in the rows is not described
     */
    public FunnelEvents build() {
      if (!undescribed.isEmpty()) {
        String id = undescribed.keySet().stream().sorted().findFirst().orElseThrow();
        int c = undescribed.get(id);
        int row = 0;
        while ((codes[row] >>> 2) != c) {
          row++;
        }
        throw new SegmentException("content", "row " + row + " (" + EVENTS[codes[row] & 3] + " by user " + users[row]
            + ") names content \"" + id + "\", which is not described; describe every content with "
            + "FunnelEvents.Builder.content(ContentStats)" + (undescribed.size() > 1 ? " (" + undescribed.size()
            + " content ids are not described)" : ""));
      }
      return new FunnelEvents(contents, Arrays.copyOf(users, size), Arrays.copyOf(times, size),
          Arrays.copyOf(codes, size));
    }
  }
}
