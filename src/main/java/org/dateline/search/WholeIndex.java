package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dateline.index.ArticleFields;

/**
 * Answers for a request that selects every article ({@code dateline search --facet ...} with no
 * query or filter) from the index's own statistics instead of a pass over every article: the
 * count of a facet value is the number of articles holding its keyword term (every facet value is
 * also indexed as that term, see {@link ArticleFields#addKeywords}), which a segment without
 * deletions stores as the term's document frequency; the first page by id is the first ids of
 * the id terms. Segments with deletions count the term's postings against their live articles.
 */
final class WholeIndex {
  private final IndexReader reader;

  WholeIndex(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * The {@code top} most frequent values of {@code dim} among all articles, count descending then
   * value in index (UTF-8) order, as the facet counts order them.
   */
  List<FacetValue> top(String dim, int top) throws IOException {
    Map<BytesRef, long[]> counts = termCounts(dim);
    List<Map.Entry<BytesRef, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Comparator.<Map.Entry<BytesRef, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
    List<FacetValue> out = new ArrayList<>();
    for (Map.Entry<BytesRef, long[]> e : entries.subList(0, Math.min(top, entries.size()))) {
      out.add(new FacetValue(e.getKey().utf8ToString(), null, e.getValue()[0]));
    }
    return out;
  }

  /** The number of live articles holding each value of the keyword field {@code field} (values held by none left out). */
  Map<String, Long> counts(String field) throws IOException {
    Map<String, Long> out = new HashMap<>();
    termCounts(field).forEach((term, n) -> out.put(term.utf8ToString(), n[0]));
    return out;
  }

  private Map<BytesRef, long[]> termCounts(String field) throws IOException {
    Map<BytesRef, long[]> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        long n;
        if (live == null) {
          n = te.docFreq();
        } else {
          postings = te.postings(postings, PostingsEnum.NONE);
          n = 0;
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            n += live.get(doc) ? 1 : 0;
          }
        }
        if (n > 0) {
          counts.computeIfAbsent(BytesRef.deepCopyOf(term), k -> new long[1])[0] += n;
        }
      }
    }
    return counts;
  }

  /**
   * The first {@code n} articles by id (top-level doc ids, score 0 as a query without text gives),
   * or null when some article has no id term and the caller must sort.
   */
  ScoreDoc[] firstById(int n) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms ids = leaf.reader().terms(ArticleFields.ID);
      if (leaf.reader().maxDoc() > 0 && (ids == null || ids.getDocCount() != leaf.reader().maxDoc())) {
        return null; // an article without an id sorts first in the field sort: leave it to that
      }
    }
    List<ScoreDoc> page = new ArrayList<>(n);
    Terms ids = MultiTerms.getTerms(reader, ArticleFields.ID);
    if (ids != null) {
      Bits live = MultiBits.getLiveDocs(reader);
      TermsEnum te = ids.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null && page.size() < n; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && page.size() < n; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            page.add(new ScoreDoc(doc, 0f));
          }
        }
      }
    }
    return page.toArray(new ScoreDoc[0]);
  }
}
