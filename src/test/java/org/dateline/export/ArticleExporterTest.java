package org.dateline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.search.ArticleFilter;
import org.dateline.search.ArticleSearcher;
import org.dateline.search.SearchRequest;
import org.dateline.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming export on a five-article index: counts, order, paging and the exact bytes of each format. */
class ArticleExporterTest {
  @TempDir static Path dir;
  static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    ExportCorpus.build(dir, dir.resolve("index"));
    searcher = ArticleSearcher.open(dir.resolve("index"), ExportCorpus.registry());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  static String export(ArticleFilter filter, SortOrder sort, String fields, ExportFormat format, int pageSize)
      throws Exception {
    StringWriter out = new StringWriter();
    ExportRequest request = new ExportRequest(filter, sort, ExportField.parseList(fields), format);
    ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries(), pageSize);
    exporter.export(request, RowWriter.of(format, request.fields(), out), ExportProgress.NONE);
    return out.toString();
  }

  static String ids(ArticleFilter filter, SortOrder sort, int pageSize) throws Exception {
    return export(filter, sort, "id", ExportFormat.TSV, pageSize);
  }

  @Test
  void rowCountEqualsSearchTotalForEveryFilter() throws Exception {
    List<ArticleFilter> filters = List.of(
        ArticleFilter.all(),
        ArticleFilter.query("Istanbul"),
        ArticleFilter.query("talks OR note"),
        new ArticleFilter(null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), List.of(), List.of()),
        new ArticleFilter(null, null, null, List.of("Russia"), List.of()),
        new ArticleFilter(null, null, null, List.of(), List.of("RT", "BBC")),
        ArticleFilter.query("nothing-matches-this"));
    List<Long> expected = List.of(5L, 2L, 3L, 3L, 2L, 3L, 0L);
    for (int i = 0; i < filters.size(); i++) {
      ArticleFilter f = filters.get(i);
      long total = searcher.search(new SearchRequest(f, SortOrder.RELEVANCE, 0, 0, List.of())).total();
      String tsv = export(f, SortOrder.DATE, "id", ExportFormat.TSV, 2);
      assertEquals(expected.get(i), total, f.toString());
      assertEquals(total, tsv.lines().count() - 1, f.toString());
      assertEquals(total, new ArticleExporter(searcher.indexSearcher(), searcher.queries()).count(f));
    }
  }

  @Test
  void dateOrderBreaksTiesByIdAndPutsUndatedLast() throws Exception {
    assertEquals("id\nex/a5.txt\nex/a1.txt\nex/a3.txt\nex/a2.txt\nex/a4.txt\n", ids(ArticleFilter.all(), SortOrder.DATE, 10));
    assertEquals("id\nex/a2.txt\nex/a1.txt\nex/a3.txt\nex/a5.txt\nex/a4.txt\n", ids(ArticleFilter.all(), SortOrder.DATE_DESC, 10));
    // No query words: every score is equal, so relevance order is id order.
    assertEquals("id\nex/a1.txt\nex/a2.txt\nex/a3.txt\nex/a4.txt\nex/a5.txt\n", ids(ArticleFilter.all(), SortOrder.RELEVANCE, 10));
  }

  @Test
  void pagingNeitherDropsNorRepeatsRows() throws Exception {
    for (SortOrder sort : SortOrder.values()) {
      String whole = ids(ArticleFilter.query("Istanbul OR Kyiv OR Putin"), sort, 1000);
      assertEquals(5, whole.lines().count(), whole);
      for (int pageSize = 1; pageSize <= 5; pageSize++) {
        assertEquals(whole, ids(ArticleFilter.query("Istanbul OR Kyiv OR Putin"), sort, pageSize), sort + " page " + pageSize);
      }
    }
  }

  @Test
  void csvQuotesCommasQuotesAndNewlines() throws Exception {
    String csv = export(ArticleFilter.query("Putin OR Istanbul"), SortOrder.DATE, "id,date,outlet,title,actors,url,text",
        ExportFormat.CSV, 10);
    assertEquals("id,date,outlet,title,actors,url,text\n"
        + "ex/a1.txt,2025-05-15,reuters,\"Talks open in Istanbul, day one\",istanbul|russia|ukraine,https://example.org/a1,"
        + "Negotiations between Russia and Ukraine began in Istanbul.\n"
        + "ex/a2.txt,2025-05-16,rt,\"Putin says \"\"no\"\"\",putin|russia,,"
        + "\"Putin said Russia would negotiate.\nSecond line\twith a tab and a back\\slash.\"\n"
        + "ex/a4.txt,,rt,Undated note,istanbul|turkey,,A note about Istanbul in Turkey.\n", csv);
  }

  @Test
  void tsvEscapesTabsNewlinesAndBackslashes() throws Exception {
    String tsv = export(ArticleFilter.query("Putin"), SortOrder.DATE, "id,title,actors,text", ExportFormat.TSV, 10);
    assertEquals("id\ttitle\tactors\ttext\n"
        + "ex/a2.txt\tPutin says \"no\"\tputin|russia\tPutin said Russia would negotiate.\\nSecond line\\twith a tab and a back\\\\slash.\n",
        tsv);
  }

  @Test
  void jsonlHasOneObjectPerLineWithArraysAndNulls() throws Exception {
    String jsonl = export(new ArticleFilter(null, null, null, List.of(), List.of("RT", "BBC")), SortOrder.DATE,
        "id,date,outlet,lang,title,actors,url,source,date_source", ExportFormat.JSONL, 10);
    assertEquals("{\"id\":\"ex/a5.txt\",\"date\":\"2024-12-31\",\"outlet\":\"bbc\",\"lang\":\"uk\",\"title\":\"Київ: новини\","
        + "\"actors\":[\"ukraine\"],\"url\":null,\"source\":\"ex/a5.txt\",\"date_source\":\"header\"}\n"
        + "{\"id\":\"ex/a2.txt\",\"date\":\"2025-05-16\",\"outlet\":\"rt\",\"lang\":\"en\",\"title\":\"Putin says \\\"no\\\"\","
        + "\"actors\":[\"putin\",\"russia\"],\"url\":null,\"source\":\"ex/a2.txt\",\"date_source\":\"header\"}\n"
        + "{\"id\":\"ex/a4.txt\",\"date\":null,\"outlet\":\"rt\",\"lang\":\"en\",\"title\":\"Undated note\","
        + "\"actors\":[\"istanbul\",\"turkey\"],\"url\":null,\"source\":\"ex/a4.txt\",\"date_source\":null}\n", jsonl);
  }

  @Test
  void sameRequestGivesSameChecksum() throws Exception {
    ArticleExporter exporter = new ArticleExporter(searcher.indexSearcher(), searcher.queries());
    ExportRequest request = new ExportRequest(ArticleFilter.all(), SortOrder.DATE, ExportField.DEFAULTS, ExportFormat.CSV);
    ExportResult a = exporter.dryRun(request);
    assertEquals(5, a.rows());
    assertEquals(a, exporter.dryRun(request));
  }
}
