package org.dateline.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.index.ArticleIndexer;

/**
 * Five articles chosen to exercise export: a comma, quotes, a tab, a backslash and a newline in
 * values, Cyrillic text, two articles on the same day (ties by id) and one undated article.
 */
public final class ExportCorpus {
  private ExportCorpus() {}

  /** File name and content of each article; ids are {@code ex/FILE}. */
  static final List<List<String>> ARTICLES = List.of(
      List.of("a1.txt", "title: Talks open in Istanbul, day one\ndate: 2025-05-15\noutlet: Reuters\n"
          + "url: https://example.org/a1\n\nNegotiations between Russia and Ukraine began in Istanbul."),
      List.of("a2.txt", "title: Putin says \"no\"\ndate: 2025-05-16\noutlet: RT\n\n"
          + "Putin said Russia would negotiate.\nSecond line\twith a tab and a back\\slash."),
      List.of("a3.txt", "title: Zelensky in Kyiv\ndate: 2025-05-15\noutlet: Reuters\n\n"
          + "Zelensky returned to Kyiv after the talks."),
      List.of("a4.txt", "title: Undated note\noutlet: RT\n\nA note about Istanbul in Turkey."),
      List.of("a5.txt", "title: Київ: новини\ndate: 2024-12-31\noutlet: BBC\nlang: uk\n\nУкраїна і Київ."));

  /** Writes the articles under {@code dir/ex} and indexes them into {@code index}. */
  public static void build(Path dir, Path index) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("ex"));
    for (List<String> a : ARTICLES) {
      Files.writeString(corpus.resolve(a.get(0)), a.get(1));
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(index, registry(), null)) {
      indexer.index(List.of(corpus));
    }
  }

  /** The unit tests' actor registry. */
  public static ActorRegistry registry() {
    return ActorRegistry.load(TestPaths.testConfig());
  }
}
