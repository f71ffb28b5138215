package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch expectation's interpolants against the series of the single-customer call, customer by customer, over
 * models and horizons where the series behaves very differently.
 */
class BracketTableTest {

  private static final BgNbd[] MODELS = {
    BgNbdTest.CDNOW, BgNbd.of(1.2, 3, 1.7, 4), BgNbd.of(0.5, 10, 1, 0.7), BgNbd.of(2, 0.5, 40, 80),
    BgNbd.of(0.05, 200, 0.3, 0.2)
  };

  @Test
  void theBatchAgreesWithTheSeriesForEveryCustomer() {
    double[][] sim = BgNbdTest.simulate(60_000, 0.243, 4.414, 0.793, 2.426, 11, 0.001, 78);
    double[] x = sim[0];
    double[] tx = sim[1];
    double[] bigT = sim[2];
    for (BgNbd model : MODELS) {
      for (double t : new double[] {1e-9, 0.01, 1, 39, 520, 5200}) {
        double[] batch = model.expectedPurchases(t, x, tx, bigT);
        // far horizons need thousands of terms a customer in the single call: check a sample of them
        for (int k = 0; k < x.length; k += t > 100 ? 17 : 1) {
          int i = k;
          double single = model.expectedPurchases(t, x[i], tx[i], bigT[i]);
          assertEquals(single, batch[i], 1e-12 * single, () -> model + " t " + t + " customer " + x[i] + " "
              + tx[i] + " " + bigT[i]);
        }
      }
    }
  }

  @Test
  void piecesAreInterpolatedWhereTheyCanBe() {
    // the batch test above would pass with every piece refused: here each model and horizon must interpolate, and
    // every customer's bracket must be the series' to 1e-13
    SplittableRandom random = new SplittableRandom(5);
    int n = 10_000;
    for (BgNbd model : MODELS) {
      for (double t : new double[] {1e-9, 0.01, 1, 39, 520, 5200}) {
        BracketTable table = new BracketTable(model);
        double[] z = new double[n];
        double[] y = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
          double bigT = 1 + 77 * random.nextDouble();
          double inv = 1 / (model.alpha() + bigT + t);
          z[i] = t * inv;
          y[i] = (model.alpha() + bigT) * inv;
          x[i] = random.nextInt(3);
          table.count(x[i], y[i]);
        }
        for (int i = 0; i < n; i++) {
          double want = model.bracketAt(x[i], z[i], BgNbd.lnOneMinus(z[i], y[i]));
          // B < 0 where a + b − 1 < 0 (the last model): the expectation's factor a + b + x − 1 is negative too
          assertEquals(want, table.bracket(x[i], z[i], y[i]), 1e-13 * Math.abs(want), model + " t " + t);
        }
        assertTrue(table.interpolated > 0, model + " t " + t);
        assertEquals(0, table.refused, model + " t " + t);
      }
    }
  }

  @Test
  void nearTheSingularityPiecesStillPassTheirCheck() {
    // a < 1, so B grows like y^(a−1) as y → 0: pieces around y = 1e-4 (binade 13) are still 16 widths from it
    BgNbd model = BgNbd.of(0.5, 0.5, 0.3, 2);
    BracketTable table = new BracketTable(model);
    SplittableRandom random = new SplittableRandom(8);
    int n = 3_000;
    double t = 1e4;
    double[] z = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double bigT = 0.5 + random.nextDouble();
      double inv = 1 / (0.5 + bigT + t);
      z[i] = t * inv;
      y[i] = (0.5 + bigT) * inv;
      table.count(1, y[i]);
    }
    for (int i = 0; i < n; i += 10) {
      double want = model.bracketAt(1, z[i], BgNbd.lnOneMinus(z[i], y[i]));
      assertEquals(want, table.bracket(1, z[i], y[i]), 1e-13 * want);
    }
    assertTrue(table.interpolated > 0, "interpolated " + table.interpolated);
    assertEquals(0, table.refused);
  }

  @Test
  void aPieceIsItsBinadeSixteenth() {
    for (double y : new double[] {0.5, 0.75, 0.999, 0.3, 0.2500001, 1e-9, Math.scalb(1.0, -32) * 1.5, 0.25,
        Math.scalb(1.0, -20), Math.nextDown(0.5), Math.nextDown(1.0)}) {
      int p = BracketTable.piece(y);
      double s = BracketTable.local(y);
      assertTrue(s >= -1 && s < 1, y + " at " + s);
      assertEquals(y, BracketTable.at(s, p), 0, "the round trip is exact");
    }
    // a power of two starts its piece; the end of one piece is the start of the next
    assertEquals(-1, BracketTable.local(0.25), 0);
    assertEquals(BracketTable.at(1, 20), BracketTable.at(-1, 21), 0);
    assertEquals(BracketTable.at(1, 31), BracketTable.at(-1, 0), 0);
    assertEquals(-1, BracketTable.piece(1.0));
    assertEquals(-1, BracketTable.piece(Math.scalb(1.0, -40)));
    assertEquals(0, BracketTable.piece(0.5));
    assertEquals(15, BracketTable.piece(0.99));
    assertEquals(16, BracketTable.piece(0.26));
    assertEquals(31, BracketTable.piece(0.49));
  }

  @Test
  void anXIsCountedFromItsTwentyFourthCustomer() {
    BracketTable table = new BracketTable(BgNbdTest.CDNOW);
    for (int i = 0; i < BracketTable.MIN_CUSTOMERS - 1; i++) {
      table.count(7, 0.6); // one piece, but too few customers in the x to count pieces
    }
    double z = 0.4;
    double y = 0.6;
    double series = BgNbdTest.CDNOW.bracketAt(7, z, BgNbd.lnOneMinus(z, y));
    assertEquals(series, table.bracket(7, z, y), 0);
    table.count(5_000, 0.6); // beyond the table's x: always the series
    assertEquals(BgNbdTest.CDNOW.bracketAt(5_000, z, BgNbd.lnOneMinus(z, y)), table.bracket(5_000, z, y), 0);
    assertEquals(0, table.interpolated + table.refused);
  }

  @Test
  void smallBatchesTakeTheSeries() {
    double[] x = {0, 1, 2};
    double[] tx = {0, 3, 5};
    double[] bigT = {10, 20, 30};
    double[] batch = BgNbdTest.CDNOW.expectedPurchases(39, x, tx, bigT);
    for (int i = 0; i < 3; i++) {
      assertEquals(BgNbdTest.CDNOW.expectedPurchases(39, x[i], tx[i], bigT[i]), batch[i], 0);
    }
  }
}
