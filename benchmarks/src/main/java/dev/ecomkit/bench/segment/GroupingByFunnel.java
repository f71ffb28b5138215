package dev.ecomkit.bench.segment;

import dev.ecomkit.segment.kol.ConversionEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference: the event funnel as a developer writes it first with streams. {@code Collectors.groupingBy} the
 * content, then the user, into lists of event objects; each list sorted by (time, step) with a comparator and walked
 * with the same greedy pass as ecomkit (ClickHouse's {@code windowFunnel}), so the outputs agree.
 */
final class GroupingByFunnel {

  /** One row of the log, as the object input. */
  record Event(long user, ConversionEvent event, long time, String content) {}

  private static final Comparator<Event> ORDER = Comparator.comparingLong(Event::time).thenComparing(Event::event);

  private GroupingByFunnel() {}

  /** Per content id: users reaching at least click, add to cart, order, repurchase. */
  static Map<String, long[]> count(List<Event> events, long window) {
    Map<String, Map<Long, List<Event>>> groups = events.stream()
        .collect(Collectors.groupingBy(Event::content, Collectors.groupingBy(Event::user)));
    Map<String, long[]> out = new TreeMap<>();
    groups.forEach((content, byUser) -> {
      long[] counts = new long[4];
      for (List<Event> mine : byUser.values()) {
        mine.sort(ORDER);
        int depth = depth(mine, window);
        for (int d = 0; d < depth; d++) {
          counts[d]++;
        }
      }
      out.put(content, counts);
    });
    return out;
  }

  private static int depth(List<Event> rows, long window) {
    Long clicked = null;
    Long carted = null;
    Long ordered = null;
    Long repurchased = null;
    Event last = null;
    for (Event e : rows) {
      if (last != null && last.time() == e.time() && last.event() == e.event()) {
        continue; // identical rows are one row, as in ecomkit
      }
      last = e;
      long t = e.time();
      switch (e.event()) {
        case CLICK -> clicked = t;
        case ADD_TO_CART -> {
          if (clicked != null && t - clicked <= window) {
            carted = clicked;
          }
        }
        case ORDER -> {
          if (ordered != null && t - ordered <= window) {
            repurchased = ordered;
          }
          if (carted != null && t - carted <= window) {
            ordered = carted;
          }
        }
        default -> throw new IllegalStateException(e.toString());
      }
    }
    return repurchased != null ? 4 : ordered != null ? 3 : carted != null ? 2 : clicked != null ? 1 : 0;
  }
}
