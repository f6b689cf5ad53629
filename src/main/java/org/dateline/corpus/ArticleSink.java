package org.dateline.corpus;

/** Receives what a reader finds, record by record, so that files stream rather than load whole. */
public interface ArticleSink {
  /** Called for each article read. */
  void accept(RawArticle article);

  /** Called for each file or record that could not be read; reading goes on. */
  void reject(Rejection rejection);
}
