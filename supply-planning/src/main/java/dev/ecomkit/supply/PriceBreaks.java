package dev.ecomkit.supply;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;

/**
 * A supplier's quantity discounts: the unit price by order size, as price breaks "from {@code b_j} units,
 * {@code c_j} a unit". Region {@code j} holds the order sizes {@code b_j ≤ Q < b_(j+1)}; the last region has no
 * upper end. Two kinds (Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, 2nd ed., ch. 3, eqs.
 * (3.18)–(3.22); Chopra &amp; Meindl, <i>Supply Chain Management</i>, cycle-inventory chapter, "quantity discounts"):
 *
 * <ul>
 *   <li>{@link #allUnits() all-units}: an order of {@code Q} units in region {@code j} pays {@code c_j} on every
 *       unit, {@code C(Q) = c_j·Q};
 *   <li>{@link #incremental() incremental}: each unit pays the price of the region it falls in, {@code c_0} on the
 *       first {@code b_1} units, {@code c_1} on the next {@code b_2 − b_1}, and so on:
 *       {@code C(Q) = Σ_(i<j) c_i·(b_(i+1) − b_i) + c_j·(Q − b_j) = c̄_j + c_j·Q}, with
 *       {@code c̄_j = Σ_(i<j) c_i·(b_(i+1) − b_i) − c_j·b_j} (S&amp;S eq. (3.20)).
 * </ul>
 *
 * <pre>{@code
 * PriceBreaks breaks = PriceBreaks.allUnits().from(0, 0.75).from(400, 0.72).from(800, 0.68).build();
 * PriceBreaks steps = PriceBreaks.incremental().from(0, 0.75).from(400, 0.72).from(800, 0.68).build();
 * }</pre>
 *
 * <p>The first break is from quantity 0; quantities strictly increase; prices are finite, above 0, and never rise
 * from one break to the next (equal prices are allowed: a break that changes nothing). Rising prices are refused
 * because they are no discount and because with them the cheapest order need not exist (all-units) or need not be
 * found by the textbook candidates (incremental).
 *
 * <p>Instances are immutable and thread-safe. Serialised by Jackson as {@code kind}, {@code quantities} and
 * {@code prices}.
 *
 * @since 0.1
 */
@JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE)
@JsonPropertyOrder({"kind", "quantities", "prices"})
public final class PriceBreaks {

  /**
   * How a price break applies to an order.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The price of the order's region applies to every unit of the order. */
    ALL_UNITS,
    /** Each unit pays the price of the region it falls in. */
    INCREMENTAL
  }

  private final Kind kind;
  private final double[] quantities;
  private final double[] prices;
  /** {@code c̄_j}: the purchase cost of an order in region j is {@code c̄_j + c_j·Q}; all 0 for all-units. */
  private final double[] offsets;

  private PriceBreaks(Kind kind, double[] quantities, double[] prices) {
    this.kind = kind;
    this.quantities = quantities;
    this.prices = prices;
    this.offsets = new double[prices.length];
    if (kind == Kind.INCREMENTAL) {
      double paidBelow = 0;
      for (int j = 1; j < prices.length; j++) {
        paidBelow += prices[j - 1] * (quantities[j] - quantities[j - 1]);
        offsets[j] = paidBelow - prices[j] * quantities[j];
      }
    }
  }

  /**
   * Starts all-units price breaks: the price of the order's region applies to every unit.
   *
   * @return a builder; add the breaks in increasing order of quantity, the first from 0
   * @since 0.1
   */
  public static Builder allUnits() {
    return new Builder(Kind.ALL_UNITS);
  }

  /**
   * Starts incremental price breaks: each unit pays the price of the region it falls in.
   *
   * @return a builder; add the breaks in increasing order of quantity, the first from 0
   * @since 0.1
   */
  public static Builder incremental() {
    return new Builder(Kind.INCREMENTAL);
  }

  /**
   * How the prices apply.
   *
   * @return the kind
   * @since 0.1
   */
  @JsonProperty
  public Kind kind() {
    return kind;
  }

  /**
   * The quantities {@code b_j} from which each price applies.
   *
   * @return a copy, strictly increasing, the first 0
   * @since 0.1
   */
  @JsonProperty
  public double[] quantities() {
    return quantities.clone();
  }

  /**
   * The unit prices {@code c_j}, one per break.
   *
   * @return a copy, each above 0, none above the one before
   * @since 0.1
   */
  @JsonProperty
  public double[] prices() {
    return prices.clone();
  }

  int regions() {
    return prices.length;
  }

  /** The region of an order of {@code q ≥ 0} units: the last j with {@code b_j ≤ q}. */
  int region(double q) {
    int j = prices.length - 1;
    while (quantities[j] > q) {
      j--;
    }
    return j;
  }

  double quantity(int j) {
    return quantities[j];
  }

  double price(int j) {
    return prices[j];
  }

  double offset(int j) {
    return offsets[j];
  }

  /** Whether {@code q} lies in region j, {@code b_j ≤ q < b_(j+1)}. */
  boolean contains(int j, double q) {
    return q >= quantities[j] && (j == prices.length - 1 || q < quantities[j + 1]);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PriceBreaks)) {
      return false;
    }
    PriceBreaks b = (PriceBreaks) o;
    return kind == b.kind && Arrays.equals(quantities, b.quantities) && Arrays.equals(prices, b.prices);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * kind.hashCode() + Arrays.hashCode(quantities)) + Arrays.hashCode(prices);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PriceBreaks.").append(kind).append('{');
    for (int j = 0; j < prices.length; j++) {
      s.append(j == 0 ? "" : ", ").append("from ").append(quantities[j]).append(": ").append(prices[j]);
    }
    return s.append('}').toString();
  }

  /**
   * Collects price breaks in increasing order of quantity, checking each as it is added.
   *
   * <p>A builder is not thread-safe; the {@link PriceBreaks} it builds are immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final Kind kind;
    private double[] quantities = new double[4];
    private double[] prices = new double[4];
    private int size;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /**
     * Adds a price break: from {@code quantity} units on, {@code unitPrice} a unit.
     *
     * @param quantity the first order size (all-units) or unit (incremental) the price applies to: 0 for the first
     *     break, then above the previous break's
     * @param unitPrice the price of a unit, above 0 and not above the previous break's
     * @return this builder
     * @throws SupplyException naming {@code quantity} or {@code unitPrice} if it is out of order or not a finite
     *     number in its range
     * @since 0.1
     */
    public Builder from(double quantity, double unitPrice) {
      SupplyException.atLeast("quantity", quantity, 0);
      if (size == 0 && quantity != 0) {
        throw new SupplyException("quantity", "the first price break must be from quantity 0, got " + quantity);
      }
      if (size > 0 && !(quantity > quantities[size - 1])) {
        throw new SupplyException("quantity", "quantity must exceed the previous break's " + quantities[size - 1]
            + " (breaks in strictly increasing order of quantity), got " + quantity);
      }
      SupplyException.positive("unitPrice", unitPrice);
      if (size > 0 && unitPrice > prices[size - 1]) {
        throw new SupplyException("unitPrice", "unitPrice must not exceed the previous break's " + prices[size - 1]
            + " (a price break is a discount), got " + unitPrice + " from quantity " + quantity);
      }
      if (size == prices.length) {
        quantities = Arrays.copyOf(quantities, 2 * size);
        prices = Arrays.copyOf(prices, 2 * size);
      }
      quantities[size] = quantity + 0.0; // -0.0 as 0.0
      prices[size] = unitPrice;
      size++;
      return this;
    }

    /**
     * The price breaks added so far.
     *
     * @return the price breaks
     * @throws SupplyException if none was added
     * @since 0.1
     */
    public PriceBreaks build() {
      if (size == 0) {
        throw new SupplyException(null, "price breaks need at least one break: add from(0, price) first");
      }
      return new PriceBreaks(kind, Arrays.copyOf(quantities, size), Arrays.copyOf(prices, size));
    }
  }
}
