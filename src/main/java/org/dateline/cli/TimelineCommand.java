package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.DateGranularity;
import org.dateline.search.TimelineRequest;
import org.dateline.search.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline timeline [QUERY]}: matches per date bucket with their share of all articles in the bucket. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Count matches per day, week, month, quarter or year, with the total and share of all articles in each bucket.")
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;

  @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "month", description = "day, week, month, quarter or year (default: ${DEFAULT-VALUE}).")
  DateGranularity by;

  @Option(names = "--per", paramLabel = "DIM", description = "One series per value of outlet, actor or lang.")
  String per;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "With --per: the N values with the most matches (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--normalize", description = "Scale the table's bars by share instead of count.")
  boolean normalize;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  AnalyticsFormat format;

  @Override
  public Integer call() throws Exception {
    if (format == AnalyticsFormat.gexf) {
      throw new IllegalArgumentException("--format gexf is for cooccur; timeline writes table, csv or json");
    }
    TimelineRequest request = new TimelineRequest(filter.toFilter(), by, per, top);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = common.openSearcher(common.registry())) {
      FilterOptions.noticeFallback(request.filter(), searcher.queries(), spec.commandLine().getErr());
      List<TimelineRow> rows = searcher.timeline(request);
      switch (format) {
        case csv -> TimelineOutput.csv(out, rows);
        case json -> TimelineOutput.json(out, request, rows);
        default -> TimelineOutput.table(out, rows, normalize);
      }
    }
    return ExitCodes.OK;
  }
}
