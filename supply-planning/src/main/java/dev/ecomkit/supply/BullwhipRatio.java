package dev.ecomkit.supply;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A measured bullwhip ratio, Var(orders) / Var(demand), with its 95 % interval ({@link Bullwhip#ratio}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BullwhipRatio {

  BullwhipRatio() {}

  /** @return Var(orders) / Var(demand) over the periods given */
  public abstract double value();

  /** @return the lower end of the 95 % bootstrap interval */
  public abstract double lower();

  /** @return the upper end of the 95 % bootstrap interval */
  public abstract double upper();

  /** @return the periods measured */
  public abstract int periods();

  /** @return true when the whole interval lies above 1: orders swing more than demand */
  public boolean amplifies() {
    return lower() > 1;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "bullwhip %.3f (95%% CI %.3f to %.3f, %d periods)", value(), lower(), upper(),
        periods());
  }
}
