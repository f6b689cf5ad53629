package org.dateline.serve;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the page tests: Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}), given by path so that Selenium never looks for a browser on the
 * network. Tests skip, saying why, where they are absent.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts a browser with a fresh profile and download folder under {@code tmp}; skips the test class without one. */
  static Browser start(Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
    Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
    Path downloads = Files.createDirectories(tmp.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "safebrowsing.enabled", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    return new Browser(driver, downloads);
  }

  /** Waits up to ten seconds for a JavaScript condition to be true. */
  void until(String script) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + script + ")")));
  }

  /** Runs a script and returns its value. */
  Object js(String script) {
    return driver.executeScript(script);
  }

  /** Opens {@code url} and waits until the page has rendered it. */
  void open(String url) {
    driver.get(url);
    settled();
  }

  /** Waits until the page has rendered its current state (its last answer arrived). */
  void settled() {
    until("document.body.dataset.ready && !document.body.dataset.busy");
  }

  @Override
  public void close() {
    driver.quit();
  }
}
