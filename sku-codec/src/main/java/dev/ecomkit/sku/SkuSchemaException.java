package dev.ecomkit.sku;

/**
 * Thrown when a schema's JSON is not a valid {@link SkuSchema}: malformed JSON, an unknown or repeated field, a
 * value of the wrong kind, a duplicate code, an empty table, codes that would make parsing ambiguous, or any other
 * schema rule. It says where ({@link #path()}, e.g. {@code $.segments[2].codes.XL}) and the message says what is
 * wrong and how to fix it, e.g. {@code $.segments[0].codes.TB: duplicate code "TB"; list each code once}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SkuSchemaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;

  SkuSchemaException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /**
   * Where in the JSON the problem is, as a JSONPath from the document root {@code $}: {@code .field} for object
   * fields (or {@code ["field"]} when the name is not a plain identifier) and {@code [n]} for array elements.
   *
   * @return the path, e.g. {@code $.segments[1].width}
   * @since 0.1
   */
  public String path() {
    return path;
  }
}
