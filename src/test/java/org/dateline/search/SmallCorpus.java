package org.dateline.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IndexReport;

/** Six hand-written articles whose dates, outlets and actors the search and CLI tests count exactly. */
public final class SmallCorpus {
  private SmallCorpus() {}

  static final String[][] ARTICLES = {
    {"a1.txt", "title: Talks open in Istanbul\ndate: 2025-05-15\noutlet: Reuters\n\n"
        + "Negotiations between Russia and Ukraine began in Istanbul. Delegations met for direct talks."},
    {"a2.txt", "title: Putin sets terms\ndate: 2025-05-16\noutlet: RT\n\n"
        + "Putin said Russia would negotiate on its own terms after the talks."},
    {"a3.txt", "title: Zelensky in Kyiv\ndate: 2025-06-01\noutlet: Reuters\n\n"
        + "Zelensky returned to Kyiv after the talks and thanked allies."},
    {"a4.txt", "title: NATO summit\ndate: 2024-12-31\noutlet: BBC\n\n"
        + "NATO leaders and U.S. officials met to discuss support for Ukraine."},
    {"a5.txt", "title: Undated note\noutlet: RT\n\n"
        + "A note about Istanbul in Turkey, with no date at all."},
    {"a6.txt", " date 2025-05-15 Istanbul talks went on late into the night, officials said."},
  };

  /** Writes the articles under {@code dir/small} and indexes them into {@code dir/index}. */
  public static IndexReport build(Path dir) throws IOException {
    Path corpus = dir.resolve("small");
    Files.createDirectories(corpus);
    for (String[] a : ARTICLES) {
      Files.writeString(corpus.resolve(a[0]), a[1]);
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), registry(), null)) {
      return indexer.index(List.of(corpus));
    }
  }

  public static ActorRegistry registry() {
    return ActorRegistry.load(TestPaths.testConfig());
  }
}
