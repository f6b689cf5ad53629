package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over real HTTP: counts checked against the corpus files, bodies against the CLI's JSON. */
class ApiTest {
  @TempDir static Path tmp;
  static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = ServeFixture.start(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    f.close();
  }

  /** Articles of the test corpus as outlet (lower case, "unknown" when absent) and text, read without any Dateline code. */
  static Map<String, String[]> corpusArticles() throws IOException {
    return corpusArticles(f);
  }

  static Map<String, String[]> corpusArticles(ServeFixture f) throws IOException {
    Map<String, String[]> articles = new TreeMap<>();
    try (var files = Files.list(f.corpus)) {
      for (Path p : files.toList()) {
        String s = Files.readString(p);
        String outlet = "unknown";
        var m = Pattern.compile("(?m)^outlet: (.*)$").matcher(s);
        if (m.find() && s.startsWith("title:")) {
          outlet = m.group(1).trim().toLowerCase(Locale.ROOT);
        }
        articles.put(p.getFileName().toString(), new String[] {outlet, s});
      }
    }
    return articles;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchTotalAndOutletFacetMatchAnIndependentCount() throws Exception {
    Pattern word = Pattern.compile("(?i)\\btalks\\b");
    Map<String, Long> expected = new TreeMap<>();
    long total = 0;
    for (String[] a : corpusArticles().values()) {
      String text = a[1].replaceAll("(?m)^(date|outlet|url|id): .*$", "");
      if (word.matcher(text).find()) {
        total++;
        expected.merge(a[0], 1L, Long::sum);
      }
    }
    assertEquals(5, total, "the fixture itself: five articles say 'talks'");
    HttpResponse<String> r = f.get("/api/search?q=talks&facet=outlet&size=0");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().startsWith("{\"total\":" + total + ","), r.body());
    for (var e : expected.entrySet()) {
      if (!e.getKey().contains(" ")) {
        assertTrue(r.body().contains("{\"value\":\"" + e.getKey() + "\",\"count\":" + e.getValue() + "}"), e + " in " + r.body());
      }
    }
  }

  @Test
  void answersAreByteIdenticalToTheCliJson() throws Exception {
    String a1 = "small/a1.txt";
    String[][] pairs = {
        {"/api/search?q=talks&facet=outlet&facet=actor&facet=date:month&limit=3",
            "search talks --facet outlet --facet actor --facet date:month --limit 3 --format json"},
        {"/api/search?actor=" + enc("Путин") + "&kwic=20&sort=-date", "search --actor Путин --kwic 20 --sort -date --format json"},
        {"/api/search?q=talks&outlet=reuters&facet=outlet&page=2&size=1", "search talks --outlet reuters --facet outlet --offset 1 --limit 1 --format json"},
        {"/api/articles/" + enc(a1), "show " + a1 + " --format json"},
        {"/api/articles/" + a1, "show " + a1 + " --format json"},
        {"/api/timeline?q=talks&by=day&per=outlet", "timeline talks --by day --per outlet --format json"},
        {"/api/cooccur?top=5&sort=score", "cooccur --top 5 --sort score --format json"},
        {"/api/similar/" + enc(a1) + "?size=3", "similar " + a1 + " --limit 3 --format json"},
        {"/api/export?format=csv", "export --format csv"},
        {"/api/export?format=jsonl&q=talks&sort=-date&fields=id,title,text", "export talks --format jsonl --sort -date --fields id,title,text"},
    };
    for (String[] p : pairs) {
      HttpResponse<String> r = f.get(p[0]);
      assertEquals(200, r.statusCode(), p[0] + ": " + r.body());
      assertEquals(f.cliOnIndex(p[1].split(" ")), r.body(), p[0]);
    }
  }

  @Test
  void anIdWithReservedCharactersIsOnePathSegment() throws Exception {
    HttpResponse<String> r = f.get("/api/articles/" + enc(ServeFixture.HOSTILE_ID).replace("+", "%20"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(f.cliOnIndex("show", ServeFixture.HOSTILE_ID, "--format", "json"), r.body());
  }

  @Test
  void errorsAreJsonWithTheParameterTheyConcern() throws Exception {
    Object[][] cases = {
        {"/api/search?from=2025-02-30", 400, "from"},
        {"/api/search?facet=colour", 400, "facet"},
        {"/api/search?q=" + enc("talks AND (") + "&syntax=lucene", 400, "q"},
        {"/api/search?size=101", 400, "size"},
        {"/api/search?page=0", 400, "page"},
        {"/api/search?limit=abc", 400, "limit"},
        {"/api/search?colour=red", 400, "colour"},
        {"/api/search?actor=nobody-at-all", 400, "actor"},
        {"/api/search?sort=sideways", 400, "sort"},
        {"/api/timeline?per=colour", 400, "per"},
        {"/api/timeline?by=fortnight", 400, "by"},
        {"/api/export?format=xlsx", 400, "format"},
        {"/api/export?fields=id,colour", 400, "fields"},
        {"/api/search?from=2025-06-01&to=2025-05-01", 400, "from"},
        {"/api/articles/no-such-article", 404, null},
        {"/api/similar/no-such-article", 404, null},
        {"/api/nothing-here", 404, null},
        {"/etc/passwd", 404, null},
    };
    for (Object[] c : cases) {
      HttpResponse<String> r = f.get((String) c[0]);
      assertEquals(c[1], r.statusCode(), c[0] + ": " + r.body());
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), (String) c[0]);
      String parameter = c[2] == null ? "null" : "\"" + c[2] + "\"";
      assertTrue(r.body().matches("\\{\"error\":\"[^\\n]+\",\"parameter\":" + Pattern.quote(parameter) + "}\\n"), c[0] + ": " + r.body());
      assertFalse(r.body().contains("Exception") || r.body().contains("\\tat "), r.body());
    }
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
      HttpResponse<String> r = f.send(method, "/api/search?q=talks");
      assertEquals(405, r.statusCode(), method);
      assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
    }
    HttpResponse<String> head = f.send("HEAD", "/api/search?q=talks");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoCors() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/search?q=talks", "/api/nothing", "/api/export?format=csv")) {
      HttpResponse<String> r = f.get(path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"), path);
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
    }
  }

  @Test
  void exportStreamsEveryMatchAsADownloadWithItsManifest() throws Exception {
    HttpResponse<String> r = f.get("/api/export?format=csv&q=talks");
    assertEquals(200, r.statusCode());
    assertEquals("attachment; filename=\"dateline-export.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r.body())).getRecords();
    assertEquals(5, rows.size());
    assertEquals("5", r.headers().firstValue("X-Dateline-Rows").orElse(""));
    assertTrue(r.headers().firstValue("X-Dateline-Manifest").orElse("").contains("\"rows\":5"));
    String link = r.headers().firstValue("Link").orElse("");
    var m = Pattern.compile("^<([^>]+)>; rel=\"describedby\"").matcher(link);
    assertTrue(m.find(), link);
    HttpResponse<String> manifest = f.get(m.group(1));
    assertEquals(200, manifest.statusCode(), manifest.body());
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(r.body().getBytes(StandardCharsets.UTF_8)));
    assertTrue(manifest.body().contains("\"sha256\" : \"" + sha + "\""), manifest.body());
    // Saved side by side as the browser names them, the download and its manifest pass dateline verify.
    Path saved = Files.writeString(tmp.resolve("dateline-export.csv"), r.body());
    Files.writeString(tmp.resolve("dateline-export.csv.manifest.json"), manifest.body());
    ServeFixture.cli("verify", tmp.resolve("dateline-export.csv.manifest.json").toString(), "--config", ServeFixture.CONFIG.toString());
    assertTrue(Files.exists(saved));
  }

  @Test
  void headRequestsOfExportsFreeTheirSlot() throws Exception {
    // Two exports may stream at once; a HEAD streams nothing and must give its slot back.
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> head = f.send("HEAD", "/api/export?format=csv");
      assertEquals(200, head.statusCode(), "HEAD " + i);
      assertEquals("", head.body());
    }
    assertEquals(200, f.get("/api/export?format=csv").statusCode());
  }

  @Test
  void staticFilesComeOnlyFromTheJar() throws Exception {
    assertEquals(200, f.get("/").statusCode());
    assertTrue(f.get("/").body().contains("<script src=\"/app.js\""));
    for (String path : List.of("/app.js/../../pom.xml", "/%2e%2e/pom.xml", "/index.html/..", "/org/dateline/serve/web/app.js", "/pom.xml")) {
      assertEquals(404, f.get(path).statusCode(), path);
    }
  }

  @Test
  void thePageWeighsFarLessThan300Kilobytes() throws Exception {
    long bytes = 0;
    for (String asset : List.of("/", "/app.js", "/app.css", "/favicon.svg")) {
      HttpResponse<String> r = f.get(asset);
      assertEquals(200, r.statusCode(), asset);
      bytes += r.body().getBytes(StandardCharsets.UTF_8).length;
    }
    assertTrue(bytes < 300_000, bytes + " bytes on first load");
  }

  @Test
  void tooLongARequestIsRefused() throws Exception {
    HttpResponse<String> r = f.get("/api/search?q=" + "a".repeat(WebServer.MAX_TARGET));
    assertEquals(414, r.statusCode());
  }

  @Test
  void infoDescribesTheIndex() throws Exception {
    String body = f.get("/api/info").body();
    assertTrue(body.startsWith("{\"articles\":7,\"generation\":"), body);
    assertTrue(body.contains("\"first_date\":\"2024-12-31\",\"last_date\":\"2025-06-01\""), body);
  }
}
