package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search resolves outlet names, hosts and URLs through outlets.tsv exactly as the indexer does. */
class OutletResolutionTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void build() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.copy(TestPaths.testConfig().resolve("actors.tsv"), config.resolve("actors.tsv"));
    Files.writeString(config.resolve("outlets.tsv"),
        "id\tname\tcountry\tkind\taliases\nrt\tRT\tRU\tstate-affiliated\tRussia Today|rt.com\n");
    Path corpus = Files.createDirectories(dir.resolve("news"));
    Files.writeString(corpus.resolve("a.txt"), "outlet: https://www.rt.com/news/1\ndate: 2025-05-15\n\nPutin spoke.");
    Files.writeString(corpus.resolve("b.txt"), "outlet: Russia Today\ndate: 2025-05-16\n\nRussia spoke.");
    Files.writeString(corpus.resolve("c.txt"), "outlet: Reuters\ndate: 2025-05-16\n\nUkraine spoke.");
    cli = new CliRunner("--index", dir.resolve("index").toString(), "--config", config.toString());
    assertEquals(0, cli.withOptions("index", corpus.toString()));
  }

  @Test
  void anyNameHostOrUrlOfAnOutletSelectsIt() {
    for (String name : new String[] {"rt", "RT", "rt.com", "www.rt.com", "Russia Today", "https://rt.com/x"}) {
      assertEquals(0, cli.withOptions("search", "--outlet", name, "--limit", "0", "--format", "json"));
      assertTrue(cli.out.startsWith("{\"total\":2,"), name + ": " + cli.out);
    }
    assertEquals(0, cli.withOptions("search", "outlet:rt.com", "--limit", "0", "--format", "json"));
    assertTrue(cli.out.startsWith("{\"total\":2,"), cli.out);
  }

  @Test
  void curatedOutletsAreLabelledInTheFacet() {
    assertEquals(0, cli.withOptions("search", "--facet", "outlet", "--limit", "0", "--format", "json"));
    assertTrue(cli.out.contains("\"outlet\":[{\"value\":\"rt\",\"label\":\"RT\",\"count\":2},{\"value\":\"reuters\",\"count\":1}]"), cli.out);
  }
}
