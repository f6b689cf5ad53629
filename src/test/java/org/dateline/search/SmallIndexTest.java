package org.dateline.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that read the small corpus: indexed once per test class into a temp folder. */
abstract class SmallIndexTest {
  @TempDir static Path dir;
  static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    SmallCorpus.build(dir);
    searcher = ArticleSearcher.open(dir.resolve("index"), SmallCorpus.registry());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }
}
