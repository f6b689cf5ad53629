package org.dateline.search;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests that read the generated index: one searcher per test class. */
abstract class GeneratedIndexTest {
  static final GeneratedCorpus CORPUS = GeneratedIndex.CORPUS;
  static ArticleSearcher searcher;

  @BeforeAll
  static void openSearcher() throws IOException {
    searcher = GeneratedIndex.open();
  }

  @AfterAll
  static void closeSearcher() throws IOException {
    searcher.close();
  }
}
