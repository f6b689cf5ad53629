package org.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.index.ArticleIndexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Russian and Ukrainian articles are found by any case form of their words, and their language is detected. */
class MultilingualSearchTest {
  @TempDir static Path dir;
  static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = dir.resolve("ml");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("ru.txt"), "date: 2025-05-16\n\n"
        + "Делегации провели раунд переговоров в Стамбуле. Путин не приехал, сообщили в Кремле.");
    Files.writeString(corpus.resolve("uk.txt"), "date: 2025-05-16\n\n"
        + "Делегації провели раунд переговорів у Стамбулі. Президентові України доповіли про санкції.");
    Files.writeString(corpus.resolve("en.txt"), "date: 2025-05-16\n\n"
        + "The delegations held a round of talks in Istanbul, and the ministry said sanctions would follow.");
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), SmallCorpus.registry(), null)) {
      indexer.index(List.of(corpus));
    }
    searcher = ArticleSearcher.open(dir.resolve("index"), SmallCorpus.registry());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchResult query(String q, String... facets) throws Exception {
    return searcher.search(new SearchRequest(new ArticleFilter(q, null, null, List.of(), List.of()), SortOrder.RELEVANCE,
        0, 10, List.of(facets).stream().map(FacetRequest::parse).toList()));
  }

  private static List<String> ids(String q) throws Exception {
    return query(q).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void russianQueryFindsOtherCaseForms() throws Exception {
    assertEquals(List.of("ml/ru.txt"), ids("Путина"));
    assertEquals(List.of("ml/ru.txt"), ids("Путину"));
    assertEquals(List.of("ml/ru.txt"), ids("Кремль"));
  }

  @Test
  void ukrainianQueryFindsOtherCaseForms() throws Exception {
    assertEquals(List.of("ml/uk.txt"), ids("Україна"));
    assertEquals(List.of("ml/uk.txt"), ids("Україною"));
    assertEquals(List.of("ml/uk.txt"), ids("президент"));
  }

  @Test
  void sharedStemsFindBothLanguages() throws Exception {
    // Russian "переговоров" and Ukrainian "переговорів" reduce to one stem, as do "санкции"/"санкції"
    // and "Стамбуле"/"Стамбулі": a query in either language finds both.
    assertEquals(List.of("ml/ru.txt", "ml/uk.txt"), ids("переговоры"));
    assertEquals(List.of("ml/ru.txt", "ml/uk.txt"), ids("переговори"));
    assertEquals(List.of("ml/uk.txt"), ids("санкции"));
    assertEquals(List.of("ml/ru.txt", "ml/uk.txt"), ids("Стамбул"));
  }

  @Test
  void phrasesMatchAcrossCaseForms() throws Exception {
    assertEquals(List.of("ml/ru.txt"), ids("\"переговоры в Стамбуле\""));
    assertEquals(List.of("ml/uk.txt"), ids("\"переговори у Стамбулі\""));
    assertEquals(List.of(), ids("\"Путин приехал\""));
  }

  @Test
  void englishIsMatchedAsWritten() throws Exception {
    assertEquals(List.of("ml/en.txt"), ids("talks"));
    assertEquals(List.of(), ids("talk"));
  }

  @Test
  void snippetsMarkTheFormAsWritten() throws Exception {
    String snippet = query("Путину").hits().get(0).snippet();
    assertTrue(snippet.contains("[[Путин]] не приехал"), snippet);
    snippet = query("Україна").hits().get(0).snippet();
    assertTrue(snippet.contains("[[України]]"), snippet);
  }

  @Test
  void languageIsDetectedPerArticle() throws Exception {
    Map<String, Long> langs = query(null, "lang").facets().get("lang").stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    assertEquals(Map.of("en", 1L, "ru", 1L, "uk", 1L), langs);
    assertEquals(List.of("ml/uk.txt"), ids("lang:uk"));
  }
}
