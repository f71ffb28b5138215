package dev.ecomkit.supply;

import org.immutables.value.Value;

/**
 * A supplier of one product (供应商分级, seed 001 §2.2): a core factory carries the regular volume on a long contract;
 * a backup factory has less base capacity but can surge in peak season.
 *
 * <pre>{@code
 * Supplier core = Supplier.builder().name("苏州一厂").tier(Supplier.Tier.CORE).baseCapacity(8_000)
 *     .surgeCapacity(1_000).leadTime(2).unitCost(31.5).onTimeShare(0.97).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Supplier {

  /**
   * The supplier's tier.
   *
   * @since 0.1
   */
  public enum Tier {
    /** Regular volume, served first. */
    CORE,
    /** Emergencies and peaks, served after the core suppliers. */
    BACKUP
  }

  Supplier() {}

  /**
   * A new builder; surge capacity and lead time default to 0, the on-time share to 1.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the supplier's name, unique among those allocated to */
  public abstract String name();

  /** @return its tier */
  public abstract Tier tier();

  /** @return units it makes a period at its base rate */
  public abstract double baseCapacity();

  /** @return extra units a period it can make in a peak period */
  @Value.Default
  public double surgeCapacity() {
    return 0;
  }

  /** @return periods from order to delivery: it cannot deliver in the first {@code leadTime} periods of a plan */
  @Value.Default
  public int leadTime() {
    return 0;
  }

  /** @return the cost of a unit */
  public abstract double unitCost();

  /** @return the share of its deliveries that came on time (from its delivery history) */
  @Value.Default
  public double onTimeShare() {
    return 1;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new SupplyException("name", "a supplier's name must not be blank");
    }
    amount("baseCapacity", baseCapacity());
    amount("surgeCapacity", surgeCapacity());
    amount("unitCost", unitCost());
    if (leadTime() < 0) {
      throw new SupplyException("leadTime", "supplier \"" + name() + "\": the lead time must be 0 or more periods, "
          + "got " + leadTime());
    }
    if (!(onTimeShare() >= 0 && onTimeShare() <= 1)) {
      throw new SupplyException("onTimeShare", "supplier \"" + name() + "\": the on-time share must be 0 to 1, got "
          + onTimeShare());
    }
  }

  private void amount(String field, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new SupplyException(field, "supplier \"" + name() + "\": " + field + " must be a finite amount, 0 or more, "
          + "got " + v);
    }
  }

  /**
   * Builds a {@link Supplier}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableSupplier.Builder {
    Builder() {}
  }
}
