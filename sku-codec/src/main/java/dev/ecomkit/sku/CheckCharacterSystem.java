package dev.ecomkit.sku;

/**
 * The check character a schema's codes end in, if any (see {@link SkuSchema#checkCharacter()}). Both systems are
 * from ISO/IEC 7064:2003, <i>Information technology — Security techniques — Check character systems</i>, over the
 * code's letters and digits ({@code 0}–{@code 9} = 0–9, {@code A}–{@code Z} = 10–35; separators are skipped).
 *
 * <p>Which to choose: both catch every single mistyped character. {@link #MOD_37_2} also catches every swap of
 * two neighbouring characters, at the price of a {@code '*'} check character in one code of 37;
 * {@link #MOD_37_36} keeps the check character a letter or digit but misses a few swaps (see there).
 *
 * <p>Enums are immutable and thread-safe.
 *
 * @since 0.1
 */
public enum CheckCharacterSystem {
  /** Codes carry no check character. */
  NONE,
  /**
   * ISO/IEC 7064 MOD 37,36, the hybrid system for alphanumeric data (§7; used by the Global Release Identifier
   * and ISAN): one check character {@code 0}–{@code 9} or {@code A}–{@code Z}. It detects every single
   * substitution; an adjacent transposition goes undetected in 72 of the 45,360 (running state, ordered pair)
   * combinations, about 1 in 630 (e.g. {@code 667-N} and {@code 676-N} are both valid).
   */
  MOD_37_36,
  /**
   * ISO/IEC 7064 MOD 37-2, the pure system for alphanumeric data (§6; used by ISBT 128 donation numbers): one
   * check character {@code 0}–{@code 9}, {@code A}–{@code Z} or {@code *}. It detects every single substitution
   * and every adjacent transposition.
   */
  MOD_37_2
}
