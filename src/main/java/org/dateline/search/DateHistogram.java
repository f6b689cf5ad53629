package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;

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
    return count(DayCounts.of(docs), granularity);
  }

  /** Buckets {@code days} by {@code granularity}. */
  static List<FacetValue> count(DayCounts days, DateGranularity granularity) {
    List<FacetValue> out = new ArrayList<>();
    if (!days.noneDated()) {
      Map<LocalDate, Long> buckets = days.byBucket(granularity);
      for (LocalDate b : buckets(granularity, days.first(), days.last())) {
        out.add(new FacetValue(granularity.label(b), null, buckets.getOrDefault(b, 0L)));
      }
    }
    if (days.undated() > 0) {
      out.add(new FacetValue(UNDATED, null, days.undated()));
    }
    return out;
  }

  /** The first day of every bucket from the one holding {@code first} to the one holding {@code last}. */
  static List<LocalDate> buckets(DateGranularity granularity, LocalDate first, LocalDate last) {
    List<LocalDate> out = new ArrayList<>();
    LocalDate end = granularity.bucketStart(last);
    for (LocalDate b = granularity.bucketStart(first); !b.isAfter(end); b = granularity.next(b)) {
      out.add(b);
    }
    return out;
  }
}
