package org.dateline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs {@code dateline} in-process through {@link Cli#create} and keeps what it printed. */
final class CliRunner {
  private final List<String> trailing;
  /** What the last run printed on stdout. */
  String out;
  /** What the last run printed on stderr. */
  String err;

  /** A runner that appends {@code trailing} (such as {@code --index DIR}) to the arguments of {@link #withOptions}. */
  CliRunner(String... trailing) {
    this.trailing = List.of(trailing);
  }

  /** Runs {@code args} as given; returns the exit code. */
  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Cli.create(new PrintWriter(o), new PrintWriter(e)).execute(args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  /** Runs {@code args} followed by the trailing options; returns the exit code. */
  int withOptions(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(trailing);
    return run(all.toArray(String[]::new));
  }
}
