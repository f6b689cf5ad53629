package org.dateline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.extract.ActorRegistry;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.FacetRequest;
import org.dateline.search.SearchRequest;
import org.dateline.search.SearchResult;
import org.dateline.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline search [QUERY]}: full-text search with filters and exact facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search articles; facet counts are exact over all matches.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Mixin FilterOptions filter;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance, date or -date (default: ${DEFAULT-VALUE}); ties by id.")
  String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--facet", paramLabel = "FACET", description = "Count actor, outlet or lang (optionally :N for top N, default 10), or date:day|week|month|quarter|year. Repeatable.")
  List<String> facets = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--kwic", paramLabel = "N", defaultValue = "0",
      description = "Keyword-in-context: one line per match in each hit's text, N characters either side.")
  int kwic;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Stop and refuse (exit 65) a search that runs longer than this (default: ${DEFAULT-VALUE}).")
  double timeout;
  @Option(names = "--unique", description = "Count each group of exact duplicates (same normalised text) once: the match with the smallest id.")
  boolean unique;

  @Override
  public Integer call() throws Exception {
    if (!(timeout > 0)) {
      throw new IllegalArgumentException("--timeout must be a positive number of seconds");
    }
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("--limit and --offset must not be negative");
    }
    List<FacetRequest> facetRequests = facets.stream().map(FacetRequest::parse).toList();
    SearchRequest request = new SearchRequest(filter.toFilter(), SortOrder.parse(sort), offset, limit, facetRequests, kwic, unique);
    ActorRegistry registry = common.registry();
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleSearcher searcher = common.openSearcher(registry)) {
      String indexed = searcher.indexedRegistryHash();
      if (indexed != null && !indexed.equals(registry.hash())) {
        spec.commandLine().getErr().println("dateline: warning: the actor registry changed since the index was built;"
            + " actor facets may be stale until you run: dateline actors apply");
      }
      FilterOptions.noticeFallback(request.filter(), searcher.queries(), spec.commandLine().getErr());
      searcher.timeout(java.time.Duration.ofMillis((long) (timeout * 1000)));
      SearchResult result = searcher.search(request);
      if (format == OutputFormat.json) {
        JsonOutput.search(out, result, kwic > 0);
        out.flush();
      } else {
        TableOutput.search(out, result, offset, Terminal.stdout(), kwic);
      }
    }
    return ExitCodes.OK;
  }
}
