package org.dateline.search;

/**
 * A query that parses but would cost too much to run (too many clauses, brackets nested too deep,
 * a regular expression too complex, or the time limit passed): refused with the limit it broke,
 * never run partly. See {@link QueryLimits}.
 */
public final class QueryRefusedException extends QuerySyntaxException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code reason} says which limit and how to stay within it. */
  public QueryRefusedException(String reason) {
    super("query refused: " + reason, 0);
  }
}
