package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A strict decoding reader for record-by-record parsers (CSV): it hands out every character before
 * an undecodable byte and fails only when the reader asks for the next one, with the byte's true
 * line and offset ({@link Undecodable}). {@link java.io.InputStreamReader} fails on the whole 8 kB
 * block around the bad byte instead, so the parser lost up to a block of good rows before it, and
 * a small file failed while its header was read. It also bounds a record: once more than
 * {@link ReadLimits#MAX_RECORD_BYTES} bytes were read since the parser's last {@link #recordStart},
 * it fails with {@link RecordTooLarge} before the parser buffers any more of it.
 */
final class DecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).limit(0);
  private final long maxRecordBytes;
  private long dropped; // bytes of the stream before the buffer's start
  private long lines = 1; // the line of the next character handed out
  private long recordStart;
  private boolean eof;
  private boolean flushed;
  private IOException pending;

  /** Decodes {@code in}, whose first byte is at {@code offset} of its file, as {@code cs}. */
  DecodingReader(InputStream in, Charset cs, long offset, long maxRecordBytes) {
    this.in = in;
    this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    this.dropped = offset;
    this.recordStart = offset;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Marks where the next record starts (the parser has read every record before it). */
  void recordStart() {
    recordStart = position();
  }

  private long position() {
    return dropped + bytes.position();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending != null) {
      throw pending;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        pending = new Undecodable(position(), lines + newlines(cbuf, off, out.position()));
        break;
      }
      if (r.isOverflow() || out.position() > off) {
        break;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      }
      if (position() - recordStart > maxRecordBytes) {
        pending = new RecordTooLarge(recordStart, lines);
        break;
      }
      refill();
    }
    int n = out.position() - off;
    lines += newlines(cbuf, off, off + n);
    if (n > 0) {
      return n;
    }
    if (pending != null) {
      throw pending;
    }
    return -1;
  }

  private static long newlines(char[] cbuf, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  private void refill() throws IOException {
    dropped += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** An undecodable byte: its offset in the file and its line. */
  static final class Undecodable extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long line;

    Undecodable(long offset, long line) {
      this.offset = offset;
      this.line = line;
    }

    @Override
    public String getMessage() {
      return "undecodable bytes at byte offset " + offset;
    }
  }

  /** A record (from {@link #recordStart}) past the size limit. */
  static final class RecordTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    RecordTooLarge(long offset, long line) {
      super("record starting at byte offset " + offset + " is over " + ReadLimits.MAX_RECORD_BYTES / (1024 * 1024) + " MB");
      this.line = line;
    }
  }
}
