package dev.ecomkit.bench.segment;

import dev.ecomkit.segment.SegmentTable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The reference: RFM as a developer writes it first with streams. {@code Collectors.groupingBy} the customer into a
 * {@code double[]} of last day, purchases and amount in cents (refunds subtracted, not counted); then each dimension ranked by
 * sorting boxed indices with a comparator, scores {@code 1 + ⌊5·(rank of the first equal value)/N⌋} (the same tie rule
 * as ecomkit, so the outputs agree), and the segment looked up in {@link SegmentTable#standard()}.
 */
final class GroupingByRfm {

  /** One transaction, as the object input. */
  record Transaction(long customer, int epochDay, double amount) {}

  /** The result: per customer, in no particular order. */
  record Scored(long[] customers, int[] r, int[] f, int[] m, String[] segment) {}

  private GroupingByRfm() {}

  static Scored score(List<Transaction> transactions, int asOf) {
    Map<Long, double[]> byCustomer = transactions.stream().collect(Collectors.groupingBy(Transaction::customer,
        Collector.of(() -> new double[] {Double.NEGATIVE_INFINITY, 0, 0}, (acc, t) -> {
          if (t.amount() >= 0) {
            acc[0] = Math.max(acc[0], t.epochDay());
            acc[1]++;
          }
          acc[2] += Math.round(t.amount() * 100); // cents, so equal totals tie exactly
        }, (a, b) -> {
          a[0] = Math.max(a[0], b[0]);
          a[1] += b[1];
          a[2] += b[2];
          return a;
        })));
    long[] ids = byCustomer.entrySet().stream().filter(e -> e.getValue()[1] > 0).mapToLong(Map.Entry::getKey)
        .toArray();
    int n = ids.length;
    double[] recency = new double[n];
    double[] frequency = new double[n];
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      double[] acc = byCustomer.get(ids[i]);
      recency[i] = -(asOf - acc[0]); // higher is better
      frequency[i] = acc[1];
      monetary[i] = acc[2];
    }
    int[] r = ranks(recency);
    int[] f = ranks(frequency);
    int[] m = ranks(monetary);
    SegmentTable table = SegmentTable.standard();
    String[] segment = new String[n];
    for (int i = 0; i < n; i++) {
      segment[i] = table.segmentOf(r[i], f[i], m[i]);
    }
    return new Scored(ids, r, f, m, segment);
  }

  private static int[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    int[] score = new int[n];
    int start = 0;
    for (int k = 1; k <= n; k++) {
      if (k == n || values[order[k]] != values[order[start]]) {
        for (int j = start; j < k; j++) {
          score[order[j]] = 1 + (int) (5L * start / n);
        }
        start = k;
      }
    }
    return score;
  }
}
