package org.dateline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hostile record per reader in a child JVM with -Xmx256m (the suite: 48 MB records; the soak:
 * 300 MB, more than the heap): each is rejected as {@code record-too-large} while
 * it is read, the good records around it are indexed, and the run ends with exit 0. Before the
 * bounds, the SGML line, the CSV cell and the JSON object were buffered whole (a CSV cell or a JSON
 * object of any size was accepted; past the heap, OutOfMemoryError and nothing committed) and 6 MB
 * of unclosed HTML tags made jsoup hold millions of elements (OutOfMemoryError at -Xmx256m).
 */
class HostileRecordsTest {
  @TempDir Path dir;
  static final long MB = 1024 * 1024;

  @Test
  void everyReaderRejectsAHugeRecordAndGoesOn() throws Exception {
    long size = Long.getLong("dateline.soak.hostileMb", 48) * MB;
    String heap = System.getProperty("dateline.soak.hostileHeap", "256m");
    Path corpus = Files.createDirectories(dir.resolve("hostile"));
    String sgmlDoc = "<REUTERS NEWID=\"%d\"><DATE>26-FEB-1987</DATE><TEXT><TITLE>T%d</TITLE><BODY>Talks %d went on.</BODY></TEXT></REUTERS>\n";
    try (OutputStream o = out(corpus.resolve("a.sgm"))) {
      write(o, sgmlDoc.formatted(1, 1, 1) + "<REUTERS NEWID=\"2\"><BODY>");
      filler(o, size, false);
      write(o, "</BODY></REUTERS>\n" + sgmlDoc.formatted(3, 3, 3));
    }
    try (OutputStream o = new GZIPOutputStream(out(corpus.resolve("b.sgm.gz")), 1 << 16)) {
      write(o, sgmlDoc.formatted(1, 1, 1) + "<REUTERS NEWID=\"2\"><BODY>");
      filler(o, size, false); // varied words: about 4:1, far under the 100:1 bomb limit
      write(o, "</BODY></REUTERS>\n" + sgmlDoc.formatted(3, 3, 3));
    }
    try (OutputStream o = out(corpus.resolve("c.csv"))) {
      write(o, "id,title,text\nc1,T,Talks one\nc2,T,\"");
      filler(o, size, true);
      write(o, "\"\nc3,T,Talks three\n");
    }
    try (OutputStream o = out(corpus.resolve("d.jsonl"))) {
      write(o, "{\"id\":\"d1\",\"text\":\"Talks one\"}\n{\"id\":\"d2\",\"text\":\"");
      filler(o, size, false);
      write(o, "\"}\n{\"id\":\"d3\",\"text\":\"Talks three\"}\n");
    }
    try (OutputStream o = out(corpus.resolve("e.json"))) { // strings under the string limit, the object over the record limit
      write(o, "[{\"id\":\"e1\",\"text\":\"Talks one\"},{\"id\":\"e2\"");
      for (long done = 0, i = 0; done < size; done += 8 * MB, i++) {
        write(o, ",\"f" + i + "\":\"");
        filler(o, 8 * MB, false);
        write(o, "\"");
      }
      write(o, "},{\"id\":\"e3\",\"text\":\"Talks three\"}]");
    }
    try (OutputStream o = out(corpus.resolve("f.html"))) {
      write(o, "<html><body>" + "<b>".repeat(2_000_000));
    }
    Files.writeString(corpus.resolve("g.html"), "<html><head><title>Fine</title></head><body><p>Talks on.</p></body></html>");

    Process p = new ProcessBuilder(DatelineProcess.command(heap, "index", corpus.toString(), "--index",
        dir.resolve("index").toString(), "--report", dir.resolve("report.jsonl").toString(), "-q"))
        .redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), said);
    assertTrue(said.contains(": 10 added, 0 updated, 0 unchanged, 6 skipped (record-too-large 6)"), said);
    Map<String, String> rejected = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("report.jsonl"))) {
      String source = line.replaceAll("^\\{\"source\":\"([^\"]+)\".*", "$1");
      String location = line.replaceAll(".*\"location\":\"?([^\",]+)\"?,.*", "$1");
      assertTrue(line.contains("\"reason\":\"record-too-large\""), line);
      rejected.put(source.replaceAll(".*/", ""), location);
    }
    assertEquals(Map.of("a.sgm", "line 2", "b.sgm.gz", "line 2", "c.csv", "line 3", "d.jsonl", "line 2", "e.json", "line 1",
        "f.html", "null"), rejected);
    System.out.printf("reliability: hostile records of %d MB in 6 formats rejected with -Xmx%s, 10 good records indexed%n",
        size / MB, heap);
  }

  private static OutputStream out(Path p) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
  }

  private static void write(OutputStream o, String s) throws IOException {
    o.write(s.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code n} bytes of words without quotes or line breaks; with {@code commas}, commas too (inside a quoted CSV cell). */
  private static void filler(OutputStream o, long n, boolean commas) throws IOException {
    List<String> words = List.of("talks ", "ceasefire ", "minister ", "delegation ", "summit ", "officials ", "said ", "met ");
    byte[] block = new byte[1 << 16];
    java.util.Random random = new java.util.Random(42);
    int at = 0;
    while (at < block.length) {
      byte[] w = (words.get(random.nextInt(words.size())) + (commas && random.nextInt(8) == 0 ? ", " : "")).getBytes(StandardCharsets.US_ASCII);
      int k = Math.min(w.length, block.length - at);
      System.arraycopy(w, 0, block, at, k);
      at += k;
    }
    for (long done = 0; done < n; done += block.length) {
      o.write(block, 0, (int) Math.min(block.length, n - done));
    }
  }
}
