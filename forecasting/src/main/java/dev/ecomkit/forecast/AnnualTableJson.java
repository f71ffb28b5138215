package dev.ecomkit.forecast;


/**
 * JSON of an {@link AnnualForecastTable}.
 *
 * <p>Stateless and thread-safe.
 */
final class AnnualTableJson {

  private AnnualTableJson() {}

  static String write(AnnualForecastTable t) {
    return CalendarJson.object(g -> {
      g.writeNumberField("version", CalendarJson.VERSION);
      g.writeNumberField("year", t.year().getValue());
      g.writeNumberField("serviceLevel", t.serviceLevel());
      g.writeArrayFieldStart("skus");
      for (SkuForecast s : t.skus()) {
        g.writeStartObject();
        g.writeStringField("sku", s.sku());
        g.writeStringField("method", s.method());
        if (s.price().isPresent()) {
          g.writeNumberField("price", s.price().getAsDouble());
        }
        g.writeNumberField("yearUnits", s.yearUnits());
        g.writeArrayFieldStart("quarters");
        for (QuarterForecast q : s.quarters()) {
          g.writeStartObject();
          g.writeNumberField("quarter", q.quarter());
          g.writeNumberField("units", q.units());
          g.writeNumberField("standardError", q.standardError());
          g.writeNumberField("lower", q.lower());
          g.writeNumberField("upper", q.upper());
          g.writeNumberField("stock", q.stock());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
