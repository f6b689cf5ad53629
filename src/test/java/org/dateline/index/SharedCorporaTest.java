package org.dateline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.TestPaths;
import org.dateline.config.CorpusConfig;
import org.dateline.config.CorpusConfigs;
import org.dateline.extract.ActorRegistry;
import org.dateline.extract.OutletRegistry;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.FacetRequest;
import org.dateline.search.FacetValue;
import org.dateline.search.SearchRequest;
import org.dateline.search.SearchResult;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layer (d): every shipped corpus config indexes its corpus from ../shared/corpora with the
 * article count its SOURCE.md states (the numbers below are copied from SOURCE.md, not from the
 * configs), and a second run adds and updates nothing.
 */
class SharedCorporaTest {
  @TempDir Path dir;

  IndexReport index(CorpusConfig config) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()),
        OutletRegistry.load(TestPaths.shippedConfig()), null)) {
      return indexer.index(List.of(IngestSource.of(config, TestPaths.sharedCorpora(), null)), IngestOptions.DEFAULT);
    }
  }

  SearchResult facets(String... facets) throws Exception {
    try (ArticleSearcher s = ArticleSearcher.open(dir.resolve("index"), ActorRegistry.load(TestPaths.testConfig()))) {
      return s.search(new SearchRequest(ArticleFilter.all(), SortOrder.RELEVANCE, 0, 0,
          java.util.Arrays.stream(facets).map(FacetRequest::parse).toList()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"reuters21578, 21578, 0", "ruwa, 16545, 0", "euvsdisinfo, 10892, 0", "telegram-ru-news, 22099, 0",
      "ukraina-ru-headlines, 13115, 0", "warline-ua, 859, 0", "bbc-news, 2225, 2225"})
  void indexesTheCountsOfSourceMdAndARerunChangesNothing(String name, long articles, long undated) throws Exception {
    Path shared = TestPaths.sharedCorpora();
    CorpusConfig config = CorpusConfigs.get(TestPaths.shippedConfig(), name);
    assertEquals(articles, config.expectedArticles(), "the config states the SOURCE.md count");
    IndexReport first = index(config);
    assertEquals(Map.of(), first.skipped(), "nothing rejected in " + shared.resolve(name));
    assertEquals(articles, first.added());
    assertEquals(undated, first.undated());
    assertEquals(articles, facets().total());
    IndexReport second = index(config);
    assertEquals(0, second.added());
    assertEquals(0, second.updated());
    assertEquals(articles, second.unchanged());
    switch (name) {
      case "ruwa" -> assertEquals(Map.of("ukrinform", 6749L, "censor", 5094L, "reuters", 1992L, "rt", 932L, "aljazeera", 600L,
          "bbc", 550L, "msnbc", 500L, "news-front", 94L, "tass", 34L), counts(facets("outlet:20").facets().get("outlet")));
      case "euvsdisinfo" -> {
        Map<String, Long> outlets = counts(facets("outlet:100000").facets().get("outlet"));
        assertEquals(229L, outlets.get("unknown"), "rows that name no outlet");
        assertEquals(180L, outlets.get("tsargrad tv"), "rows naming Tsargrad TV among others");
        long pairs = outlets.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(true, pairs > articles + 1500, "multi-valued outlets count for each: " + pairs);
        assertEquals(3265L, counts(facets("date:year").facets().get("date:year")).get("2020"));
      }
      case "reuters21578" -> assertEquals(1L, counts(facets("date:year").facets().get("date:year")).size());
      default -> { }
    }
  }

  static Map<String, Long> counts(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }
}
