package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dateline.TestPaths;
import org.dateline.search.ActorNode;
import org.dateline.search.ActorPair;
import org.dateline.search.CooccurrenceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from the data never drives the terminal: titles, outlets, ids and file names with escapes
 * (OSC 52 clipboard writes, window titles, CSI, C1) and bidi overrides are neutralised in tables on
 * stdout and in everything on stderr, while JSON keeps them exactly; GEXF is well-formed XML
 * whatever the names hold.
 */
class SafeOutputTest {
  @TempDir Path dir;
  /** An OSC 52 clipboard write, a window title, a C1 CSI screen clear, a bidi override and a lone CR. */
  static final String HOSTILE = "Talks\u001B]52;c;ZWNobyBwd25lZA==\u0007 in\u001B]0;pwned\u0007 Kyiv\u009B2J \u202Edesrever\r!";

  static void assertSafe(String s) {
    for (char c : s.toCharArray()) {
      assertFalse(SafeText.unsafe(c) || c == '\r', "control U+" + Integer.toHexString(c) + " in: " + s);
    }
  }

  @Test
  void cleanKeepsTextTabsAndNewlines() {
    assertEquals("a\tb\nc\uFFFD]0;x\uFFFD \uFFFD\uFFFDd", SafeText.clean("a\tb\nc\u001B]0;x\u0007 \u009B\u202Ed"));
    StringWriter err = new StringWriter();
    PrintWriter w = SafeText.wrap(new PrintWriter(err), true);
    w.print("\rdateline: 5 files\u001B[K");
    w.print("name\r\u001B[2J\u001B[1mbold\u001B[0m");
    w.flush();
    assertEquals("\rdateline: 5 files\u001B[Kname\uFFFD\uFFFD[2J\u001B[1mbold\u001B[0m", err.toString());
  }

  @Test
  void tablesAndStderrAreNeutralisedAndJsonIsExact() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus\u001B]0;dir\u0007"));
    Files.writeString(corpus.resolve("a.jsonl"), "{\"id\":\"x\\u001b[2J\",\"title\":" + json(HOSTILE) + ",\"text\":"
        + json(HOSTILE + " Istanbul.") + ",\"outlet\":" + json("rt\u202E") + ",\"date\":\"2025-05-15\"}\n{bad\u001B]0;t\u0007\n");
    String[] common = {"--index", dir.resolve("index").toString(), "--config", TestPaths.testConfig().toString()};
    Run index = run(concat(new String[] {"index", corpus.toString()}, common));
    assertEquals(0, index.code, index.err);
    assertTrue(index.err.contains("malformed-json"), index.err);
    assertSafe(index.err);

    for (String[] args : List.of(new String[] {"search", "Kyiv"}, new String[] {"search", "Kyiv", "--kwic", "20"},
        new String[] {"show", "x\u001B[2J"}, new String[] {"timeline", "Kyiv", "--per", "outlet"},
        new String[] {"search", "--facet", "outlet"}, new String[] {"search", "nosuchfield:\u001B]0;x\u0007"})) {
      Run r = run(concat(args, common));
      assertSafe(r.out);
      assertSafe(r.err);
      assertTrue(r.out.contains("Talks") || r.out.contains("rt") || !r.err.isEmpty(), String.join(" ", args) + ": " + r.out + r.err);
    }
    Run json = run(concat(new String[] {"search", "Kyiv", "--format", "json"}, common));
    assertTrue(json.out.contains(json(HOSTILE)), "JSON keeps the title exactly: " + json.out);
  }

  @Test
  void gexfIsWellFormedWhateverTheNames() throws Exception {
    CooccurrenceResult r = new CooccurrenceResult(3, 10,
        List.of(new ActorNode("a\u0001b", "A\u0000\u001B]0;x\u0007\uFFFE\uD800", "person\u0002", 2, 3), new ActorNode("c", "C&<>\"'", null, 1, 1)),
        List.of(new ActorPair("a\u0001b", "c", 1, 0.5, 1.5)));
    StringWriter out = new StringWriter();
    CooccurOutput.gexf(new PrintWriter(out), r);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, doc.getElementsByTagName("node").getLength());
    assertEquals("C&<>\"'", ((org.w3c.dom.Element) doc.getElementsByTagName("node").item(1)).getAttribute("label"));
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, out, new PrintWriter(err, true));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  static String json(String s) {
    return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  static String[] concat(String[] a, String[] b) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
  }
}
