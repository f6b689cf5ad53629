package org.dateline.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV and TSV: a header line of column names, then one line per article, {@code \n} line ends.
 * Multi-valued columns are joined with {@code |} (actor ids never contain one); absent values are
 * empty cells. CSV quotes a cell that holds a comma, quote, newline or return and doubles its
 * quotes (RFC 4180); TSV cannot quote, so it escapes backslash, tab, newline and return as
 * {@code \\ \t \n \r}, as PostgreSQL's text format does.
 */
final class DelimitedRowWriter implements RowWriter {
  /** Separates the values of a multi-valued column. */
  static final char LIST_SEPARATOR = '|';

  private final List<ExportField> fields;
  private final Writer out;
  private final char delimiter;
  private final StringBuilder cell = new StringBuilder(256);

  private DelimitedRowWriter(List<ExportField> fields, Writer out, char delimiter) {
    this.fields = List.copyOf(fields);
    this.out = out;
    this.delimiter = delimiter;
  }

  static DelimitedRowWriter csv(List<ExportField> fields, Writer out) {
    return new DelimitedRowWriter(fields, out, ',');
  }

  static DelimitedRowWriter tsv(List<ExportField> fields, Writer out) {
    return new DelimitedRowWriter(fields, out, '\t');
  }

  @Override
  public void begin() throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      writeCell(i, fields.get(i).column());
    }
    out.write('\n');
  }

  @Override
  public void write(ExportRow row) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      writeCell(i, fields.get(i).multiValued() ? join(row.list(i)) : row.string(i));
    }
    out.write('\n');
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  private void writeCell(int i, String value) throws IOException {
    if (i > 0) {
      out.write(delimiter);
    }
    if (value == null || value.isEmpty()) {
      return;
    }
    cell.setLength(0);
    if (delimiter == '\t') {
      escapeTsv(value, cell);
    } else {
      quoteCsv(value, cell);
    }
    out.append(cell);
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(String.valueOf(LIST_SEPARATOR), values);
  }

  static void quoteCsv(String value, StringBuilder sb) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(value);
      return;
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      sb.append(c);
      if (c == '"') {
        sb.append('"');
      }
    }
    sb.append('"');
  }

  static void escapeTsv(String value, StringBuilder sb) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
  }
}
