package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.dateline.TestPaths;
import org.dateline.cli.ServeBackends;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The web page in a real headless Chromium over a real server: what a researcher does, step by step. */
class BrowserTest {
  @TempDir static Path tmp;
  static ServeFixture f;
  static Browser b;

  @BeforeAll
  static void start() throws Exception {
    b = Browser.start(tmp);
    f = ServeFixture.start(tmp);
  }

  @AfterAll
  static void stop() throws IOException {
    if (b != null) {
      b.close();
    }
    if (f != null) {
      f.close();
    }
  }

  @BeforeEach
  void blank() {
    b.driver.get("about:blank");
  }

  private String url(String pathAndQuery) {
    return f.uri(pathAndQuery).toString();
  }

  private String text(String css) {
    return b.driver.findElement(By.cssSelector(css)).getText();
  }

  /** Articles that say 'talks' in the corpus files, with their day (null when undated), read without Dateline. */
  private static Map<String, LocalDate> talksArticles() throws IOException {
    Map<String, LocalDate> found = new java.util.TreeMap<>();
    for (var e : ApiTest.corpusArticles(f).entrySet()) {
      String s = e.getValue()[1];
      String text = s.replaceAll("(?m)^(date|outlet|url|id): .*$", "");
      if (Pattern.compile("(?i)\\btalks\\b").matcher(text).find()) {
        var m = Pattern.compile("(?m)^\\s*date:? ?(\\d{4}-\\d{2}-\\d{2})").matcher(s);
        found.put(e.getKey(), m.find() ? LocalDate.parse(m.group(1)) : null);
      }
    }
    return found;
  }

  private int shownTotal() {
    String t = text("#total");
    var m = Pattern.compile("^([\\d,]+) articles? match").matcher(t);
    return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : t.startsWith("No articles") ? 0 : -1;
  }

  private Map<String, String> urlParams() {
    String q = URI.create(b.driver.getCurrentUrl()).getRawQuery();
    Map<String, String> p = new java.util.LinkedHashMap<>();
    for (String pair : q == null ? new String[0] : q.split("&")) {
      String[] kv = pair.split("=", 2);
      p.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return p;
  }

  @Test
  void typeAQuerySeeTheTotalThenNarrowItWithAFacet() throws Exception {
    b.open(url("/"));
    WebElement q = b.driver.findElement(By.id("q"));
    q.sendKeys("talks", Keys.ENTER);
    b.until("location.search.includes('q=talks')");
    b.settled();
    assertEquals(talksArticles().size(), shownTotal());
    assertEquals(Map.of("q", "talks"), urlParams());
    String rtBefore = text("[data-facet=outlet] input[data-value=rt] + bdi + .count");
    String actorsBefore = text("[data-facet=actor]");

    b.driver.findElement(By.cssSelector("[data-facet=outlet] input[data-value=reuters]")).click();
    b.until("location.search.includes('outlet=reuters')");
    b.settled();
    assertEquals(2, shownTotal(), "a1 and a3 are the Reuters articles on talks");
    // Drill-sideways: the outlet facet still offers the other outlets with their counts ...
    assertEquals(rtBefore, text("[data-facet=outlet] input[data-value=rt] + bdi + .count"));
    assertTrue(b.driver.findElement(By.cssSelector("[data-facet=outlet] input[data-value=reuters]")).isSelected());
    // ... while the actor facet now counts the two Reuters articles only.
    assertFalse(actorsBefore.equals(text("[data-facet=actor]")));
    assertTrue(text("[data-facet=actor]").contains("Russia"));

    b.driver.navigate().back();
    b.settled();
    assertEquals(talksArticles().size(), shownTotal(), "Back restores the unfiltered search");
    assertEquals("talks", b.driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void dragOnTheHistogramSelectsADateRange() throws Exception {
    b.open(url("/?q=talks"));
    List<WebElement> bars = b.driver.findElements(By.cssSelector("#histogram rect.bar"));
    // The matches span 2025-05-15 to 2025-06-01: a bar per day, from the first match to the last.
    assertEquals(18, bars.size(), "one bar per day from the first match to the last");
    new Actions(b.driver).moveToElement(bars.get(0)).clickAndHold().moveToElement(bars.get(1)).release().perform();
    b.until("location.search.includes('from=')");
    b.settled();
    Map<String, String> p = urlParams();
    LocalDate from = LocalDate.parse(p.get("from"));
    LocalDate to = LocalDate.parse(p.get("to"));
    long expected = talksArticles().values().stream().filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to)).count();
    assertEquals(expected, shownTotal(), "from " + from + " to " + to);
    assertTrue(text("#chips").contains(from + " \u2013 " + to), text("#chips"));
  }

  @Test
  void openAnArticleSeeItsTextAndSimilarOnesThenGoBack() {
    b.open(url("/?q=talks&outlet=reuters"));
    String listUrl = b.driver.getCurrentUrl();
    WebElement first = b.driver.findElement(By.cssSelector("#hits a.title"));
    String title = first.getText();
    first.click();
    b.until("location.search.includes('view=article')");
    b.settled();
    b.until("document.querySelector('#article-text mark')");
    assertEquals(title, text("#article h2"));
    assertTrue(text("#article-text").contains("talks"));
    assertTrue(b.driver.findElements(By.cssSelector("#article-text mark")).stream().anyMatch(m -> m.getText().equalsIgnoreCase("talks")));
    assertFalse(b.driver.findElements(By.cssSelector("#similar li")).isEmpty());
    b.driver.navigate().back();
    b.settled();
    assertEquals(listUrl, b.driver.getCurrentUrl());
    assertEquals(2, shownTotal());
  }

  @Test
  void exportDownloadsEveryMatchingRow() throws Exception {
    b.open(url("/?q=talks"));
    b.driver.findElement(By.id("export-csv")).click();
    Path file = b.downloads.resolve("dateline-export.csv");
    for (int i = 0; i < 100 && !Files.exists(file); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(file), "downloaded: " + java.util.Arrays.toString(b.downloads.toFile().list()));
    var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
        .parse(Files.newBufferedReader(file)).getRecords();
    assertEquals(talksArticles().size(), rows.size());
  }

  @Test
  void actorAutocompleteFindsANameInAnyScript() {
    b.open(url("/"));
    b.driver.findElement(By.id("actor-input")).sendKeys("Путин");
    b.until("document.querySelector('#actor-suggest li[data-id=putin]')");
    b.driver.findElement(By.id("actor-input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    b.until("location.search.includes('actor=putin')");
    b.settled();
    assertEquals(1, shownTotal(), "a2 is the one article naming Putin");
  }

  @Test
  void hostileArticleTextRendersAsText() {
    b.open(url("/?q=opec"));
    assertEquals(1, shownTotal());
    WebElement title = b.driver.findElement(By.cssSelector("#hits a.title"));
    assertEquals(ServeFixture.HOSTILE_TITLE, title.getAttribute("textContent"));
    assertTrue(b.driver.findElements(By.cssSelector("#hits img, #hits script, #hits iframe")).isEmpty());
    title.click();
    b.until("location.search.includes('view=article')");
    b.settled();
    b.until("document.querySelector('#article-text mark')");
    String body = (String) b.js("return document.getElementById('article-text').textContent");
    assertEquals(ServeFixture.HOSTILE_BODY.replace("\u0007", "\u2407"), body.strip(), "markup shown as text, the bell as its picture");
    assertTrue(b.driver.findElements(By.cssSelector("main img, main script, main iframe, main a[href^='javascript' i]")).isEmpty());
    assertTrue(b.driver.findElements(By.xpath("//dd/a")).isEmpty(), "a javascript: url is shown as text, not as a link");
    assertNotNull(b.js("return document.querySelector('#article h2 bdi')"), "the title is bidi-isolated");
    assertEquals(null, b.js("return window.pwned === undefined ? null : window.pwned"));
  }

  /**
   * The page over a real corpus (RUWA, 16,545 articles from ../shared/corpora): the results view and
   * the attention view render, and their screenshots land in {@code target/screenshots/} (the
   * README's picture, {@code docs/web-page.png}, is the first).
   */
  @Test
  void resultsAndAttentionOverRuwa() throws Exception {
    Path corpora = TestPaths.sharedCorpora();
    Path index = tmp.resolve("ruwa-index");
    ServeFixture.cli("index", "--corpus", "ruwa", "--corpus-root", corpora.toString(), "--index", index.toString(),
        "--config", TestPaths.shippedConfig().toString(), "-q");
    try (Backend backend = ServeBackends.open(index, TestPaths.shippedConfig())) {
      WebServer server = new ApiRoutes(backend, Duration.ofSeconds(10)).register(WebServer.builder())
          .start(WebServer.Settings.defaults(0), new PrintWriter(new StringWriter()));
      try {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        b.open(server.url().resolve("/?q=grain+export&from=2022-03-01").toString());
        assertTrue(b.driver.findElement(By.id("total")).getText().matches("[\\d,]+ articles match .*"));
        assertTrue(b.driver.findElements(By.cssSelector("#histogram rect.bar")).size() > 5);
        Files.copy(b.driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("web-page.png"), StandardCopyOption.REPLACE_EXISTING);
        b.open(server.url().resolve("/?q=grain&view=attention&series=gas&series=wheat&by=month").toString());
        assertTrue(b.driver.findElements(By.cssSelector("#chart polyline")).size() == 3);
        Files.copy(b.driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("web-attention.png"), StandardCopyOption.REPLACE_EXISTING);
      } finally {
        server.stop(Duration.ZERO);
      }
    }
  }
}
