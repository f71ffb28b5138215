/**
 * Structured SKU codes (商品编码): parse, validate and format codes such as {@code TB-01-M-2504} (platform +
 * category + size + launch year-month), per the merchants' handbook, seed 001 §1.1.
 *
 * <p>Front door: {@link dev.ecomkit.sku.SkuCodec}. A code's layout is a {@link dev.ecomkit.sku.SkuSchema} of
 * {@link dev.ecomkit.sku.SkuSegment segments}; the handbook's is {@link dev.ecomkit.sku.SkuSchema#standard()}.
 * Parsed codes are {@link dev.ecomkit.sku.Sku} values; bad input gets a
 * {@link dev.ecomkit.sku.SkuFormatException} saying what is wrong and where.
 * {@link dev.ecomkit.sku.SkuJacksonModule} reads and writes SKUs as JSON strings.
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
