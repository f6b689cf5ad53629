package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Filters, sorting and facets on the small corpus, with exact counts. */
class ArticleSearcherTest extends SmallIndexTest {
  private static SearchResult run(String query, LocalDate from, LocalDate to, List<String> actors, List<String> outlets,
      SortOrder sort, int offset, int limit, String... facets) throws Exception {
    return searcher.search(new SearchRequest(new ArticleFilter(query, from, to, actors, outlets), sort, offset, limit,
        List.of(facets).stream().map(FacetRequest::parse).toList()));
  }

  private static SearchResult query(String q, String... facets) throws Exception {
    return run(q, null, null, List.of(), List.of(), SortOrder.RELEVANCE, 0, 10, facets);
  }

  private static Map<String, Long> counts(SearchResult r, String key) {
    return r.facets().get(key).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void noQueryMatchesEveryArticle() throws Exception {
    assertEquals(6, query(null).total());
  }

  @Test
  void wordsAreAndedAcrossTitleAndBody() throws Exception {
    assertEquals(List.of("small/a1.txt", "small/a6.txt"), ids(run("Istanbul talks", null, null, List.of(), List.of(), SortOrder.DATE, 0, 10)));
    assertEquals(4, query("talks").total());
    assertEquals(4, query("istanbul OR nato").total());
  }

  @Test
  void phrasesFieldsAndNegation() throws Exception {
    assertEquals(1, query("\"direct talks\"").total());
    assertEquals(1, query("title:putin").total());
    assertEquals(2, query("talks -istanbul").total());
    assertEquals(2, query("outlet:reuters").total());
    assertEquals(2, query("actor:Путин OR actor:nato").total());
    assertEquals(3, query("date:[2025-05-15 TO 2025-05-16] AND talks").total());
    assertEquals(2, query("date:2025-05-15").total());
    assertEquals(3, query("date:[2025-05-15 TO 2025-05-16]").total());
    assertEquals(2, query("negotiat*").total());
  }

  @Test
  void dateFiltersAreInclusiveAndExcludeUndated() throws Exception {
    assertEquals(3, run(null, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 16), List.of(), List.of(), SortOrder.DATE, 0, 10).total());
    assertEquals(4, run(null, LocalDate.of(2025, 1, 1), null, List.of(), List.of(), SortOrder.DATE, 0, 10).total());
    assertEquals(1, run(null, null, LocalDate.of(2024, 12, 31), List.of(), List.of(), SortOrder.DATE, 0, 10).total());
  }

  @Test
  void actorFiltersMustAllMatchAndTakeAliases() throws Exception {
    assertEquals(2, run(null, null, null, List.of("russia"), List.of(), SortOrder.DATE, 0, 10).total());
    assertEquals(1, run(null, null, null, List.of("Russia", "Путин"), List.of(), SortOrder.DATE, 0, 10).total());
    assertThrows(InvalidRequestException.class,
        () -> run(null, null, null, List.of("Nobody"), List.of(), SortOrder.DATE, 0, 10));
  }

  @Test
  void outletFiltersMayAnyMatch() throws Exception {
    assertEquals(4, run(null, null, null, List.of(), List.of("Reuters", "rt"), SortOrder.DATE, 0, 10).total());
    assertEquals(1, run(null, null, null, List.of(), List.of("unknown"), SortOrder.DATE, 0, 10).total());
  }

  @Test
  void sortByDateIsStableWithUndatedLast() throws Exception {
    List<String> asc = ids(run(null, null, null, List.of(), List.of(), SortOrder.DATE, 0, 10));
    assertEquals(List.of("small/a4.txt", "small/a1.txt", "small/a6.txt", "small/a2.txt", "small/a3.txt", "small/a5.txt"), asc);
    List<String> desc = ids(run(null, null, null, List.of(), List.of(), SortOrder.DATE_DESC, 0, 10));
    assertEquals(List.of("small/a3.txt", "small/a2.txt", "small/a1.txt", "small/a6.txt", "small/a4.txt", "small/a5.txt"), desc);
  }

  @Test
  void offsetAndLimitPageThroughTheSameOrder() throws Exception {
    SearchResult page = run(null, null, null, List.of(), List.of(), SortOrder.DATE, 2, 2);
    assertEquals(6, page.total());
    assertEquals(List.of("small/a6.txt", "small/a2.txt"), ids(page));
    assertEquals(0, run(null, null, null, List.of(), List.of(), SortOrder.DATE, 0, 0).hits().size());
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() throws Exception {
    SearchResult r = run(null, null, null, List.of(), List.of(), SortOrder.DATE, 0, 1, "outlet", "actor", "lang", "date:month", "date:year");
    assertEquals(Map.of("reuters", 2L, "rt", 2L, "bbc", 1L, "unknown", 1L), counts(r, "outlet"));
    assertEquals(Map.of("istanbul", 3L, "russia", 2L, "ukraine", 2L, "putin", 1L, "zelensky", 1L, "kyiv", 1L,
        "nato", 1L, "usa", 1L, "turkey", 1L), counts(r, "actor"));
    assertEquals(Map.of("en", 6L), counts(r, "lang"));
    assertEquals(List.of("2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "undated"),
        r.facets().get("date:month").stream().map(FacetValue::value).toList(), "empty months between matches are present");
    assertEquals(Map.of("2024-12", 1L, "2025-01", 0L, "2025-02", 0L, "2025-03", 0L, "2025-04", 0L, "2025-05", 3L,
        "2025-06", 1L, "undated", 1L), counts(r, "date:month"));
    assertEquals(Map.of("2024", 1L, "2025", 4L, "undated", 1L), counts(r, "date:year"));
  }

  @Test
  void facetTopNAndLabels() throws Exception {
    SearchResult r = query("talks", "actor:2", "date:day");
    List<FacetValue> actors = r.facets().get("actor");
    assertEquals(2, actors.size());
    assertEquals(new FacetValue("istanbul", "Istanbul", 2), actors.get(0));
    List<FacetValue> days = r.facets().get("date:day");
    assertEquals(new FacetValue("2025-05-15", null, 2), days.get(0));
    assertEquals(new FacetValue("2025-05-16", null, 1), days.get(1));
    assertEquals(new FacetValue("2025-05-17", null, 0), days.get(2));
    assertEquals(new FacetValue("2025-06-01", null, 1), days.get(days.size() - 1));
    assertEquals(18, days.size(), "every day from May 15 to June 1");
  }

  @Test
  void snippetsMarkTheMatch() throws Exception {
    Hit hit = query("\"direct talks\"").hits().get(0);
    assertEquals("Delegations met for [[direct talks]].", hit.snippet());
  }

  @Test
  void badQueryReportsTheColumn() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(new SearchRequest(
        new ArticleFilter("talks AND (", null, null, List.of(), List.of(), List.of(),
            new QueryMode(QuerySyntax.LUCENE, DefaultOperator.AND)), SortOrder.RELEVANCE, 0, 10, List.of())));
    assertEquals(11, e.column());
    assertThrows(QuerySyntaxException.class, () -> query("date:[2025-13-45 TO *]"));
  }

  @Test
  void showReturnsStoredFields() throws Exception {
    ArticleView a = searcher.show("small/a2.txt").orElseThrow();
    assertEquals(LocalDate.of(2025, 5, 16), a.date());
    assertEquals("header", a.dateSource());
    assertEquals("rt", a.outlet());
    assertEquals(List.of("putin", "russia"), a.actors());
    assertTrue(searcher.show("nope").isEmpty());
  }
}
