package dev.ecomkit.forecast;

import java.util.List;

/** The library's shared combinations. */
final class Combinations {

  /** {@link Forecaster#auto()}. */
  static final Forecaster AUTO = new CombinationForecaster(
      List.of(Forecaster.autoEts(), Forecaster.theta(), Forecaster.dynamicTheta()), "Forecaster.auto()");

  private Combinations() {}
}
