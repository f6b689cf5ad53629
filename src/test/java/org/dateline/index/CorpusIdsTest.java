package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.ReaderSettings;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.DateRules;
import org.dateline.extract.OutletRegistry;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.FacetRequest;
import org.dateline.search.FacetValue;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids are unique per corpus, not per index: two corpora that both have a record {@code A-1} keep
 * both, re-indexing one never overwrites the other, and two records with one id inside one corpus
 * are a rejection.
 */
class CorpusIdsTest {
  @TempDir Path dir;

  private Path jsonl(String folder, String... lines) throws IOException {
    Path f = dir.resolve(folder).resolve("records.jsonl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private static IngestSource corpus(String name, Path... files) {
    List<CorpusWalker.Root> roots = java.util.Arrays.stream(files).map(CorpusWalker.Root::of).toList();
    return new IngestSource(name, roots, ReaderSettings.DEFAULT, DateRules.DEFAULT, null, "en", "s");
  }

  private IndexReport ingest(IngestSource... sources) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()),
        OutletRegistry.empty(), null)) {
      return indexer.index(List.of(sources), IngestOptions.DEFAULT);
    }
  }

  private ArticleSearcher searcher() throws IOException {
    return ArticleSearcher.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()));
  }

  @Test
  void theSameSourceIdInTwoCorporaIsTwoArticles() throws Exception {
    Path alpha = jsonl("alpha", "{\"id\":\"A-1\",\"title\":\"Grain deal in Istanbul\",\"date\":\"2022-07-22\"}");
    Path beta = jsonl("beta", "{\"id\":\"A-1\",\"title\":\"Talks in Geneva\",\"date\":\"2022-07-23\"}");
    IndexReport first = ingest(corpus("alpha", alpha));
    IndexReport second = ingest(corpus("beta", beta));
    assertEquals(1, first.added());
    assertEquals(1, second.added(), "beta's A-1 is a new article, not an update of alpha's");
    assertEquals(0, second.updated());
    IndexReport again = ingest(corpus("alpha", alpha));
    assertEquals(0, again.updated(), "re-indexing alpha leaves beta's A-1 alone");
    assertEquals(1, again.unchanged());
    try (ArticleSearcher s = searcher()) {
      assertEquals("Grain deal in Istanbul", s.show("alpha/A-1").orElseThrow().title());
      assertEquals("Talks in Geneva", s.show("beta/A-1").orElseThrow().title());
      var all = s.search(new SearchRequest(ArticleFilter.all(), SortOrder.RELEVANCE, 0, 10,
          List.of(FacetRequest.parse("corpus"))));
      assertEquals(2, all.total());
      assertEquals(List.of(new FacetValue("alpha", null, 1), new FacetValue("beta", null, 1)), all.facets().get("corpus"));
    }
  }

  @Test
  void twoRecordsWithOneIdInOneCorpusAreARejection() throws IOException {
    Path one = jsonl("one", "{\"id\":\"A-1\",\"title\":\"First\",\"date\":\"2022-07-22\"}");
    Path two = jsonl("two", "{\"id\":\"A-1\",\"title\":\"Second\",\"date\":\"2022-07-23\"}");
    IndexReport r = ingest(corpus("news", one, two));
    assertEquals(1, r.added());
    assertEquals(Map.of("duplicate-id", 1L), r.skipped());
    assertTrue(r.rejections().get(0).message().contains("'news/A-1'"), r.rejections().toString());
    try (ArticleSearcher s = searcher()) {
      assertEquals("First", s.show("news/A-1").orElseThrow().title());
    }
  }

  @Test
  void idsMadeFromFileNamesAreNotNamespacedTwice() throws IOException {
    Path f = jsonl("plain", "{\"title\":\"No id here\",\"date\":\"2022-07-22\"}");
    ingest(corpus("plain", f));
    try (ArticleSearcher s = searcher()) {
      assertTrue(s.show("records.jsonl#1").isPresent());
    }
  }

  @Test
  void anIndexOfAnOlderSchemaIsRefusedForWriting() throws IOException {
    ingest(corpus("alpha", jsonl("alpha", "{\"id\":\"A-1\",\"title\":\"x\",\"date\":\"2022-07-22\"}")));
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(ArticleFields.COMMIT_SCHEMA, "3");
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
        () -> ingest(corpus("beta", jsonl("beta", "{\"id\":\"A-1\",\"title\":\"y\",\"date\":\"2022-07-22\"}"))));
    assertTrue(e.getMessage().contains("has index schema 3, whose ids are not yet unique per corpus"), e.getMessage());
    assertThrows(IncompatibleIndexException.class, () -> ActorApplier.open(dir.resolve("index")).close());
  }
}
