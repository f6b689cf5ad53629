package org.dateline.cli;

/** Output formats of {@code search} and {@code show}. */
enum OutputFormat {
  /** Aligned text for people. */
  table,
  /** One JSON document with the documented field names. */
  json
}
