package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Query syntax, the plain-words fallback and the default operator, against counts from the generator. */
class QueryLanguageTest extends GeneratedIndexTest {
  static ArticleFilter filter(String query, QuerySyntax syntax, DefaultOperator op) {
    return new ArticleFilter(query, null, null, List.of(), List.of(), List.of(), new QueryMode(syntax, op));
  }

  static long total(String query, QuerySyntax syntax, DefaultOperator op) throws Exception {
    return searcher.search(new SearchRequest(filter(query, syntax, op), SortOrder.RELEVANCE, 0, 0, List.of())).total();
  }

  static long expected(java.util.function.Predicate<GeneratedCorpus.Doc> test) {
    return CORPUS.where(test).size();
  }

  static String notice(String query, QuerySyntax syntax) throws Exception {
    return searcher.queries().parse(filter(query, syntax, DefaultOperator.AND)).notice();
  }

  @Test
  void defaultOperatorAndRequiresEveryWordOrAcceptsAny() throws Exception {
    long both = expected(d -> d.has("ceasefire") && d.has("grain"));
    long either = expected(d -> d.has("ceasefire") || d.has("grain"));
    assertTrue(both > 0 && either > both, "the generator gives both cases");
    assertEquals(both, total("ceasefire grain", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(either, total("ceasefire grain", QuerySyntax.AUTO, DefaultOperator.OR));
    assertEquals(expected(d -> d.has("grain")), total("ceasefire +grain", QuerySyntax.LUCENE, DefaultOperator.OR),
        "with OR, + marks the one required word");
  }

  @Test
  void exactTotalsBeyondAnyPageSize() throws Exception {
    assertEquals(expected(d -> d.has("the")), total("the", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(GeneratedIndex.SIZE, total(null, QuerySyntax.AUTO, DefaultOperator.AND));
  }

  @Test
  void unparsableTextRunsAsPlainWordsWithANotice() throws Exception {
    assertEquals(expected(d -> d.has("ceasefire") && d.has("and")), total("ceasefire AND (", QuerySyntax.AUTO, DefaultOperator.AND),
        "AND, once the query fell back, is a word like any other");
    assertEquals("the query does not parse at position 15 (Encountered \"<EOF>\"), so its words were searched as plain"
        + " text (--syntax lucene makes this an error)", notice("ceasefire AND (", QuerySyntax.AUTO));
    assertEquals(expected(d -> d.has("grain")), total("\"grain", QuerySyntax.AUTO, DefaultOperator.AND));
    assertNull(notice("ceasefire AND grain", QuerySyntax.AUTO), "no notice for valid syntax");
  }

  @Test
  void aQuestionRunsAsPlainWords() throws Exception {
    assertEquals(expected(d -> d.has("ceasefire") && d.has("talks")), total("ceasefire talks?", QuerySyntax.AUTO, DefaultOperator.AND));
    assertTrue(notice("ceasefire talks?", QuerySyntax.AUTO).startsWith("the query reads as a question"));
    assertEquals(0, total("ceasefire talks?", QuerySyntax.LUCENE, DefaultOperator.AND), "talks? is a 6-letter wildcard");
    assertEquals(expected(d -> d.has("ceasefire") && d.has("talks")), total("ceasefire talks?", QuerySyntax.PLAIN, DefaultOperator.AND));
    assertNull(notice("ceasefire talks?", QuerySyntax.PLAIN), "plain was asked for: nothing to explain");
  }

  @Test
  void strictSyntaxReportsTheColumn() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> total("ceasefire AND (", QuerySyntax.LUCENE, DefaultOperator.AND));
    assertEquals(15, e.column(), "the column of the last character, where the input ended");
    assertEquals("Encountered \"<EOF>\"", e.getMessage());
  }

  @Test
  void aBadValueInValidSyntaxIsAnErrorEvenInAuto() {
    assertThrows(QuerySyntaxException.class, () -> total("date:[2025-13-45 TO *]", QuerySyntax.AUTO, DefaultOperator.AND));
    assertThrows(QuerySyntaxException.class, () -> total("date:2025-02-30", QuerySyntax.AUTO, DefaultOperator.AND));
  }

  @Test
  void plainSyntaxTakesSpecialCharactersLiterally() throws Exception {
    assertEquals(expected(d -> d.has("grain") && d.has("or") && d.has("drone")), total("grain OR drone", QuerySyntax.PLAIN, DefaultOperator.AND));
    assertEquals(0, expected(d -> d.has("or")), "no article has the word 'or'");
  }

  @Test
  void fieldsDatesActorsAndWildcards() throws Exception {
    assertEquals(expected(d -> d.actors().contains("putin")), total("actor:Путин", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.outlet().equals("rt") && d.has("grain")), total("outlet:RT grain", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.lang().equals("ru")), total("lang:ru", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.date() != null && d.date().getMonthValue() == 1 && d.date().getYear() == 2025),
        total("date:[2025-01-01 TO 2025-01-31]", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.words().stream().anyMatch(w -> w.startsWith("mi"))), total("mi*", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.title().contains("summit")), total("title:summit", QuerySyntax.AUTO, DefaultOperator.AND));
    assertEquals(expected(d -> d.has("peace") && !d.has("army")), total("peace -army", QuerySyntax.AUTO, DefaultOperator.AND));
  }
}
