package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.dateline.index.Analyzers;
import org.dateline.index.ArticleFields;
import org.dateline.index.ArticleIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request over every article reads its facet counts, date buckets and first page from index
 * statistics; they must equal what counting every match gives, on an index with deleted articles
 * (segments with and without deletions) and exact duplicates.
 */
class WholeIndexTest {
  private static final GeneratedCorpus CORPUS = GeneratedCorpus.generate(150, 7L);
  @TempDir static Path dir;
  private static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    CORPUS.index(dir);
    Path copies = Files.createDirectories(dir.resolve("copies"));
    for (int i = 0; i < 5; i++) { // exact duplicates of five generated articles, in a second segment
      GeneratedCorpus.Doc d = CORPUS.where(x -> true).get(i * 10);
      Files.writeString(copies.resolve("c" + i + ".txt"), "id: copy" + i + "\ntitle: " + d.title() + "\noutlet: " + d.outlet()
          + "\n\n" + d.body());
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), SmallCorpus.registry(), null)) {
      indexer.index(List.of(copies));
    }
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.text()).setMergePolicy(NoMergePolicy.INSTANCE)
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    try (FSDirectory d = FSDirectory.open(dir.resolve("index")); IndexWriter w = new IndexWriter(d, config)) {
      for (int i = 1; i < 150; i += 7) {
        w.deleteDocuments(new Term(ArticleFields.ID, String.format(java.util.Locale.ROOT, "g%03d", i)));
      }
      w.deleteDocuments(new Term(ArticleFields.ID, "copy3"));
      w.commit();
    }
    SmallCorpus.build(dir); // a third segment, without deletions
    searcher = ArticleSearcher.open(dir.resolve("index"), SmallCorpus.registry());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void theIndexHasDeletionsInSomeSegmentsAndDuplicates() throws Exception {
    var reader = searcher.indexSearcher().getIndexReader();
    assertTrue(reader.leaves().size() >= 3, "segments: " + reader.leaves().size());
    assertTrue(reader.leaves().stream().anyMatch(l -> l.reader().hasDeletions()));
    assertTrue(reader.leaves().stream().anyMatch(l -> !l.reader().hasDeletions()));
    assertEquals(150 - 22 + 5 - 1 + 6, searcher.size());
    SearchResult unique = searcher.search(new SearchRequest(ArticleFilter.all(), SortOrder.RELEVANCE, 0, 10,
        List.of(FacetRequest.parse("outlet")), 0, true));
    assertEquals(searcher.size() - 4, unique.total(), "four live copies count once with --unique");
  }

  @ParameterizedTest
  @CsvSource({"relevance,0,10", "relevance,5,20", "relevance,130,20", "relevance,0,0", "date,0,10", "date_desc,3,7"})
  void countsAndPagesEqualCountingEveryMatch(String sort, int offset, int limit) throws Exception {
    List<FacetRequest> facets = List.of("outlet", "actor:3", "lang", "country", "date:day", "date:month", "date:year")
        .stream().map(FacetRequest::parse).toList();
    SortOrder order = SortOrder.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
    for (boolean unique : List.of(false, true)) {
      SearchRequest request = new SearchRequest(ArticleFilter.all(), order, offset, limit, facets, 0, unique);
      SearchResult fromStatistics = searcher.search(request);
      searcher.indexStatistics(false);
      SearchResult counted;
      try {
        counted = searcher.search(request);
      } finally {
        searcher.indexStatistics(true);
      }
      assertEquals(counted, fromStatistics);
      assertTrue(counted.facets().get("outlet").size() > 1 && !counted.facets().get("date:day").isEmpty());
    }
  }
}
