package org.dateline.corpus;

import java.io.IOException;

/** Turns one file of a given format into raw articles, reporting every record it cannot read. */
public interface ArticleReader {
  /**
   * Reads {@code file}, passing each article and each rejection to {@code sink}. Throws only when
   * the file cannot be read at all; the caller then reports and skips it.
   */
  void read(SourceFile file, ArticleSink sink) throws IOException;
}
