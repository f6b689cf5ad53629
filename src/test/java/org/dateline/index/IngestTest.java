package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dateline.TestPaths;
import org.dateline.corpus.CorpusWalker;
import org.dateline.corpus.FieldMapping;
import org.dateline.corpus.ReaderSettings;
import org.dateline.corpus.Rejection;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.DateRules;
import org.dateline.extract.OutletRegistry;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.FacetRequest;
import org.dateline.search.FacetValue;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest flow: normalisation, caps, duplicates, prune and error limits, over a temp index. */
class IngestTest {
  @TempDir Path dir;

  IndexReport ingest(IngestOptions options, Path... files) throws IOException {
    List<IngestSource> sources = new ArrayList<>();
    for (Path f : files) {
      sources.add(new IngestSource("test", List.of(CorpusWalker.Root.of(f)), ReaderSettings.DEFAULT, DateRules.DEFAULT, null,
          null, "s"));
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()),
        OutletRegistry.load(Path.of("index-config")), null)) {
      return indexer.index(sources, options);
    }
  }

  ArticleSearcher searcher() throws IOException {
    return ArticleSearcher.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()));
  }

  int docCount() throws IOException {
    try (var d = FSDirectory.open(dir.resolve("index")); var r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  Path jsonl(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  @Test
  void bodyOverTheCapIsTruncatedWithAWarningAndHugeWordsIndex() throws IOException {
    String word = "x".repeat(40_000);
    Path f = jsonl("a.jsonl", "{\"id\":\"big\",\"date\":\"2025-05-15\",\"text\":\"" + "a ".repeat(600_000) + "\"}",
        "{\"id\":\"word\",\"date\":\"2025-05-15\",\"title\":\"" + word + "\",\"text\":\"" + word + "\"}");
    IndexReport r = ingest(IngestOptions.DEFAULT, f);
    assertEquals(2, r.added());
    assertEquals(1, r.truncated());
    assertEquals(List.of("a.jsonl:line 1: body of 1199999 characters truncated to 1000000"), r.warnings());
    try (ArticleSearcher s = searcher()) {
      assertEquals(1_000_000, s.show("test/big").orElseThrow().body().length());
    }
  }

  @Test
  void impossibleDatesLeaveArticlesUndated() throws IOException {
    Path f = jsonl("d.jsonl", "{\"id\":\"feb30\",\"date\":\"2023-02-30\",\"text\":\"a\"}",
        "{\"id\":\"year0\",\"date\":\"0000-01-01\",\"text\":\"b\"}", "{\"id\":\"ok\",\"date\":\"2023-02-28\",\"text\":\"c\"}");
    IndexReport r = ingest(IngestOptions.DEFAULT, f);
    assertEquals(3, r.added());
    assertEquals(2, r.undated());
    assertEquals(List.of("d.jsonl:line 1: invalid date '2023-02-30'; indexed as undated",
        "d.jsonl:line 2: invalid date '0000-01-01'; indexed as undated"), r.warnings());
  }

  @Test
  void outletsAreNormalisedAndMultiValuedOutletsCountForEach() throws Exception {
    Path f = dir.resolve("cases.csv");
    Files.writeString(f, "id,title,outlets\n1,One,RT English+faz.net\n2,Two,https://www.rt.com/news/1\n3,Three,Unknown  Daily\n");
    FieldMapping m = new FieldMapping(List.of("id"), List.of("title"), List.of("title"), List.of(), List.of(),
        List.of("outlets"), List.of(), Map.of(), "+", true);
    IngestSource source = new IngestSource("cases", List.of(CorpusWalker.Root.of(f)), new ReaderSettings("csv", m, null),
        DateRules.DEFAULT, null, "en", "s");
    IndexReport r;
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()),
        OutletRegistry.load(Path.of("index-config")), null)) {
      r = indexer.index(List.of(source), IngestOptions.DEFAULT);
    }
    assertEquals(Map.of("unknown daily", 1L), r.unknownOutlets());
    try (ArticleSearcher s = searcher()) {
      var result = s.search(new SearchRequest(org.dateline.search.ArticleFilter.all(), SortOrder.RELEVANCE, 0, 10,
          List.of(FacetRequest.parse("outlet"))));
      assertEquals(List.of(new FacetValue("rt", null, 2), new FacetValue("faz", null, 1), new FacetValue("unknown daily", null, 1)),
          result.facets().get("outlet"));
      assertEquals("rt", s.show("cases/1").orElseThrow().outlet());
      var faz = s.search(new SearchRequest(new org.dateline.search.ArticleFilter(null, null, null, List.of(), List.of("faz")),
          SortOrder.RELEVANCE, 0, 10, List.of()));
      assertEquals(1, faz.total());
    }
  }

  @Test
  void exactDuplicatesShareAGroupAndAreCounted() throws IOException {
    Path a = jsonl("a.jsonl", "{\"id\":\"a1\",\"text\":\"Same  text here.\"}", "{\"id\":\"a2\",\"text\":\"Other text.\"}");
    Path b = jsonl("b.jsonl", "{\"id\":\"b1\",\"text\":\"same text HERE.\"}");
    IndexReport r = ingest(IngestOptions.DEFAULT, a, b);
    assertEquals(1, r.duplicates());
    IndexReport again = ingest(IngestOptions.DEFAULT, a, b);
    assertEquals(0, again.added() + again.updated());
    assertEquals(3, again.unchanged());
  }

  @Test
  void pruneDeletesArticlesWhoseSourceVanished() throws IOException {
    Path f = jsonl("p.jsonl", "{\"id\":\"keep\",\"text\":\"k\"}", "{\"id\":\"gone\",\"text\":\"g\"}");
    ingest(IngestOptions.DEFAULT, f);
    jsonl("p.jsonl", "{\"id\":\"keep\",\"text\":\"k\"}", "{\"id\":\"new\",\"text\":\"n\"}");
    IndexReport kept = ingest(IngestOptions.DEFAULT, f);
    assertEquals(0, kept.pruned());
    assertEquals(3, docCount());
    IndexReport pruned = ingest(new IngestOptions(true, -1, IngestOptions.DEFAULT_MAX_BODY_CHARS, x -> { }, p -> { }), f);
    assertEquals(1, pruned.pruned());
    assertEquals(2, pruned.unchanged());
    assertEquals(2, docCount());
  }

  @Test
  void maxErrorsStopsTheRunAndCommitsNothing() throws IOException {
    Path f = jsonl("e.jsonl", "{\"text\":\"fine\"}", "{broken", "{broken");
    List<Rejection> seen = new ArrayList<>();
    IngestOptions options = new IngestOptions(false, 1, IngestOptions.DEFAULT_MAX_BODY_CHARS, seen::add, p -> { });
    IngestAbortedException e = assertThrows(IngestAbortedException.class, () -> ingest(options, f));
    assertTrue(e.getMessage().startsWith("stopped after 2 rejected files or records (--max-errors 1)"), e.getMessage());
    assertEquals(2, seen.size());
    try (var d = FSDirectory.open(dir.resolve("index"))) {
      assertEquals(false, DirectoryReader.indexExists(d));
    }
    IndexReport within = ingest(new IngestOptions(false, 2, IngestOptions.DEFAULT_MAX_BODY_CHARS, x -> { }, p -> { }), f);
    assertEquals(1, within.added());
    assertEquals(2, within.skipped("malformed-json"));
  }

  @Test
  void aDatedRecordWithoutTextIsKeptAndABlankOneRejected() throws IOException {
    Path f = jsonl("t.jsonl", "{\"id\":\"dated\",\"date\":\"1987-04-03\"}", "{\"id\":\"nothing\"}");
    IndexReport r = ingest(IngestOptions.DEFAULT, f);
    assertEquals(1, r.added());
    assertEquals(1, r.skipped("empty"));
    assertEquals(List.of("t.jsonl:line 1: record has no text; indexed with its metadata only"), r.warnings());
  }
}
