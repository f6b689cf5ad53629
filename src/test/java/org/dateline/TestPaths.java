package org.dateline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where tests find their fixtures, the shipped configuration and the shared corpora. */
public final class TestPaths {
  private TestPaths() {}

  /** The small actor registry of the unit tests. */
  public static Path testConfig() {
    return Path.of("src/test/resources/test-config");
  }

  /** The shipped configuration folder ({@code index-config/}). */
  public static Path shippedConfig() {
    return Path.of("index-config");
  }

  /** The bundled sample article. */
  public static Path istanbulArticle() {
    return Path.of("corpus/000_118012358135d3be.txt");
  }

  /**
   * The shared research corpora ({@code ../shared/corpora}, or the system property {@code
   * dateline.shared}); skips the calling test with a clear message when they are absent.
   */
  public static Path sharedCorpora() {
    Path shared = Path.of(System.getProperty("dateline.shared", "../shared"), "corpora");
    Assumptions.assumeTrue(Files.isDirectory(shared),
        "skipped: shared corpora not found at " + shared.toAbsolutePath() + " (set -Ddateline.shared=DIR)");
    return shared;
  }
}
