package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --corpus} on every query command, against the number of files in each corpus folder
 * (one article per file): src/test/resources/small (corpus "small") and a folder "extra".
 */
class CorpusFilterTest {
  @TempDir static Path dir;
  static long small;

  @BeforeAll
  static void build() throws Exception {
    Path extra = Files.createDirectories(dir.resolve("extra"));
    Files.writeString(extra.resolve("e1.txt"), "title: Talks in Istanbul\ndate: 2025-05-20\noutlet: RT\n\nPutin and Zelensky: talks in Istanbul.");
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/small"))) {
      small = files.count();
    }
    for (String corpus : new String[] {"src/test/resources/small", extra.toString()}) {
      assertEquals(0, run("index", corpus, "-q"));
    }
  }

  static CliRunner last;

  static int run(String... args) {
    last = new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString());
    return last.withOptions(args);
  }

  @Test
  void everyQueryCommandFiltersByCorpus() {
    assertEquals(0, run("search", "--corpus", "extra", "--limit", "0", "--format", "json"));
    assertTrue(last.out.startsWith("{\"total\":1,"), last.out);
    assertEquals(0, run("search", "--corpus", "small", "--corpus", "extra", "--limit", "0", "--format", "json"));
    assertTrue(last.out.startsWith("{\"total\":" + (small + 1) + ","), last.out);
    assertEquals(0, run("search", "--corpus", "small", "--facet", "corpus", "--limit", "0", "--format", "json"));
    assertTrue(last.out.contains("\"corpus\":[{\"value\":\"small\",\"count\":" + small + "},{\"value\":\"extra\",\"count\":1}]"),
        "the corpus facet is counted sideways, like outlet: " + last.out);
    assertEquals(0, run("export", "--corpus", "extra", "--fields", "id,corpus"));
    assertEquals("{\"id\":\"extra/e1.txt\",\"corpus\":\"extra\"}\n", last.out);
    assertEquals(0, run("timeline", "--corpus", "extra", "--by", "year", "--format", "csv"));
    assertEquals("bucket,series,count,total,share\r\n2025,all,1,1,1.000000\r\n", last.out);
    assertEquals(0, run("cooccur", "--corpus", "extra", "--format", "json"));
    assertTrue(last.out.startsWith("{\"matches\":1,"), last.out);
    assertEquals(0, run("similar", "small/a1.txt", "--corpus", "extra", "--format", "json"));
    assertTrue(last.out.startsWith("{\"total\":1,\"hits\":[{\"id\":\"extra/e1.txt\""), last.out);
  }
}
