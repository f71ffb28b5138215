package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import's reports on seeded mixed catalogues ({@link ImportFixture}) are exactly those recorded in
 * {@code src/test/resources/dev/ecomkit/sku/import-golden-*.txt}: counts by reason, the first errors with their
 * messages, duplicates, fixes and twins. The files were written by the import of commit {@code a708005}, which
 * built a {@link SkuFormatException} for every invalid line, so they pin the allocation-free error path to the
 * same results.
 */
class SkuImportGoldenTest {

  private static final long SEED = 20261128L;

  @Test
  void lenientImportMatchesTheRecordedReport() throws IOException {
    SkuImportReport report = SkuRegistry.loader(SkuCodec.standard().lenient()).detailLimit(400)
        .load(ImportFixture.lines(SEED, 6000));

    assertEquals(golden("import-golden-lenient.txt"), ImportFixture.render(report));
  }

  @Test
  void strictImportMatchesTheRecordedReport() throws IOException {
    SkuImportReport report = SkuRegistry.loader(SkuCodec.standard()).detailLimit(150)
        .load(ImportFixture.lines(SEED, 6000));

    assertEquals(golden("import-golden-strict.txt"), ImportFixture.render(report));
  }

  @Test
  void checkCharacterImportMatchesTheRecordedReport() throws IOException {
    SkuImportReport report = SkuRegistry.loader(SkuCodec.of(TypedSegmentsTest.CHECKED).lenient()).detailLimit(200)
        .load(ImportFixture.checkedLines(SEED, 3000));

    assertEquals(golden("import-golden-checked.txt"), ImportFixture.render(report));
  }

  @Test
  void readerImportMatchesTheIterableImport() {
    List<String> lines = ImportFixture.lines(SEED, 6000);
    SkuImportReport fromReader = SkuRegistry.loader(SkuCodec.standard().lenient()).detailLimit(400)
        .load(new StringReader(String.join("\n", lines)));

    assertEquals(ImportFixture.render(SkuRegistry.loader(SkuCodec.standard().lenient()).detailLimit(400)
        .load(lines)), ImportFixture.render(fromReader));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = SkuImportGoldenTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
