package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Drill-sideways facets: a selected dimension is counted without its own selection, every other
 * dimension over all selections. Expected counts come from scanning the generator's records.
 */
class MultiSelectFacetTest extends GeneratedIndexTest {
  static SearchResult search(String query, List<String> actors, List<String> outlets, List<String> langs) throws Exception {
    ArticleFilter f = new ArticleFilter(query, null, null, actors, outlets, langs, QueryMode.DEFAULT);
    return searcher.search(new SearchRequest(f, SortOrder.RELEVANCE, 0, 0,
        List.of(FacetRequest.parse("outlet"), FacetRequest.parse("actor:20"), FacetRequest.parse("lang"))));
  }

  static Map<String, Long> counts(SearchResult r, String key) {
    return r.facets().get(key).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a, TreeMap::new));
  }

  static Map<String, Long> expected(Predicate<GeneratedCorpus.Doc> test, Function<GeneratedCorpus.Doc, List<String>> values) {
    Map<String, Long> out = new TreeMap<>();
    for (GeneratedCorpus.Doc d : GeneratedIndex.CORPUS.where(test)) {
      values.apply(d).forEach(v -> out.merge(v, 1L, Long::sum));
    }
    return out;
  }

  static final Function<GeneratedCorpus.Doc, List<String>> OUTLET = d -> List.of(d.outlet());
  static final Function<GeneratedCorpus.Doc, List<String>> LANG = d -> List.of(d.lang());
  static final Function<GeneratedCorpus.Doc, List<String>> ACTORS = d -> List.copyOf(d.actors());

  @Test
  void selectedOutletStillCountsTheOtherOutlets() throws Exception {
    Predicate<GeneratedCorpus.Doc> text = d -> d.has("ceasefire");
    Predicate<GeneratedCorpus.Doc> rt = d -> d.outlet().equals("rt");
    SearchResult r = search("ceasefire", List.of(), List.of("RT"), List.of());
    assertEquals(GeneratedIndex.CORPUS.where(text.and(rt)).size(), r.total());
    Map<String, Long> outlets = counts(r, "outlet");
    assertEquals(expected(text, OUTLET), outlets, "outlet: the query without the outlet selection");
    assertEquals(4, outlets.size(), "every outlet, not only rt");
    assertEquals(expected(text.and(rt), ACTORS), counts(r, "actor"), "actor: over the selection");
    assertEquals(expected(text.and(rt), LANG), counts(r, "lang"));
  }

  @Test
  void eachSelectedDimensionIgnoresOnlyItsOwnSelection() throws Exception {
    Predicate<GeneratedCorpus.Doc> text = d -> d.has("the");
    Predicate<GeneratedCorpus.Doc> outlets = d -> d.outlet().equals("rt") || d.outlet().equals("bbc");
    Predicate<GeneratedCorpus.Doc> ru = d -> d.lang().equals("ru");
    Predicate<GeneratedCorpus.Doc> putin = d -> d.actors().contains("putin");
    SearchResult r = search("the", List.of("Putin"), List.of("rt", "bbc"), List.of("ru"));
    assertEquals(GeneratedIndex.CORPUS.where(text.and(outlets).and(ru).and(putin)).size(), r.total());
    assertEquals(expected(text.and(ru).and(putin), OUTLET), counts(r, "outlet"));
    assertEquals(expected(text.and(outlets).and(putin), LANG), counts(r, "lang"));
    Map<String, Long> actors = counts(r, "actor");
    assertEquals(expected(text.and(outlets).and(ru), ACTORS), actors);
    assertTrue(actors.size() > 1, "other actors are counted beside the selected one");
  }

  @Test
  void withoutSelectionsFacetsCountTheMatches() throws Exception {
    Predicate<GeneratedCorpus.Doc> text = d -> d.has("drone");
    SearchResult r = search("drone", List.of(), List.of(), List.of());
    assertEquals(expected(text, OUTLET), counts(r, "outlet"));
    assertEquals(expected(text, ACTORS), counts(r, "actor"));
    assertEquals(expected(text, LANG), counts(r, "lang"));
  }
}
