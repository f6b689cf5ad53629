package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dateline.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field the schema does not have ({@code tilte:grain}, {@code Putin: war}) is no silent zero. */
class UnknownFieldTest {
  @TempDir static Path dir;
  static CliRunner last;

  static int run(String... args) {
    last = new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString());
    return last.withOptions(args);
  }

  @BeforeAll
  static void build() {
    assertEquals(0, run("index", "src/test/resources/small", "-q"));
  }

  @Test
  void isAnErrorWithSyntaxLucene() {
    assertEquals(65, run("search", "tilte:Istanbul", "--syntax", "lucene"));
    assertTrue(last.err.startsWith("dateline: query does not parse: unknown field 'tilte' (fields: title, body, date, id, outlet,"),
        last.err);
    assertEquals(65, run("search", "Putin: war", "--syntax", "lucene"));
    assertTrue(last.err.startsWith("dateline: query does not parse: unknown field 'Putin' "), last.err);
    assertEquals(0, run("search", "title:Istanbul", "--syntax", "lucene", "--limit", "0"), "a known field is fine");
  }

  @Test
  void fallsBackToPlainWordsWithANoticeInAuto() {
    assertEquals(0, run("search", "Putin: terms", "--limit", "0"));
    assertTrue(last.err.startsWith("dateline: notice: the query does not parse (unknown field 'Putin' "), last.err);
    assertTrue(last.err.contains("so its words were searched as plain text"), last.err);
    assertEquals("1 article matches\n", last.out, "a2 has both words (small/a2.txt)");
  }
}
