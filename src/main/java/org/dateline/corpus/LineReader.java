package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n} or a lone {@code \r} at the end)
 * without decoding, so that one undecodable or overlong line costs only that line. A line longer
 * than the limit is skipped to its end without being held in memory. A UTF-8 byte-order mark at
 * the start is dropped.
 */
final class LineReader {
  /** One line: its 1-based number, the byte offset where it starts, and its bytes (null when too long). */
  record Line(long number, long offset, byte[] bytes, long length) {
    /** True when the line was longer than the limit and its bytes were dropped. */
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private long offset;
  private long number;
  private boolean started;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The first bytes of the stream (up to 4), without consuming them; for encoding detection. */
  byte[] peek() throws IOException {
    fill(4);
    return Arrays.copyOfRange(buf, pos, Math.min(end, pos + 4));
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (!started) {
      started = true;
      byte[] head = peek();
      if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
        pos += 3;
        offset += 3;
      }
    }
    if (pos >= end && fill(1) == 0) {
      return null;
    }
    long start = offset;
    number++;
    byte[] line = new byte[256];
    int len = 0;
    long total = 0;
    while (true) {
      if (pos >= end && fill(1) == 0) {
        break;
      }
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int chunkEnd = nl < 0 ? end : nl;
      int n = chunkEnd - pos;
      total += n;
      if (line != null) {
        if (total > maxBytes) {
          line = null; // too long: keep counting to the end of the line, hold nothing
        } else {
          if (len + n > line.length) {
            // Never past the limit: doubling a 12 MB buffer to 24 MB briefly held 36 MB for a 16 MB line.
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(len + n, line.length * 2)));
          }
          System.arraycopy(buf, pos, line, len, n);
          len += n;
        }
      }
      offset += n;
      pos = chunkEnd;
      if (nl >= 0) {
        pos++;
        offset++;
        break;
      }
    }
    if (line == null) {
      return new Line(number, start, null, total);
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return new Line(number, start, Arrays.copyOf(line, len), len);
  }

  /** Reads until at least {@code want} bytes are buffered or the stream ends; returns the bytes buffered. */
  private int fill(int want) throws IOException {
    if (end - pos >= want) {
      return end - pos;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    while (end - pos < want) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      end += n;
    }
    return end - pos;
  }
}
