package org.dateline.export;

import java.util.Locale;

/** The file formats of {@code dateline export}. */
public enum ExportFormat {
  /** One JSON object per line; multi-valued fields are arrays, absent values {@code null}. */
  JSONL,
  /** RFC 4180 CSV with a header line; multi-valued fields are {@code |}-joined. */
  CSV,
  /** Tab-separated with a header line; tab, newline, return and backslash escaped with a backslash. */
  TSV;

  /** The lower-case name used on the command line and in manifests. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code jsonl}, {@code csv} or {@code tsv}, ignoring case. */
  public static ExportFormat parse(String s) {
    for (ExportFormat f : values()) {
      if (f.id().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be jsonl, csv or tsv, not '" + s + "'");
  }
}
