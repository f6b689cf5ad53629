package org.dateline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.index.ArticleFields;

/**
 * Counts a timeline: per bucket (and series), the matches, the collection they are a share of, and
 * the share, with a row for every bucket between the first and last article of the collection (or
 * the {@code --from} and {@code --to} days), zeros included. Media Cloud and GDELT report this
 * "attention share" for their collections; this is the same figure for one's own index.
 */
final class Timeline {
  private final IndexSearcher searcher;
  private final QueryFactory queries;
  private final FacetCounter facets;
  private final AllDays allDays;

  /** The whole index's articles per day, counted once per opened index; null: count every time. */
  @FunctionalInterface
  interface AllDays {
    DayCounts get() throws IOException;
  }

  Timeline(IndexSearcher searcher, QueryFactory queries, FacetCounter facets, AllDays allDays) {
    this.searcher = searcher;
    this.queries = queries;
    this.facets = facets;
    this.allDays = allDays;
  }

  /** The rows of {@code request}, bucket by bucket, series in order of their matches (most first). */
  List<TimelineRow> rows(TimelineRequest request) throws IOException, QuerySyntaxException {
    ArticleFilter filter = request.filter();
    Query matches = queries.build(filter);
    Query collection = queries.collection(filter);
    List<String> series = new ArrayList<>();
    if (request.per() == null) {
      series.add(TimelineRequest.ALL);
    } else {
      for (FacetValue v : facets.top(searcher.search(matches, new FacetsCollectorManager()), request.per(), request.top())) {
        series.add(v.value());
      }
    }
    List<DayCounts> counts = new ArrayList<>();
    List<DayCounts> totals = new ArrayList<>();
    // A collection that is every article between two days (no outlet or language filter, one
    // series) is the whole index's day counts cut to those days: no pass over 90% of the index per
    // request to count the share's denominator again.
    boolean datesOnly = allDays != null && request.per() == null && queries.selections(filter).keySet().stream()
        .allMatch(ArticleFields.ACTOR::equals);
    for (String s : series) {
      counts.add(days(restrict(matches, request.per(), s)));
      totals.add(datesOnly ? allDays.get().within(filter.from(), filter.to()) : days(restrict(collection, request.per(), s)));
    }
    List<TimelineRow> rows = new ArrayList<>();
    LocalDate first = filter.from();
    LocalDate last = filter.to();
    for (DayCounts t : totals) {
      if (!t.noneDated()) {
        first = filter.from() != null ? first : min(first, t.first());
        last = filter.to() != null ? last : max(last, t.last());
      }
    }
    if (first != null && last != null && !first.isAfter(last)) {
      List<Map<LocalDate, Long>> c = counts.stream().map(d -> d.byBucket(request.by())).toList();
      List<Map<LocalDate, Long>> t = totals.stream().map(d -> d.byBucket(request.by())).toList();
      for (LocalDate b : DateHistogram.buckets(request.by(), first, last)) {
        for (int i = 0; i < series.size(); i++) {
          rows.add(row(request.by().label(b), series.get(i), c.get(i).getOrDefault(b, 0L), t.get(i).getOrDefault(b, 0L)));
        }
      }
    }
    if (totals.stream().anyMatch(d -> d.undated() > 0)) {
      for (int i = 0; i < series.size(); i++) {
        rows.add(row(DateHistogram.UNDATED, series.get(i), counts.get(i).undated(), totals.get(i).undated()));
      }
    }
    return rows;
  }

  private static TimelineRow row(String bucket, String series, long count, long total) {
    return new TimelineRow(bucket, series, count, total, total == 0 ? Double.NaN : (double) count / total);
  }

  private DayCounts days(Query query) throws IOException {
    FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
    return DayCounts.of(fc.getMatchingDocs());
  }

  /** {@code query} limited to articles whose {@code dim} holds {@code value} (none when {@code dim} is null). */
  private static Query restrict(Query query, String dim, String value) {
    if (dim == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(dim, value)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
