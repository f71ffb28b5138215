package dev.ecomkit.segment.kol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ecomkit.segment.SegmentException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON of pieces of content (in and out), funnel reports and ROI rankings (out). Reading goes through {@link
 * KolJson}'s tree helpers, so every error is a {@link SegmentException} naming the JSON path.
 *
 * <p>Stateless and thread-safe.
 */
final class FunnelJson {

  private static final List<String> CONTENT_FIELDS = List.of("id", "creator", "platform", "tier", "format",
      "published", "cost", "views", "completions", "likes", "comments", "shares", "saves", "clicks", "addToCart",
      "orders", "repurchases", "gmv", "refunds", "margin");

  private FunnelJson() {}

  // ---- content in

  static List<ContentStats> readContents(JsonNode root) {
    if (!root.isObject()) {
      throw KolJson.error("$", "pieces of content are a JSON object {\"version\": 1, \"contents\": [...]}");
    }
    KolJson.fields(root, "$", List.of("version", "contents"));
    long version = KolJson.number(root, "version", "$");
    if (version != KolJson.VERSION) {
      throw KolJson.error("$.version", "version " + version + " is not supported; this library reads version "
          + KolJson.VERSION);
    }
    JsonNode contents = root.get("contents");
    if (contents == null || !contents.isArray()) {
      throw KolJson.error("$.contents", "must be an array of pieces of content");
    }
    List<ContentStats> out = new ArrayList<>(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      out.add(readContent(contents.get(i), "$.contents[" + i + "]"));
    }
    return out;
  }

  private static ContentStats readContent(JsonNode n, String path) {
    if (!n.isObject()) {
      throw KolJson.error(path, "must be an object with id, creator, platform, tier, format, published, cost and "
          + "the counts");
    }
    KolJson.fields(n, path, CONTENT_FIELDS);
    ContentStats.Builder b = ContentStats.builder().id(KolJson.text(n, "id", path))
        .creator(KolJson.text(n, "creator", path)).platform(KolJson.text(n, "platform", path))
        .tier(KolJson.text(n, "tier", path)).format(KolJson.text(n, "format", path))
        .published(instant(n, "published", path)).cost(amount(n, "cost", path, true));
    b.views(count(n, "views", path)).completions(count(n, "completions", path)).likes(count(n, "likes", path))
        .comments(count(n, "comments", path)).shares(count(n, "shares", path)).saves(count(n, "saves", path))
        .clicks(count(n, "clicks", path)).addToCart(count(n, "addToCart", path)).orders(count(n, "orders", path))
        .repurchases(count(n, "repurchases", path)).gmv(amount(n, "gmv", path, false))
        .refunds(amount(n, "refunds", path, false));
    if (n.has("margin") && !n.get("margin").isNull()) {
      b.margin(amount(n, "margin", path, true));
    }
    try {
      return b.build();
    } catch (SegmentException x) {
      throw KolJson.error(path + "." + x.argument().orElse(""), x.getMessage());
    }
  }

  private static long count(JsonNode n, String field, String path) {
    return n.has(field) ? KolJson.number(n, field, path) : 0;
  }

  private static double amount(JsonNode n, String field, String path, boolean required) {
    JsonNode v = n.get(field);
    if (v == null) {
      if (required) {
        throw KolJson.error(path + "." + field, "missing; it is required");
      }
      return 0;
    }
    if (!v.isNumber()) {
      throw KolJson.error(path + "." + field, "must be a number");
    }
    return v.doubleValue();
  }

  private static Instant instant(JsonNode n, String field, String path) {
    String s = KolJson.text(n, field, path);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException x) {
      throw KolJson.error(path + "." + field, "\"" + s + "\" is not an ISO-8601 instant such as "
          + "2026-10-20T12:00:00Z");
    }
  }

  // ---- report in

  private static final List<String> REPORT_FIELDS = List.of("version", "contents", "views", "completions",
      "engagements", "completionRate", "engagementRate", "clickRate", "stages", "cost", "gmv", "refunds", "revenue",
      "margin", "roiBasis", "cpm", "cpe", "cpc", "cpa", "roas", "roi", "breakEvenCpa");
  private static final List<String> STAGE_FIELDS = List.of("stage", "count", "step", "dropOff", "fromViews");

  static FunnelReport readReport(JsonNode root) {
    if (!root.isObject()) {
      throw KolJson.error("$", "a funnel report is a JSON object {\"version\": 1, \"views\": ..., \"stages\": [...]}");
    }
    KolJson.fields(root, "$", REPORT_FIELDS);
    long version = KolJson.number(root, "version", "$");
    if (version != KolJson.VERSION) {
      throw KolJson.error("$.version", "version " + version + " is not supported; this library reads version "
          + KolJson.VERSION);
    }
    long contents = KolJson.number(root, "contents", "$");
    if (contents < 0 || contents > Integer.MAX_VALUE) {
      throw KolJson.error("$.contents", "must be a count of pieces, 0 or more, got " + contents);
    }
    long views = nonNegative(root, "views", "$");
    long completions = nonNegative(root, "completions", "$");
    long engagements = nonNegative(root, "engagements", "$");
    notAbove("$.completions", completions, "views", views);
    notAbove("$.engagements", engagements, "views", views);
    JsonNode stages = root.get("stages");
    FunnelStage.Stage[] names = FunnelStage.Stage.values();
    if (stages == null || !stages.isArray() || stages.size() != names.length) {
      throw KolJson.error("$.stages", "must be an array of the " + names.length + " stages VIEW, CLICK, ADD_TO_CART, "
          + "ORDER, REPURCHASE");
    }
    ImmutableFunnelReport.Builder b = ImmutableFunnelReport.builder().contents((int) contents).views(views)
        .completions(completions).engagements(engagements);
    long previous = views;
    for (int i = 0; i < names.length; i++) {
      String path = "$.stages[" + i + "]";
      JsonNode st = stages.get(i);
      if (!st.isObject()) {
        throw KolJson.error(path, "must be an object with stage and count");
      }
      KolJson.fields(st, path, STAGE_FIELDS);
      String name = KolJson.text(st, "stage", path);
      if (!name.equals(names[i].name())) {
        throw KolJson.error(path + ".stage", "expected " + names[i] + " here, got \"" + name + "\"");
      }
      long count = nonNegative(st, "count", path);
      if (i == 0 && count != views) {
        throw KolJson.error(path + ".count", "the VIEW stage counts the views, " + views + ", got " + count);
      }
      notAbove(path + ".count", count, i <= 1 ? "views" : names[i - 1].name(), previous);
      b.addStages(FunnelStage.of(names[i], count, previous, views));
      previous = count;
    }
    b.cost(amount(root, "cost", "$", true)).gmv(amount(root, "gmv", "$", true))
        .refunds(amount(root, "refunds", "$", true));
    if (root.has("margin") && !root.get("margin").isNull()) {
      b.margin(amount(root, "margin", "$", true));
    }
    FunnelReport r = b.build();
    money("$.cost", r.cost(), false);
    money("$.gmv", r.gmv(), false);
    money("$.refunds", r.refunds(), false);
    if (r.refunds() > r.gmv()) {
      throw KolJson.error("$.refunds", "refunds " + r.refunds() + " exceed the GMV " + r.gmv());
    }
    if (r.margin().isPresent()) {
      money("$.margin", r.margin().getAsDouble(), true);
    }
    return r;
  }

  private static long nonNegative(JsonNode n, String field, String path) {
    long v = KolJson.number(n, field, path);
    if (v < 0) {
      throw KolJson.error(path + "." + field, "must be 0 or more, got " + v);
    }
    return v;
  }

  private static void notAbove(String path, long count, String before, long limit) {
    if (count > limit) {
      throw KolJson.error(path, count + " exceed " + before + " " + limit + "; counts cannot grow down the funnel");
    }
  }

  private static void money(String path, double v, boolean negative) {
    if (!Double.isFinite(v) || (!negative && v < 0)) {
      throw KolJson.error(path, "must be a finite amount" + (negative ? "" : ", 0 or more") + ", got " + v);
    }
  }

  // ---- out

  static String writeContents(List<ContentStats> contents) {
    return KolJson.object(g -> {
      g.writeNumberField("version", KolJson.VERSION);
      g.writeArrayFieldStart("contents");
      for (ContentStats s : contents) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("creator", s.creator());
        g.writeStringField("platform", s.platform());
        g.writeStringField("tier", s.tier());
        g.writeStringField("format", s.format());
        g.writeStringField("published", s.published().toString());
        g.writeNumberField("cost", s.cost());
        long[] counts = {s.views(), s.completions(), s.likes(), s.comments(), s.shares(), s.saves(), s.clicks(),
            s.addToCart(), s.orders(), s.repurchases()};
        for (int i = 0; i < counts.length; i++) {
          g.writeNumberField(CONTENT_FIELDS.get(7 + i), counts[i]);
        }
        g.writeNumberField("gmv", s.gmv());
        g.writeNumberField("refunds", s.refunds());
        if (s.margin().isPresent()) {
          g.writeNumberField("margin", s.margin().getAsDouble());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  static String write(FunnelReport r) {
    return KolJson.object(g -> {
      g.writeNumberField("version", KolJson.VERSION);
      report(g, r);
    });
  }

  static String write(RoiRanking ranking) {
    return KolJson.object(g -> {
      g.writeNumberField("version", KolJson.VERSION);
      g.writeArrayFieldStart("entries");
      for (RoiRank e : ranking.entries()) {
        g.writeStartObject();
        g.writeStringField("key", e.key());
        g.writeStringField("standing", e.standing().name());
        if (e.rank().isPresent()) {
          g.writeNumberField("rank", e.rank().getAsInt());
        }
        estimate(g, "roi", e.roi());
        g.writeNumberField("orders", e.report().count(FunnelStage.Stage.ORDER));
        g.writeNumberField("views", e.report().views());
        g.writeNumberField("cost", e.report().cost());
        g.writeStringField("roiBasis", e.report().roiBasis().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static void report(JsonGenerator g, FunnelReport r) throws IOException {
    g.writeNumberField("contents", r.contents());
    g.writeNumberField("views", r.views());
    g.writeNumberField("completions", r.completions());
    g.writeNumberField("engagements", r.engagements());
    rate(g, "completionRate", r.completionRate());
    rate(g, "engagementRate", r.engagementRate());
    rate(g, "clickRate", r.clickRate());
    g.writeArrayFieldStart("stages");
    for (FunnelStage s : r.stages()) {
      g.writeStartObject();
      g.writeStringField("stage", s.stage().name());
      g.writeNumberField("count", s.count());
      if (s.step().isPresent()) {
        rate(g, "step", s.step().get());
        g.writeNumberField("dropOff", s.dropOff());
      }
      rate(g, "fromViews", s.fromViews());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("cost", r.cost());
    g.writeNumberField("gmv", r.gmv());
    g.writeNumberField("refunds", r.refunds());
    g.writeNumberField("revenue", r.revenue());
    if (r.margin().isPresent()) {
      g.writeNumberField("margin", r.margin().getAsDouble());
    }
    g.writeStringField("roiBasis", r.roiBasis().name());
    estimate(g, "cpm", r.cpm());
    estimate(g, "cpe", r.cpe());
    estimate(g, "cpc", r.cpc());
    estimate(g, "cpa", r.cpa());
    estimate(g, "roas", r.roas());
    estimate(g, "roi", r.roi());
    estimate(g, "breakEvenCpa", r.breakEvenCpa());
  }

  private static void rate(JsonGenerator g, String field, Rate r) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("value", r.value());
    g.writeNumberField("lower", r.lower());
    g.writeNumberField("upper", r.upper());
    g.writeNumberField("successes", r.successes());
    g.writeNumberField("trials", r.trials());
    g.writeEndObject();
  }

  /** An estimate as {value, lower, upper}, an infinite end as null; an absent estimate as null. */
  private static void estimate(JsonGenerator g, String field, Optional<Estimate> e) throws IOException {
    if (e.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("value", e.get().value());
    finite(g, "lower", e.get().lower());
    finite(g, "upper", e.get().upper());
    g.writeEndObject();
  }

  private static void finite(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }
}
