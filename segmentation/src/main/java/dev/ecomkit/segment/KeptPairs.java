package dev.ecomkit.segment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The distinct purchase days and orders an {@link RfmAggregate} keeps when asked to ({@link Frequency#PURCHASE_DAYS},
 * {@link Frequency#ORDERS}): a {@link PairSet} each, keyed by the customer's position. Only purchases (amount at least
 * 0) are recorded: a refund is not a purchase day and does not make an order count.
 *
 * <p>Not thread-safe.
 */
final class KeptPairs {

  /** Null unless kept. */
  final PairSet days;
  final PairSet orders;

  KeptPairs(Set<Frequency> kept) {
    days = kept.contains(Frequency.PURCHASE_DAYS) ? new PairSet() : null;
    orders = kept.contains(Frequency.ORDERS) ? new PairSet() : null;
  }

  Set<Frequency> kept() {
    EnumSet<Frequency> set = EnumSet.of(Frequency.PURCHASES);
    if (days != null) {
      set.add(Frequency.PURCHASE_DAYS);
    }
    if (orders != null) {
      set.add(Frequency.ORDERS);
    }
    return set;
  }

  boolean any() {
    return days != null || orders != null;
  }

  /** Throws, before anything changes, if {@code pairs} more pairs might not fit in a set. */
  void checkRoom(long pairs) {
    if (days != null) {
      days.checkRoom(pairs);
    }
    if (orders != null) {
      orders.checkRoom(pairs);
    }
  }

  /** Records a purchase; {@link #checkRoom} first, so that this cannot fail. */
  void record(int position, int day, long order) {
    if (days != null) {
      days.add(position, day);
    }
    if (orders != null) {
      orders.add(position, order);
    }
  }

  /**
   * Adds the pairs of {@code other}, its position {@code p} being this aggregate's {@code map[p]}; the caller has
   * {@link #checkRoom checked the room} before changing anything.
   */
  void merge(KeptPairs other, int[] map) {
    if (days != null) {
      other.days.forEach((p, v) -> days.add(map[p], v));
    }
    if (orders != null) {
      other.orders.forEach((p, v) -> orders.add(map[p], v));
    }
  }

  /** Whether every pair of {@code other} is here (under {@code map}) and the sizes agree. */
  boolean sameAs(KeptPairs other, int[] map) {
    return same(days, other.days, map) && same(orders, other.orders, map);
  }

  private static boolean same(PairSet mine, PairSet theirs, int[] map) {
    if (mine == null || theirs == null) {
      return mine == theirs;
    }
    if (mine.size() != theirs.size()) {
      return false;
    }
    boolean[] all = {true};
    theirs.forEach((p, v) -> all[0] &= mine.contains(map[p], v));
    return all[0];
  }

  /** The frequency of each position under {@code basis}; null for {@link Frequency#PURCHASES}. */
  int[] counts(Frequency basis, int positions) {
    switch (basis) {
      case PURCHASE_DAYS:
        return days.counts(positions);
      case ORDERS:
        return orders.counts(positions);
      default:
        return null;
    }
  }

  /** Adds a kept day ({@code days}) or order of the customer at {@code position}, read back; false if it was there. */
  boolean restore(boolean days, int position, long value) {
    return (days ? this.days : orders).add(position, value);
  }

  /**
   * Why the kept pairs do not fit the totals of {@code a} — a customer with purchases but no day or order, a day
   * outside its first-to-last range, more days or orders than purchases — or null if they fit.
   */
  String inconsistency(RfmAggregate a) {
    for (PairSet set : new PairSet[] {days, orders}) {
      if (set != null) {
        int[] counts = set.counts(a.size());
        for (int i = 0; i < a.size(); i++) {
          int purchases = a.purchases(i);
          if ((purchases > 0) != (counts[i] > 0) || counts[i] > purchases) {
            return "customer " + a.idString(i) + " has " + purchases + " purchases but " + counts[i] + " distinct "
                + (set == days ? "days" : "orders");
          }
        }
      }
    }
    if (days != null) {
      String[] problem = {null};
      days.forEach((p, day) -> {
        if (problem[0] == null && (day < a.firstDay(p) || day > a.lastDay(p))) {
          problem[0] = "customer " + a.idString(p) + " has a purchase day " + LocalDate.ofEpochDay(day) + " outside "
              + LocalDate.ofEpochDay(a.firstDay(p)) + " to " + LocalDate.ofEpochDay(a.lastDay(p));
        }
      });
      return problem[0];
    }
    return null;
  }

  int hash() {
    return (days == null ? 0 : 31 * days.size() + 1) ^ (orders == null ? 0 : 961 * orders.size() + 2);
  }
}
