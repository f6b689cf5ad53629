package org.dateline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dateline.search.TimelineRequest;
import org.dateline.search.TimelineRow;

/** Writes timeline rows as a table, CSV ({@code bucket,series,count,total,share}) or JSON. */
final class TimelineOutput {
  private static final int BAR_WIDTH = 40;

  private TimelineOutput() {}

  /** The share as written in CSV and JSON: six decimals, empty (null) when the bucket has no articles. */
  static String share(double share) {
    return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.6f", share);
  }

  static void csv(PrintWriter out, List<TimelineRow> rows) {
    CsvWriter csv = new CsvWriter(out);
    csv.row("bucket", "series", "count", "total", "share");
    for (TimelineRow r : rows) {
      csv.row(r.bucket(), r.series(), Long.toString(r.count()), Long.toString(r.total()), share(r.share()));
    }
    out.flush();
  }

  /** {@code {"by", "per", "rows": [{"bucket", "series", "count", "total", "share"}]}}. */
  static void json(PrintWriter out, TimelineRequest request, List<TimelineRow> rows) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("by", request.by().name().toLowerCase(Locale.ROOT));
      g.writeStringField("per", request.per());
      g.writeArrayFieldStart("rows");
      for (TimelineRow r : rows) {
        g.writeStartObject();
        g.writeStringField("bucket", r.bucket());
        g.writeStringField("series", r.series());
        g.writeNumberField("count", r.count());
        g.writeNumberField("total", r.total());
        g.writeFieldName("share");
        if (Double.isNaN(r.share())) {
          g.writeNull();
        } else {
          g.writeNumber(share(r.share()));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** Aligned columns and a bar scaled to the largest count, or to the largest share with {@code normalize}. */
  static void table(PrintWriter data, List<TimelineRow> rows, boolean normalize) {
    PrintWriter out = SafeText.wrap(data, false);
    int bw = Math.max(6, rows.stream().mapToInt(r -> r.bucket().length()).max().orElse(0));
    int sw = Math.max(6, rows.stream().mapToInt(r -> r.series().length()).max().orElse(0));
    double max = rows.stream().mapToDouble(r -> normalize ? (Double.isNaN(r.share()) ? 0 : r.share()) : r.count()).max().orElse(0);
    String format = "%-" + bw + "s  %-" + sw + "s  %8s  %8s  %7s  %s%n";
    out.print(String.format(Locale.ROOT, format, "bucket", "series", "count", "total", "share", "").stripTrailing() + "\n");
    for (TimelineRow r : rows) {
      double v = normalize ? (Double.isNaN(r.share()) ? 0 : r.share()) : r.count();
      String bar = "#".repeat(max == 0 ? 0 : (int) Math.round(v / max * BAR_WIDTH));
      String shareText = Double.isNaN(r.share()) ? "-" : String.format(Locale.ROOT, "%.4f", r.share());
      out.print(String.format(Locale.ROOT, format, r.bucket(), r.series(), String.format(Locale.ROOT, "%,d", r.count()),
          String.format(Locale.ROOT, "%,d", r.total()), shareText, bar).stripTrailing() + "\n");
    }
    out.flush();
  }
}
