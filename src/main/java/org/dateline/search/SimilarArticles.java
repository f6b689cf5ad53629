package org.dateline.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/** Builds the more-like-this query of one article: its most telling title and body terms, scored by BM25. */
final class SimilarArticles {
  /** Terms taken from the article, the most distinctive (tf-idf) first. */
  static final int MAX_TERMS = 25;

  private SimilarArticles() {}

  /** The query for articles like document {@code doc} of {@code reader}. */
  static Query like(IndexReader reader, int doc) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(Analyzers.text());
    mlt.setFieldNames(ArticleFields.TEXT_FIELDS.toArray(String[]::new));
    // News articles are short: a word used once can still say what the article is about (default 2).
    mlt.setMinTermFreq(1);
    // A word no other article has cannot find a similar one; Lucene's default of 5 would ignore
    // the rare names that best tie two reports of one event together.
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(MAX_TERMS);
    return mlt.like(doc);
  }
}
