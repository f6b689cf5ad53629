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
 * (segments with and without deletions) and exact duplicates. Co-occurrence, which counts over global
 * ordinals and index-wide actor counts read the same way, is checked there against the stored actors.
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
        w.deleteDocuments(new Term(ArticleFields.ID, String.format(java.util.Locale.ROOT, "gen/g%03d", i)));
      }
      w.deleteDocuments(new Term(ArticleFields.ID, "copies/copy3"));
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

  @Test
  void cooccurrenceCountsEveryLiveArticleAcrossSegments() throws Exception {
    for (List<String> focus : List.of(List.of("russia"), List.<String>of())) {
      CooccurrenceResult r = searcher.cooccurrence(new CooccurrenceRequest(new ArticleFilter(null, null, null, focus, List.of()), 1000, false));
      // expected from the stored actor ids of every live article, read through a bare reader
      java.util.Map<String, Long> indexed = new java.util.TreeMap<>();
      java.util.Map<String, Long> pairs = new java.util.TreeMap<>();
      long matches = 0;
      try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
          org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(d)) {
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          List<String> actors = new java.util.ArrayList<>(new java.util.TreeSet<>(List.of(reader.storedFields().document(doc).getValues(ArticleFields.ACTOR))));
          actors.forEach(a -> indexed.merge(a, 1L, Long::sum));
          if (!actors.containsAll(focus)) {
            continue;
          }
          matches++;
          for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
              if (focus.isEmpty() || focus.contains(actors.get(i)) || focus.contains(actors.get(j))) {
                pairs.merge(actors.get(i) + " " + actors.get(j), 1L, Long::sum);
              }
            }
          }
        }
      }
      assertEquals(matches, r.matches());
      java.util.Map<String, String> got = new java.util.TreeMap<>();
      java.util.Map<String, String> want = new java.util.TreeMap<>();
      for (ActorPair p : r.pairs()) {
        got.put(p.source() + " " + p.target(), p.count() + " " + p.expected());
      }
      long n = searcher.size();
      long m = matches;
      pairs.forEach((k, c) -> {
        String[] ab = k.split(" ");
        want.put(k, c + " " + (m * ((double) indexed.get(ab[0]) / n) * ((double) indexed.get(ab[1]) / n)));
      });
      assertTrue(!want.isEmpty());
      assertEquals(want, got, "focus " + focus);
    }
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

  /**
   * A timeline whose collection is only a date range takes its per-day totals from the whole
   * index's day counts, cut to the range; the rows must equal counting the collection's articles,
   * undated ones included where no range is set, for open, closed and empty ranges.
   */
  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {"-,-,day,-", "-,-,month,russia", "2024-12-01,-,day,-", "-,2024-12-10,week,-",
      "2024-11-25,2024-12-05,day,russia", "2024-12-03,2024-12-03,day,-", "2030-01-01,2030-12-31,year,-",
      "2024-11-25,2024-12-20,month,-"})
  void timelineTotalsEqualCountingTheCollection(String from, String to, String by, String text) throws Exception {
    for (List<String> actors : List.of(List.<String>of(), List.of("russia"))) {
      ArticleFilter filter = new ArticleFilter(text, from == null ? null : java.time.LocalDate.parse(from),
          to == null ? null : java.time.LocalDate.parse(to), actors, List.of());
      TimelineRequest request = new TimelineRequest(filter, DateGranularity.valueOf(by.toUpperCase(java.util.Locale.ROOT)), null, 10);
      List<TimelineRow> fromStatistics = searcher.timeline(request);
      searcher.indexStatistics(false);
      List<TimelineRow> counted;
      try {
        counted = searcher.timeline(request);
      } finally {
        searcher.indexStatistics(true);
      }
      assertEquals(counted, fromStatistics, from + ".." + to + " by " + by + " text " + text + " actors " + actors);
      if (from == null && to == null) {
        assertTrue(counted.stream().anyMatch(r -> r.bucket().equals(DateHistogram.UNDATED) && r.total() > 0), "undated row");
      }
    }
  }
}
