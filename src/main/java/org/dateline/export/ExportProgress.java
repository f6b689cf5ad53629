package org.dateline.export;

/** Hears how far an export has got, after each page of rows; the command line draws it. */
@FunctionalInterface
public interface ExportProgress {
  /** Ignores progress. */
  ExportProgress NONE = (rows, total) -> {};

  /** {@code rows} of {@code total} rows are written. */
  void update(long rows, long total);
}
