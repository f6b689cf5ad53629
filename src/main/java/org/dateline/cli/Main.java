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
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.create(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
