package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * More-like-this on the small corpus. Which articles share a word with a1 that at least one other
 * article also has (the terms more-like-this may pick) was worked out by hand from the fixture text.
 */
class SimilarTest extends SmallIndexTest {
  static List<String> similar(String id, String query, List<String> outlets) throws Exception {
    ArticleFilter f = new ArticleFilter(query, null, null, List.of(), outlets, List.of(), QueryMode.DEFAULT);
    return searcher.similar(id, new SearchRequest(f, SortOrder.RELEVANCE, 0, 10, List.of())).orElseThrow()
        .hits().stream().map(Hit::id).toList();
  }

  @Test
  void everyArticleSharingATellingWordAndNeverItself() throws Exception {
    // a1 shares russia, talks (a2); and, in, talks (a3); and, ukraine, for, met (a4); istanbul, in (a5); istanbul, talks (a6).
    List<String> ids = similar("small/a1.txt", null, List.of());
    assertEquals(Set.of("small/a2.txt", "small/a3.txt", "small/a4.txt", "small/a5.txt", "small/a6.txt"), new TreeSet<>(ids));
  }

  @Test
  void theFiltersOfSearchApply() throws Exception {
    assertEquals(List.of("small/a3.txt"), similar("small/a1.txt", null, List.of("Reuters")));
    assertEquals(Set.of("small/a5.txt", "small/a6.txt"), new TreeSet<>(similar("small/a1.txt", "Istanbul", List.of())));
  }

  @Test
  void anUnknownIdIsEmpty() throws Exception {
    assertTrue(searcher.similar("nope", SearchRequest.of(null, 10)).isEmpty());
  }

  @Test
  void stopWordsAreNeitherMatchedNorMarked() throws Exception {
    // a1 shares "and", "in" and "for" with other articles; on six articles tf-idf ranks them high.
    SearchResult r = searcher.similar("small/a1.txt", SearchRequest.of(null, 10)).orElseThrow();
    for (Hit h : r.hits()) {
      for (String stop : List.of("and", "And", "in", "In", "for", "For", "the", "The", "of")) {
        assertFalse(h.snippet().contains("[[" + stop + "]]"), h.id() + ": " + h.snippet());
      }
    }
  }

  @Test
  void theTotalIsTheNumberOfCandidates() throws Exception {
    // Six articles, a1 itself excluded; a1 and a3 are from Reuters (the outlet headers of the fixture).
    assertEquals(5, searcher.similar("small/a1.txt", SearchRequest.of(null, 1)).orElseThrow().total());
    ArticleFilter reuters = new ArticleFilter(null, null, null, List.of(), List.of("reuters"), List.of(), QueryMode.DEFAULT);
    assertEquals(1, searcher.similar("small/a1.txt", new SearchRequest(reuters, SortOrder.RELEVANCE, 0, 10, List.of()))
        .orElseThrow().total());
  }
}
