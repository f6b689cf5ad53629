package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dateline.index.ArticleFields;

/**
 * How many of a set of matches fall on each publication day, read from the date doc values in one
 * pass, and how many are undated. Date histograms and timelines bucket these.
 */
final class DayCounts {
  /** Counts per day, from {@link #base}; grown as days outside the range come in. */
  private long[] perDay = new long[0];
  private int base;
  private int first = Integer.MAX_VALUE;
  private int last = Integer.MIN_VALUE;
  private long undated;

  private DayCounts() {}

  /**
   * Counts the matches in {@code docs} per day, into an array indexed by day (we count all
   * articles of a large index here, and a boxed map per match cost 30x more than the count).
   */
  static DayCounts of(List<FacetsCollector.MatchingDocs> docs) throws IOException {
    DayCounts c = new DayCounts();
    for (FacetsCollector.MatchingDocs md : docs) {
      SortedNumericDocValues values = DocValues.getSortedNumeric(md.context().reader(), ArticleFields.DATE);
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (values.advanceExact(doc)) {
          c.add((int) values.nextValue());
        } else {
          c.undated++;
        }
      }
    }
    return c;
  }

  /**
   * Counts every live article of {@code reader} per day straight from the date doc values, with
   * no set of matches to walk (the whole index is the match set).
   */
  static DayCounts ofAll(IndexReader reader) throws IOException {
    DayCounts c = new DayCounts();
    long dated = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), ArticleFields.DATE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          c.add((int) values.nextValue());
          dated++;
        }
      }
    }
    c.undated = reader.numDocs() - dated;
    return c;
  }

  /**
   * These counts limited to the days from {@code from} to {@code to} (either null: open), as a
   * date-range filter would have counted them: no undated articles when either bound is set.
   */
  DayCounts within(LocalDate from, LocalDate to) {
    DayCounts c = new DayCounts();
    if (from == null && to == null) {
      c.undated = undated;
    }
    int lo = Math.max(first, from == null ? Integer.MIN_VALUE : (int) from.toEpochDay());
    int hi = Math.min(last, to == null ? Integer.MAX_VALUE : (int) to.toEpochDay());
    while (lo <= hi && perDay[lo - base] == 0) {
      lo++;
    }
    while (hi >= lo && perDay[hi - base] == 0) {
      hi--;
    }
    if (lo <= hi) {
      c.perDay = java.util.Arrays.copyOfRange(perDay, lo - base, hi - base + 1);
      c.base = lo;
      c.first = lo;
      c.last = hi;
    }
    return c;
  }

  private void add(int day) {
    if (day < first || day > last) {
      grow(Math.min(first, day), Math.max(last, day));
    }
    perDay[day - base]++;
  }

  /** Makes room for days {@code lo..hi}, with slack so that a spread of dates grows the array a few times only. */
  private void grow(int lo, int hi) {
    if (perDay.length == 0 || lo < base || hi >= base + perDay.length) {
      int slack = Math.max(366, (hi - lo) / 2);
      int newBase = lo < base || perDay.length == 0 ? lo - slack : base;
      long newEnd = Math.max((long) hi + slack, perDay.length == 0 ? hi + slack : (long) base + perDay.length);
      long[] bigger = new long[(int) (newEnd - newBase + 1)];
      if (perDay.length > 0) {
        System.arraycopy(perDay, 0, bigger, base - newBase, perDay.length);
      }
      perDay = bigger;
      base = newBase;
    }
    first = lo;
    last = hi;
  }

  /** True when no match has a date. */
  boolean noneDated() {
    return first > last;
  }

  /** The earliest day of a match; only when {@link #noneDated()} is false. */
  LocalDate first() {
    return LocalDate.ofEpochDay(first);
  }

  /** The latest day of a match; only when {@link #noneDated()} is false. */
  LocalDate last() {
    return LocalDate.ofEpochDay(last);
  }

  /** Matches without a date. */
  long undated() {
    return undated;
  }

  /** Matches per bucket of {@code granularity}, keyed by the bucket's first day; empty buckets absent. */
  Map<LocalDate, Long> byBucket(DateGranularity granularity) {
    Map<LocalDate, Long> out = new HashMap<>();
    for (int day = first; day <= last; day++) {
      long n = perDay[day - base];
      if (n > 0) {
        out.merge(granularity.bucketStart(LocalDate.ofEpochDay(day)), n, Long::sum);
      }
    }
    return out;
  }
}
