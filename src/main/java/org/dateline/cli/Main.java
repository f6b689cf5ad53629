package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code dateline} command: the one place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  /** Runs {@code dateline} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    // Lucene logs a hint about the incubating vector module on every start; it is noise for users.
    java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization").setLevel(java.util.logging.Level.OFF);
    // Over System.out itself (not an OutputStreamWriter) so that checkError() sees a closed pipe.
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.create(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
