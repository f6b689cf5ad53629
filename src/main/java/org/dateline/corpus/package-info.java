/**
 * Reading corpora: each on-disk format is one small {@link org.dateline.corpus.ArticleReader}
 * that turns a file into raw articles, and {@link org.dateline.corpus.CorpusWalker} walks paths to
 * files. This package knows nothing of Lucene.
 *
 * <p>How to add a format: (1) write a class implementing {@code ArticleReader} that reports every
 * record as an article or a rejection with its location and reason; (2) register it by file
 * extension in {@link org.dateline.corpus.Formats}; (3) add a contract test with a fixture file in
 * {@code src/test/resources/formats/}, malformed records included; (4) document it in the README.
 */
package org.dateline.corpus;
