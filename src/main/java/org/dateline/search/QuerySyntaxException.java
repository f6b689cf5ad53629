package org.dateline.search;

/** A query string does not parse; carries the 1-based column where parsing failed, when known. */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int column;

  /** Creates the exception with a message and the failing column (0 when unknown). */
  public QuerySyntaxException(String message, int column) {
    super(message);
    this.column = column;
  }

  /** The 1-based column of the error, or 0 when unknown. */
  public int column() {
    return column;
  }
}
