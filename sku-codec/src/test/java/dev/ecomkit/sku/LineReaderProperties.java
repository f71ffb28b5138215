package dev.ecomkit.sku;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link LineReader} splits like a plain reference splitter, whatever the chunks the underlying reader returns. */
class LineReaderProperties {

  @Property(tries = 300)
  void splitsLikeTheReference(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 40000) int chunk)
      throws IOException {
    assertEquals(reference(text), read(new ChunkedReader(text, chunk)));
  }

  static List<String> read(Reader in) throws IOException {
    LineReader reader = new LineReader(in);
    List<String> lines = new ArrayList<>();
    for (CharSequence line; (line = reader.next()) != null; ) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Lines end at \n, \r\n or \r; a final line needs no terminator; long lines are cut with '…'. */
  static List<String> reference(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(cut(text.substring(start, i)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(cut(text.substring(start)));
    }
    return lines;
  }

  private static String cut(String line) {
    return line.length() <= LineReader.MAX_LINE ? line : line.substring(0, LineReader.MAX_LINE) + "…";
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.strings().withChars("AB-1 ").ofMaxLength(20)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1000, 3000).map("x"::repeat)));
    Arbitrary<String> terminator = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\r\n");
    return net.jqwik.api.Combinators.combine(line.list().ofMaxSize(3000), terminator.list().ofSize(3000))
        .as((lines, terminators) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(i + 1 < lines.size() || i % 2 == 0 ? terminators.get(i) : "");
          }
          return sb.toString();
        });
  }

  /** A reader that returns at most {@code chunk} characters a call, as sockets and decoders do. */
  private static final class ChunkedReader extends Reader {
    private final StringReader in;
    private final int chunk;

    ChunkedReader(String text, int chunk) {
      this.in = new StringReader(text);
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, chunk));
    }

    @Override
    public void close() {}
  }
}
