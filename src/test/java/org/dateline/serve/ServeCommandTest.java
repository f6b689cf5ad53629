package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.reliability.DatelineProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline serve} as a user runs it: its own JVM, the start-up line, a busy port, SIGTERM. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void startsPrintsItsAddressRefusesABusyPortAndStopsOnSigterm() throws Exception {
    Path corpus = ServeFixture.writeCorpus(tmp.resolve("small"));
    String index = tmp.resolve("index").toString();
    String config = ServeFixture.CONFIG.toString();
    ServeFixture.cli("index", corpus.toString(), "--index", index, "--config", config, "-q");

    DatelineProcess server = DatelineProcess.start(DatelineProcess.command("256m", "serve", "--index", index, "--config", config, "--port", "0"));
    assertTrue(server.awaitLine("dateline: serving"), "no start-up line");
    Matcher m = Pattern.compile("^dateline: serving " + Pattern.quote(index) + " \\(7 articles\\) at (http://127\\.0\\.0\\.1:(\\d+)/)$")
        .matcher(server.lastLine());
    assertTrue(m.matches(), server.lastLine());
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/info")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, info.statusCode());
    }

    DatelineProcess second = DatelineProcess.start(DatelineProcess.command("256m", "serve", "--index", index, "--config", config, "--port", m.group(2)));
    List<String> lines = second.drain();
    assertEquals(69, second.exitCode(), String.join("\n", lines));
    assertEquals(1, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("dateline: cannot listen on 127.0.0.1:" + m.group(2) + ": "), lines.get(0));

    server.terminate();
    List<String> rest = server.drain();
    assertEquals(0, server.exitCode(), String.join("\n", rest));
    assertTrue(rest.contains("dateline: stopping; letting requests in flight finish"), String.join("\n", rest));
  }

  @Test
  void listeningBeyondLoopbackWarns() throws Exception {
    Path corpus = ServeFixture.writeCorpus(tmp.resolve("small"));
    String index = tmp.resolve("index").toString();
    ServeFixture.cli("index", corpus.toString(), "--index", index, "--config", ServeFixture.CONFIG.toString(), "-q");
    DatelineProcess server = DatelineProcess.start(DatelineProcess.command("256m", "serve", "--index", index,
        "--config", ServeFixture.CONFIG.toString(), "--host", "0.0.0.0", "--port", "0"));
    assertTrue(server.awaitLine("dateline: serving"), "no start-up line");
    server.terminate();
    List<String> lines = server.drain();
    assertTrue(lines.contains("dateline: warning: listening on 0.0.0.0: anyone who can reach this port can read the whole archive"),
        String.join("\n", lines));
  }
}
