package org.dateline.cli;

/**
 * Whether stdout and stderr are terminals. The launcher knows ({@code [ -t 1 ]}) and passes it as
 * system properties, which is more reliable than {@code System.console()} across JDK versions.
 */
final class Terminal {
  private Terminal() {}

  /** True when stdout is a terminal (colours and aligned tables are welcome). */
  static boolean stdout() {
    return "1".equals(System.getProperty("dateline.tty.out"));
  }

  /** True when stderr is a terminal (progress may be drawn). */
  static boolean stderr() {
    return "1".equals(System.getProperty("dateline.tty.err"));
  }
}
