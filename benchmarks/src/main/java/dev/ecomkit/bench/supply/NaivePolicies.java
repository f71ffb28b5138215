package dev.ecomkit.bench.supply;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The reference a developer writes first: one object per SKU, Commons Math's {@link NormalDistribution} for the
 * quantile, and Commons Math's {@link BrentSolver} on the standard normal loss function for a fill rate. Same
 * formulas as {@code SkuBatch} (continuous review, backorders; the exact fill-rate form
 * {@code σ_L·[L(k) − L(k + Q/σ_L)] = (1 − β)·Q}, solved on {@code [−40, 40]}). The distributions are built without
 * a random generator ({@code null}), which Commons Math would otherwise seed for every SKU at a cost of
 * microseconds: the reference is naive in shape, not needlessly slow.
 */
final class NaivePolicies {

  private NaivePolicies() {}

  /** One SKU's inputs, as a developer would model them. */
  static final class Sku {
    final double demandMean;
    final double demandSd;
    final double leadTime;
    final double leadTimeSd;

    Sku(double demandMean, double demandSd, double leadTime, double leadTimeSd) {
      this.demandMean = demandMean;
      this.demandSd = demandSd;
      this.leadTime = leadTime;
      this.leadTimeSd = leadTimeSd;
    }

    double leadTimeDemandMean() {
      return demandMean * leadTime;
    }

    double leadTimeDemandSd() {
      return Math.sqrt(leadTime * demandSd * demandSd + demandMean * demandMean * leadTimeSd * leadTimeSd);
    }
  }

  /** One SKU's answer: reorder point and safety stock, or for (s, S) the reorder point and {@code S − s}. */
  static final class Policy {
    final double reorderPoint;
    final double safetyStock;

    Policy(double reorderPoint, double safetyStock) {
      this.reorderPoint = reorderPoint;
      this.safetyStock = safetyStock;
    }
  }

  static Policy forCycleServiceLevel(Sku sku, double alpha) {
    NormalDistribution leadTimeDemand = new NormalDistribution(null, sku.leadTimeDemandMean(), sku.leadTimeDemandSd(),
        NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    double r = leadTimeDemand.inverseCumulativeProbability(alpha);
    return new Policy(r, r - sku.leadTimeDemandMean());
  }

  static Policy forFillRate(Sku sku, double beta, double orderQuantity) {
    NormalDistribution standard = new NormalDistribution(null, 0, 1,
        NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    double sigma = sku.leadTimeDemandSd();
    double target = (1 - beta) * orderQuantity / sigma;
    double q = orderQuantity / sigma;
    UnivariateFunction loss = z -> standard.density(z) - z * (1 - standard.cumulativeProbability(z));
    BrentSolver solver = new BrentSolver(1e-13, 1e-15);
    double k = solver.solve(500, z -> loss.value(z) - loss.value(z + q) - target, -40, 40);
    double ss = k * sigma;
    return new Policy(sku.leadTimeDemandMean() + ss, ss);
  }

  /**
   * (s, S) by the power approximation (Ehrhardt &amp; Mosier 1984; Snyder &amp; Shen eqs. 4.77-4.80), demand over
   * {@code L + 1} periods, as a developer transcribes it from the book.
   */
  static Policy powerApproximation(Sku sku, double h, double p, double k) {
    double mu = sku.demandMean;
    double sigma = sku.demandSd;
    double periods = sku.leadTime + 1;
    double muL = mu * periods;
    double sigmaL = Math.sqrt(periods * sigma * sigma + mu * mu * sku.leadTimeSd * sku.leadTimeSd);
    double qp = 1.30 * Math.pow(mu, 0.494) * Math.pow(k / h, 0.506) * Math.pow(1 + Math.pow(sigma / mu, 2), 0.116);
    double z = Math.sqrt(qp * h / (sigmaL * p));
    double s = 0.973 * muL + sigmaL * (0.183 / z + 1.063 - 2.192 * z);
    return new Policy(s, qp);
  }

  /** (s, S) of SKUs {@code 0 … n − 1}. */
  static void powerApproximation(double[][] columns, double h, double p, double k, int n, double[] reorderPoint,
      double[] orderUpTo) {
    for (int i = 0; i < n; i++) {
      Sku sku = new Sku(columns[0][i], columns[1][i], columns[2][i], columns[3][i]);
      Policy policy = powerApproximation(sku, h, p, k);
      reorderPoint[i] = policy.reorderPoint;
      orderUpTo[i] = policy.reorderPoint + policy.safetyStock; // safetyStock holds S − s here
    }
  }

  /** Base-stock (newsvendor over L + 1 periods) levels of SKUs {@code 0 … n − 1}. */
  static void baseStock(double[][] columns, double h, double p, int n, double[] orderUpTo) {
    double ratio = p / (p + h);
    for (int i = 0; i < n; i++) {
      Sku sku = new Sku(columns[0][i], columns[1][i], columns[2][i] + 1, columns[3][i]);
      NormalDistribution demand = new NormalDistribution(null, sku.leadTimeDemandMean(), sku.leadTimeDemandSd(),
          NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
      orderUpTo[i] = new Policy(demand.inverseCumulativeProbability(ratio), 0).reorderPoint;
    }
  }

  /** Reorder points of SKUs {@code 0 … n − 1}, a cycle service level per SKU. */
  static void forCycleServiceLevel(double[][] columns, double[] alpha, int n, double[] reorderPoint) {
    for (int i = 0; i < n; i++) {
      Sku sku = new Sku(columns[0][i], columns[1][i], columns[2][i], columns[3][i]);
      reorderPoint[i] = forCycleServiceLevel(sku, alpha[i]).reorderPoint;
    }
  }

  /** Reorder points of SKUs {@code 0 … n − 1} for a fill rate. */
  static void forFillRate(double[][] columns, double beta, double[] orderQuantity, int n, double[] reorderPoint) {
    for (int i = 0; i < n; i++) {
      Sku sku = new Sku(columns[0][i], columns[1][i], columns[2][i], columns[3][i]);
      reorderPoint[i] = forFillRate(sku, beta, orderQuantity[i]).reorderPoint;
    }
  }
}
