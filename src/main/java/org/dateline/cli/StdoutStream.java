package org.dateline.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The process's stdout as a stream that does not swallow write errors, as {@link java.io.PrintStream}
 * and {@link java.io.PrintWriter} do: the first failed write throws {@link Failure}, which ends the
 * command at once. {@link Cli} then tells a reader that went away (a closed pipe, {@code | head}:
 * quiet, exit 0) from every other failure (a full disk, {@code > /dev/full}, an I/O error: one line
 * on stderr, exit 74), so no command's output is ever cut short in silence.
 */
final class StdoutStream extends FilterOutputStream {
  private Failure failure;

  StdoutStream(OutputStream out) {
    super(out);
  }

  /** The first write error, or null; once there is one, every later write throws it again. */
  Failure failure() {
    return failure;
  }

  private Failure failed(IOException e) {
    if (failure == null) {
      failure = new Failure(e);
    }
    return failure;
  }

  private void check() {
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void write(int b) {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Stdout could not be written; unchecked so that it passes through PrintWriter, which keeps only IOExceptions. */
  static final class Failure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /**
     * True when the reader closed the pipe (EPIPE). Java reports errno only in the message (the JVM
     * ignores SIGPIPE, so a write gets EPIPE): "Broken pipe" on Linux and macOS, "The pipe is being
     * closed" on Windows.
     */
    boolean closedPipe() {
      String m = getCause().getMessage();
      return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended"));
    }

    /** The one line shown for a failure other than a closed pipe. */
    String describe() {
      return "cannot write to stdout (" + getCause().getMessage() + "); the output is incomplete";
    }
  }
}
