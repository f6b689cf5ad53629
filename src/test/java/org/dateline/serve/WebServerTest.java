package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server machinery with routes made for the test: admission, errors, CORS, broken streams. */
class WebServerTest {
  final HttpClient http = HttpClient.newHttpClient();
  final StringWriter log = new StringWriter();
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch entered = new CountDownLatch(1);
  WebServer server;

  WebServer start(WebServer.Settings settings) throws IOException {
    server = WebServer.builder()
        .exact("/api/slow", WebServer.Pool.QUERY, r -> {
          entered.countDown();
          release.await(30, TimeUnit.SECONDS);
          return Response.json("{}\n");
        })
        .exact("/api/bug", WebServer.Pool.QUERY, r -> {
          throw new IllegalStateException("secret detail at /home/someone/index");
        })
        .exact("/api/broken-stream", WebServer.Pool.EXPORT, r -> new Response.Streamed(200, "text/plain", Map.of(), out -> {
          out.write("row 1\n".repeat(20_000).getBytes(StandardCharsets.UTF_8));
          out.flush();
          throw new IOException("disk gone");
        }))
        .start(settings, new PrintWriter(log, true));
    return server;
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(Duration.ZERO);
    }
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      req.header(headers[i], headers[i + 1]);
    }
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFullQueueIsAnswered503WithRetryAfter() throws Exception {
    // One worker, one waiting place: the third request at once finds both taken.
    start(new WebServer.Settings("127.0.0.1", 0, 1, 1, 1, Duration.ofSeconds(30), null));
    List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
    running.add(http.sendAsync(HttpRequest.newBuilder(server.url().resolve("/api/slow")).build(), HttpResponse.BodyHandlers.ofString()));
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    running.add(http.sendAsync(HttpRequest.newBuilder(server.url().resolve("/api/slow")).build(), HttpResponse.BodyHandlers.ofString()));
    for (int i = 0; i < 200 && server.queued() < 1; i++) {
      Thread.sleep(25);
    }
    assertEquals(1, server.queued(), "the second request waits for the worker");
    HttpResponse<String> refused = get("/api/slow");
    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
    assertTrue(refused.body().startsWith("{\"error\":\"the server is busy"), refused.body());
    assertEquals(200, get("/").statusCode(), "the page itself needs no worker");
    release.countDown();
    for (var f : running) {
      assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void anInternalErrorIs500WithoutItsDetails() throws Exception {
    start(WebServer.Settings.defaults(0));
    HttpResponse<String> r = get("/api/bug");
    assertEquals(500, r.statusCode());
    assertEquals("{\"error\":\"internal error; the server log has the details\",\"parameter\":null}\n", r.body());
    assertTrue(log.toString().contains("IllegalStateException: secret detail"), log.toString());
  }

  @Test
  void aStreamThatFailsIsCutOffNotEndedCleanly() throws Exception {
    start(WebServer.Settings.defaults(0));
    IOException e = assertThrows(IOException.class, () -> get("/api/broken-stream"));
    assertFalse(e.getMessage() == null && e.getCause() == null);
    assertTrue(log.toString().contains("disk gone"), log.toString());
  }

  @Test
  void corsIsOffUnlessOneOriginIsAllowed() throws Exception {
    start(WebServer.Settings.defaults(0));
    assertTrue(get("/api/nothing", "Origin", "https://elsewhere.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    server.stop(Duration.ZERO);
    WebServer.Settings d = WebServer.Settings.defaults(0);
    start(new WebServer.Settings(d.host(), 0, d.workers(), d.queue(), d.exports(), d.maxWait(), "https://notebook.example"));
    assertEquals("https://notebook.example",
        get("/api/nothing", "Origin", "https://notebook.example").headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(get("/api/nothing", "Origin", "https://elsewhere.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }
}
