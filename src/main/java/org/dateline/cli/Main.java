package org.dateline.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The entry point of the {@code dateline} command: the one place that calls {@code System.exit}. */
public final class Main {
  /**
   * Lucene logs a hint about the incubating vector module on every start; it is noise for users.
   * Held in a field because the logging framework keeps loggers only weakly.
   */
  private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /** Runs {@code dateline} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    VECTOR_LOG.setLevel(Level.OFF);
    // Over the file descriptor, not System.out: a PrintStream keeps no cause of a write error,
    // and a full disk must not pass for a closed pipe.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.run(args, stdout, err);
    err.flush();
    System.exit(code);
  }
}
