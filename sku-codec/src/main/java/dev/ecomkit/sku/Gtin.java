package dev.ecomkit.sku;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Check digits of GS1 Global Trade Item Numbers: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13, e.g. the
 * {@code 690}–{@code 699} barcodes of GS1 China) and GTIN-14. Merchants key barcodes as well as SKU codes; these
 * methods catch the typos.
 *
 * <p>Source: GS1 General Specifications, §7.9.1 "Standard check digit calculations for GS1 data structures":
 * counting from the rightmost data digit, multiply the digits alternately by 3 and 1, add the products, and the
 * check digit is the amount that rounds the sum up to a multiple of ten. Leading zeros do not change the check
 * digit, so a GTIN-13 padded with {@code 0} to 14 digits stays valid.
 *
 * <pre>{@code
 * Gtin.isValid("4006381333931");   // true (EAN-13)
 * Gtin.checkDigit("400638133393"); // '1'
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Gtin {

  private Gtin() {}

  /**
   * Whether the text is a GTIN-8, -12, -13 or -14: exactly 8, 12, 13 or 14 ASCII digits whose last digit is the
   * check digit of the others. Never throws for bad text.
   *
   * @param gtin any text, e.g. {@code "6901234567892"}
   * @return true if valid
   * @throws NullPointerException if {@code gtin} is null
   * @since 0.1
   */
  public static boolean isValid(CharSequence gtin) {
    checkNotNull(gtin, "gtin");
    int n = gtin.length();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
      return false;
    }
    int sum = weightedSum(gtin, n - 1);
    int check = gtin.charAt(n - 1) - '0';
    return sum >= 0 && check >= 0 && check <= 9 && (sum + check) % 10 == 0;
  }

  /**
   * The check digit that completes the data digits of a GTIN.
   *
   * @param digits the GTIN without its check digit: 7, 11, 12 or 13 ASCII digits
   * @return the check digit {@code '0'}–{@code '9'}
   * @throws IllegalArgumentException if {@code digits} is not 7, 11, 12 or 13 ASCII digits
   * @since 0.1
   */
  public static char checkDigit(CharSequence digits) {
    checkNotNull(digits, "digits");
    int n = digits.length();
    checkArgument(n == 7 || n == 11 || n == 12 || n == 13,
        "GTIN data must be 7, 11, 12 or 13 digits (GTIN-8, -12, -13, -14 without the check digit), got %s "
            + "characters", n);
    int sum = weightedSum(digits, n);
    checkArgument(sum >= 0, "GTIN data must be ASCII digits 0-9, got %s", Texts.quoteUntil(digits, 0, '\0'));
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** The weighted sum of {@code in[0, end)} with weights 3, 1, 3 … from the right; -1 if a non-digit. */
  private static int weightedSum(CharSequence in, int end) {
    int sum = 0;
    int weight = 3;
    for (int i = end - 1; i >= 0; i--) {
      int d = in.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      sum += d * weight;
      weight = 4 - weight;
    }
    return sum;
  }
}
