package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --unique} counts each group of exact duplicates once, in totals and facets. */
class UniqueSearchTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void build() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("news"));
    // a and b carry the same text (white space and case aside) from two outlets; c is different.
    Files.writeString(corpus.resolve("a.txt"), "outlet: Reuters\ndate: 2025-05-15\n\nTalks began in Istanbul.");
    Files.writeString(corpus.resolve("b.txt"), "outlet: RT\ndate: 2025-05-15\n\ntalks  began in ISTANBUL.");
    Files.writeString(corpus.resolve("c.txt"), "outlet: RT\ndate: 2025-05-16\n\nTalks went on in Istanbul.");
    cli = new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString(),
        "--format", "json", "--limit", "0");
    assertEquals(0, cli.run("index", corpus.toString(), "--index", dir.resolve("index").toString(),
        "--config", TestPaths.testConfig().toString()));
    assertTrue(cli.err.contains(", 1 duplicate"), cli.err);
  }

  @Test
  void duplicatesCountOnceAndTheSmallestIdRepresentsThem() {
    assertEquals(0, cli.withOptions("search", "talks", "--facet", "outlet"));
    assertTrue(cli.out.startsWith("{\"total\":3,"), cli.out);
    assertEquals(0, cli.withOptions("search", "talks", "--facet", "outlet", "--unique"));
    assertTrue(cli.out.startsWith("{\"total\":2,"), cli.out);
    assertTrue(cli.out.contains("\"outlet\":[{\"value\":\"reuters\",\"count\":1},{\"value\":\"rt\",\"count\":1}]"), cli.out);
  }

  @Test
  void aDuplicateWhoseTwinDoesNotMatchStillCounts() {
    assertEquals(0, cli.withOptions("search", "--outlet", "rt", "--unique"));
    assertTrue(cli.out.startsWith("{\"total\":2,"), "b's twin a is from another outlet: " + cli.out);
    assertEquals(0, cli.run("search", "--unique", "--sort", "date", "--format", "json",
        "--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString()));
    assertTrue(cli.out.contains("\"id\":\"news/a.txt\"") && !cli.out.contains("\"id\":\"news/b.txt\""), cli.out);
  }
}
