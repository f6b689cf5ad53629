package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.dateline.index.ArticleFields;

/**
 * How many of a set of matches fall on each publication day, read from the date doc values in one
 * pass, and how many are undated. Date histograms and timelines bucket these.
 */
final class DayCounts {
  private final TreeMap<Integer, Long> perDay = new TreeMap<>();
  private long undated;

  private DayCounts() {}

  /** Counts the matches in {@code docs} per day. */
  static DayCounts of(List<FacetsCollector.MatchingDocs> docs) throws IOException {
    DayCounts c = new DayCounts();
    for (FacetsCollector.MatchingDocs md : docs) {
      SortedNumericDocValues values = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (values.advanceExact(doc)) {
          c.perDay.merge((int) values.nextValue(), 1L, Long::sum);
        } else {
          c.undated++;
        }
      }
    }
    return c;
  }

  /** True when no match has a date. */
  boolean noneDated() {
    return perDay.isEmpty();
  }

  /** The earliest day of a match; only when {@link #noneDated()} is false. */
  LocalDate first() {
    return LocalDate.ofEpochDay(perDay.firstKey());
  }

  /** The latest day of a match; only when {@link #noneDated()} is false. */
  LocalDate last() {
    return LocalDate.ofEpochDay(perDay.lastKey());
  }

  /** Matches without a date. */
  long undated() {
    return undated;
  }

  /** Matches per bucket of {@code granularity}, keyed by the bucket's first day; empty buckets absent. */
  Map<LocalDate, Long> byBucket(DateGranularity granularity) {
    Map<LocalDate, Long> out = new HashMap<>();
    perDay.forEach((day, n) -> out.merge(granularity.bucketStart(LocalDate.ofEpochDay(day)), n, Long::sum));
    return out;
  }
}
