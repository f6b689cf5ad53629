package org.dateline.search;

/** The order of hits; ties are always broken by article id so that output is reproducible. */
public enum SortOrder {
  /** Best BM25 score first. */
  RELEVANCE,
  /** Oldest first; undated articles last. */
  DATE,
  /** Newest first; undated articles last. */
  DATE_DESC;

  /** Parses {@code relevance}, {@code date} or {@code -date}. */
  public static SortOrder parse(String s) {
    return switch (s) {
      case "relevance" -> RELEVANCE;
      case "date" -> DATE;
      case "-date" -> DATE_DESC;
      default -> throw new IllegalArgumentException("sort must be relevance, date or -date, not '" + s + "'");
    };
  }
}
