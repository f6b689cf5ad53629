package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dateline.TestPaths;
import org.dateline.search.SmallCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.dateline.index.ArticleFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics commands through the command-line factory, on the six-article small corpus; the
 * expected figures were worked out by hand from its articles (see SmallCorpus).
 */
class AnalyticsCliTest {
  @TempDir static Path dir;
  String out;
  String err;

  @BeforeAll
  static void build() throws Exception {
    SmallCorpus.build(dir);
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = dir.resolve("index").toString();
    all[args.length + 2] = "--config";
    all[args.length + 3] = TestPaths.testConfig().toString();
    int code = Cli.create(new PrintWriter(o), new PrintWriter(e)).execute(all);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void timelineCsvHasEveryBucketWithTotalsAndShares() {
    // Istanbul: a1 (2025-05-15), a6 (2025-05-15), a5 (undated); the index also has a4 (2024-12-31), a2, a3.
    assertEquals(0, run("timeline", "Istanbul", "--by", "quarter", "--format", "csv"));
    assertEquals("bucket,series,count,total,share\r\n"
        + "2024-Q4,all,0,1,0.000000\r\n"
        + "2025-Q1,all,0,0,\r\n"
        + "2025-Q2,all,2,4,0.500000\r\n"
        + "undated,all,1,1,1.000000\r\n", out);
    assertEquals("", err);
  }

  @Test
  void timelinePerOutletJson() {
    assertEquals(0, run("timeline", "talks", "--by", "year", "--per", "outlet", "--top", "2", "--from", "2025-01-01", "--format", "json"));
    assertEquals("{\"by\":\"year\",\"per\":\"outlet\",\"rows\":["
        + "{\"bucket\":\"2025\",\"series\":\"reuters\",\"count\":2,\"total\":2,\"share\":1.000000},"
        + "{\"bucket\":\"2025\",\"series\":\"rt\",\"count\":1,\"total\":1,\"share\":1.000000}]}\n", out);
  }

  @Test
  void timelineTable() {
    assertEquals(0, run("timeline", "Istanbul", "--by", "year", "--normalize"));
    assertEquals("bucket   series     count     total    share\n"
        + "2024     all            0         1   0.0000\n"
        + "2025     all            2         4   0.5000  ####################\n"
        + "undated  all            1         1   1.0000  ########################################\n", out);
  }

  @Test
  void timelineRejectsBadOptions() {
    assertEquals(64, run("timeline", "--per", "colour"));
    assertEquals("dateline: --per must be one of " + String.join(", ", ArticleFields.FACET_DIMS) + ", not 'colour'\n", err);
    assertEquals(64, run("timeline", "--by", "decade"));
    assertTrue(err.startsWith("dateline: Invalid value for option '--by'"), err);
    assertEquals(64, run("timeline", "--format", "gexf"));
  }

  @Test
  void searchKwicLinesInJsonAndTable() {
    assertEquals(0, run("search", "\"direct talks\"", "--kwic", "10", "--format", "json"));
    assertTrue(out.contains("\"snippet\":\"Delegations met for [[direct talks]].\","
        + "\"kwic\":[{\"offset\":79,\"left\":\"s met for \",\"match\":\"direct talks\",\"right\":\".\"}]}"), out);
    assertEquals(0, run("search", "\"direct talks\"", "--kwic", "10"));
    assertTrue(out.endsWith("\n     s met for [[direct talks]].\n"), out);
  }

  @Test
  void similarListsOtherArticlesOrExits66() {
    assertEquals(0, run("similar", "small/a1.txt", "Istanbul", "--format", "json"));
    assertTrue(out.startsWith("{\"total\":2,\"hits\":[{\"id\":\"small/a"), out);
    assertTrue(!out.contains("\"small/a1.txt\""), out);
    assertEquals(0, run("similar", "small/a1.txt", "--limit", "2"));
    assertTrue(out.startsWith("the 2 most similar of 5 candidate articles (those that pass the filters)\n\n  1. "), out);
    assertEquals(66, run("similar", "nope"));
    assertEquals("dateline: no article with id 'nope'\n", err);
    assertEquals(64, run("similar"));
    assertTrue(err.startsWith("dateline: Missing required parameter: 'ID'"), err);
  }

  @Test
  void cooccurCsvEdgeList() {
    assertEquals(0, run("cooccur", "--top", "3", "--format", "csv"));
    assertEquals("source,target,count,expected,score\r\n"
        + "kyiv,zelensky,1,0.166667,1.916852\r\n"
        + "nato,usa,1,0.166667,1.916852\r\n"
        + "nato,ukraine,1,0.333333,0.863891\r\n", out);
  }

  @Test
  void cooccurEgoNetworkTable() {
    assertEquals(0, run("cooccur", "--actor", "Путин"));
    assertEquals("1 matching article, 6 in the index\n"
        + "source                  target             count   expected      score\n"
        + "putin (Vladimir Putin)  russia (Russia)        1       0.06       3.89\n", out);
  }

  @Test
  void cooccurGexfIsAGraphForGephi() {
    assertEquals(0, run("cooccur", "--actor", "putin", "--format", "gexf"));
    assertTrue(out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">"), out);
    assertTrue(out.contains("<node id=\"putin\" label=\"Vladimir Putin\"><attvalues><attvalue for=\"0\" value=\"PERSON\"/>"
        + "<attvalue for=\"1\" value=\"1\"/><attvalue for=\"2\" value=\"1\"/></attvalues></node>"), out);
    assertTrue(out.contains("<edge id=\"0\" source=\"putin\" target=\"russia\" weight=\"1\"><attvalues>"
        + "<attvalue for=\"0\" value=\"0.055556\"/><attvalue for=\"1\" value=\"3.891855\"/></attvalues></edge>"), out);
    assertTrue(out.endsWith("</edges></graph></gexf>\n"), out);
  }
}
