package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layer (a): each format's fixture file in, the exact articles and rejections out. */
class FormatContractTest {
  static final Path FORMATS = Path.of("src/test/resources/formats");

  static CollectingSink read(String file, ReaderSettings settings) throws IOException {
    CollectingSink sink = new CollectingSink();
    new CorpusWalker(sink, f -> { }, settings).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(FORMATS.resolve(file), "f/" + file))));
    return sink;
  }

  @Test
  void jsonLinesWithTheNewsPleaseMapping() throws IOException {
    CollectingSink s = read("news-please.jsonl", ReaderSettings.DEFAULT);
    assertEquals(List.of("line 3 malformed-json", "line 4 not-an-object"), s.reasons());
    assertEquals(3, s.articles.size());
    RawArticle a = s.articles.get(0);
    assertEquals(new RawArticle("f/news-please.jsonl#1", "Talks open in Istanbul", "Negotiations between Russia and Ukraine began.",
        "2025-05-15 09:30:00", "metadata", "www.reuters.com", "https://www.reuters.com/world/talks", "en", "f/news-please.jsonl",
        "line 1"), a);
    RawArticle b = s.articles.get(1);
    assertEquals("Newspaper-style text.", b.body());
    assertEquals("2025-05-16", b.date());
    assertEquals("faz.net", b.outlet());
    assertEquals("f/news-please.jsonl#5", b.id());
    assertEquals("f/news-please.jsonl#5.2", s.articles.get(2).id());
    assertEquals("Second object on the same line.", s.articles.get(2).body());
  }

  @Test
  void jsonArrayKeepsTheRecordsBeforeATruncation() throws IOException {
    FieldMapping telegram = new FieldMapping(List.of("sender_id", "message_id"), List.of(), List.of("text"), List.of("date"),
        List.of(), List.of("channel"), List.of(), Map.of(), null, true);
    CollectingSink s = read("channel.json", new ReaderSettings("json", telegram, null));
    assertEquals(List.of("-100/7", "-100/8"), s.articles.stream().map(RawArticle::id).toList());
    assertEquals("Второе сообщение", s.articles.get(1).body());
    assertEquals("РИА Новости", s.articles.get(1).outlet());
    assertEquals(1, s.rejections.size());
    Rejection r = s.rejections.get(0);
    assertEquals("malformed-json", r.reason());
    assertEquals("line 4", r.location());
    assertTrue(r.message().endsWith("the rest of the file after record 2 is skipped"), r.message());
  }

  @Test
  void csvWithBomQuotedLineBreaksRaggedRowAndMultiValuedCells() throws IOException {
    FieldMapping cases = new FieldMapping(List.of("id"), List.of("title"), List.of("title"), List.of("date"), List.of("id"),
        List.of("outlets"), List.of(), Map.of(), "+", true);
    CollectingSink s = read("cases.csv", new ReaderSettings("csv", cases, null));
    assertEquals(List.of("line 5 ragged-row"), s.reasons());
    assertEquals(List.of("https://example.org/a", "https://example.org/b", "https://example.org/d"),
        s.articles.stream().map(RawArticle::id).toList());
    RawArticle a = s.articles.get(0);
    assertEquals("Claim one, with a comma", a.title());
    assertEquals(List.of("Sputnik Poland", "RT English"), a.outlets());
    assertEquals("A claim\nover two lines", s.articles.get(1).body());
    assertEquals(List.of(), s.articles.get(1).outlets());
    assertEquals("Quote \"inside\"", s.articles.get(2).title());
  }

  @Test
  void csvNamesAMissingColumnOfTheMapping() throws IOException {
    FieldMapping wrong = new FieldMapping(List.of(), List.of("headline"), List.of("title"), List.of(), List.of(), List.of(),
        List.of(), Map.of(), null, true);
    CollectingSink s = read("cases.csv", new ReaderSettings("csv", wrong, null));
    assertEquals(List.of("line 1 missing-column"), s.reasons());
    assertTrue(s.rejections.get(0).message().contains("[headline]"), s.rejections.get(0).message());
  }

  @Test
  void reutersSgmlWithEntitiesTagsAndAnUnfinishedDocument() throws IOException {
    CollectingSink s = read("reuters.sgm", ReaderSettings.DEFAULT);
    assertEquals(List.of("line 25 malformed-sgml"), s.reasons());
    assertEquals(2, s.articles.size());
    RawArticle a = s.articles.get(0);
    assertEquals("f/reuters.sgm#1", a.id());
    assertEquals("BAHIA COCOA REVIEW", a.title());
    assertEquals("SALVADOR, Feb 26 - Showers continued <in> the Bahia cocoa zone & beyond.\n Reuter", a.body());
    assertEquals("1987-02-26", a.date());
    assertEquals(Map.of("places", List.of("el-salvador", "usa"), "orgs", List.of("ico-cocoa")), a.tags());
    RawArticle brief = s.articles.get(1);
    assertEquals("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", brief.title());
    assertEquals("1987-04-03", brief.date());
  }

  @Test
  void htmlPageWithoutNavigation() throws IOException {
    CollectingSink s = read("page.html", ReaderSettings.DEFAULT);
    assertEquals(List.of(), s.reasons());
    RawArticle a = s.articles.get(0);
    assertEquals("https://www.faz.net/aktuell/politik/istanbul-123.html", a.id());
    assertEquals("Gespräche in Istanbul beginnen", a.title());
    assertEquals("Russland und die Ukraine verhandeln erstmals seit 2022 direkt.\n\nDie Türkei vermittelt.", a.body());
    assertEquals("2025-05-15T08:00:00+02:00", a.date());
    assertEquals("Frankfurter Allgemeine Zeitung", a.outlet());
    assertEquals("de", a.lang());
  }

  @Test
  void warcResponsesAreReadAsPages() throws IOException {
    Path dir = Files.createTempDirectory("warc");
    String html = Files.readString(FORMATS.resolve("page.html"));
    String warc = WarcFixture.response("https://www.faz.net/x", html) + WarcFixture.request("https://www.faz.net/x")
        + WarcFixture.response("https://example.org/style.css", null);
    Path file = dir.resolve("crawl.warc");
    Files.writeString(file, warc, StandardCharsets.UTF_8);
    CollectingSink s = new CollectingSink();
    new CorpusWalker(s, f -> { }).read(CorpusWalker.plan(List.of(new CorpusWalker.Root(file, "crawl.warc"))));
    assertEquals(List.of(), s.reasons());
    assertEquals(1, s.articles.size());
    assertEquals("Gespräche in Istanbul beginnen", s.articles.get(0).title());
    assertEquals("byte 0", s.articles.get(0).location());
  }
}
