package dev.ecomkit.supply;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * Customer-service staffing by Erlang C (客服排班): calls (or chats) arriving at random, handled by a number of
 * agents, waiting in a queue when all are busy — the M/M/N queue (A. K. Erlang 1917; the formulas as in Gans, Koole
 * &amp; Mandelbaum 2003, "Telephone call centers: tutorial, review, and research prospects", M&amp;SOM 5:79-141,
 * §4.1). With offered load A = arrivals × handle time (in Erlangs) and N agents:
 *
 * <pre>
 *   P(wait)  = C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A))),   B the Erlang B blocking probability
 *   service level within t = 1 − C(N, A) · exp(−(N − A) · t / handle time)
 *   average speed of answer = C(N, A) · handle time / (N − A)
 * </pre>
 *
 * B is computed by its stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), so hundreds of agents and loads
 * of hundreds of Erlangs neither overflow nor lose precision (the factorial form does both). With N ≤ A the queue
 * grows without end: every call waits (probability 1, service level 0, no finite speed of answer).
 *
 * <pre>{@code
 * int n = ErlangC.agentsFor(200, Duration.ofSeconds(180), 0.80, Duration.ofSeconds(20));   // 14
 * ErlangC.serviceLevel(200, Duration.ofSeconds(180), 14, Duration.ofSeconds(20));          // 0.8884
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ErlangC {

  private ErlangC() {}

  /**
   * The probability that an arriving call waits, C(N, A).
   *
   * @param trafficErlangs the offered load A = arrival rate × handle time, 0 or more
   * @param agents N, 1 or more
   * @return the probability in [0, 1]; 1 when N ≤ A
   * @throws SupplyException for a negative or non-finite load, or fewer than 1 agent
   */
  public static double waitProbability(double trafficErlangs, int agents) {
    if (!(trafficErlangs >= 0) || !Double.isFinite(trafficErlangs)) {
      throw new SupplyException("trafficErlangs", "the offered load must be a finite number of Erlangs, 0 or more, "
          + "got " + trafficErlangs);
    }
    if (agents < 1) {
      throw new SupplyException("agents", "at least 1 agent, got " + agents);
    }
    double a = trafficErlangs;
    if (agents <= a) {
      return 1;
    }
    double b = 1;
    for (int k = 1; k <= agents; k++) {
      b = a * b / (k + a * b);
    }
    return agents * b / (agents - a * (1 - b));
  }

  /**
   * The share of calls answered within a target time.
   *
   * @param arrivalsPerHour calls an hour, 0 or more
   * @param handleTime the average handle time, positive
   * @param agents N, 1 or more
   * @param answerWithin the target answer time, 0 or more
   * @return the service level in [0, 1]; 0 when the agents cannot keep up
   */
  public static double serviceLevel(double arrivalsPerHour, Duration handleTime, int agents, Duration answerWithin) {
    double a = load(arrivalsPerHour, handleTime);
    double t = seconds(answerWithin, "answerWithin", true);
    double h = seconds(handleTime, "handleTime", false);
    if (agents <= a) {
      waitProbability(a, agents); // checks the agents
      return 0;
    }
    return Math.max(0, 1 - waitProbability(a, agents) * Math.exp(-(agents - a) * t / h));
  }

  /**
   * The average time a call waits before an agent answers (ASA), the calls answered at once included.
   *
   * @param arrivalsPerHour calls an hour, 0 or more
   * @param handleTime the average handle time, positive
   * @param agents N, more than the offered load
   * @return the average wait
   * @throws SupplyException if the agents cannot keep up (N ≤ A): the wait grows without end
   */
  public static Duration averageSpeedOfAnswer(double arrivalsPerHour, Duration handleTime, int agents) {
    double a = load(arrivalsPerHour, handleTime);
    if (agents <= a) {
      throw new SupplyException("agents", agents + " agents cannot keep up with an offered load of " + a
          + " Erlangs: the queue grows without end");
    }
    double seconds = waitProbability(a, agents) * seconds(handleTime, "handleTime", false) / (agents - a);
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /**
   * The fewest agents that answer at least {@code serviceLevel} of the calls within {@code answerWithin}.
   *
   * @param arrivalsPerHour calls an hour, 0 or more
   * @param handleTime the average handle time, positive
   * @param serviceLevel the share to answer in time, above 0 and below 1 (e.g. 0.80)
   * @param answerWithin the target answer time, 0 or more (e.g. 20 s)
   * @return the agents, at least 1
   * @throws SupplyException for bad arguments, naming them
   */
  public static int agentsFor(double arrivalsPerHour, Duration handleTime, double serviceLevel,
      Duration answerWithin) {
    if (!(serviceLevel > 0 && serviceLevel < 1)) {
      throw new SupplyException("serviceLevel", "the service level must be above 0 and below 1, got "
          + serviceLevel);
    }
    double a = load(arrivalsPerHour, handleTime);
    seconds(answerWithin, "answerWithin", true);
    if (a > 1e7) {
      throw new SupplyException("arrivalsPerHour", "an offered load of " + a + " Erlangs is beyond this model");
    }
    int n = Math.max(1, (int) Math.floor(a) + 1);
    while (serviceLevel(arrivalsPerHour, handleTime, n, answerWithin) < serviceLevel) {
      n++; // the service level rises with every agent and tends to 1, so this ends
    }
    return n;
  }

  private static double load(double arrivalsPerHour, Duration handleTime) {
    if (!(arrivalsPerHour >= 0) || !Double.isFinite(arrivalsPerHour)) {
      throw new SupplyException("arrivalsPerHour", "arrivals must be a finite number an hour, 0 or more, got "
          + arrivalsPerHour);
    }
    return arrivalsPerHour * seconds(handleTime, "handleTime", false) / 3600;
  }

  private static double seconds(Duration d, String name, boolean zeroAllowed) {
    checkNotNull(d, name);
    if (d.isNegative() || (!zeroAllowed && d.isZero())) {
      throw new SupplyException(name, name + " must be " + (zeroAllowed ? "0 or more" : "positive") + ", got " + d);
    }
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
