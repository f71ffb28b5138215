package dev.ecomkit.sku;

import com.google.common.collect.ImmutableMap;

/**
 * The handbook's four-layer schema (seed 001 §1.1, 商品信息编码标准化): {@code PLATFORM-CATEGORY-SIZE-YYMM}.
 * The code tables are documented on {@link SkuCodec#standard()} and in the README; keep the three in step.
 */
final class StandardSchema {

  static final ImmutableMap<String, String> PLATFORMS = ImmutableMap.<String, String>builder()
      .put("TB", "Taobao (淘宝)")
      .put("TM", "Tmall (天猫)")
      .put("DD", "Pinduoduo (拼多多; the handbook's code)")
      .put("JD", "JD.com (京东)")
      .put("DY", "Douyin (抖音)")
      .put("KS", "Kuaishou (快手)")
      .put("XHS", "Xiaohongshu (小红书)")
      .put("WX", "WeChat shop (微信小店)")
      .put("VIP", "Vipshop (唯品会)")
      .put("DW", "Dewu (得物)")
      .put("GW", "independent site (官网/独立站)")
      .put("MD", "offline store (门店)")
      .build();

  static final ImmutableMap<String, String> CATEGORIES = ImmutableMap.<String, String>builder()
      .put("01", "apparel (服装)")
      .put("02", "3C / electronics (3C数码)")
      .put("03", "home and living (家居)")
      .put("04", "beauty and personal care (美妆个护)")
      .put("05", "food and beverages (食品饮料)")
      .put("06", "mother and baby (母婴)")
      .put("07", "shoes and bags (鞋包)")
      .put("08", "sports and outdoors (运动户外)")
      .put("09", "jewellery and accessories (珠宝配饰)")
      .put("10", "home appliances (家电)")
      .put("11", "pet supplies (宠物用品)")
      .put("12", "books and stationery (图书文具)")
      .put("99", "other (其他)")
      .build();

  static final ImmutableMap<String, String> SIZES = sizes();

  static final SkuSchema SCHEMA = SkuSchema.builder()
      .name("standard")
      .separator('-')
      .addSegments(SkuSegment.codeTable("platform", SegmentRole.PLATFORM, PLATFORMS))
      .addSegments(SkuSegment.codeTable("category", SegmentRole.CATEGORY, CATEGORIES))
      .addSegments(SkuSegment.codeTable("size", SegmentRole.SIZE, SIZES))
      .addSegments(SkuSegment.yearMonth("launch-month", SegmentRole.LAUNCH_MONTH))
      .build();

  private StandardSchema() {}

  private static ImmutableMap<String, String> sizes() {
    ImmutableMap.Builder<String, String> sizes = ImmutableMap.<String, String>builder()
        .put("XS", "extra small")
        .put("S", "small")
        .put("M", "medium")
        .put("L", "large")
        .put("XL", "extra large")
        .put("XXL", "2XL")
        .put("XXXL", "3XL")
        .put("F", "one size (均码)");
    for (int size = 26; size <= 46; size++) {
      sizes.put(Integer.toString(size), "numeric size " + size + " (waist in inches or EU shoe size)");
    }
    return sizes.build();
  }
}
