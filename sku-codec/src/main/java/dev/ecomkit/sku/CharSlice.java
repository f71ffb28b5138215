package dev.ecomkit.sku;

/**
 * A reusable view of part of a {@code char[]}: how the import reads a line or a normalized code without making a
 * {@code String} of it. Only {@link #toString()} copies.
 *
 * <p>Not thread-safe, and a view changes when its owner reuses it: never keep one.
 */
final class CharSlice implements CharSequence {

  private char[] chars;
  private int start;
  private int length;

  CharSlice(char[] chars) {
    this.chars = chars;
  }

  /** Points this view at {@code chars[start, start + length)}. */
  CharSlice set(char[] chars, int start, int length) {
    this.chars = chars;
    this.start = start;
    this.length = length;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    return chars[start + index];
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    if (from < 0 || from > to || to > length) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + "), length " + length);
    }
    return new String(chars, start + from, to - from);
  }

  @Override
  public String toString() {
    return new String(chars, start, length);
  }
}
