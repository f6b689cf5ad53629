package org.dateline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes export rows in one format with stable columns. How to add a format: (1) add a constant to
 * {@link ExportFormat}; (2) implement this interface; (3) return it from {@link #of}; (4) document
 * it in the README's Export section and add a test that parses the output with a standard tool.
 */
public interface RowWriter {
  /** Writes what comes before the first row (the header line of CSV and TSV). */
  void begin() throws IOException;

  /** Writes one row. */
  void write(ExportRow row) throws IOException;

  /** Flushes buffered output to the underlying writer. */
  void flush() throws IOException;

  /** A writer of {@code format} with columns {@code fields} into {@code out}. */
  static RowWriter of(ExportFormat format, List<ExportField> fields, Writer out) throws IOException {
    return switch (format) {
      case JSONL -> new JsonlRowWriter(fields, out);
      case CSV -> DelimitedRowWriter.csv(fields, out);
      case TSV -> DelimitedRowWriter.tsv(fields, out);
    };
  }
}
