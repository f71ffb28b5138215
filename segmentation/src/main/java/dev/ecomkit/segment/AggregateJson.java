package dev.ecomkit.segment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The JSON form of an {@link RfmAggregate}, streamed with Jackson:
 * {@code {"decimals": 2, "ids": "string"|"long", "customers": [{"id": …, "firstDay": "2024-01-10", "lastDay":
 * "2024-01-30", "purchases": 2, "amountMinor": 20000, "refundsMinor": 0}, …]}}. Amounts are whole minor units, so the
 * form is exact; the days of a customer without purchases are {@code null}. An aggregate that keeps distinct days or
 * orders says so in {@code "keep": ["PURCHASE_DAYS", "ORDERS"]} (before {@code "customers"}) and lists them per
 * customer: {@code "purchaseDays": ["2024-01-10", …]}, {@code "orders": [1001, …]} (String order ids as their 64-bit
 * keys). Reading rejects unknown fields and bad
 * values, naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class AggregateJson {

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private AggregateJson() {}

  static String toJson(RfmAggregate a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("decimals", a.decimals());
      g.writeStringField("ids", a.stringKeyed() ? "string" : "long");
      KeptPairs kept = a.kept();
      PairSet.Grouped days = kept.days == null ? null : kept.days.grouped(a.size());
      PairSet.Grouped orders = kept.orders == null ? null : kept.orders.grouped(a.size());
      if (kept.any()) {
        g.writeArrayFieldStart("keep");
        if (days != null) {
          g.writeString(Frequency.PURCHASE_DAYS.name());
        }
        if (orders != null) {
          g.writeString(Frequency.ORDERS.name());
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("customers");
      for (int i = 0; i < a.size(); i++) {
        g.writeStartObject();
        if (a.stringKeyed()) {
          g.writeStringField("id", a.stringId(i));
        } else {
          g.writeNumberField("id", a.longId(i));
        }
        boolean bought = a.purchases(i) > 0;
        g.writeStringField("firstDay", bought ? LocalDate.ofEpochDay(a.firstDay(i)).toString() : null);
        g.writeStringField("lastDay", bought ? LocalDate.ofEpochDay(a.lastDay(i)).toString() : null);
        g.writeNumberField("purchases", a.purchases(i));
        g.writeNumberField("amountMinor", a.amountMinor(i));
        g.writeNumberField("refundsMinor", a.refundsMinor(i));
        if (days != null) {
          g.writeArrayFieldStart("purchaseDays");
          for (int k = days.offsets()[i]; k < days.offsets()[i + 1]; k++) {
            g.writeString(LocalDate.ofEpochDay(days.values()[k]).toString());
          }
          g.writeEndArray();
        }
        if (orders != null) {
          g.writeArrayFieldStart("orders");
          for (int k = orders.offsets()[i]; k < orders.offsets()[i + 1]; k++) {
            g.writeNumber(orders.values()[k]);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  static RfmAggregate fromJson(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      expect(p, JsonToken.START_OBJECT, "$");
      int decimals = -1;
      Boolean strings = null;
      EnumSet<Frequency> keep = EnumSet.of(Frequency.PURCHASES);
      RfmAggregate a = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "decimals":
            long d = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? whole(p, p.currentToken(), "$.decimals") : -1;
            if (d < 0 || d > 6) {
              throw error("$.decimals", "expected a whole number from 0 to 6, got " + p.getText());
            }
            decimals = (int) d;
            break;
          case "ids":
            String kind = p.getValueAsString();
            if (!"long".equals(kind) && !"string".equals(kind)) {
              throw error("$.ids", "expected \"long\" or \"string\", got " + kind);
            }
            strings = "string".equals(kind);
            break;
          case "keep":
            expect(p, JsonToken.START_ARRAY, "$.keep", false);
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
              String name = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
              if (!"PURCHASES".equals(name) && !"PURCHASE_DAYS".equals(name) && !"ORDERS".equals(name)) {
                throw error("$.keep[" + i + "]", "expected \"PURCHASES\", \"PURCHASE_DAYS\" or \"ORDERS\", got "
                    + p.getText());
              }
              keep.add(Frequency.valueOf(name));
            }
            break;
          case "customers":
            if (decimals < 0 || strings == null) {
              throw error("$.customers", "\"decimals\", \"ids\" (and \"keep\") must come before \"customers\"");
            }
            a = RfmAggregate.empty(decimals, keep);
            expect(p, JsonToken.START_ARRAY, "$.customers", false);
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
              customer(p, a, strings, "$.customers[" + i + "]");
            }
            break;
          default:
            throw error("$." + field, "unknown field; expected decimals, ids, keep, customers");
        }
      }
      if (a == null) {
        throw error("$", "no \"customers\"");
      }
      String inconsistent = a.kept().inconsistency(a);
      if (inconsistent != null) {
        throw error("$.customers", inconsistent);
      }
      if (p.nextToken() != null) {
        throw error("$", "content after the end of the object");
      }
      return a;
    } catch (StreamReadException e) { // malformed JSON, a duplicate field, a number out of range
      throw new SegmentException("json", "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void customer(JsonParser p, RfmAggregate a, boolean strings, String path) throws IOException {
    expect(p, JsonToken.START_OBJECT, path, false);
    Long longId = null;
    String stringId = null;
    Integer first = null;
    Integer last = null;
    long purchases = -1;
    long amount = -1;
    long refunds = -1;
    List<Long> days = null;
    List<Long> orders = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      String at = path + "." + field;
      switch (field) {
        case "id":
          if (strings ? t != JsonToken.VALUE_STRING : t != JsonToken.VALUE_NUMBER_INT) {
            throw error(at, strings ? "expected a string id" : "expected a whole-number id");
          }
          if (strings) {
            stringId = p.getText();
          } else {
            longId = whole(p, t, at);
          }
          break;
        case "firstDay":
          first = t == JsonToken.VALUE_NULL ? null : day(p, at);
          break;
        case "lastDay":
          last = t == JsonToken.VALUE_NULL ? null : day(p, at);
          break;
        case "purchases":
          purchases = whole(p, t, at);
          break;
        case "amountMinor":
          amount = whole(p, t, at);
          break;
        case "refundsMinor":
          refunds = whole(p, t, at);
          break;
        case "purchaseDays":
        case "orders":
          if (field.equals("purchaseDays") ? a.kept().days == null : a.kept().orders == null) {
            throw error(at, "the aggregate does not keep " + field + "; list it in \"keep\" first");
          }
          expect(p, JsonToken.START_ARRAY, at, false);
          List<Long> values = new ArrayList<>();
          for (int k = 0; p.nextToken() != JsonToken.END_ARRAY; k++) {
            values.add(field.equals("purchaseDays") ? (long) day(p, at + "[" + k + "]")
                : whole(p, p.currentToken(), at + "[" + k + "]"));
          }
          if (field.equals("purchaseDays")) {
            days = values;
          } else {
            orders = values;
          }
          break;
        default:
          throw error(at, "unknown field; expected id, firstDay, lastDay, purchases, amountMinor, refundsMinor"
              + (a.kept().any() ? ", purchaseDays, orders" : ""));
      }
    }
    if ((strings ? stringId == null || stringId.isEmpty() : longId == null) || purchases < 0 || amount < 0
        || refunds < 0 || purchases > Integer.MAX_VALUE) {
      throw error(path, "every customer needs id, purchases, amountMinor and refundsMinor (whole, at least 0)");
    }
    if ((purchases > 0) != (first != null && last != null) || (first != null && last != null && first > last)) {
      throw error(path, "firstDay and lastDay must be given, in order, exactly when purchases is above 0");
    }
    if ((a.kept().days != null && days == null) || (a.kept().orders != null && orders == null)) {
      throw error(path, "every customer needs " + (days == null ? "purchaseDays" : "orders") + " (kept)");
    }
    int size = a.size();
    int position = a.restore(strings ? 0 : longId, stringId, first == null ? Integer.MAX_VALUE : first,
        last == null ? Integer.MIN_VALUE : last, (int) purchases, amount, refunds);
    if (a.size() == size) {
      throw error(path + ".id", "a customer listed twice");
    }
    for (int set = 0; set < 2; set++) {
      List<Long> values = set == 0 ? days : orders;
      for (int k = 0; values != null && k < values.size(); k++) {
        if (!a.kept().restore(set == 0, position, values.get(k))) {
          throw error(path + (set == 0 ? ".purchaseDays[" : ".orders[") + k + "]", "listed twice");
        }
      }
    }
  }

  private static int day(JsonParser p, String at) throws IOException {
    try {
      long day = LocalDate.parse(p.getValueAsString("")).toEpochDay();
      if (RfmAggregate.validDay(day)) {
        return (int) day;
      }
      throw error(at, "expected a date in the years 1-9999, got " + p.getText());
    } catch (DateTimeParseException e) {
      throw error(at, "expected a date like 2024-01-31, got " + p.getText());
    }
  }

  private static long whole(JsonParser p, JsonToken t, String at) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(at, "expected a whole number, got " + p.getText());
    }
    return p.getLongValue();
  }

  private static void expect(JsonParser p, JsonToken token, String path) throws IOException {
    expect(p, token, path, true);
  }

  private static void expect(JsonParser p, JsonToken token, String path, boolean advance) throws IOException {
    JsonToken t = advance ? p.nextToken() : p.currentToken();
    if (t != token) {
      throw error(path, "expected " + (token == JsonToken.START_OBJECT ? "an object" : "an array") + ", got " + t);
    }
  }

  private static SegmentException error(String path, String message) {
    return new SegmentException("json", path + ": " + message);
  }
}
