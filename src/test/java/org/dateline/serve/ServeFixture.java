package org.dateline.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.cli.Cli;
import org.dateline.cli.ServeBackends;

/**
 * A server over a small index built in a temp folder: the six test articles of
 * {@code src/test/resources/small} plus one hostile article, served on a free loopback port.
 */
final class ServeFixture implements AutoCloseable {
  static final Path SMALL = Path.of("src/test/resources/small");
  static final Path CONFIG = Path.of("src/test/resources/test-config");
  /** The hostile article's id: a slash, an ampersand, a question mark and a hash, all of which must be encoded. */
  static final String HOSTILE_ID = "hostile/a&b?c#d <x>.txt";
  /** Its title: markup, an event handler and a right-to-left override. */
  static final String HOSTILE_TITLE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> \u202Egnirts desrever";
  /** Its body: a javascript: link, markup and control characters. */
  static final String HOSTILE_BODY = "Oil talks: <a href=\"javascript:window.pwned=3\">click</a> <b>bold</b> \u0007bell "
      + "<iframe src=\"javascript:window.pwned=4\"></iframe> and OPEC.";

  final Path corpus;
  final Path index;
  final Backend backend;
  final WebServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final StringWriter log = new StringWriter();

  private ServeFixture(Path corpus, Path index, Backend backend, WebServer server) {
    this.corpus = corpus;
    this.index = index;
    this.backend = backend;
    this.server = server;
  }

  /** Builds the corpus and its index under {@code tmp} and starts a server with default settings. */
  static ServeFixture start(Path tmp) throws Exception {
    return start(tmp, WebServer.Settings.defaults(0));
  }

  static ServeFixture start(Path tmp, WebServer.Settings settings) throws Exception {
    Path corpus = writeCorpus(tmp.resolve("small"));
    Path index = tmp.resolve("index");
    cli("index", corpus.toString(), "--index", index.toString(), "--config", CONFIG.toString(), "-q");
    Backend backend = ServeBackends.open(index, CONFIG);
    StringWriter log = new StringWriter();
    WebServer server = new ApiRoutes(backend, Duration.ofSeconds(10)).register(WebServer.builder())
        .start(settings, new PrintWriter(log, true));
    return new ServeFixture(corpus, index, backend, server);
  }

  /** The six small articles and the hostile one, in {@code dir}. */
  static Path writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var files = Files.list(SMALL)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("hostile.txt"), "title: " + HOSTILE_TITLE + "\ndate: 2025-05-20\noutlet: Evil Times\n"
        + "url: javascript:window.pwned=5\nid: " + HOSTILE_ID + "\n\n" + HOSTILE_BODY + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  /** Runs {@code dateline ARGS} in-process; returns stdout, failing on a non-zero exit. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.create(new PrintWriter(out), new PrintWriter(err)).execute(args);
    if (code != 0) {
      throw new AssertionError("dateline " + String.join(" ", args) + " exited " + code + ": " + err);
    }
    return out.toString();
  }

  /** {@code dateline ARGS --index INDEX --config CONFIG} in-process; its stdout. */
  String cliOnIndex(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--config", CONFIG.toString()));
    return cli(all.toArray(String[]::new));
  }

  URI uri(String pathAndQuery) {
    return server.url().resolve(pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery);
  }

  HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(uri(pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(30)).build();
    return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    server.stop(Duration.ZERO);
    backend.close();
    http.close();
  }
}
