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
    // many customers share each x and spread over z = 0.3-0.9: the table interpolates, and every piece it builds
    // has passed its check (the agreement above); near y = 0 pieces are still 16 widths away, so none is refused
    SplittableRandom random = new SplittableRandom(5);
    BracketTable table = new BracketTable(BgNbdTest.CDNOW);
    int n = 400_000;
    double[] z = new double[n];
    double[] y = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double bigT = 1 + 77 * random.nextDouble();
      double inv = 1 / (4.414 + bigT + 39);
      z[i] = 39 * inv;
      y[i] = (4.414 + bigT) * inv;
      x[i] = random.nextInt(4);
      table.count(x[i], y[i]);
    }
    for (int i = 0; i < n; i++) {
      double want = BgNbdTest.CDNOW.bracketAt(x[i], z[i], BgNbd.lnOneMinus(z[i], y[i]));
      assertEquals(want, table.bracket(x[i], z[i], y[i]), 1e-13 * want);
    }
    assertTrue(table.interpolated >= 4 * 30, "interpolated " + table.interpolated);
    assertEquals(0, table.refused);
  }

  @Test
  void aPieceIsItsBinadeSixteenth() {
    for (double y : new double[] {0.5, 0.75, 0.999, 0.3, 0.2500001, 1e-9, Math.scalb(1.0, -32) * 1.5}) {
      int p = BracketTable.piece(y);
      double s = BracketTable.local(y);
      assertTrue(s >= -1 && s <= 1, y + " at " + s);
      assertEquals(y, BracketTable.at(s, p), Math.ulp(y) * 4);
    }
    assertEquals(-1, BracketTable.piece(1.0));
    assertEquals(-1, BracketTable.piece(Math.scalb(1.0, -40)));
    assertEquals(0, BracketTable.piece(0.5));
    assertEquals(15, BracketTable.piece(0.99));
    assertEquals(16, BracketTable.piece(0.26));
    assertEquals(31, BracketTable.piece(0.49));
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
