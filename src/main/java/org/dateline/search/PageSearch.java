package org.dateline.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Finds the first {@code n} matches of a query in a sort order (ties by article id), their exact
 * total and, when facets are asked for, the set of all matches, in as few passes as it can: by
 * relevance through {@link RelevanceTop}'s pruning, by date (or when every match scores the same)
 * through Lucene's field sort.
 */
final class PageSearch {
  /** Matches counted one by one before a top-N search may skip the rest (Lucene's default). */
  static final int EXACT_BELOW = 1000;

  private final IndexSearcher searcher;

  PageSearch(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The first matches in order, the exact number of matches, and every match when facets were asked for (else null). */
  record Page(ScoreDoc[] docs, long total, FacetsCollector matches) {}

  /**
   * Without facets no set of matches is needed: the page comes from a top-N search that may skip
   * articles that cannot make it (block-max WAND), and the total from that search when it counted
   * every match, else from {@code count}, which counts without scoring.
   */
  Page withoutFacets(Query query, Query text, SortOrder order, int n) throws IOException {
    ScoreDoc[] page = n > 0 ? null : new ScoreDoc[0];
    long total = -1;
    if (n > 0 && byScore(order, text)) {
      RelevanceTop top = new RelevanceTop(n, EXACT_BELOW);
      RelevanceTop.Candidates found = searcher.search(query, top);
      page = top.result(searcher, found);
      total = found.exact() ? found.counted() : -1; // every match was collected: no need to count again
    }
    if (page == null) {
      page = sorted(query, order, n);
    }
    return new Page(page, total >= 0 ? total : searcher.count(query), null);
  }

  /** The page and every match (for facet counts) in one pass. */
  Page withFacets(Query query, Query text, SortOrder order, int n) throws IOException {
    FacetsCollectorManager fcm = new FacetsCollectorManager();
    FacetsCollector fc;
    ScoreDoc[] page;
    if (n > 0 && byScore(order, text)) {
      RelevanceTop top = new RelevanceTop(n, EXACT_BELOW);
      Object[] r = searcher.search(query, new MultiCollectorManager(fcm, top));
      fc = (FacetsCollector) r[0];
      page = top.result(searcher, (RelevanceTop.Candidates) r[1]);
      if (page == null) {
        page = sorted(query, order, n);
      }
    } else if (n > 0) {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.search(searcher, query, n, ArticleSearcher.sort(order), true, fcm);
      fc = r.facetsCollector();
      page = r.topDocs().scoreDocs;
    } else {
      fc = searcher.search(query, fcm);
      page = new ScoreDoc[0];
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits();
    }
    return new Page(page, total, fc);
  }

  /** The first {@code n} matches in {@code order} through Lucene's field sort, with their scores. */
  ScoreDoc[] sorted(Query query, SortOrder order, int n) throws IOException {
    ScoreDoc[] page = searcher.search(query, new TopFieldCollectorManager(ArticleSearcher.sort(order), n, null, EXACT_BELOW)).scoreDocs;
    if (order == SortOrder.RELEVANCE) {
      for (ScoreDoc sd : page) {
        sd.score = (Float) ((FieldDoc) sd).fields[0]; // a sort by score keeps the score as the first sort value
      }
    } else {
      TopFieldCollector.populateScores(page, searcher, query);
    }
    return page;
  }

  /**
   * True when the page is by relevance and scores differ: then {@link RelevanceTop} finds it with
   * pruning. Without a text query every match scores the same (filters only), the order is by id,
   * and the field sort does that directly.
   */
  private static boolean byScore(SortOrder order, Query text) {
    return order == SortOrder.RELEVANCE && text != null;
  }
}
