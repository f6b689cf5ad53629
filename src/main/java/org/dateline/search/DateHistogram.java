package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.dateline.index.ArticleFields;

/**
 * Counts matching articles per date bucket from the date doc values, with every empty bucket
 * between the first and last match present (a gap in a time series is a zero, not a missing row),
 * and undated articles in a final {@code undated} bucket.
 */
final class DateHistogram {
  /** The bucket label of articles without a date. */
  static final String UNDATED = "undated";

  private DateHistogram() {}

  /** Counts the matches in {@code docs} per bucket of {@code granularity}. */
  static List<FacetValue> count(List<FacetsCollector.MatchingDocs> docs, DateGranularity granularity) throws IOException {
    TreeMap<Integer, long[]> perDay = new TreeMap<>();
    long undated = 0;
    for (FacetsCollector.MatchingDocs md : docs) {
      SortedNumericDocValues values = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (values.advanceExact(doc)) {
          perDay.computeIfAbsent((int) values.nextValue(), d -> new long[1])[0]++;
        } else {
          undated++;
        }
      }
    }
    List<FacetValue> out = new ArrayList<>();
    if (!perDay.isEmpty()) {
      TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
      perDay.forEach((day, n) -> buckets.computeIfAbsent(granularity.bucketStart(LocalDate.ofEpochDay(day)),
          d -> new long[1])[0] += n[0]);
      LocalDate last = buckets.lastKey();
      for (LocalDate b = buckets.firstKey(); !b.isAfter(last); b = granularity.next(b)) {
        long[] n = buckets.get(b);
        out.add(new FacetValue(granularity.label(b), null, n == null ? 0 : n[0]));
      }
    }
    if (undated > 0) {
      out.add(new FacetValue(UNDATED, null, undated));
    }
    return out;
  }
}
