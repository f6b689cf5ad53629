package org.dateline.cli;

/** Base of CLI tests that run {@code dateline} in-process and read what the last run printed. */
abstract class InProcessCliTest {
  private final CliRunner cli = new CliRunner();
  /** What the last {@link #run} printed on stdout. */
  String out;
  /** What the last {@link #run} printed on stderr. */
  String err;

  /** Runs {@code args} through {@link Cli#create}; returns the exit code. */
  int run(String... args) {
    int code = cli.run(args);
    out = cli.out;
    err = cli.err;
    return code;
  }
}
