package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code dateline} command: the one place that calls {@code System.exit}. */
public final class Main {
  /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level (seen in long index runs). */
  private static final java.util.logging.Logger VECTOR_LOGGER =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /** Runs {@code dateline} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    // Lucene logs a hint about the incubating vector module on every start; it is noise for users.
    VECTOR_LOGGER.setLevel(java.util.logging.Level.OFF);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.create(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
