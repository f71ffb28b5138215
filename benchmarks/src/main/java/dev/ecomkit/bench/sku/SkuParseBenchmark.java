package dev.ecomkit.bench.sku;

import dev.ecomkit.sku.Sku;
import dev.ecomkit.sku.SkuCodec;
import dev.ecomkit.sku.SkuSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Strict parsing of standard-scheme codes ({@code TB-01-M-2504}), one thread: ecomkit's {@link SkuCodec} against
 * {@link RegexSkuParser}, a {@code java.util.regex} parser making the same checks.
 *
 * <ul>
 *   <li>{@code parse_*}: 1,024 valid codes; ecomkit returns a {@link Sku}, the peer the four parts.
 *   <li>{@code validate_*}: 1,024 codes of which about a quarter are invalid the ways keyed codes are (lower case,
 *       month 13, unknown platform, a segment left out), answering only valid or not.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class SkuParseBenchmark {

  private static final int SIZE = 1024;

  private final SkuCodec codec = SkuCodec.standard();
  private final RegexSkuParser regex = new RegexSkuParser(SkuSchema.standard());
  private String[] valid;
  private String[] mixed;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(20250401);
    valid = new String[SIZE];
    mixed = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      valid[i] = randomCode(random);
      mixed[i] = random.nextInt(4) == 0 ? mistype(valid[i], random) : valid[i];
    }
    for (int i = 0; i < SIZE; i++) {
      if (!codec.isValid(valid[i]) || regex.parse(valid[i]) == null
          || codec.isValid(mixed[i]) != regex.isValid(mixed[i])) {
        throw new IllegalStateException("ecomkit and the regex peer disagree on " + mixed[i]);
      }
    }
  }

  private static String randomCode(Random random) {
    SkuSchema schema = SkuSchema.standard();
    StringBuilder code = new StringBuilder();
    for (int s = 0; s < 3; s++) {
      List<String> codes = new ArrayList<>(schema.segments().get(s).codes().keySet());
      code.append(codes.get(random.nextInt(codes.size()))).append('-');
    }
    return code.append(String.format("%02d%02d", random.nextInt(100), 1 + random.nextInt(12))).toString();
  }

  private static String mistype(String code, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return code.toLowerCase();
      case 1:
        return code.substring(0, code.length() - 2) + "13";
      case 2:
        return "XX" + code.substring(code.indexOf('-'));
      default:
        return code.substring(code.indexOf('-') + 1);
    }
  }

  private String nextOf(String[] codes) {
    next = (next + 1) & (SIZE - 1);
    return codes[next];
  }

  @Benchmark
  public Sku parse_ecomkit() {
    return codec.parse(nextOf(valid));
  }

  @Benchmark
  public Object parse_regex() {
    return regex.parse(nextOf(valid));
  }

  @Benchmark
  public boolean validate_ecomkit() {
    return codec.isValid(nextOf(mixed));
  }

  @Benchmark
  public boolean validate_regex() {
    return regex.isValid(nextOf(mixed));
  }
}
