package org.dateline.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * Wraps output streams so that they fail as a full disk does in Java ("No space left on device",
 * the kernel's ENOSPC): the streams opened before the {@code failingStream}-th (0-based) work, that
 * one fails after {@code room} bytes. No real file system is filled.
 */
public final class DiskFull implements UnaryOperator<OutputStream> {
  private final int failingStream;
  private final long room;
  private int opened;

  public DiskFull(int failingStream, long room) {
    this.failingStream = failingStream;
    this.room = room;
  }

  @Override
  public OutputStream apply(OutputStream out) {
    return opened++ != failingStream ? out : failing(out, room, "No space left on device");
  }

  /** {@code out}, failing with an IOException saying {@code error} once more than {@code room} bytes would be written. */
  public static OutputStream failing(OutputStream out, long room, String error) {
    return new FilterOutputStream(out) {
      long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > room) {
          throw new IOException(error);
        }
        written += len;
        out.write(b, off, len);
      }
    };
  }
}
