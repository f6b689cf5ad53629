package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote or line break; CRLF after every row. */
final class CsvWriter {
  private final PrintWriter out;

  CsvWriter(PrintWriter out) {
    this.out = out;
  }

  /** Writes one row. */
  void row(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  /** Writes one row of {@code fields}. */
  void row(String... fields) {
    row(List.of(fields));
  }

  private static String field(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
