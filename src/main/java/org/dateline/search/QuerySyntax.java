package org.dateline.search;

/** How query text is read: as Lucene syntax, as plain words, or as syntax with a plain-words fallback. */
public enum QuerySyntax {
  /**
   * Lucene syntax, but text that does not parse, or reads as a question (a word ending in {@code
   * ?}), runs as plain words with a notice; the default, so that pasted text never fails.
   */
  AUTO,
  /** Lucene syntax only: text that does not parse is an error with its position. */
  LUCENE,
  /** Plain words: every character is literal, no operators, fields or wildcards. */
  PLAIN
}
