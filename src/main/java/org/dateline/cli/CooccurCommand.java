package org.dateline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.CooccurrenceRequest;
import org.dateline.search.CooccurrenceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline cooccur [QUERY]}: actor pairs named together in matching articles, with a significance score. */
@Command(name = "cooccur", mixinStandardHelpOptions = true,
    description = "List actor pairs named together in matching articles, with counts and a significance score against the whole index.")
final class CooccurCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Pairs to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "count", description = "count or score (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv (edge list), json or gexf (default: ${DEFAULT-VALUE}).")
  AnalyticsFormat format;

  @Override
  public Integer call() throws Exception {
    if (!sort.equals("count") && !sort.equals("score")) {
      throw new IllegalArgumentException("--sort must be count or score, not '" + sort + "'");
    }
    CooccurrenceRequest request = new CooccurrenceRequest(filter.toFilter(), top, sort.equals("score"));
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = common.openSearcher(common.registry())) {
      FilterOptions.noticeFallback(request.filter(), searcher.queries(), spec.commandLine().getErr());
      CooccurrenceResult result = searcher.cooccurrence(request);
      switch (format) {
        case csv -> CooccurOutput.csv(out, result);
        case json -> CooccurOutput.json(out, result);
        case gexf -> CooccurOutput.gexf(out, result);
        default -> CooccurOutput.table(out, result);
      }
    }
    return ExitCodes.OK;
  }
}
