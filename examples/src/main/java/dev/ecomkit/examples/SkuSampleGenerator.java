package dev.ecomkit.examples;

import dev.ecomkit.sku.SegmentRole;
import dev.ecomkit.sku.SkuSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the bundled {@code sku-sample.csv}: 1,000 SKU codes of mixed quality such as a merchant's export holds,
 * from a fixed seed so the file is reproducible. About seven in ten lines are valid standard codes (some repeated,
 * some the same item on another platform, as multi-platform shops list them); the rest carry the mistakes people
 * make when they key codes by hand: wrong months, unknown platforms, categories and sizes, missing or empty
 * segments, lower case, full-width characters, spaces, and trailing junk.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp "$(cat examples/target/classpath.txt):examples/target/classes" \
 *     dev.ecomkit.examples.SkuSampleGenerator examples/src/main/resources/dev/ecomkit/examples/sku-sample.csv
 * </pre>
 *
 * <p>Not thread-safe; a program, not a library class.
 */
public final class SkuSampleGenerator {

  static final long SEED = 20250401L;
  static final int LINES = 1000;

  private final Random random = new Random(SEED);
  private final List<String> platforms;
  private final List<String> categories;
  private final List<String> sizes;
  private final List<String> emitted = new ArrayList<>();
  private final List<String> valid = new ArrayList<>();

  private SkuSampleGenerator(SkuSchema schema) {
    platforms = codes(schema, SegmentRole.PLATFORM);
    categories = codes(schema, SegmentRole.CATEGORY);
    sizes = codes(schema, SegmentRole.SIZE);
  }

  private static List<String> codes(SkuSchema schema, SegmentRole role) {
    return List.copyOf(schema.segment(role).orElseThrow().codes().keySet());
  }

  /**
   * Writes the sample to the given path.
   *
   * @param args the output path
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SkuSampleGenerator OUTPUT.csv");
      System.exit(2);
    }
    SkuSampleGenerator generator = new SkuSampleGenerator(SkuSchema.standard());
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      out.write("sku_code,stock\n");
      for (int i = 0; i < LINES; i++) {
        out.write(generator.nextCode() + "," + generator.random.nextInt(500) + "\n");
      }
    }
  }

  private String nextCode() {
    int dice = random.nextInt(100);
    String code;
    if (dice < 55 || dice < 62 && valid.isEmpty()) {
      code = valid();
      valid.add(code);
    } else if (dice < 62) {
      code = twin(valid.get(random.nextInt(valid.size()))); // the same item on another platform
      valid.add(code);
    } else if (dice < 68 && !emitted.isEmpty()) {
      code = emitted.get(random.nextInt(emitted.size())); // exact duplicate of an earlier line
    } else {
      code = broken(dice);
    }
    emitted.add(code);
    return code;
  }

  private String valid() {
    return String.join("-", pick(platforms), pick(categories), pick(sizes), yymm(1 + random.nextInt(12)));
  }

  private String twin(String code) {
    String platform = code.substring(0, code.indexOf('-'));
    String other = pick(platforms);
    while (other.equals(platform)) {
      other = pick(platforms);
    }
    return other + code.substring(platform.length());
  }

  private String broken(int dice) {
    String platform = pick(platforms);
    String category = pick(categories);
    String size = pick(sizes);
    String month = yymm(1 + random.nextInt(12));
    switch (dice % 11) {
      case 0: // month 13 or 00
        return String.join("-", platform, category, size, yymm(random.nextBoolean() ? 13 : 0));
      case 1: // platform not in the table
        return String.join("-", pick(List.of("AMZ", "PDD", "TBB", "ALI", "SHOPEE")), category, size, month);
      case 2: // size or category missing
        return random.nextBoolean() ? String.join("-", platform, category, month)
            : String.join("-", platform, size, month);
      case 3: // unknown category
        return String.join("-", platform, pick(List.of("13", "00", "1", "001", "A1")), size, month);
      case 4: // lower case
        return String.join("-", platform, category, size, month).toLowerCase();
      case 5: // full-width characters, as typed with a Chinese input method
        return toFullWidth(String.join("-", platform, category, size, month));
      case 6: // spaces or underscores between segments
        return String.join(random.nextBoolean() ? " - " : "_", platform, category, size, month);
      case 7: // trailing junk
        return String.join("-", platform, category, size, month) + pick(List.of("-1", "-X", "A", " "));
      case 8: // launch month as YYYYMM or YYMMDD
        return String.join("-", platform, category, size, "20" + month);
      case 9: // unknown size
        return String.join("-", platform, category, pick(List.of("XXXXL", "2XL", "50", "MM", "均码")), month);
      default: // empty segment or empty line
        return random.nextBoolean() ? String.join("-", platform, "", size, month) : "";
    }
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String yymm(int month) {
    int year = 18 + random.nextInt(9); // 2018..2026
    return String.format("%02d%02d", year, month);
  }

  private static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
    }
    return sb.toString();
  }
}
