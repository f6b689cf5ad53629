package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.TestPaths;
import org.dateline.export.ExportCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports read by the tools scripts use: Python's csv module and jq (child processes; skipped when absent). */
class ExportToolsTest {
  /** What Python and jq must read back, computed from the corpus by hand: id, title, actors, text. */
  static final String EXPECTED = """
      ["ex/a5.txt","Київ: новини",["ukraine"],"Україна і Київ."]
      ["ex/a1.txt","Talks open in Istanbul, day one",["istanbul","russia","ukraine"],"Negotiations between Russia and Ukraine began in Istanbul."]
      ["ex/a3.txt","Zelensky in Kyiv",["kyiv","zelensky"],"Zelensky returned to Kyiv after the talks."]
      ["ex/a2.txt","Putin says \\"no\\"",["putin","russia"],"Putin said Russia would negotiate.\\nSecond line\\twith a tab and a back\\\\slash."]
      ["ex/a4.txt","Undated note",["istanbul","turkey"],"A note about Istanbul in Turkey."]
      """;
  @TempDir static Path dir;

  @BeforeAll
  static void buildIndex() throws Exception {
    ExportCorpus.build(dir, dir.resolve("index"));
  }

  static Path export(String format) {
    Path file = dir.resolve("all." + format);
    int code = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute("export",
        "--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString(),
        "--format", format, "--fields", "id,title,actors,text", "--output", file.toString());
    assertEquals(0, code);
    return file;
  }

  static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  static void assumeTool(String tool) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
    Assumptions.assumeTrue(p.waitFor() == 0, "skipped: " + tool + " is not on the PATH (.ci/run installs it)");
  }

  @Test
  void jsonlParsesLineByLine() throws Exception {
    List<String> lines = Files.readAllLines(export("jsonl"));
    assertEquals(5, lines.size());
    JsonFactory json = new JsonFactory();
    for (String line : lines) {
      try (JsonParser p = json.createParser(line)) {
        assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
        p.skipChildren();
        assertEquals(null, p.nextToken(), "one object per line: " + line);
      }
    }
  }

  @Test
  void jqReadsTheJsonl() throws Exception {
    assumeTool("jq");
    String out = run(List.of("jq", "-c", "[.id, .title, .actors, .text]", export("jsonl").toString()));
    assertEquals(EXPECTED, out);
  }

  @Test
  void pythonCsvReadsTheCsv() throws Exception {
    assumeTool("python3");
    String script = "import csv, json, sys\n"
        + "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
        + "    for r in csv.DictReader(f):\n"
        + "        print(json.dumps([r['id'], r['title'], r['actors'].split('|'), r['text']], ensure_ascii=False, separators=(',', ':')))\n";
    assertEquals(EXPECTED, run(List.of("python3", "-c", script, export("csv").toString())));
  }
}
