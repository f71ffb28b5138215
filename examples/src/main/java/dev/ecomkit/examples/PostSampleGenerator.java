package dev.ecomkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the bundled {@code posts-sample.tsv}: 2,000 synthetic social-media posts about a snack shop, one a line,
 * {@code id<TAB>platform<TAB>text}. Most are ordinary chatter; some mention the handbook's risk keywords (seed 001
 * §5.1: 食品腐败, 杂质, 假冒产品; 模仿, 品质不佳, 定价过高; 禁止销售, 资质要求, 合规性), a share of those written to evade
 * a plain filter — noise between the characters ({@code 杂-质}, {@code 食 品 腐 败}), traditional characters
 * ({@code 假冒產品}), a zero-width space inside, full-width letters — and some deny the claim with an allowed phrase
 * ({@code 不是假冒产品}). Seeded: the same file every run.
 *
 * <p>Run: {@code java -cp examples/target/classes dev.ecomkit.examples.PostSampleGenerator
 * examples/src/main/resources/dev/ecomkit/examples/posts-sample.tsv}. Not a library class.
 */
final class PostSampleGenerator {

  static final String[] PLATFORMS = {"weibo", "xiaohongshu", "douyin", "taobao"};
  private static final String[] CHATTER = {
      "今天收到坚果礼盒了，包装很好看", "618 买的零食到了，孩子很喜欢", "客服回复很快，物流也不错", "这家的牛肉干有点咸",
      "双11 囤了三箱，性价比可以", "味道一般，不会回购", "包装有点破损但东西没事", "朋友推荐的，确实好吃",
      "发货慢了两天，其他还好", "直播间抢到的优惠券很划算", "第二次买了，品质稳定", "口感偏甜，老人不太喜欢"};
  private static final String[][] RISK = {
      {"吃出了杂质，太恶心了", "收到的坚果里有杂质", "怀疑是假冒产品，和专柜的不一样", "打开发现食品腐败，已经发霉"},
      {"这款完全是模仿大牌的包装", "比起别家品质不佳", "定价过高，同样的东西别家便宜一半"},
      {"听说这类产品被禁止销售了", "新规出来后有资质要求吗", "商家的合规性存疑"}};
  private static final String[] DENIALS = {"我确认过了，不是假冒产品，放心买", "有人说是假货，其实不是假冒产品"};

  private PostSampleGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0]
        : "examples/src/main/resources/dev/ecomkit/examples/posts-sample.tsv");
    SplittableRandom random = new SplittableRandom(20261128);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= 2_000; i++) {
        String text = CHATTER[random.nextInt(CHATTER.length)];
        int roll = random.nextInt(100);
        if (roll < 12) {
          String[] category = RISK[random.nextInt(RISK.length)];
          text = text + "。" + evade(category[random.nextInt(category.length)], random);
        } else if (roll < 14) {
          text = text + "。" + DENIALS[random.nextInt(DENIALS.length)];
        }
        w.write(String.format(Locale.ROOT, "P%05d\t%s\t%s%n", i, PLATFORMS[random.nextInt(PLATFORMS.length)], text));
      }
    }
  }

  /** One mention in three written to slip past a plain filter. */
  private static String evade(String text, SplittableRandom random) {
    switch (random.nextInt(9)) {
      case 0:
        return text.replace("杂质", "杂-质").replace("食品腐败", "食 品 腐 败").replace("模仿", "模*仿");
      case 1:
        return text.replace("假冒产品", "假冒產品").replace("品质不佳", "品質不佳").replace("资质要求", "資質要求");
      case 2:
        return text.replace("杂质", "杂\u200B质").replace("合规性", "合\u200B规性").replace("定价过高", "定价·过高");
      default:
        return text;
    }
  }
}
