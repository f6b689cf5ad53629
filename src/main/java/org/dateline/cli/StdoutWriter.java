package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer over the command's stdout that notices when the reader has gone away ({@code | head}):
 * a {@link PrintWriter} swallows write errors, so every 64K characters and at each flush we ask
 * it, and throw {@link ClosedException}, which ends an export quietly instead of writing on into
 * a closed pipe.
 */
final class StdoutWriter extends Writer {
  private static final int CHECK_EVERY = 1 << 16;
  private final PrintWriter out;
  private int sinceCheck;

  StdoutWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    out.write(buf, off, len);
    written(len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(s, off, len);
    written(len);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(c);
    written(1);
  }

  private void written(int chars) throws IOException {
    sinceCheck += chars;
    if (sinceCheck >= CHECK_EVERY) {
      flush();
    }
  }

  @Override
  public void flush() throws IOException {
    sinceCheck = 0;
    if (out.checkError()) { // flushes, then reports any error since the start
      throw new ClosedException();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** Stdout can no longer be written: the reader closed the pipe. */
  static final class ClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    ClosedException() {
      super("stdout is closed");
    }
  }
}
