package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.dateline.export.ExportCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline batch}: the long table with exact counts and totals, and per-line errors while the rest runs. */
class BatchCommandTest {
  @TempDir static Path dir;
  final CliRunner cli = new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString());

  @BeforeAll
  static void buildIndex() throws Exception {
    ExportCorpus.build(dir, dir.resolve("index"));
  }

  // By hand from ExportCorpus: all articles per month and outlet are 2024-12 bbc 1 (a5), 2025-05
  // reuters 2 (a1, a3), 2025-05 rt 1 (a2), undated rt 1 (a4). "Istanbul" matches a1 and a4.
  static final String ISTANBUL_BY_MONTH = """
      istanbul,2024-12,bbc,0,1
      istanbul,2025-05,reuters,1,2
      istanbul,2025-05,rt,0,1
      istanbul,undated,rt,1,1
      """;

  @Test
  void yamlQueriesByMonthWithErrorsPerEntry() throws Exception {
    Path yaml = dir.resolve("queries.yaml");
    Files.writeString(yaml, """
        # labelled queries
        - label: istanbul
          query: Istanbul
        - label: putin-may
          query: Putin
          from: 2025-05-01
          to: 2025-05-31
          outlets: [RT]
        - label: broken
          query: "date:2025-02-30"
        - label: nobody
          actors: [Nobody]
        - label: bad-date
          from: 2025-13-01
        - query: no label
        - label: istanbul
          colour: red
        """);
    assertEquals(65, cli.withOptions("batch", yaml.toString(), "--by", "month"));
    assertEquals("label,bucket,outlet,count,total\n" + ISTANBUL_BY_MONTH + "putin-may,2025-05,rt,1,1\n", cli.out);
    assertEquals("dateline: " + yaml + ":9: query does not parse: invalid date '2025-02-30' (expected YYYY-MM-DD)\n"
        + "dateline: " + yaml + ":11: unknown actor 'Nobody': not an id or alias in the actor registry\n"
        + "dateline: " + yaml + ":13: 'from' is not a valid date: '2025-13-01' (expected YYYY-MM-DD)\n"
        + "dateline: " + yaml + ":15: 'label' is missing\n"
        + "dateline: " + yaml + ":16: unknown key 'colour' (keys: label, query, from, to, actors, outlets)\n"
        + "dateline: 5 of 7 queries failed; the others ran\n", cli.err);
  }

  @Test
  void csvQueriesInOneBucketWithExports() throws Exception {
    Path csv = dir.resolve("queries.csv");
    Files.writeString(csv, """
        label,query,from,to,actors,outlets
        istanbul,Istanbul,,,,
        "russia, rt",,,,Russia,RT|BBC
        short,row
        """);
    assertEquals(65, cli.withOptions("batch", csv.toString()));
    // One bucket: totals are every article per outlet (bbc 1, reuters 2, rt 2), within RT|BBC for the second query.
    String table = "label,bucket,outlet,count,total\n"
        + "istanbul,all,bbc,0,1\nistanbul,all,reuters,1,2\nistanbul,all,rt,1,2\n"
        + "\"russia, rt\",all,bbc,0,1\n\"russia, rt\",all,rt,1,2\n";
    assertEquals(table, cli.out);
    assertEquals("dateline: " + csv + ":4: expected 6 cells as in the header, found 2\n"
        + "dateline: 1 of 3 queries failed; the others ran\n", cli.err);
    Path exports = dir.resolve("exports");
    assertEquals(65, cli.withOptions("batch", csv.toString(), "--export-dir", exports.toString(), "--export-format", "csv"));
    assertEquals(table.substring(0, table.indexOf("\"russia")), cli.out);
    assertEquals("dateline: " + csv + ":3: label 'russia, rt' cannot name a file in --export-dir (use letters, digits, . _ -)\n"
        + "dateline: " + csv + ":4: expected 6 cells as in the header, found 2\n"
        + "dateline: 2 of 3 queries failed; the others ran\n", cli.err);
    assertTrue(Files.readString(exports.resolve("istanbul.csv")).startsWith("id,date,outlet,lang,title,actors,url\nex/a1.txt,"));
    assertTrue(Files.exists(exports.resolve("istanbul.csv.manifest.json")));
  }

  @Test
  void badByIsAUsageError() throws Exception {
    Path csv = dir.resolve("one.csv");
    Files.writeString(csv, "label,query\nall,\n");
    assertEquals(64, cli.withOptions("batch", csv.toString(), "--by", "decade"));
    assertEquals("dateline: --by must be day, week, month, quarter or year, not 'decade'\n", cli.err);
    assertEquals(0, cli.withOptions("batch", csv.toString(), "--by", "year"));
    assertEquals("label,bucket,outlet,count,total\nall,2024,bbc,1,1\nall,2025,reuters,2,2\nall,2025,rt,1,1\nall,undated,rt,1,1\n", cli.out);
    assertEquals(66, cli.withOptions("batch", dir.resolve("none.csv").toString()));
  }
}
