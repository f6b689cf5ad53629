package org.dateline.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.TestPaths;
import org.dateline.extract.ActorRegistry;
import org.dateline.index.ArticleIndexer;
import org.dateline.index.IndexReport;

/**
 * Six hand-written articles ({@code src/test/resources/small}) whose dates, outlets and actors the
 * search and CLI tests count exactly; the README's examples run on them too.
 *
 * <pre>
 * a1 2025-05-15 reuters  Talks open in Istanbul    istanbul, russia, ukraine
 * a2 2025-05-16 rt       Putin sets terms          putin, russia
 * a3 2025-06-01 reuters  Zelensky in Kyiv          kyiv, zelensky
 * a4 2024-12-31 bbc      NATO summit               nato, ukraine, usa
 * a5 undated    rt       Undated note              istanbul, turkey
 * a6 2025-05-15 unknown  Istanbul talks went on... istanbul
 * </pre>
 */
public final class SmallCorpus {
  /** The fixture folder; indexed from here, its articles get ids {@code small/a1.txt} ... */
  public static final Path FOLDER = Path.of("src/test/resources/small");

  private SmallCorpus() {}

  /** Indexes the articles into {@code dir/index}. */
  public static IndexReport build(Path dir) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir.resolve("index"), registry(), null)) {
      return indexer.index(List.of(FOLDER));
    }
  }

  /** The test actor registry. */
  public static ActorRegistry registry() {
    return ActorRegistry.load(TestPaths.testConfig());
  }
}
