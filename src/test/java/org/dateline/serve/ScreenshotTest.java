package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.dateline.TestPaths;
import org.dateline.cli.ServeBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * The page over a real corpus (RUWA, 16,545 articles from ../shared/corpora) in headless Chromium:
 * the results view and the attention view render, and their screenshots land in
 * {@code target/screenshots/} (the README's picture, {@code docs/web-page.png}, is one of them).
 */
class ScreenshotTest {
  @TempDir Path tmp;

  @Test
  void resultsAndAttentionOverRuwa() throws Exception {
    Path corpora = TestPaths.sharedCorpora();
    try (Browser b = Browser.start(tmp)) {
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
}
