package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through the same factory as {@code main}: exit codes, stdout and stderr. */
class CliTest extends InProcessCliTest {
  @TempDir Path dir;

  String index() {
    return dir.resolve("index").toString();
  }

  String config() {
    return TestPaths.testConfig().toString();
  }

  @BeforeEach
  void buildIndex() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestPaths.istanbulArticle(), corpus.resolve("istanbul.txt"));
    Files.writeString(corpus.resolve("undated.txt"), "An undated note on Istanbul talks.");
    assertEquals(0, run("index", corpus.toString(), "--index", index(), "--config", config()));
    assertEquals("", out, "index prints nothing on stdout");
    assertTrue(Pattern.compile("dateline: indexed 2 files in [0-9.]+ s: 2 added, 0 updated, 0 unchanged, 0 skipped, 1 undated\n")
        .matcher(err).find(), err);
    assertTrue(err.contains("corpus/undated.txt: no date found; indexed as undated [warning]"), err);
  }

  @Test
  void reindexReportsUnchanged() {
    assertEquals(0, run("index", dir.resolve("corpus").toString(), "--index", index(), "--config", config(), "--quiet"));
    assertTrue(err.contains("0 added, 0 updated, 2 unchanged"), err);
  }

  @Test
  void jsonHasTheDocumentedShape() {
    assertEquals(0, run("search", "Istanbul talks", "--index", index(), "--config", config(), "--format", "json",
        "--facet", "actor", "--facet", "outlet", "--facet", "date:month", "--sort", "date"));
    assertTrue(out.startsWith("{\"total\":2,\"hits\":[{\"id\":\"corpus/istanbul.txt\",\"date\":\"2025-05-15\",\"outlet\":\"unknown\","
        + "\"title\":\"High-stakes negotiations between Russia and Ukraine began today in Istanbul, marking the first direct talks since the breakdown of discussions in 2022.\","
        + "\"actors\":["), out);
    assertTrue(out.contains("\"score\":"), out);
    assertTrue(out.contains("{\"id\":\"corpus/undated.txt\",\"date\":null,\"outlet\":\"unknown\",\"title\":\"An undated note on Istanbul talks.\""), out);
    assertTrue(out.contains("\"facets\":{\"actor\":[{\"value\":\"istanbul\",\"label\":\"Istanbul\",\"count\":2}"), out);
    assertTrue(out.contains("\"outlet\":[{\"value\":\"unknown\",\"count\":2}]"), out);
    assertTrue(out.endsWith("\"date:month\":[{\"value\":\"2025-05\",\"count\":1},{\"value\":\"undated\",\"count\":1}]}}\n"), out);
  }

  @Test
  void tableShowsCountHitsAndFacets() {
    assertEquals(0, run("search", "Istanbul", "--index", index(), "--config", config(), "--facet", "outlet", "--sort", "date"));
    assertTrue(out.startsWith("2 articles match (showing 1-2)\n"), out);
    assertTrue(out.contains("  1. 2025-05-15  unknown      High-stakes negotiations"), out);
    assertTrue(out.contains("[[Istanbul]]"), out);
    assertTrue(out.contains("\noutlet\n  unknown         2\n"), out);
  }

  @Test
  void showPrintsTheArticle() {
    assertEquals(0, run("show", "corpus/istanbul.txt", "--index", index(), "--config", config(), "--format", "json"));
    assertTrue(out.contains("\"date_source\":\"prefix\""), out);
    assertTrue(out.contains("\"text\":\"High-stakes negotiations"), out);
    assertEquals(66, run("show", "nope", "--index", index(), "--config", config()));
    assertEquals("dateline: no article with id 'nope'\n", err);
  }

  @Test
  void usageErrorsExit64() {
    assertEquals(64, run("search", "--bogus"));
    assertTrue(err.startsWith("dateline: Unknown option: '--bogus'"), err);
    assertEquals(64, run("search", "--from", "2025-13-45", "--index", index()));
    assertTrue(err.contains("'2025-13-45' is not a valid date"), err);
    assertEquals(64, run("search", "--facet", "colour", "--index", index(), "--config", config()));
    assertTrue(err.contains("unknown facet 'colour'"), err);
    assertEquals(64, run("search", "--actor", "Nobody", "--index", index(), "--config", config()));
    assertEquals("dateline: unknown actor 'Nobody': not an id or alias in the actor registry\n", err);
    assertEquals(64, run());
  }

  @Test
  void unparsableQueryRunsAsPlainWordsWithANotice() {
    assertEquals(0, run("search", "talks AND (", "--index", index(), "--config", config(), "--limit", "0"));
    assertEquals("1 article matches\n", out, "'and' is now a word, which only the dated article has");
    assertEquals("dateline: notice: the query does not parse at position 11 (Encountered \"<EOF>\"), so its words were"
        + " searched as plain text (--syntax lucene makes this an error)\n", err);
    assertEquals(0, run("search", "Istanbul talks?", "--index", index(), "--config", config(), "--limit", "0"));
    assertEquals("2 articles match\n", out);
    assertTrue(err.startsWith("dateline: notice: the query reads as a question"), err);
  }

  @Test
  void defaultOperatorOrWidensTheMatch() {
    assertEquals(0, run("search", "undated negotiations", "--index", index(), "--config", config(), "--limit", "0"));
    assertEquals("0 articles match\n", out);
    assertEquals(0, run("search", "undated negotiations", "--default-operator", "or", "--index", index(), "--config", config(), "--limit", "0"));
    assertEquals("2 articles match\n", out);
  }

  @Test
  void badQueryWithLuceneSyntaxExits65WithPosition() {
    assertEquals(65, run("search", "talks AND (", "--syntax", "lucene", "--index", index(), "--config", config()));
    assertTrue(err.startsWith("dateline: query does not parse at position 11: Encountered \"<EOF>\"; hint"), err);
    assertEquals(1, err.lines().count(), "one line, no stack trace");
  }

  @Test
  void missingIndexExits66() {
    assertEquals(66, run("search", "x", "--index", dir.resolve("none").toString(), "--config", config()));
    assertEquals("dateline: no index at " + dir.resolve("none") + "; build one with: dateline index PATH\n", err);
    assertEquals(66, run("index", dir.resolve("missing").toString(), "--index", index(), "--config", config()));
    assertTrue(err.contains("missing: no such file or folder"), err);
  }

  @Test
  void badRegistryExits78() throws Exception {
    Path cfg = Files.createDirectories(dir.resolve("cfg"));
    Files.writeString(cfg.resolve("actors.tsv"), "id\ttype\tname\taliases\nx\tPLANET\tX\tX\n");
    assertEquals(78, run("search", "x", "--index", index(), "--config", cfg.toString()));
    assertTrue(err.contains("actors.tsv:2: column 'type'"), err);
  }
}
