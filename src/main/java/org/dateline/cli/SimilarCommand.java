package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.SearchRequest;
import org.dateline.search.SearchResult;
import org.dateline.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline similar ID [QUERY]}: the articles most like one article, among those the filters select. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "List the articles most like article ID (more-like-this over title and body); the first argument is the ID, any further ones a query that restricts the candidates.")
final class SimilarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;

  // picocli also hands this first argument to the filter mixin's open-ended QUERY list, so the
  // query is that list without its first element.
  @Parameters(index = "0", paramLabel = "ID", description = "Article id, as shown by search.")
  String id;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Articles to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be a positive number");
    }
    ArticleFilter f = filter.toFilter();
    f = f.withQuery(filter.query.size() == 1 ? null : String.join(" ", filter.query.subList(1, filter.query.size())));
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = common.openSearcher(common.registry())) {
      FilterOptions.noticeFallback(f, searcher.queries(), spec.commandLine().getErr());
      SearchResult result = searcher.similar(id, new SearchRequest(f, SortOrder.RELEVANCE, 0, limit, List.of())).orElse(null);
      if (result == null) {
        spec.commandLine().getErr().println("dateline: no article with id '" + id + "'");
        return ExitCodes.NO_INPUT;
      }
      if (format == OutputFormat.json) {
        JsonOutput.search(out, result);
        out.flush();
      } else {
        TableOutput.similar(out, result, Terminal.stdout());
      }
    }
    return ExitCodes.OK;
  }
}
