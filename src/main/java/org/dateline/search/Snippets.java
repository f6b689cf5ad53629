package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;

/**
 * The best passage of each hit's body with the query's matches marked, by Lucene's unified
 * highlighter over the offsets the body's postings hold.
 *
 * <p>Three costs of a plain {@code UnifiedHighlighter} per search are avoided: it merges the field
 * infos of every segment to choose where offsets come from (a third of its time on a 1M-article
 * index), so the body's merged field info is taken once per opened index; it reads each hit's
 * stored body again, which the caller has just read for the hit itself, so the bodies are handed
 * in; and its passage scorer allocates a 32 kB hash per passage, so {@link LeanPassageScorer}
 * gives the same scores without it.
 */
final class Snippets {
  private static final LeanPassageScorer SCORER = new LeanPassageScorer();
  /** Unused for the body, whose offsets come from its postings; shared rather than built per search. */
  private static final org.apache.lucene.analysis.Analyzer TEXT = Analyzers.text();
  private final IndexSearcher searcher;
  private FieldInfo body;

  Snippets(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** One passage per doc of {@code page} whose body ({@code bodies[i]}) matches {@code text}, null where none does. */
  String[] of(ScoreDoc[] page, String[] bodies, Query text) throws IOException {
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      byDoc.put(page[i].doc, bodies[i] == null ? "" : bodies[i]);
    }
    FieldInfo info = bodyInfo();
    UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, TEXT)
        .withFormatter(new DefaultPassageFormatter(ArticleSearcher.MARK_START, ArticleSearcher.MARK_END, " … ", false))
        .withMaxNoHighlightPassages(0)
        .withScorer(SCORER)) {
      @Override
      protected FieldInfo getFieldInfo(String field) {
        return field.equals(ArticleFields.BODY) ? info : super.getFieldInfo(field);
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
          throws IOException {
        if (fields.length != 1 || !fields[0].equals(ArticleFields.BODY)) {
          return super.loadFieldValues(fields, docs, cacheCharsThreshold);
        }
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          String value = byDoc.get(doc);
          // cut where the stored-fields loader stops reading, so the passages are the same
          values.add(new CharSequence[] {value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value});
        }
        return values;
      }
    };
    TopDocs td = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    return highlighter.highlight(ArticleFields.BODY, text, td, 1);
  }

  private synchronized FieldInfo bodyInfo() {
    if (body == null) {
      body = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ArticleFields.BODY);
    }
    return body;
  }
}
