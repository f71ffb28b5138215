/**
 * Structured SKU codes (商品编码): parse, validate and format codes such as {@code TB-01-M-2504} (platform +
 * category + size + launch year-month), per the merchants' handbook, seed 001 §1.1.
 *
 * <p>Front door: {@link dev.ecomkit.sku.SkuCodec}. A code's layout is a {@link dev.ecomkit.sku.SkuSchema} of
 * {@link dev.ecomkit.sku.SkuSegment segments}; the handbook's is {@link dev.ecomkit.sku.SkuSchema#standard()}.
 * Parsed codes are {@link dev.ecomkit.sku.Sku} values; bad input gets a
 * {@link dev.ecomkit.sku.SkuFormatException} saying what is wrong and where.
 *
 * <ul>
 *   <li>Schemas: code tables and typed segments (n digits, n letters, {@code YYMM}, {@code YYYYMM}), built or read
 *       from JSON ({@link dev.ecomkit.sku.SkuSchema#fromJson(String)}, errors as
 *       {@link dev.ecomkit.sku.SkuSchemaException} with a JSON path), with an optional ISO/IEC 7064 check
 *       character ({@link dev.ecomkit.sku.CheckCharacterSystem}).
 *   <li>Keyed input: {@link dev.ecomkit.sku.SkuCodec#lenient()} and {@link dev.ecomkit.sku.SkuCodec#normalize}.
 *   <li>Memory: {@link dev.ecomkit.sku.SkuCodec#pack} to an order-preserving {@code long}; bulk import into a
 *       {@link dev.ecomkit.sku.SkuRegistry} with a {@link dev.ecomkit.sku.SkuImportReport} of errors, duplicates,
 *       fixes and cross-platform twins.
 *   <li>Barcodes: {@link dev.ecomkit.sku.Gtin} check digits.
 *   <li>JSON: {@link dev.ecomkit.sku.SkuJacksonModule} reads and writes SKUs as strings and schemas as objects.
 * </ul>
 *
 * <pre>{@code
 * Sku sku = SkuCodec.standard().parse("TB-01-M-2504");
 * sku.platform();     // "TB"
 * sku.launchMonth();  // 2025-04
 * }</pre>
 *
 * <p>Every public class says whether it is thread-safe; configured objects (schemas, codecs) are immutable and
 * meant to be shared.
 */
@SkuStyle
package dev.ecomkit.sku;
