package org.dateline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.search.ArticleFilter;
import org.dateline.search.DefaultOperator;
import org.dateline.search.ParsedQuery;
import org.dateline.search.QueryFactory;
import org.dateline.search.QueryMode;
import org.dateline.search.QuerySyntax;
import org.dateline.search.QuerySyntaxException;
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

  @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (repeatable: any may match).")
  List<String> langs = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "NAME", description = "Only articles of this corpus (repeatable: any may match).")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--syntax", paramLabel = "SYNTAX", defaultValue = "auto",
      description = "auto (Lucene syntax; text that does not parse runs as plain words, with a notice), lucene (a parse error is an error) or plain (default: ${DEFAULT-VALUE}).")
  QuerySyntax syntax;

  @Option(names = "--default-operator", paramLabel = "AND|OR", defaultValue = "AND",
      description = "How words without an operator combine (default: ${DEFAULT-VALUE}).")
  DefaultOperator defaultOperator;

  /** The filter these options describe; a usage error when {@code --from} is after {@code --to}. */
  ArticleFilter toFilter() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    QueryMode mode = new QueryMode(syntax, defaultOperator);
    return new ArticleFilter(query.isEmpty() ? null : String.join(" ", query), from, to, actors, outlets, langs, corpora,
        mode);
  }

  /**
   * Parses the query of {@code filter} before a command runs it, printing the one-line notice to
   * {@code err} when the text ran as plain words; throws when it does not parse at all.
   */
  static void noticeFallback(ArticleFilter filter, QueryFactory queries, PrintWriter err) throws QuerySyntaxException {
    ParsedQuery parsed = queries.parse(filter);
    if (parsed.notice() != null) {
      err.println("dateline: notice: " + parsed.notice());
      err.flush();
    }
  }
}
