package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline actors apply}: a registry edit reaches the index without re-reading the corpus. */
class ActorsApplyTest {
  @TempDir Path dir;
  Path config;
  String out;
  String err;

  CliRunner cli;

  int run(String... args) {
    int code = cli.run(args);
    out = cli.out;
    err = cli.err;
    return code;
  }

  /** Runs {@code args} on the test index and configuration. */
  int with(String... args) {
    int code = cli.withOptions(args);
    out = cli.out;
    err = cli.err;
    return code;
  }

  @BeforeEach
  void indexTwoArticles() throws Exception {
    config = dir.resolve("config");
    cli = new CliRunner("--index", dir.resolve("index").toString(), "--config", config.toString());
    Files.createDirectories(config);
    Files.copy(TestPaths.testConfig().resolve("actors.tsv"), config.resolve("actors.tsv"));
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), "title: Talks in Istanbul\ndate: 2025-05-15\n\n"
        + "Hakan Fidan hosted the delegations of Russia and Ukraine in Istanbul.");
    Files.writeString(corpus.resolve("b.txt"), "title: Kremlin view\ndate: 2025-05-16\n\nPutin said Moscow would wait.");
    assertEquals(0, with("index", corpus.toString(), "--quiet"));
  }

  @Test
  void applyAddsANewActorAndRewritesOnlyTheArticlesItChanges() throws Exception {
    Files.writeString(config.resolve("actors.tsv"),
        "fidan\tPERSON\tHakan Fidan\t-\t-\t-\tHakan Fidan|@Fidan\n", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, with("search", "--actor", "fidan", "--limit", "0"));
    assertTrue(err.contains("the actor registry changed since the index was built;"
        + " actor facets may be stale until you run: dateline actors apply"), err);
    assertTrue(out.startsWith("0 articles match"), out);

    assertEquals(0, with("actors", "apply"));
    assertEquals("", out);
    assertTrue(err.matches("dateline: applied actor registry [0-9a-f]{16} \\(index had [0-9a-f]{16}\\): 2 articles,"
        + " 1 matched again, 1 changed \\(actor 1, actor_literal 1, person 1\\) in \\d+\\.\\d s\n"), err);

    assertEquals(0, with("search", "--actor", "fidan", "--facet", "actor:20"));
    assertEquals("", err, "no stale-registry warning after apply");
    assertTrue(out.startsWith("1 article matches"), out);
    assertTrue(out.contains("fidan (Hakan Fidan)"), out);
    // The rewritten article keeps its text, date and searchable body.
    assertEquals(0, with("search", "\"delegations of Russia\"", "--from", "2025-05-15", "--to", "2025-05-15"));
    assertTrue(out.startsWith("1 article matches"), out);
  }

  @Test
  void applyWithAnUnchangedRegistryRewritesNothing() {
    assertEquals(0, with("actors", "apply"));
    assertTrue(err.contains(": 2 articles, 0 matched again, 0 changed in "), err);
    assertEquals(0, with("actors", "apply", "--all"));
    assertTrue(err.contains(": 2 articles, 2 matched again, 0 changed in "), err);
  }

  @Test
  void changingAPlaceLinkReachesArticlesThatNameOnlyAPlaceInsideIt() throws Exception {
    // Moscow's part_of moves from russia to a new region; article b names Moscow, never the region.
    String registry = Files.readString(config.resolve("actors.tsv"))
        .replace("moscow\tPLACE\tMoscow\t-\trussia\trussia", "moscow\tPLACE\tMoscow\t-\tcentral\trussia")
        + "central\tPLACE\tCentral Russia\t-\trussia\t-\tCentral Russia\n";
    Files.writeString(config.resolve("actors.tsv"), registry);
    assertEquals(0, with("actors", "apply"));
    assertTrue(err.contains(": 2 articles, 1 matched again, 0 changed in "), err);
  }

  @Test
  void applyWithoutAnIndexExits66() {
    assertEquals(66, run("actors", "apply", "--index", dir.resolve("none").toString(), "--config", config.toString()));
    assertTrue(err.startsWith("dateline: "), err);
  }
  @Test
  void enrichFindsUnknownNamesAndCandidatesSuggestRegistryLines() {
    assertEquals(0, with("actors", "candidates"));
    assertEquals("dateline: no unknown names among the matches; run dateline enrich to find them\n", err);
    assertEquals(0, with("enrich"));
    assertTrue(err.matches("dateline: enriched 2 English articles of 2: unknown names changed in 2, in \\d+\\.\\d s\n"), err);
    assertEquals(0, with("search", "entity:\"Hakan Fidan\"", "--limit", "0"), err);
    assertTrue(out.startsWith("1 article matches"), out);
    assertEquals(0, with("actors", "candidates", "Istanbul"));
    assertEquals(String.join("\n",
        "     1  Hakan Fidan",
        "        corpus/a.txt: Talks in Istanbul Hakan Fidan hosted the delegations of Russia and Ukraine in Istanbul.",
        "        hakan-fidan\tPERSON\tHakan Fidan\t-\t-\t-\tHakan Fidan|@Fidan", ""), out);
    // A registry edit and apply keep the unknown names that enrich stored.
    assertEquals(0, with("actors", "apply", "--all"));
    assertEquals(0, with("search", "entity:\"hakan fidan\"", "--limit", "0"));
    assertTrue(out.startsWith("1 article matches"), out);
  }
}
