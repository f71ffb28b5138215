package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input is cheap: {@code tryParse} and the bulk import build no exception (a {@link SkuFormatException} with
 * its stack trace and message takes well over a kilobyte) for an invalid line. Measured in bytes allocated by this
 * thread ({@code com.sun.management.ThreadMXBean}), which does not depend on timing.
 */
class ErrorPathAllocationTest {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aFailedParseBuildsAnExceptionOfOverAKilobyte() {
    long before = allocated();
    for (int i = 0; i < 1000; i++) {
      try {
        SkuCodec.standard().lenient().parse("tb-01-m-2513");
      } catch (SkuFormatException expected) {
        // what the import no longer does per line
      }
    }
    assertTrue((allocated() - before) / 1000 > 1024, "the yardstick: an exception costs over a kilobyte");
  }

  @Test
  void tryParseOfBadInputBuildsNoException() {
    List<String> bad = List.of("TB-01-M-2513", "XX-01-M-2504", "01-M-2504", "TB--01-M-2504", "tb-01-m-2513",
        "ＸＸ－０１－Ｍ－２５０４", "n/a");
    for (SkuCodec codec : List.of(SkuCodec.standard(), SkuCodec.standard().lenient())) {
      long before = allocated();
      for (int i = 0; i < 1000; i++) {
        for (String code : bad) {
          assertTrue(codec.tryParse(code).isEmpty());
        }
      }
      long perCall = (allocated() - before) / (1000 * bad.size());
      assertTrue(perCall < 256, codec + " allocated " + perCall + " bytes per failed tryParse");
    }
  }

  @Test
  void importingInvalidLinesBuildsNoExceptionPerLine() {
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      lines.add(ImportFixture.invalid(ImportFixture.code(random), random));
    }
    SkuRegistry.Loader loader = SkuRegistry.loader(SkuCodec.standard().lenient());
    loader.load(lines.subList(0, 1000)); // load the classes

    long before = allocated();
    SkuImportReport report = loader.load(lines);
    long perLine = (allocated() - before) / lines.size();

    assertEquals(lines.size(), report.errorLines() + report.validLines() + report.blankLines());
    assertTrue(report.errorLines() > 19_000);
    assertTrue(perLine < 100, "allocated " + perLine + " bytes per line, messages for 100 lines included");
  }

  private static long allocated() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
