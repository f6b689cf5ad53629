package org.dateline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark of {@code dateline serve} (BENCHMARKS.md, "Serving"): starts the real command in
 * its own JVM over the benchmark index and drives each route with 1, 4 and 16 concurrent clients
 * (each a thread with its own keep-alive connection, sending the next request as soon as the last
 * answer is read), then all routes mixed at 16. Prints requests/s, p50 and p99 per route, errors, and
 * the server's peak resident memory. Run it with {@code .ci/bench-serve}; not part of the tests.
 */
public final class ServeBenchmark {
  /** The query shapes of BENCHMARKS.md as API requests, plus an article view. */
  static Map<String, String> routes(String articleId) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("search: term top-10 (`ukraine`)", "/api/search?q=ukraine");
    r.put("search: AND of three terms (`oil prices said`)", "/api/search?q=oil+prices+said");
    r.put("search: phrase (`\"prime minister\"`)", "/api/search?q=%22prime+minister%22");
    r.put("search: text + 1-year date range + outlet, actor, month facets", "/api/search?q=oil&from=2018-01-01&to=2018-12-31"
        + "&facet=outlet&facet=actor&facet=date:month");
    r.put("search: all articles + outlet, actor, month facets", "/api/search?facet=outlet&facet=actor&facet=date:month");
    r.put("timeline: by day over ten years (`ukraine`)", "/api/timeline?q=ukraine&from=2015-01-01&to=2024-12-31&by=day");
    r.put("cooccur: one actor (`putin`, top 20)", "/api/cooccur?actor=putin&top=20");
    r.put("articles/{id}", "/api/articles/" + java.net.URLEncoder.encode(articleId, StandardCharsets.UTF_8));
    return r;
  }

  private ServeBenchmark() {}

  /**
   * {@code --index DIR [--seconds S] [--clients 1,4,16] [--heap 1g]}, or {@code --build N --index DIR}:
   * amplify the shared corpora to N articles as {@code .ci/bench} does and index them into DIR first.
   */
  public static void main(String[] args) throws Exception {
    Path index = null;
    double seconds = 8;
    List<Integer> levels = List.of(1, 4, 16);
    String heap = "1g";
    int build = 0;
    for (int i = 0; i < args.length - 1; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[i + 1]);
        case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
        case "--clients" -> levels = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
        case "--heap" -> heap = args[i + 1];
        case "--build" -> build = Integer.parseInt(args[i + 1].replace("_", ""));
        default -> { }
      }
    }
    if (build > 0 && index != null && !Files.exists(index)) {
      Path dir = index.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      long b0 = System.nanoTime();
      Amplifier amplifier = Amplifier.fromCorpora(Path.of("index-config"), Path.of("../shared/corpora"));
      Path jsonl = dir.resolve("articles/bench.jsonl");
      Amplifier.write(amplifier.items(build), jsonl);
      Processes.Run run = Processes.dateline(Path.of("").toAbsolutePath(), dir,
          List.of("index", jsonl.getParent().toString(), "--index", index.toString(), "-q"), "-Xmx512m");
      Files.delete(jsonl);
      System.out.printf(Locale.ROOT, "built %,d articles into %s: %.0f s in all, of which indexing %.0f s%n", build, index,
          (System.nanoTime() - b0) / 1e9, run.seconds());
    }
    if (index == null || !Files.isDirectory(index)) {
      System.err.println("usage: .ci/bench-serve --index DIR (e.g. the 1M index of .ci/bench: WORK/1000000/dateline)");
      System.exit(64);
    }
    Path home = Path.of("").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(home.resolve("dateline").toString(), "serve", "--index", index.toString(), "--port", "0",
        "--queue", "256").directory(home.toFile());
    pb.environment().put("DATELINE_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    System.out.printf(Locale.ROOT, "machine: %d cores, %s, load average %s at start%n",
        Runtime.getRuntime().availableProcessors(), Processes.memory(), Processes.load());
    long t0 = System.nanoTime();
    Process server = pb.start();
    BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
    String base = null;
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = Pattern.compile("^dateline: serving .* at (http://\\S+/)$").matcher(line);
      if (m.matches()) {
        base = m.group(1);
        break;
      }
      System.out.println("server: " + line);
    }
    if (base == null) {
      throw new IOException("the server did not start");
    }
    System.out.printf(Locale.ROOT, "server: %s, heap %s, up in %.2f s (launcher, JVM, index open)%n", base, heap, (System.nanoTime() - t0) / 1e9);
    Thread.ofVirtual().start(() -> err.lines().forEach(l -> System.out.println("server: " + l)));
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      String first = http.send(HttpRequest.newBuilder(URI.create(base + "api/search?q=ukraine&size=1")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher id = Pattern.compile("\"id\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(first);
      Map<String, String> routes = routes(id.find() ? id.group(1) : "none");
      System.out.println();
      System.out.println("| route | clients | requests/s | p50 ms | p99 ms | errors |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
      for (var route : routes.entrySet()) {
        for (int clients : levels) {
          row(route.getKey(), clients, run(base, List.of(route.getValue()), clients, seconds));
        }
      }
      row("all of the above, mixed in turn", 16, run(base, List.copyOf(routes.values()), 16, seconds * 2));
    } finally {
      long rss = peakRssKb(server.pid());
      System.out.printf(Locale.ROOT, "%nserver peak RSS %d MB (heap fixed at %s); load average %s at the end%n", rss >> 10, heap, Processes.load());
      server.toHandle().destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Requests, errors, wall seconds and sorted latencies (ns) of one load level. */
  record Result(long requests, long errors, double seconds, long[] latencies) {}

  static Result run(String base, List<String> paths, int clients, double seconds) throws Exception {
    List<URI> uris = paths.stream().map(p -> URI.create(base.substring(0, base.length() - 1) + p)).toList();
    // Warm-up: a second of the same load, not counted.
    drive(uris, clients, 1.0, new ArrayList<>(), new AtomicLong());
    List<long[]> perClient = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime();
    drive(uris, clients, seconds, perClient, errors);
    double wall = (System.nanoTime() - t0) / 1e9;
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length, errors.get(), wall, all);
  }

  private static void drive(List<URI> uris, int clients, double seconds, List<long[]> out, AtomicLong errors) throws Exception {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      threads.add(Thread.ofPlatform().start(() -> {
        // One connection per client, as a script or a browser tab keeps one.
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
          long[] lat = new long[1 << 16];
          int n = 0;
          for (int i = offset; System.nanoTime() < end; i++) {
            HttpRequest req = HttpRequest.newBuilder(uris.get(i % uris.size())).timeout(Duration.ofSeconds(60)).build();
            long s = System.nanoTime();
            try {
              HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
              }
            } catch (IOException | InterruptedException e) {
              errors.incrementAndGet();
            }
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - s;
          }
          synchronized (out) {
            out.add(Arrays.copyOf(lat, n));
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private static void row(String name, int clients, Result r) {
    System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %d |%n", name, clients, r.requests() / r.seconds(),
        pct(r.latencies(), 0.50), pct(r.latencies(), 0.99), r.errors());
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long peakRssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return 0;
  }
}
