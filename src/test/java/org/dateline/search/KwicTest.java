package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyword-in-context lines, with offsets and contexts cut from the fixture text here. */
class KwicTest extends SmallIndexTest {
  static final String A1 = "Negotiations between Russia and Ukraine began in Istanbul. Delegations met for direct talks.";
  static final String A2 = "Putin said Russia would negotiate on its own terms after the talks.";

  static List<Hit> hits(String query, List<String> actors, int width) throws Exception {
    ArticleFilter f = new ArticleFilter(query, null, null, actors, List.of(), List.of(), QueryMode.DEFAULT);
    return searcher.search(new SearchRequest(f, SortOrder.DATE, 0, 10, List.of(), width)).hits();
  }

  static KwicLine line(String body, String match, int width) {
    int at = body.indexOf(match);
    return new KwicLine(at, body.substring(Math.max(0, at - width), at), match,
        body.substring(at + match.length(), Math.min(body.length(), at + match.length() + width)));
  }

  @Test
  void oneLinePerMatchOfThePhraseTermsAndSelectedActors() throws Exception {
    List<Hit> hits = hits("\"direct talks\" OR Istanbul", List.of("Россия"), 12);
    assertEquals(List.of("small/a1.txt"), hits.stream().map(Hit::id).toList(), "a2 names Russia but neither word");
    assertEquals(List.of(line(A1, "Russia", 12), line(A1, "Istanbul", 12), line(A1, "direct talks", 12)), hits.get(0).kwic());
  }

  @Test
  void wildcardsAndActorsNamedInTheQuery() throws Exception {
    List<Hit> hits = hits("negotiat* AND actor:Putin", List.of(), 8);
    assertEquals(List.of("small/a2.txt"), hits.stream().map(Hit::id).toList());
    assertEquals(List.of(line(A2, "Putin", 8), line(A2, "negotiate", 8)), hits.get(0).kwic());
  }

  @Test
  void noLinesUnlessAskedFor() throws Exception {
    assertEquals(List.of(), hits("Istanbul", List.of(), 0).get(0).kwic());
  }
}
