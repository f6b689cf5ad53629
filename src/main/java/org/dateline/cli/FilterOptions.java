package org.dateline.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.search.ArticleFilter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The query and filters shared by every command that selects articles (search, export, analytics). */
final class FilterOptions {
  @Parameters(paramLabel = "QUERY", arity = "0..*",
      description = "Lucene query over title and body (AND between words; fields title:, body:, actor:, outlet:, lang:, date:). None: all articles.")
  List<String> query = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "First publication day (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "Last publication day (inclusive).")
  LocalDate to;

  @Option(names = "--actor", paramLabel = "ID|ALIAS", description = "Only articles naming this actor (repeatable: all must match).")
  List<String> actors = new ArrayList<>();

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet (repeatable: any may match).")
  List<String> outlets = new ArrayList<>();

  /** The filter these options describe; a usage error when {@code --from} is after {@code --to}. */
  ArticleFilter toFilter() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    return new ArticleFilter(query.isEmpty() ? null : String.join(" ", query), from, to, actors, outlets);
  }
}
