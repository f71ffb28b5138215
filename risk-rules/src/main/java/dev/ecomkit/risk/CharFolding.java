package dev.ecomkit.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The character tables of a {@link Normalization}: for every UTF-16 code unit, what it folds to, or whether it is
 * noise or invisible. The matcher folds keywords and text through the same table, one char at a time.
 *
 * <p>The steps, once each and in this order: compatibility (NFKC of the char when that is one char) → full width →
 * traditional → simplified → case folding; then the result is {@link #IGNORABLE} if {@code skipInvisible} is on and
 * it is {@linkplain #isInvisible invisible}, else {@link #NOISE} if it is the folded form of a noise character.
 * Surrogates always map to themselves. The composed folding is idempotent for every combination of switches
 * (the tests check all of them): NFKC is, full width and case folding lead to characters that are their own NFKC
 * form, and the traditional → simplified table has no chains.
 *
 * <p>Building a table takes one pass over the 65,536 code units through per-step forms that are computed on first
 * use and kept: the NFKC forms (one {@link Normalizer} call per char outside the unified ideographs, Hangul
 * syllables and private use area, whose NFKC form is themselves), the case-folded forms and the traditional →
 * simplified pairs (read once from {@code ts-characters.txt}). Tables are cached per distinct {@link Normalization},
 * the {@value #CACHED_TABLES} most recently used (256 KB each).
 *
 * <p>Stateless apart from those caches; thread-safe.
 */
final class CharFolding {

  /** A visible noise character (only when the normalisation has noise). */
  static final int NOISE = -1;
  /** An invisible character, skipped entirely (only when {@link Normalization#skipInvisible()} is on). */
  static final int IGNORABLE = -2;

  /** The traditional → simplified resource, next to this class. */
  private static final String TS_RESOURCE = "ts-characters.txt";

  private static final int UNITS = 0x10000;
  private static final int CACHED_TABLES = 16;
  /** Every char mapped to itself: the form of a step that is off. */
  private static final char[] IDENTITY = identity();

  /** The most recently used tables, least recently used first; guarded by itself. */
  private static final Map<Normalization, int[]> TABLES = new LruMap();

  private CharFolding() {}

  /**
   * For every UTF-16 code unit {@code c} (0..65535): the folded char (0..65535) after all switched-on steps, or
   * {@link #NOISE} / {@link #IGNORABLE}. With {@link Normalization#none()} every entry is its own index. Shared:
   * callers must not modify the array.
   */
  static int[] table(Normalization n) {
    checkNotNull(n, "normalization");
    synchronized (TABLES) {
      int[] table = TABLES.get(n);
      if (table != null) {
        return table;
      }
    }
    int[] built = build(n); // outside the lock; two threads may build the same table, one of them is kept
    synchronized (TABLES) {
      int[] table = TABLES.putIfAbsent(n, built);
      return table != null ? table : built;
    }
  }

  private static int[] build(Normalization n) {
    char[] compatibility = n.compatibility() ? Compatibility.FORMS : IDENTITY;
    boolean fullWidth = n.fullWidth();
    char[] simplified = n.traditionalToSimplified() ? Simplified.FORMS : IDENTITY;
    char[] caseFolded = n.caseFold() ? CaseFolding.FORMS : IDENTITY;
    boolean skipInvisible = n.skipInvisible();
    // the folded forms of the noise characters, so that with full width on "－" is noise when "-" is, and back
    boolean[] isNoise = new boolean[UNITS];
    String noise = n.noiseChars();
    for (int i = 0; i < noise.length(); i++) {
      char f = compatibility[noise.charAt(i)];
      isNoise[caseFolded[simplified[fullWidth ? fullWidthFolded(f) : f]]] = true;
    }
    int[] table = new int[UNITS];
    for (int c = 0; c < UNITS; c++) {
      char f = compatibility[c];
      if (fullWidth) {
        f = fullWidthFolded(f);
      }
      f = caseFolded[simplified[f]];
      table[c] = skipInvisible && isInvisible(f) ? IGNORABLE : isNoise[f] ? NOISE : f;
    }
    return table;
  }

  /**
   * The NFKC form of {@code c} if that is one char, else {@code c}; surrogates stay. Computed directly, for single
   * characters; tables use the precomputed forms.
   */
  static char compatibilityFolded(char c) {
    if (Character.isSurrogate(c)) {
      return c;
    }
    String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return s.length() == 1 ? s.charAt(0) : c;
  }

  /** U+FF01–U+FF5E to U+0021–U+007E, U+3000 to a space, others unchanged. */
  static char fullWidthFolded(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  /** {@code Character.toLowerCase(Character.toUpperCase(c))}, or {@code c} if that left the BMP (never so far). */
  static char caseFolded(char c) {
    int f = Character.toLowerCase(Character.toUpperCase((int) c));
    return f < UNITS ? (char) f : c;
  }

  /** The simplified form of a traditional character, or {@code c}. */
  static char simplified(char c) {
    return Simplified.FORMS[c];
  }

  /** How many traditional → simplified pairs the shipped table has. */
  static int simplifiedPairs() {
    return Simplified.PAIRS;
  }

  /**
   * Whether {@code c} is a BMP {@code Default_Ignorable_Code_Point} (Unicode DerivedCoreProperties.txt), the
   * characters {@link Normalization#skipInvisible(boolean)} skips.
   */
  static boolean isInvisible(char c) {
    if (c < '\u2000') {
      return c >= '\u00AD' && (c == '\u00AD' || c == '\u034F' || c == '\u061C' || c == '\u115F' || c == '\u1160'
          || c == '\u17B4' || c == '\u17B5' || (c >= '\u180B' && c <= '\u180F'));
    }
    if (c < '\u3000') {
      return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u206F');
    }
    if (c < '\uFE00') {
      return c == '\u3164';
    }
    return c <= '\uFE0F' || c == '\uFEFF' || c == '\uFFA0' || (c >= '\uFFF0' && c <= '\uFFF8');
  }

  private static char[] identity() {
    char[] forms = new char[UNITS];
    for (int c = 0; c < UNITS; c++) {
      forms[c] = (char) c;
    }
    return forms;
  }

  /** A map that keeps the {@value #CACHED_TABLES} most recently used entries. */
  private static final class LruMap extends LinkedHashMap<Normalization, int[]> {

    private static final long serialVersionUID = 1L;

    LruMap() {
      super(CACHED_TABLES * 2, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Normalization, int[]> eldest) {
      return size() > CACHED_TABLES;
    }
  }

  /** The case-folded forms, computed on first use. */
  private static final class CaseFolding {

    static final char[] FORMS = compute();

    /**
     * Skips U+3400–U+9FFF (CJK unified ideographs) and U+AC00–U+F8FF (Hangul syllables, surrogates, private use
     * area): they have no case, so no need to ask {@link Character}.
     */
    private static char[] compute() {
      char[] forms = IDENTITY.clone();
      fold(forms, 0, 0x3400);
      fold(forms, 0xA000, 0xAC00);
      fold(forms, 0xF900, UNITS);
      return forms;
    }

    private static void fold(char[] forms, int from, int to) {
      for (int c = from; c < to; c++) {
        forms[c] = caseFolded((char) c);
      }
    }
  }

  /** The single-char NFKC forms, computed on first use (30 to 50 ms, the bulk of the first table's time). */
  private static final class Compatibility {

    static final char[] FORMS = compute();

    /**
     * Skips the ranges whose characters have no decomposition and are their own NFKC form: CJK unified ideographs
     * of extension A (U+3400–U+4DBF) and the main block (U+4E00–U+9FFF), Hangul syllables (U+AC00–U+D7A3, they
     * decompose canonically and compose back) and the private use area (U+E000–U+F8FF); and the surrogates, which
     * stay by definition. That halves the {@link Normalizer} calls; a test compares every char with a direct call.
     */
    private static char[] compute() {
      char[] forms = IDENTITY.clone();
      fold(forms, 0, 0x3400);
      fold(forms, 0x4DC0, 0x4E00);
      fold(forms, 0xA000, 0xAC00);
      fold(forms, 0xD7A4, 0xD800);
      fold(forms, 0xF900, UNITS);
      return forms;
    }

    private static void fold(char[] forms, int from, int to) {
      for (int c = from; c < to; c++) {
        forms[c] = compatibilityFolded((char) c);
      }
    }
  }

  /** The traditional → simplified forms from {@value #TS_RESOURCE}, read on first use. */
  private static final class Simplified {

    static final char[] FORMS = IDENTITY.clone();
    static final int PAIRS = read(FORMS);

    /**
     * Reads {@code T S} lines (UTF-8, {@code #} comments) into {@code forms}. The resource is ours, so a missing
     * resource, a line out of format, a duplicate key or a chain ({@code S} also a key) is a bug: an
     * {@link IllegalStateException}, which reaches the caller wrapped in an {@link ExceptionInInitializerError}.
     */
    private static int read(char[] forms) {
      boolean[] key = new boolean[UNITS];
      char[] keys = new char[UNITS];
      int pairs = 0;
      String text;
      try (InputStream in = CharFolding.class.getResourceAsStream(TS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("class-path resource dev/ecomkit/risk/" + TS_RESOURCE + " is missing");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + TS_RESOURCE, e);
      }
      int lineNumber = 0;
      for (int start = 0, end; start < text.length(); start = end + 1) {
        end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        lineNumber++;
        if (end == start || text.charAt(start) == '#') {
          continue;
        }
        char t = text.charAt(start);
        char s = end - start == 3 ? text.charAt(start + 2) : t;
        if (s == t || text.charAt(start + 1) != ' ' || Character.isSurrogate(t) || Character.isSurrogate(s)) {
          throw new IllegalStateException(TS_RESOURCE + " line " + lineNumber
              + ": expected two different BMP characters separated by one space");
        }
        if (key[t]) {
          throw new IllegalStateException(TS_RESOURCE + " line " + lineNumber + ": " + Normalization.describe(t)
              + " is listed twice");
        }
        key[t] = true;
        forms[t] = s;
        keys[pairs++] = t;
      }
      for (int i = 0; i < pairs; i++) {
        char t = keys[i];
        if (key[forms[t]]) {
          throw new IllegalStateException(TS_RESOURCE + ": " + Normalization.describe(t) + " maps to "
              + Normalization.describe(forms[t]) + ", which is itself mapped; resolve the chain");
        }
      }
      return pairs;
    }
  }
}
