package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The import report agrees with a brute-force count over the same lines. */
class SkuRegistryProperties {

  private static final SkuCodec LENIENT = SkuCodec.standard().lenient();

  @Property(tries = 300)
  void reportAgreesWithBruteForce(@ForAll("lines") List<String> lines) {
    SkuImportReport report = SkuRegistry.loader(LENIENT).detailLimit(1000).load(lines);

    long blank = 0;
    long errors = 0;
    long fixes = 0;
    Map<Sku, List<Long>> linesBySku = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() && line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\u3000')) {
        blank++;
        continue;
      }
      Optional<Sku> sku = LENIENT.tryParse(line);
      if (sku.isEmpty()) {
        errors++;
        continue;
      }
      fixes += SkuCodec.standard().isValid(line) ? 0 : 1;
      linesBySku.computeIfAbsent(sku.get(), k -> new ArrayList<>()).add(i + 1L);
    }
    Map<String, Set<String>> platformsByItem = new HashMap<>();
    for (Sku sku : linesBySku.keySet()) {
      platformsByItem.computeIfAbsent(sku.toString().substring(sku.platform().length()), k -> new HashSet<>())
          .add(sku.platform());
    }

    assertEquals(lines.size(), report.lines());
    assertEquals(blank, report.blankLines());
    assertEquals(errors, report.errorLines());
    assertEquals(fixes, report.lenientFixes());
    assertEquals(linesBySku.size(), report.registry().size());
    assertEquals(lines.size() - blank - errors - linesBySku.size(), report.duplicateLines());
    assertEquals(platformsByItem.values().stream().filter(p -> p.size() > 1).count(), report.twinGroups());
    for (SkuImportReport.Duplicate d : report.duplicates()) {
      assertEquals(linesBySku.get(d.sku()), d.lines());
    }
    assertEquals(linesBySku.values().stream().filter(l -> l.size() > 1).count(), report.duplicates().size());
    linesBySku.keySet().forEach(sku -> assertEquals(true, report.registry().contains(sku)));
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> codes = Arbitraries.of("TB", "JD", "DY", "tb").flatMap(platform ->
        Arbitraries.of("01", "02").flatMap(category -> Arbitraries.of("M", "L", "m").flatMap(size ->
            Arbitraries.of("2504", "2505", "2513").map(month -> platform + "-" + category + "-" + size + "-"
                + month))));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, codes),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\u3000", "junk", "TB 01 L 2505")))
        .list().ofMaxSize(60);
  }
}
