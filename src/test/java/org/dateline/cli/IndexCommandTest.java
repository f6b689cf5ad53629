package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dateline.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline index --corpus} and {@code dateline corpora} through the same factory as main. */
class IndexCommandTest extends InProcessCliTest {
  static final String ROOT = "src/test/resources/corpus-root";
  @TempDir Path dir;

  int index(String... more) {
    String[] base = {"index", "--corpus", "mini", "--corpus-root", ROOT, "--index", dir.resolve("index").toString(),
        "--config", TestPaths.testConfig().toString()};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return run(all);
  }

  @Test
  void indexesAConfiguredCorpusAndReportsEveryOutcome() {
    assertEquals(0, index());
    assertEquals("", out);
    assertTrue(err.contains("dateline: mini/a.jsonl:line 3: Unexpected end-of-input: was expecting closing quote for a string value (column 33) [malformed-json]\n"), err);
    assertTrue(err.contains("dateline: mini/a.jsonl:line 2: no date found; indexed as undated [warning]\n"), err);
    assertTrue(Pattern.compile("dateline: indexed 1 file in [0-9.]+ s: 2 added, 0 updated, 0 unchanged, 1 skipped "
        + "\\(malformed-json 1\\), 1 undated\n$").matcher(err).find(), err);
    assertEquals(0, index("--quiet"));
    assertTrue(err.contains(": 0 added, 0 updated, 2 unchanged, 1 skipped (malformed-json 1), 0 undated\n"), err);
  }

  @Test
  void strictTurnsARejectionIntoExit65() {
    assertEquals(65, index("--strict", "-q"));
    assertTrue(err.contains("2 added"), err);
  }

  @Test
  void maxErrorsStopsAndCommitsNothing() {
    assertEquals(65, index("--max-errors", "0"));
    assertEquals("dateline: stopped after 1 rejected files or records (--max-errors 0); last: mini/a.jsonl:line 3: "
        + "Unexpected end-of-input: was expecting closing quote for a string value (column 33) [malformed-json]; nothing was committed\n", err);
    assertEquals(0, run("corpora", "--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString(),
        "--corpus-root", ROOT, "--format", "json"));
    assertTrue(out.contains("\"indexed\":0,\"last_indexed\":null"), out);
  }

  @Test
  void reportFileHasEveryRejectionAsJsonLines() throws Exception {
    Path report = dir.resolve("rejections.jsonl");
    assertEquals(0, index("--report", report.toString(), "-q"));
    assertEquals("{\"source\":\"mini/a.jsonl\",\"location\":\"line 3\",\"reason\":\"malformed-json\",\"message\":"
        + "\"Unexpected end-of-input: was expecting closing quote for a string value (column 33)\"}\n", Files.readString(report));
  }

  @Test
  void corporaListsConfigsWithIndexedCounts() {
    assertEquals(0, index("-q"));
    assertEquals(0, run("corpora", "--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString(),
        "--corpus-root", ROOT, "--format", "json"));
    assertTrue(Pattern.compile("^\\[\\{\"name\":\"mini\",\"description\":\"CLI test corpus\",\"format\":\"jsonl\",\"present\":true,"
        + "\"expected\":2,\"indexed\":2,\"last_indexed\":\"[0-9T:.Z-]+\"}]\n$").matcher(out).find(), out);
    assertEquals(0, run("corpora", "--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString(),
        "--corpus-root", dir.toString()));
    assertTrue(out.startsWith("corpus                 format files      expected    indexed  last indexed\n"
        + "mini                   jsonl  missing           2          2  "), out);
  }

  @Test
  void usageAndConfigErrors() {
    assertEquals(64, run("index", "--index", dir.resolve("index").toString()));
    assertEquals("dateline: nothing to index: give a PATH or --corpus NAME\n", err);
    assertEquals(78, run("index", "--corpus", "nope", "--config", TestPaths.testConfig().toString(),
        "--index", dir.resolve("index").toString()));
    assertTrue(err.startsWith("dateline: no corpus config 'nope' in " + TestPaths.testConfig().resolve("corpora") + " (known: mini)"), err);
    assertEquals(66, run("index", "--corpus", "mini", "--corpus-root", dir.toString(), "--index", dir.resolve("index").toString(),
        "--config", TestPaths.testConfig().toString()));
    assertTrue(err.contains("corpus 'mini' is not there (get it from src/test/resources/corpus-root)"), err);
  }

  @Test
  void anIndexFromBeforeCorpusIdsIsRefusedWithExit78() throws Exception {
    assertEquals(0, index("-q"));
    try (var d = org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
        var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig()
            .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("dateline.schema", "3");
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    assertEquals(78, index("-q"));
    assertTrue(err.startsWith("dateline: " + dir.resolve("index") + " has index schema 3, whose ids are not yet unique per corpus"),
        err);
  }
}
