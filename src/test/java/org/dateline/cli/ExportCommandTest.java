package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.TestPaths;
import org.dateline.export.ExportCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline export} through the command line factory: output, options and exit codes. */
class ExportCommandTest {
  @TempDir static Path dir;
  String out;
  String err;

  @BeforeAll
  static void buildIndex() throws Exception {
    ExportCorpus.build(dir, dir.resolve("index"));
  }

  int run(String... args) {
    CliRunner cli = new CliRunner("--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString());
    int code = cli.withOptions(args);
    out = cli.out;
    err = cli.err;
    return code;
  }

  @Test
  void csvWithChosenFieldsAndOrder() {
    assertEquals(0, run("export", "--format", "csv", "--fields", "id,date,actors", "--sort", "-date"));
    assertEquals("id,date,actors\nex/a2.txt,2025-05-16,putin|russia\nex/a1.txt,2025-05-15,istanbul|russia|ukraine\n"
        + "ex/a3.txt,2025-05-15,kyiv|zelensky\nex/a5.txt,2024-12-31,ukraine\nex/a4.txt,,istanbul|turkey\n", out);
    assertEquals("", err);
  }

  @Test
  void defaultIsJsonlOfTheMetadataColumnsByDate() {
    assertEquals(0, run("export", "Zelensky"));
    assertEquals("{\"id\":\"ex/a3.txt\",\"date\":\"2025-05-15\",\"outlet\":\"reuters\",\"lang\":\"en\",\"title\":\"Zelensky in Kyiv\","
        + "\"actors\":[\"kyiv\",\"zelensky\"],\"url\":null}\n", out);
  }

  @Test
  void rowCountEqualsSearchTotal() {
    String[][] filters = {{}, {"Istanbul"}, {"talks", "--outlet", "Reuters"}, {"--actor", "Україна"},
      {"--from", "2025-01-01", "--to", "2025-05-15"}, {"--actor", "russia", "--outlet", "RT"}};
    int[] expected = {5, 2, 2, 2, 2, 1};
    for (int i = 0; i < filters.length; i++) {
      assertEquals(0, run(concat(new String[] {"search", "--format", "json", "--limit", "0"}, filters[i])));
      Matcher m = Pattern.compile("^\\{\"total\":(\\d+),").matcher(out);
      assertTrue(m.find(), out);
      assertEquals(expected[i], Integer.parseInt(m.group(1)), String.join(" ", filters[i]));
      assertEquals(0, run(concat(new String[] {"export", "--fields", "id"}, filters[i])));
      assertEquals(expected[i], out.lines().count(), String.join(" ", filters[i]));
    }
  }

  @Test
  void outputFileGetsTheRowsAndAReportLine() throws Exception {
    Path file = dir.resolve("out.tsv");
    assertEquals(0, run("export", "Istanbul", "--format", "tsv", "--fields", "id,outlet", "--output", file.toString()));
    assertEquals("", out);
    assertEquals("id\toutlet\nex/a1.txt\treuters\nex/a4.txt\trt\n", Files.readString(file));
    assertEquals("dateline: exported 2 rows to " + file + " (manifest " + file + ".manifest.json)\n", err);
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(64, run("export", "--fields", "id,colour"));
    assertEquals("dateline: unknown field 'colour' (fields: id,date,outlet,lang,title,actors,url,source,date_source,text,corpus)\n", err);
    assertEquals(64, run("export", "--fields", "id,id"));
    assertEquals("dateline: field 'id' is listed twice in --fields\n", err);
    assertEquals(64, run("export", "--format", "xml"));
    assertEquals("dateline: format must be jsonl, csv or tsv, not 'xml'\n", err);
    assertEquals(64, run("export", "--sort", "title"));
    assertEquals("dateline: sort must be relevance, date or -date, not 'title'\n", err);
    assertEquals(65, run("export", "talks AND (", "--syntax", "lucene"));
    assertTrue(err.startsWith("dateline: query does not parse"), err);
    assertEquals(64, run("export", "--actor", "Nobody", "--output", dir.resolve("never.csv").toString()));
    assertEquals("dateline: unknown actor 'Nobody': not an id or alias in the actor registry\n", err);
    assertTrue(!Files.exists(dir.resolve("never.csv")), "no file for a request that fails");
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
