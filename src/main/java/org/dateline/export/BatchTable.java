package org.dateline.export;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes batch rows as CSV with the header {@code label,bucket,outlet,count,total}, quoting as RFC 4180 does. */
public final class BatchTable {
  /** The columns of the table. */
  public static final String HEADER = "label,bucket,outlet,count,total";

  private BatchTable() {}

  /** Writes the header line. */
  public static void header(PrintWriter out) {
    out.print(HEADER + "\n");
  }

  /** Writes {@code rows}, one line each. */
  public static void rows(PrintWriter out, List<BatchRunner.Row> rows) {
    StringBuilder sb = new StringBuilder();
    for (BatchRunner.Row r : rows) {
      sb.setLength(0);
      DelimitedRowWriter.quoteCsv(r.label(), sb);
      sb.append(',').append(r.bucket()).append(',');
      DelimitedRowWriter.quoteCsv(r.outlet(), sb);
      sb.append(String.format(Locale.ROOT, ",%d,%d\n", r.count(), r.total()));
      out.print(sb);
    }
  }
}
