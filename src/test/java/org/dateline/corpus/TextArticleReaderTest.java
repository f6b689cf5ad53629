package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract of the plain-text format: file in, raw articles or rejections out. */
class TextArticleReaderTest {
  @TempDir Path dir;

  private final CollectingSink sink = new CollectingSink();
  private final List<RawArticle> articles = sink.articles;
  private final List<Rejection> rejections = sink.rejections;

  private void read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    new TextArticleReader().read(new SourceFile("c/" + name, file), sink);
  }

  private void read(String name, String text) throws IOException {
    read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void datePrefixWithLeadingSpaceIsTheDateAndTheRestIsTheBody() throws IOException {
    read("a.txt", " date 2025-05-15 High-stakes negotiations began today in Istanbul. More text.\n\nSecond paragraph.");
    RawArticle a = articles.get(0);
    assertEquals("2025-05-15", a.date());
    assertEquals("prefix", a.dateSource());
    assertEquals("High-stakes negotiations began today in Istanbul. More text.\n\nSecond paragraph.", a.body());
    assertNull(a.title());
    assertEquals("c/a.txt", a.source());
  }

  @Test
  void headerBlockGivesTitleDateOutletUrlLangAndId() throws IOException {
    read("b.txt", "title: Talks resume\ndate: 2025-05-16\noutlet: Reuters\nurl: https://example.org/x\nlang: en\nid: r-1\nauthor: ignored\n\nBody text here.\n");
    RawArticle a = articles.get(0);
    assertEquals("Talks resume", a.title());
    assertEquals("2025-05-16", a.date());
    assertEquals("header", a.dateSource());
    assertEquals("Reuters", a.outlet());
    assertEquals("https://example.org/x", a.url());
    assertEquals("en", a.lang());
    assertEquals("r-1", a.id());
    assertEquals("Body text here.", a.body());
  }

  @Test
  void textWithoutDateIsAnUndatedArticleNotARejection() throws IOException {
    read("c.txt", "Just some text without any date.\n");
    assertEquals(1, articles.size());
    assertNull(articles.get(0).date());
    assertEquals("Just some text without any date.", articles.get(0).body());
  }

  @Test
  void bodyStartingWithColonLineIsNotAHeader() throws IOException {
    read("d.txt", "Note: this is body text.\nAnd more.");
    assertEquals("Note: this is body text.\nAnd more.", articles.get(0).body());
    assertNull(articles.get(0).title());
  }

  @Test
  void crlfHeaderAndUtf8BomAreAccepted() throws IOException {
    byte[] text = "title: T\r\ndate: 2024-01-02\r\n\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    read("e.txt", withBom);
    assertEquals("T", articles.get(0).title());
    assertEquals("2024-01-02", articles.get(0).date());
    assertEquals("Body.", articles.get(0).body());
  }

  @Test
  void invalidUtf8IsRejectedWithItsOffset() throws IOException {
    read("f.txt", new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'});
    assertEquals(0, articles.size());
    assertEquals("invalid-encoding", rejections.get(0).reason());
    assertEquals("byte 2", rejections.get(0).location());
  }

  @Test
  void binaryFileNamedTxtIsRejected() throws IOException {
    read("g.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertEquals("binary", rejections.get(0).reason());
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    read("h.txt", "  \n\n ");
    assertEquals(0, articles.size());
    assertEquals("empty", rejections.get(0).reason());
  }
}
