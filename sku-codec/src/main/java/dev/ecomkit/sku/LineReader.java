package dev.ecomkit.sku;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with bounded memory and no per-line allocation: each line
 * is a {@link CharSlice} view, valid until the next call, of the read buffer when the line lies within it, or else
 * of a line buffer. A line longer than {@link #MAX_LINE} characters is returned as its first {@code MAX_LINE}
 * characters followed by {@code '…'}, which no code contains, and the rest of it is skipped.
 *
 * <p>Not thread-safe: one reader per thread.
 */
final class LineReader {

  static final int MAX_LINE = 1024;

  private final Reader in;
  private final char[] buffer = new char[16384];
  private final char[] line = new char[MAX_LINE + 1];
  private final CharSlice view = new CharSlice(buffer);
  private int pos;
  private int limit;
  private boolean pendingLineFeed;
  private boolean eof;

  LineReader(Reader in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of input. */
  CharSequence next() throws IOException {
    if (pendingLineFeed) {
      if (pos == limit && !fill()) {
        return null;
      }
      pendingLineFeed = false;
      if (buffer[pos] == '\n') {
        pos++;
      }
    }
    if (pos == limit && !fill()) {
      return null;
    }
    int start = pos;
    int end = lineEnd(start, Math.min(limit, start + MAX_LINE));
    if (end < limit && end - start <= MAX_LINE && isTerminator(buffer[end])) {
      terminate(end);
      return view.set(buffer, start, end - start); // the common case: the line lies within the buffer
    }
    return slowLine();
  }

  private int lineEnd(int from, int to) {
    int i = from;
    while (i < to && !isTerminator(buffer[i])) {
      i++;
    }
    return i;
  }

  private static boolean isTerminator(char c) {
    return c == '\n' || c == '\r';
  }

  private void terminate(int at) {
    pendingLineFeed = buffer[at] == '\r';
    pos = at + 1;
  }

  /** A line that crosses the buffer's end or is too long: copied into the line buffer. */
  private CharSequence slowLine() throws IOException {
    int length = 0;
    boolean cut = false;
    while (true) {
      if (pos == limit && !fill()) {
        break;
      }
      int end = lineEnd(pos, limit);
      int take = Math.min(end - pos, MAX_LINE - length);
      System.arraycopy(buffer, pos, line, length, take);
      length += take;
      cut |= take < end - pos;
      if (end < limit) {
        terminate(end);
        break;
      }
      pos = limit;
    }
    if (cut) {
      line[length++] = '…';
    }
    return view.set(line, 0, length);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    pos = 0;
    limit = Math.max(n, 0);
    eof = n < 0;
    return n > 0;
  }
}
