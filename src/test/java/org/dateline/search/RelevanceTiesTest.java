package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.dateline.index.ArticleFields;
import org.dateline.index.ArticleIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages by relevance when many articles score exactly the same (copies of one text) and the ties
 * straddle the page boundary: the page must be what a sort by score, then article id, gives. The
 * copies are indexed in two batches, the second with ids that sort before the first's, so that
 * index order and id order disagree and a tie broken by index order shows.
 */
class RelevanceTiesTest {
  /** Copies per text; each text scores differently for alpha, beta and gamma, every article the same for note (the title). */
  private static final int[] COPIES = {7, 23, 12};
  private static final String[] TEXTS = {"alpha alpha beta", "alpha beta beta gamma", "beta beta beta gamma delta"};
  @TempDir static Path dir;
  private static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    // two folders, each with part of every group; "z" is indexed first, "a" after (smaller ids, later docs)
    for (String folder : List.of("z", "a")) {
      Path root = dir.resolve("texts").resolve(folder);
      Files.createDirectories(root);
      for (int g = 0; g < TEXTS.length; g++) {
        for (int i = folder.equals("z") ? 0 : COPIES[g] / 2; i < (folder.equals("z") ? COPIES[g] / 2 : COPIES[g]); i++) {
          String name = String.format(java.util.Locale.ROOT, "%s-%02d-%d.txt", "qwertyuiop".charAt((i * 7) % 10), i, g);
          Files.writeString(root.resolve(name), "title: Note\n\n" + TEXTS[g] + " copy\n");
        }
      }
      try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), SmallCorpus.registry(), null)) {
        indexer.index(List.of(root));
      }
    }
    searcher = ArticleSearcher.open(dir.resolve("index"), SmallCorpus.registry());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  record Ranked(String id, float score) {}

  @ParameterizedTest
  @CsvSource({"alpha,0,3", "alpha,0,7", "alpha,5,4", "alpha,6,10", "alpha,20,5", "alpha,28,10", "beta,0,10",
      "beta,10,15", "beta,39,5", "gamma,0,12", "gamma,11,3", "gamma OR alpha,0,30", "delta,3,20",
      "note,0,10", "note,35,10"})
  void pagesBreakScoreTiesByArticleId(String query, int offset, int limit) throws Exception {
    List<Ranked> expected = expected(query);
    List<Ranked> all = expected.subList(Math.min(offset, expected.size()), Math.min(offset + limit, expected.size()));
    for (List<FacetRequest> facets : List.of(List.<FacetRequest>of(), List.of(FacetRequest.parse("outlet")))) {
      SearchResult r = searcher.search(new SearchRequest(ArticleFilter.query(query), SortOrder.RELEVANCE, offset, limit, facets));
      assertEquals(all, r.hits().stream().map(h -> new Ranked(h.id(), h.score())).toList(), query + " with facets " + facets);
      assertEquals(expected.size(), r.total());
    }
  }

  @Test
  void theCopiesTieAndIndexOrderDisagreesWithIdOrder() throws Exception {
    List<Ranked> beta = expected("beta");
    assertEquals(42, beta.size());
    assertEquals(3, beta.stream().map(Ranked::score).distinct().count(), "one score per text");
    try (FSDirectory d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher bare = new IndexSearcher(reader);
      String firstDoc = reader.storedFields().document(0).get(ArticleFields.ID);
      assertTrue(firstDoc.startsWith("z/"), firstDoc);
      assertTrue(bare.count(new org.apache.lucene.search.MatchAllDocsQuery()) == 42);
    }
  }

  @Test
  void tooManyTiesAtTheBoundaryGiveUpForTheFieldSort() throws Exception {
    org.apache.lucene.search.Query beta = searcher.queries().build(ArticleFilter.query("beta"));
    IndexSearcher s = searcher.indexSearcher();
    RelevanceTop few = new RelevanceTop(15, 1000, 5);
    assertNull(few.result(s, s.search(beta, few)), "23 copies tie at the 15th place, more than 5");
    RelevanceTop enough = new RelevanceTop(15, 1000, 30);
    ScoreDoc[] page = enough.result(s, s.search(beta, enough));
    assertNotNull(page);
    assertEquals(expected("beta").subList(0, 15).stream().map(Ranked::id).toList(),
        java.util.Arrays.stream(page).map(sd -> id(s, sd.doc)).toList());
  }

  private static String id(IndexSearcher s, int doc) {
    try {
      return s.storedFields().document(doc).get(ArticleFields.ID);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every match by a bare IndexSearcher, ordered by score descending, then id, in plain Java. */
  private static List<Ranked> expected(String query) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher bare = new IndexSearcher(reader);
      List<Ranked> all = new ArrayList<>();
      for (ScoreDoc sd : bare.search(searcher.queries().build(ArticleFilter.query(query)), reader.maxDoc()).scoreDocs) {
        all.add(new Ranked(bare.storedFields().document(sd.doc).get(ArticleFields.ID), sd.score));
      }
      all.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::id));
      return all;
    }
  }
}
