package org.dateline.cli;

/** Output formats of the analytics commands. */
enum AnalyticsFormat {
  /** Aligned text for people. */
  table,
  /** RFC 4180 CSV: header row, CRLF line ends, UTF-8, numbers in Locale.ROOT. */
  csv,
  /** One JSON document with the documented field names. */
  json,
  /** A GEXF 1.3 graph file for Gephi ({@code cooccur} only). */
  gexf
}
