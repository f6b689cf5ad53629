package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Timelines against rows computed here from the generator's records: buckets labelled with
 * java.time directly (not the DateGranularity under test), counts and totals by scanning.
 */
class TimelineTest extends GeneratedIndexTest {
  static final Function<LocalDate, String> WEEK = d -> String.format(Locale.ROOT, "%d-W%02d",
      d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  static final Function<LocalDate, String> MONTH = d -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());

  /** Expected rows: every bucket from {@code first} to {@code last}, each series, then undated rows if the collection has any. */
  static List<TimelineRow> expected(Predicate<GeneratedCorpus.Doc> topic, Predicate<GeneratedCorpus.Doc> collection,
      Function<LocalDate, String> label, LocalDate first, LocalDate last, Function<GeneratedCorpus.Doc, Set<String>> seriesOf,
      List<String> series) {
    Set<String> buckets = new LinkedHashSet<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      buckets.add(label.apply(d));
    }
    boolean undated = CORPUS.docs.stream().anyMatch(d -> d.date() == null && collection.test(d));
    if (undated) {
      buckets.add("undated");
    }
    List<TimelineRow> rows = new ArrayList<>();
    for (String b : buckets) {
      for (String s : series) {
        Predicate<GeneratedCorpus.Doc> in = d -> collection.test(d) && seriesOf.apply(d).contains(s)
            && Objects.equals(b, d.date() == null ? "undated" : label.apply(d.date()));
        long total = CORPUS.where(in).size();
        long count = CORPUS.where(in.and(topic)).size();
        rows.add(new TimelineRow(b, s, count, total, total == 0 ? Double.NaN : (double) count / total));
      }
    }
    return rows;
  }

  static LocalDate firstDate(Predicate<GeneratedCorpus.Doc> collection) {
    return CORPUS.where(collection).stream().map(GeneratedCorpus.Doc::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
  }

  static LocalDate lastDate(Predicate<GeneratedCorpus.Doc> collection) {
    return CORPUS.where(collection).stream().map(GeneratedCorpus.Doc::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
  }

  static List<TimelineRow> timeline(ArticleFilter filter, DateGranularity by, String per, int top) throws Exception {
    return searcher.timeline(new TimelineRequest(filter, by, per, top));
  }

  static ArticleFilter filter(String query, LocalDate from, LocalDate to, List<String> actors, List<String> outlets, List<String> langs) {
    return new ArticleFilter(query, from, to, actors, outlets, langs, QueryMode.DEFAULT);
  }

  @Test
  void weeklyCountsTotalsAndSharesWithZerosAndUndated() throws Exception {
    Predicate<GeneratedCorpus.Doc> all = d -> true;
    List<TimelineRow> rows = timeline(filter("grain", null, null, List.of(), List.of(), List.of()), DateGranularity.WEEK, null, 10);
    assertEquals(expected(d -> d.has("grain"), all, WEEK, firstDate(all), lastDate(all), d -> Set.of("all"), List.of("all")), rows);
    assertEquals("2024-W47", rows.get(0).bucket(), "the week of 2024-11-20");
    assertEquals("undated", rows.get(rows.size() - 1).bucket());
  }

  @Test
  void dateFiltersFixTheRangeAndDropUndated() throws Exception {
    LocalDate from = LocalDate.of(2024, 12, 1);
    LocalDate to = LocalDate.of(2025, 1, 31);
    Predicate<GeneratedCorpus.Doc> inRange = d -> d.date() != null && !d.date().isBefore(from) && !d.date().isAfter(to);
    List<TimelineRow> rows = timeline(filter(null, from, to, List.of("Путин"), List.of(), List.of()), DateGranularity.MONTH, null, 10);
    assertEquals(expected(d -> d.actors().contains("putin"), inRange, MONTH, from, to, d -> Set.of("all"), List.of("all")), rows);
    assertEquals(List.of("2024-12", "2025-01"), rows.stream().map(TimelineRow::bucket).toList());
  }

  @Test
  void seriesPerOutletTakeSharesOfTheirOwnOutlet() throws Exception {
    Predicate<GeneratedCorpus.Doc> collection = d -> (d.outlet().equals("rt") || d.outlet().equals("bbc")) && d.lang().equals("en");
    Predicate<GeneratedCorpus.Doc> topic = d -> d.has("ceasefire");
    List<TimelineRow> rows = timeline(filter("ceasefire", null, null, List.of(), List.of("rt", "BBC"), List.of("en")),
        DateGranularity.MONTH, "outlet", 10);
    List<String> series = seriesByMatches(collection.and(topic), d -> Set.of(d.outlet()), 10);
    assertEquals(2, series.size());
    assertEquals(expected(topic, collection, MONTH, firstDate(collection), lastDate(collection), d -> Set.of(d.outlet()), series), rows);
  }

  @Test
  void seriesPerActorAreTheTopActorsOfTheMatches() throws Exception {
    Predicate<GeneratedCorpus.Doc> topic = d -> d.has("peace");
    List<TimelineRow> rows = timeline(filter("peace", null, null, List.of(), List.of(), List.of()), DateGranularity.QUARTER, "actor", 3);
    List<String> series = seriesByMatches(topic, GeneratedCorpus.Doc::actors, 3);
    Function<LocalDate, String> quarter = d -> d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
    Predicate<GeneratedCorpus.Doc> all = d -> true;
    assertEquals(expected(topic, all, quarter, firstDate(all), lastDate(all), GeneratedCorpus.Doc::actors, series), rows);
  }

  /** The {@code top} series values with the most matching articles, ties by value. */
  static List<String> seriesByMatches(Predicate<GeneratedCorpus.Doc> matches, Function<GeneratedCorpus.Doc, Set<String>> seriesOf, int top) {
    Map<String, Long> n = new TreeMap<>();
    CORPUS.where(matches).forEach(d -> seriesOf.apply(d).forEach(s -> n.merge(s, 1L, Long::sum)));
    return n.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top).map(Map.Entry::getKey).toList();
  }
}
