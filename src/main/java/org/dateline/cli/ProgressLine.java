package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.export.ExportProgress;

/** Draws "exported N of M rows" on one stderr line, redrawn in place; draws nothing unless stderr is a terminal. */
final class ProgressLine implements ExportProgress {
  private final PrintWriter err;
  private final boolean enabled;
  private boolean drawn;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(long rows, long total) {
    if (enabled) {
      err.print(String.format(Locale.ROOT, "\rdateline: exported %,d of %,d rows", rows, total));
      err.flush();
      drawn = true;
    }
  }

  /** Erases the line, so that what follows starts on a clean line. */
  void clear() {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
      drawn = false;
    }
  }
}
