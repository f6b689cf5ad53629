package org.dateline.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.dateline.index.ArticleFields;
import org.dateline.search.ArticleFilter;
import org.dateline.search.DateGranularity;
import org.dateline.search.QueryFactory;
import org.dateline.search.QuerySyntaxException;

/**
 * Counts batch queries into one long table: per query, date bucket and outlet, the matching
 * articles ({@code count}) and all articles within the query's date and outlet filters ({@code
 * total}, the denominator of a share). Reads each article's outlet from the outlet terms once, into
 * one int per document, and its day from the date doc values, so a query costs one pass over its
 * matches.
 */
public final class BatchRunner {
  /** The bucket label when there is no bucketing. */
  public static final String ALL = "all";
  /** The bucket label of undated articles. */
  public static final String UNDATED = "undated";
  private static final int UNDATED_DAY = Integer.MAX_VALUE; // sorts after every dated bucket

  /**
   * One line of the table.
   *
   * @param label the query's label
   * @param bucket the date bucket ({@code 2025-05}, {@code undated}, or {@code all})
   * @param outlet the outlet key
   * @param count articles matching the query
   * @param total articles within the query's date and outlet filters
   */
  public record Row(String label, String bucket, String outlet, long count, long total) {}

  private final IndexSearcher searcher;
  private final QueryFactory queries;
  private final DateGranularity by;
  private final List<String> outlets = new ArrayList<>();
  private final List<int[]> outletOfDoc = new ArrayList<>();
  private final Map<Integer, Integer> bucketOfDay = new HashMap<>();
  private final Map<ArticleFilter, TreeMap<Long, long[]>> totalsCache = new HashMap<>();

  /** Counts in {@code searcher}'s index; {@code by} null for one bucket {@code all}. */
  public BatchRunner(IndexSearcher searcher, QueryFactory queries, DateGranularity by) throws IOException {
    this.searcher = searcher;
    this.queries = queries;
    this.by = by;
    TreeSet<String> names = new TreeSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(ArticleFields.OUTLET);
      for (TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator(); te.next() != null; ) {
        names.add(te.term().utf8ToString());
      }
    }
    outlets.addAll(names);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      outletOfDoc.add(outletPerDoc(leaf));
    }
  }

  private int[] outletPerDoc(LeafReaderContext leaf) throws IOException {
    int[] of = new int[leaf.reader().maxDoc()];
    Terms terms = leaf.reader().terms(ArticleFields.OUTLET);
    PostingsEnum postings = null;
    for (TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator(); te.next() != null; ) {
      int outlet = outlets.indexOf(te.term().utf8ToString());
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        of[d] = outlet;
      }
    }
    return of;
  }

  /** The rows of {@code q}: every bucket and outlet with a non-zero total, in time then outlet order. */
  public List<Row> run(BatchQuery q) throws IOException, QuerySyntaxException {
    TreeMap<Long, long[]> counts = count(queries.build(q.filter()));
    ArticleFilter scope = new ArticleFilter(null, q.filter().from(), q.filter().to(), List.of(), q.filter().outlets())
        .withCorpora(q.filter().corpora());
    TreeMap<Long, long[]> totals = totalsCache.get(scope);
    if (totals == null) {
      totals = count(queries.build(scope));
      totalsCache.put(scope, totals);
    }
    List<Row> rows = new ArrayList<>(totals.size());
    for (Map.Entry<Long, long[]> cell : totals.entrySet()) {
      long[] n = counts.get(cell.getKey());
      int bucket = (int) (cell.getKey() >> 32);
      rows.add(new Row(q.label(), label(bucket), outlets.get((int) (long) cell.getKey()), n == null ? 0 : n[0], cell.getValue()[0]));
    }
    return rows;
  }

  private TreeMap<Long, long[]> count(Query query) throws IOException {
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    TreeMap<Long, long[]> cells = new TreeMap<>();
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      int[] outletOf = outletOfDoc.get(md.context().ord);
      SortedNumericDocValues days = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int bucket = by == null ? 0 : days.advanceExact(doc) ? bucket((int) days.nextValue()) : UNDATED_DAY;
        cells.computeIfAbsent(((long) bucket << 32) | outletOf[doc], k -> new long[1])[0]++;
      }
    }
    return cells;
  }

  private int bucket(int day) {
    return bucketOfDay.computeIfAbsent(day, d -> (int) by.bucketStart(LocalDate.ofEpochDay(d)).toEpochDay());
  }

  private String label(int bucket) {
    if (by == null) {
      return ALL;
    }
    return bucket == UNDATED_DAY ? UNDATED : by.label(LocalDate.ofEpochDay(bucket));
  }
}
