package org.dateline.search;

import java.util.Objects;

/**
 * How to read the query text of a filter.
 *
 * @param syntax Lucene syntax, plain words, or syntax with a plain-words fallback
 * @param operator how words without an explicit operator combine
 */
public record QueryMode(QuerySyntax syntax, DefaultOperator operator) {
  /** Syntax with the plain-words fallback, words ANDed: what the command line does by default. */
  public static final QueryMode DEFAULT = new QueryMode(QuerySyntax.AUTO, DefaultOperator.AND);

  /** Rejects nulls. */
  public QueryMode {
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(operator, "operator");
  }
}
