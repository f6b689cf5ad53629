package org.dateline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The generated corpus indexed once per test run (indexing it takes a moment, and every query and
 * analytics test reads the same articles), in a temp folder removed when the JVM exits.
 */
final class GeneratedIndex {
  /** The number of generated articles: more than 100 match common words, for the top-100 ranking test. */
  static final int SIZE = 400;
  static final GeneratedCorpus CORPUS = GeneratedCorpus.generate(SIZE, 20250515L);
  private static Path dir;

  private GeneratedIndex() {}

  /** The folder holding {@code index/} (built on first call). */
  static synchronized Path dir() throws IOException {
    if (dir == null) {
      Path d = Files.createTempDirectory("dateline-generated");
      CORPUS.index(d);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
      dir = d;
    }
    return dir;
  }

  /** Opens a searcher over the generated index with the test registry. */
  static ArticleSearcher open() throws IOException {
    return ArticleSearcher.open(dir().resolve("index"), SmallCorpus.registry());
  }

  private static void delete(Path d) {
    try (Stream<Path> files = Files.walk(d)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp folder left behind is harmless
    }
  }
}
