package dev.ecomkit.segment.kol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The event funnel against a model written from the definition: a user reaches depth d when some rows, in (time,
 * step) order, are a click, an add to cart, an order and a second order (the first d of them), the last at most the
 * window after the click, identical rows taken once. Found by trying every choice of rows.
 */
class FunnelEventsPropertyTest {

  private static final Instant T = Instant.parse("2026-10-20T12:00:00Z");

  record Row(long user, ConversionEvent event, long time, String content) {}

  static List<Row> randomRows(long seed, int rows, int users, int contents, int spread) {
    Random random = new Random(seed);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      // steps weighted so deep chains happen
      int e = random.nextInt(10);
      ConversionEvent event = e < 4 ? ConversionEvent.CLICK : e < 7 ? ConversionEvent.ADD_TO_CART
          : ConversionEvent.ORDER;
      out.add(new Row(random.nextInt(users) * 1_000_003L - 500, event, random.nextInt(spread) - spread / 3,
          "c" + random.nextInt(contents)));
    }
    return out;
  }

  static FunnelEvents log(List<Row> rows, int contents) {
    FunnelEvents.Builder b = FunnelEvents.builder();
    for (int c = 0; c < contents; c++) {
      b.content(FunnelEventsTest.describe("c" + c, 1_000_000));
    }
    for (Row r : rows) {
      b.add(r.user(), r.event(), r.time(), r.content());
    }
    return b.build();
  }

  /** Model: counts[content][depth − 1] by exhaustive search. */
  static long[][] model(List<Row> rows, int contents, long window) {
    long[][] counts = new long[contents][4];
    rows.stream().map(r -> r.content() + "/" + r.user()).distinct().forEach(key -> {
      List<Row> mine = new ArrayList<>();
      for (Row r : rows) {
        if ((r.content() + "/" + r.user()).equals(key)) {
          mine.add(r);
        }
      }
      mine = new ArrayList<>(new java.util.LinkedHashSet<>(mine)); // identical rows are one row
      mine.sort(Comparator.comparingLong(Row::time).thenComparing(Row::event));
      int depth = 0;
      for (int d = 4; d >= 1 && depth == 0; d--) {
        if (reaches(mine, d, window)) {
          depth = d;
        }
      }
      int c = Integer.parseInt(mine.get(0).content().substring(1));
      for (int d = 0; d < depth; d++) {
        counts[c][d]++;
      }
    });
    return counts;
  }

  private static final ConversionEvent[] CHAIN = {ConversionEvent.CLICK, ConversionEvent.ADD_TO_CART,
      ConversionEvent.ORDER, ConversionEvent.ORDER};

  private static boolean reaches(List<Row> rows, int depth, long window) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).event() == ConversionEvent.CLICK && extend(rows, i + 1, 1, depth, rows.get(i).time(), window)) {
        return true;
      }
    }
    return false;
  }

  private static boolean extend(List<Row> rows, int from, int step, int depth, long start, long window) {
    if (step == depth) {
      return true;
    }
    for (int i = from; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.event() == CHAIN[step] && r.time() - start <= window && extend(rows, i + 1, step + 1, depth, start,
          window)) {
        return true;
      }
    }
    return false;
  }

  static long[][] ours(FunnelEvents log, long window) {
    List<ContentStats> out = ContentFunnel.fromEvents(log, Duration.ofMillis(window)).contents();
    long[][] counts = new long[out.size()][];
    for (int c = 0; c < counts.length; c++) {
      ContentStats s = out.get(c);
      counts[c] = new long[] {s.clicks(), s.addToCart(), s.orders(), s.repurchases()};
    }
    return counts;
  }

  @Property(tries = 300)
  void matchesTheModel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 120) int rows,
      @ForAll @IntRange(min = 1, max = 6) int users, @ForAll @IntRange(min = 1, max = 3) int contents,
      @ForAll @LongRange(min = 0, max = 40) long window) {
    List<Row> log = randomRows(seed, rows, users, contents, 60);
    long[][] expected = model(log, contents, window);
    long[][] actual = ours(log(log, contents), window);
    for (int c = 0; c < contents; c++) {
      assertEquals(List.of(expected[c][0], expected[c][1], expected[c][2], expected[c][3]),
          List.of(actual[c][0], actual[c][1], actual[c][2], actual[c][3]), "content c" + c);
    }
  }

  @Property(tries = 100)
  void rowOrderDoesNotMatterAndCountsShrinkDownTheFunnel(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3_000) int rows, @ForAll @IntRange(min = 1, max = 400) int users,
      @ForAll @IntRange(min = 1, max = 8) int contents, @ForAll @LongRange(min = 0, max = 500) long window) {
    List<Row> log = randomRows(seed, rows, users, contents, 2_000);
    long[][] first = ours(log(log, contents), window);
    List<Row> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
    long[][] second = ours(log(shuffled, contents), window);
    long total = 0;
    for (int c = 0; c < contents; c++) {
      assertEquals(List.of(first[c][0], first[c][1], first[c][2], first[c][3]),
          List.of(second[c][0], second[c][1], second[c][2], second[c][3]));
      for (int d = 1; d < 4; d++) {
        assertEquals(true, first[c][d] <= first[c][d - 1]);
      }
      total += first[c][0];
    }
    long clickers = log.stream().filter(r -> r.event() == ConversionEvent.CLICK)
        .map(r -> r.content() + "/" + r.user()).distinct().count();
    assertEquals(clickers, total); // every (content, user) with a click counts once at the click
  }
}
