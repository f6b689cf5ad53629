package org.dateline.cli;

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
    // Over System.out itself (not an OutputStreamWriter) so that checkError() sees a closed pipe.
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.forArgs(args, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
