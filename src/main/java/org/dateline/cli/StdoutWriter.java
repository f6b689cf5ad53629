package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer over the command's stdout for long outputs (export): it flushes every 64K characters, so
 * that a failed write ends the command early instead of after the whole export. Over the real
 * stdout ({@link StdoutStream}) the failure itself ends it, and {@link Cli#run} tells a closed pipe
 * from a full disk; over any other {@link PrintWriter}, which swallows write errors and keeps no
 * cause, a write error is an IOException (exit 74), never taken for a closed pipe.
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
      throw new IOException("cannot write to stdout; the output is incomplete");
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
