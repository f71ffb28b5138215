package dev.ecomkit.sku;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with bounded memory: a line longer than {@link #MAX_LINE}
 * characters is returned as its first {@code MAX_LINE} characters followed by {@code '…'}, which no code contains,
 * and the rest of it is skipped.
 *
 * <p>Not thread-safe: one reader per thread.
 */
final class LineReader {

  static final int MAX_LINE = 1024;

  private final Reader in;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int limit;
  private boolean pendingLineFeed;

  LineReader(Reader in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of input. */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    boolean cut = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(cut) : null;
        }
      }
      char c = buffer[pos++];
      if (pendingLineFeed) {
        pendingLineFeed = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n') {
        return finish(cut);
      }
      if (c == '\r') {
        pendingLineFeed = true;
        return finish(cut);
      }
      if (line.length() < MAX_LINE) {
        line.append(c);
      } else {
        cut = true;
      }
    }
  }

  private String finish(boolean cut) {
    return cut ? line.append('…').toString() : line.toString();
  }
}
