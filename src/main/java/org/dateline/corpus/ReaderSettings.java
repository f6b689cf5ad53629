package org.dateline.corpus;

/**
 * How to read the files of one corpus: the format (or null to choose by extension), the field
 * mapping of record formats and the CSV delimiter (or null: ',' for .csv, TAB for .tsv).
 *
 * @param format a name from {@link Formats#NAMES}, or null to choose by file extension
 * @param mapping the field mapping of JSON and CSV records
 * @param delimiter the CSV delimiter, or null to choose by extension
 */
public record ReaderSettings(String format, FieldMapping mapping, Character delimiter) {
  /** Formats by extension, the default field mapping. */
  public static final ReaderSettings DEFAULT = new ReaderSettings(null, FieldMapping.DEFAULT, null);
}
