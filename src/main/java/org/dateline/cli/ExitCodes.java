package org.dateline.cli;

/** The documented exit codes of {@code dateline}, after BSD sysexits. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** {@code verify}: the export file, the index, the registry or the rows differ from the manifest. */
  public static final int DIFFERENT = 1;
  /** Usage error: unknown option, bad option value (e.g. a bad date), unknown actor. */
  public static final int USAGE = 64;
  /** Bad input data: a query that does not parse; rejected input under {@code index --strict} or {@code --max-errors}. */
  public static final int DATA = 65;
  /** Missing input: no index at the path, no such file or folder, no such article. */
  public static final int NO_INPUT = 66;
  /** No JDK >= 21 found (the launcher). */
  public static final int UNAVAILABLE = 69;
  /** Internal error: a bug; run with -v for the stack trace. */
  public static final int SOFTWARE = 70;
  /** I/O error reading or writing files or the index. */
  public static final int IO = 74;
  /** The index is locked by another dateline process; try again when it has finished. */
  public static final int TEMPFAIL = 75;
  /** Invalid configuration (e.g. index-config/actors.tsv). */
  public static final int CONFIG = 78;

  private ExitCodes() {}
}
