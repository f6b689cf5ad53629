package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layer (b): crafted hostile files each cost a clear rejection (or nothing), never the rest of the file or run. */
class HostileFilesTest {
  @TempDir Path dir;

  CollectingSink read(String name, byte[] content) throws IOException {
    return CollectingSink.read(dir, name, content);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void invalidUtf8CostsOnlyItsLine() throws IOException {
    CollectingSink s = read("a.jsonl", concat(bytes("{\"text\":\"one\"}\n{\"text\":\"b"), new byte[] {(byte) 0xC3, 0x28},
        bytes("\"}\n{\"text\":\"three\"}\n")));
    assertEquals(List.of("line 2 invalid-encoding"), s.reasons());
    assertEquals(List.of("one", "three"), s.articles.stream().map(RawArticle::body).toList());
    assertTrue(s.rejections.get(0).message().contains("byte offset 15"), s.rejections.get(0).message());
  }

  @Test
  void byteOrderMarksAreHonoured() throws IOException {
    assertEquals("one", read("bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("{\"text\":\"one\"}")))
        .articles.get(0).body());
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "title,text\nT,Текст\n".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Текст", read("u16.csv", utf16).articles.get(0).body());
    byte[] utf16Text = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, " date 2025-05-15 Body".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Body", read("u16.txt", utf16Text).articles.get(0).body());
    assertEquals(List.of("byte 0 unsupported-encoding"),
        read("u16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{}".getBytes(StandardCharsets.UTF_16LE))).reasons());
  }

  @Test
  void crlfAndMixedLineEnds() throws IOException {
    CollectingSink s = read("m.jsonl", bytes("{\"text\":\"a\"}\r\n{\"text\":\"b\"}\n{\"text\":\"c\"}\r"));
    assertEquals(List.of("a", "b", "c"), s.articles.stream().map(RawArticle::body).toList());
    assertEquals(List.of(), s.reasons());
    CollectingSink csv = read("m.csv", bytes("title,text\r\nA,\"x\r\ny\"\nB,z\r\n"));
    assertEquals(List.of("x\r\ny", "z"), csv.articles.stream().map(RawArticle::body).toList());
  }

  @Test
  void nulBytesAndBinaryFilesNamedTxt() throws IOException {
    assertEquals(List.of("byte 1 binary"), read("nul.txt", new byte[] {'a', 0, 'b'}).reasons());
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    CollectingSink s = read("image.txt", binary);
    assertEquals(1, s.rejections.size());
    assertTrue(List.of("binary", "invalid-encoding").contains(s.rejections.get(0).reason()), s.reasons().toString());
    assertEquals(List.of("line 1 malformed-json"), read("nul.jsonl", bytes("{\"text\":\"a\u0000b\"}")).reasons());
  }

  @Test
  void truncatedAndConcatenatedJson() throws IOException {
    CollectingSink s = read("c.json", bytes("{\"text\":\"a\"}\n{\"text\":\"b\"}[{\"text\":\"c\"}]\n{\"text\":\"d"));
    assertEquals(List.of("a", "b", "c"), s.articles.stream().map(RawArticle::body).toList());
    assertEquals(List.of("line 3 malformed-json"), s.reasons());
  }

  @Test
  void unbalancedQuotesKeepTheRowsBefore() throws IOException {
    CollectingSink s = read("q.csv", bytes("title,text\nA,fine\nB,\"never closed\nC,lost\n"));
    assertEquals(List.of("fine"), s.articles.stream().map(RawArticle::body).toList());
    assertEquals(1, s.rejections.size());
    assertEquals("malformed-csv", s.rejections.get(0).reason());
  }

  @Test
  void emptyFiles() throws IOException {
    assertEquals(List.of("null empty"), read("e.txt", new byte[0]).reasons());
    assertEquals(List.of("null empty"), read("e.json", new byte[0]).reasons());
    assertEquals(List.of(), read("e.jsonl", new byte[0]).reasons());
    assertEquals(List.of(), read("e.jsonl", new byte[0]).articles);
  }

  @Test
  void fiftyMegabyteLineIsRejectedWithoutHoldingIt() throws IOException {
    Path f = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(bytes("{\"text\":\""));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write(bytes("\"}\n{\"text\":\"after\"}\n"));
    }
    CollectingSink s = new CollectingSink();
    new CorpusWalker(s, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(f, "big.jsonl"))));
    assertEquals(List.of("line 1 record-too-large"), s.reasons());
    assertEquals(List.of("after"), s.articles.stream().map(RawArticle::body).toList());
  }

  @Test
  void zipSlipEntryIsRefusedAndTheRestRead() throws IOException {
    Path zip = dir.resolve("a.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("../../x.txt"));
      z.write(bytes("escape"));
      z.putNextEntry(new ZipEntry("ok/b.txt"));
      z.write(bytes(" date 2025-05-15 Inside."));
    }
    CollectingSink s = new CollectingSink();
    new CorpusWalker(s, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(zip, "a.zip"))));
    assertEquals(List.of("entry ../../x.txt unsafe-path"), s.reasons());
    assertEquals("a.zip!/ok/b.txt", s.articles.get(0).source());
    assertEquals("Inside.", s.articles.get(0).body());
  }

  @Test
  void zipBombIsRejectedQuicklyInBoundedMemory() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("zeros.jsonl"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) { // 256 MiB of zeros, about 250 kB compressed
        z.write(zeros);
      }
    }
    assertTrue(Files.size(zip) < 2_000_000, "fixture is small: " + Files.size(zip));
    CollectingSink s = new CollectingSink();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        new CorpusWalker(s, x -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(zip, "bomb.zip")))));
    assertEquals(List.of("null archive-bomb"), s.reasons());
  }

  @Test
  void archivesNestedTooDeepAreRefused() throws IOException {
    byte[] inner = zipOf("a.txt", bytes(" date 2025-05-15 Deep."));
    byte[] middle = zipOf("inner.zip", inner);
    byte[] outer = zipOf("middle.zip", middle);
    CollectingSink s = read("outer.zip", outer);
    assertEquals(List.of("null archive-too-deep"), s.reasons());
    assertEquals("outer.zip!/middle.zip!/inner.zip", s.rejections.get(0).source());
    CollectingSink ok = read("two.zip", middle);
    assertEquals("Deep.", ok.articles.get(0).body());
  }

  static byte[] zipOf(String name, byte[] content) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
    }
    return bytes.toByteArray();
  }
}
