package dev.ecomkit.bench.segment;

import dev.ecomkit.segment.kol.ContentFunnel;
import dev.ecomkit.segment.kol.ContentStats;
import dev.ecomkit.segment.kol.ConversionEvent;
import dev.ecomkit.segment.kol.FunnelEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The conversion funnel of an event log of ten million rows, one thread, time per run:
 *
 * <ul>
 *   <li>{@code fromEvents_ecomkit}: {@code ContentFunnel.fromEvents(log, 7 days)} over a built {@link FunnelEvents}.
 *       Target: at most 2 s.
 *   <li>{@code fromObjects_ecomkit}: the same from a list of event objects: the log built row by row, then
 *       {@code fromEvents}.
 *   <li>{@code fromObjects_groupingBy}: {@link GroupingByFunnel}, {@code Collectors.groupingBy} content then user,
 *       each user's events sorted with a comparator, the version a developer writes first.
 * </ul>
 *
 * <p>Data from a fixed seed: 2,000 pieces of content, 3,000,000 users, sessions over 30 days — a click (sometimes two),
 * then an add to cart (30 %), an order (40 % of those), a second order (15 % of those), at random delays of up to
 * two days, 5 % of the steps out of order — until ten million rows, shuffled. Set-up checks that ecomkit and the
 * reference give every content the same counts. The heap is set to 8 GB for the ten million objects.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ecomkit.bench.RatioTable FunnelBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class FunnelBenchmark {

  static final int ROWS = 10_000_000;
  static final int CONTENTS = 2_000;
  static final int USERS = 3_000_000;
  static final Duration WINDOW = Duration.ofDays(7);
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  private List<ContentStats> descriptions;
  private List<GroupingByFunnel.Event> objects;
  private FunnelEvents log;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261128);
    String[] ids = new String[CONTENTS];
    descriptions = new ArrayList<>(CONTENTS);
    for (int c = 0; c < CONTENTS; c++) {
      ids[c] = "content-" + c;
      descriptions.add(ContentStats.builder().id(ids[c]).creator("creator-" + c % 300).platform("p" + c % 3)
          .tier("tier-" + c % 5).format("short video").published(START).cost(1_000).views(10_000_000).build());
    }
    objects = new ArrayList<>(ROWS + 8);
    long start = START.toEpochMilli();
    long day = Duration.ofDays(1).toMillis();
    while (objects.size() < ROWS) {
      long user = 1_000_000_000L + random.nextInt(USERS) * 7919L;
      String content = ids[random.nextInt(CONTENTS)];
      long t = start + random.nextLong(30 * day);
      int clicks = random.nextInt(4) == 0 ? 2 : 1;
      for (int i = 0; i < clicks; i++) {
        objects.add(new GroupingByFunnel.Event(user, ConversionEvent.CLICK, t + i * random.nextLong(day), content));
      }
      ConversionEvent[] steps = {ConversionEvent.ADD_TO_CART, ConversionEvent.ORDER, ConversionEvent.ORDER};
      double[] odds = {0.30, 0.40, 0.15};
      long at = t;
      for (int s = 0; s < steps.length && random.nextDouble() < odds[s]; s++) {
        at += random.nextDouble() < 0.05 ? -random.nextLong(day) : random.nextLong(2 * day);
        objects.add(new GroupingByFunnel.Event(user, steps[s], at, content));
      }
    }
    while (objects.size() > ROWS) {
      objects.remove(objects.size() - 1);
    }
    Collections.shuffle(objects, new java.util.Random(7));
    log = build();
    Map<String, long[]> theirs = fromObjects_groupingBy();
    List<ContentStats> ours = fromEvents_ecomkit().contents();
    for (ContentStats s : ours) {
      long[] t = theirs.getOrDefault(s.id(), new long[4]);
      if (s.clicks() != t[0] || s.addToCart() != t[1] || s.orders() != t[2] || s.repurchases() != t[3]) {
        throw new IllegalStateException(s.id() + " differs from the reference: " + s + " vs " + t[0] + " " + t[1]
            + " " + t[2] + " " + t[3]);
      }
    }
  }

  private FunnelEvents build() {
    FunnelEvents.Builder b = FunnelEvents.builder();
    descriptions.forEach(b::content);
    for (GroupingByFunnel.Event e : objects) {
      b.add(e.user(), e.event(), e.time(), e.content());
    }
    return b.build();
  }

  @Benchmark
  public ContentFunnel fromEvents_ecomkit() {
    return ContentFunnel.fromEvents(log, WINDOW);
  }

  @Benchmark
  public ContentFunnel fromObjects_ecomkit() {
    return ContentFunnel.fromEvents(build(), WINDOW);
  }

  @Benchmark
  public Map<String, long[]> fromObjects_groupingBy() {
    return GroupingByFunnel.count(objects, WINDOW.toMillis());
  }
}
