package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline actors check|explain} through the same factory as {@code main}. */
class ActorsCommandTest extends InProcessCliTest {
  static final String RULES = "src/test/resources/actor-rules";
  @TempDir Path dir;

  @Test
  void checkPassesOnASoundRegistry() {
    assertEquals(0, run("actors", "check", "--config", RULES));
    assertTrue(out.matches("ok: 23 actors, 70 aliases, registry hash [0-9a-f]{16}\n"), out);
    assertEquals("", err);
  }

  @Test
  void checkListsEveryProblemAndExits78() throws Exception {
    Files.writeString(dir.resolve("actors.tsv"), "id\ttype\tname\taliases\nchina\tCOUNTRY\tChina\tChina\n"
        + "prc\tCOUNTRY\tPRC\t=China\n");
    assertEquals(78, run("actors", "check", "--config", dir.toString()));
    String f = dir.resolve("actors.tsv").toString();
    assertEquals("dateline: " + f + ":3: column 'aliases': alias 'China' of 'prc' is also alias 'China' of 'china' (" + f
        + ":2); keep it on one actor, or mark both weak (@)\n"
        + "dateline: " + f + ":2: column 'aliases': alias 'China' of 'china' is also the common word 'china'; write =China"
        + " to match only that exact case, @China to need a full name, or a longer alias\n"
        + "dateline: 2 problems in the actor registry\n", err);
    assertEquals("", out);
  }

  @Test
  void checkReportsABrokenLinkAsAConfigError() throws Exception {
    Files.writeString(dir.resolve("actors.tsv"), "id\ttype\tname\tpart_of\taliases\nx\tPLACE\tX\tnowhere\tXx\n");
    assertEquals(78, run("actors", "check", "--config", dir.toString()));
    assertEquals("dateline: " + dir.resolve("actors.tsv") + ":2: column 'part_of': unknown actor id 'nowhere'\n", err);
  }

  @Test
  void explainShowsReadingsRejectionsAndFacets() {
    assertEquals(0, run("actors", "explain", "--config", RULES, "--text", "Talks in Moscow. Moscow said no. Spartak Moscow lost."));
    assertEquals(String.join("\n",
        "     9  \"Moscow\"                 moscow           name     place   -> moscow",
        "    17  \"Moscow\"                 moscow           name     agent   -> russia",
        "    41  \"Moscow\"                 moscow           rejected: part of a longer name (\"Spartak\" before)",
        "actor          moscow russia",
        "actor_literal  moscow",
        "person         ",
        "org            ",
        "place          moscow",
        "country        russia",
        "demonym        ", ""), out);
  }

  @Test
  void explainOfAnUnknownArticleExits66() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("c"));
    Files.writeString(corpus.resolve("a.txt"), " date 2025-05-15 Russia and Ukraine.");
    String index = dir.resolve("index").toString();
    assertEquals(0, run("index", corpus.toString(), "--index", index, "--config", RULES));
    assertEquals(0, run("actors", "explain", "c/a.txt", "--index", index, "--config", RULES));
    assertTrue(out.startsWith("     0  \"Russia\"                 russia           name     name    -> russia\n"), out);
    assertEquals(66, run("actors", "explain", "c/nope.txt", "--index", index, "--config", RULES));
    assertEquals("dateline: no article with id 'c/nope.txt'\n", err);
  }
}
