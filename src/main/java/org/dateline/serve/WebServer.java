package org.dateline.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP server of {@code dateline serve}: the JDK's {@code com.sun.net.httpserver} with one
 * virtual thread per exchange, routing, admission control, security headers and JSON errors. It
 * knows nothing of searching: routes are handed in (see {@link ApiRoutes}).
 */
public final class WebServer implements AutoCloseable {
  /** Longest request target (path and query) accepted; longer is 414. */
  public static final int MAX_TARGET = 8192;

  /** The page may load only its own scripts, styles and API; nothing inline, nothing from elsewhere. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * How the server runs.
   *
   * @param host the address to bind
   * @param port the port, or 0 for any free one
   * @param workers requests that run at once
   * @param queue requests that may wait for a worker; beyond it, 503
   * @param exports exports that may stream at once; beyond it, 503
   * @param maxWait how long a queued request waits before it is answered 503
   * @param corsOrigin the one origin allowed to read answers from a script of another site, or null
   */
  public record Settings(String host, int port, int workers, int queue, int exports, Duration maxWait, String corsOrigin) {
    /** Loopback on {@code port}, a worker per core (at least 2), 64 queued, 2 exports. */
    public static Settings defaults(int port) {
      return new Settings("127.0.0.1", port, Math.max(2, Runtime.getRuntime().availableProcessors()), 64, 2,
          Duration.ofSeconds(10), null);
    }
  }

  /** Which worker pool a route runs in. */
  public enum Pool {
    /** Answers computed in memory and sent in full (search, timeline, ...). */
    QUERY,
    /** Streamed answers that may last as long as the client reads (export). */
    EXPORT,
    /** Cheap answers that need no worker (static files, info). */
    NONE
  }

  private record Entry(String path, boolean prefix, Pool pool, Route route) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Entry> routes;
  private final StaticAssets assets;
  private final Admission queries;
  private final Admission exports;
  private final Settings settings;
  private final PrintWriter log;

  private WebServer(HttpServer server, ExecutorService executor, List<Entry> routes, StaticAssets assets, Settings s, PrintWriter log) {
    this.server = server;
    this.executor = executor;
    this.routes = routes;
    this.assets = assets;
    this.settings = s;
    this.log = log;
    this.queries = new Admission("all workers are answering queries", s.workers(), s.queue(), s.maxWait().toMillis());
    this.exports = new Admission(s.exports() + " exports are streaming", s.exports(), 0, 0);
  }

  /** Collects routes before the server starts. */
  public static final class Builder {
    private final List<Entry> routes = new ArrayList<>();

    /** Answers exactly {@code path} with {@code route} in {@code pool}. */
    public Builder exact(String path, Pool pool, Route route) {
      routes.add(new Entry(path, false, pool, route));
      return this;
    }

    /** Answers every path under {@code prefix} (ending in {@code /}); the route gets the decoded rest. */
    public Builder prefix(String prefix, Pool pool, Route route) {
      routes.add(new Entry(prefix, true, pool, route));
      return this;
    }

    /** The routes registered so far, as {@code "GET path"} lines; for the OpenAPI check. */
    public List<String> paths() {
      return routes.stream().map(e -> e.prefix() ? e.path() + "{id}" : e.path()).toList();
    }

    /** Binds {@code settings.host():settings.port()} and starts serving; a busy port is a {@link java.net.BindException}. */
    public WebServer start(Settings settings, PrintWriter log) throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
      ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
      WebServer web = new WebServer(server, executor, List.copyOf(routes), new StaticAssets(), settings, log);
      server.createContext("/", web::handle);
      server.setExecutor(executor);
      server.start();
      return web;
    }
  }

  /** A builder with no routes yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Query requests waiting for a worker now; for tests. */
  int queued() {
    return queries.waiting();
  }

  /** Stops accepting connections, lets in-flight exchanges finish for up to {@code grace}, then stops. */
  public void stop(Duration grace) {
    server.stop((int) Math.max(0, grace.toSeconds()));
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }

  private void handle(HttpExchange ex) throws IOException {
    boolean started = false;
    boolean abort = false;
    Admission.Ticket streaming = null;
    Response.Body body = null;
    try {
      Headers h = ex.getResponseHeaders();
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("X-Frame-Options", "DENY");
      cors(ex);
      Answer answer = answer(ex);
      if (answer.response() instanceof Response.Streamed st) {
        streaming = answer.ticket(); // held while the stream is written, freed below
        body = st.body();
      } else if (answer.ticket() != null) {
        answer.ticket().close(); // computed in full: the worker is free before a slow client reads
      }
      started = true;
      send(ex, answer.response());
    } catch (HttpFailure f) {
      sendError(ex, f);
    } catch (StreamFailure e) {
      // Headers (and perhaps rows) are gone: the only honest signal left is a broken stream, so
      // the connection is dropped without the final chunk and the client sees a truncated body.
      logStream(ex, e.getCause());
      abort = true;
      throw new UncheckedIOException(new IOException("stream aborted"));
    } catch (Exception | Error e) {
      if (started) {
        abort = true; // the client went away while the body was sent
        throw new UncheckedIOException(new IOException("response aborted"));
      }
      logInternal(ex, e);
      sendError(ex, new HttpFailure(500, "internal error; the server log has the details", null));
    } finally {
      if (body != null) {
        body.close();
      }
      if (streaming != null) {
        streaming.close();
      }
      if (!abort) {
        ex.close();
      }
    }
  }

  /** A route's response and the worker slot it holds (null for routes that need none). */
  private record Answer(Response response, Admission.Ticket ticket) {}

  private Answer answer(HttpExchange ex) throws Exception {
    String method = ex.getRequestMethod();
    URI uri = ex.getRequestURI();
    String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String rawQuery = uri.getRawQuery();
    if (rawPath.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_TARGET) {
      throw new HttpFailure(414, "the request target is longer than " + MAX_TARGET + " characters; use export for big selections", null);
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new HttpFailure(405, "method " + method + " is not allowed: the server is read-only (GET, HEAD)", null,
          Map.of("Allow", "GET, HEAD"));
    }
    Response.Full asset = assets.get(rawPath);
    if (asset != null) {
      return new Answer(asset, null);
    }
    for (Entry e : routes) {
      if (e.prefix() ? rawPath.startsWith(e.path()) && rawPath.length() > e.path().length() : rawPath.equals(e.path())) {
        String tail = e.prefix() ? decodePath(rawPath.substring(e.path().length())) : "";
        Route.Request request = new Route.Request(tail, Params.parse(rawQuery), rawQuery);
        if (e.pool() == Pool.NONE) {
          return new Answer(e.route().answer(request), null);
        }
        Admission.Ticket ticket = (e.pool() == Pool.EXPORT ? exports : queries).enter();
        try {
          return new Answer(e.route().answer(request), ticket);
        } catch (Exception | Error failure) {
          ticket.close();
          throw failure;
        }
      }
    }
    throw HttpFailure.notFound("no such page or API route: " + rawPath + " (the API is listed at /api/openapi.json)");
  }

  /** Percent-decodes a path segment as UTF-8; {@code +} stays a plus (it is a space only in query strings). */
  static String decodePath(String raw) throws HttpFailure {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpFailure(400, "bad percent-encoding in the path: " + e.getMessage(), null);
    }
  }

  private void cors(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (settings.corsOrigin() != null && settings.corsOrigin().equals(origin)) {
      Headers h = ex.getResponseHeaders();
      h.set("Access-Control-Allow-Origin", origin);
      h.set("Access-Control-Expose-Headers", "Content-Disposition, Link, X-Dateline-Manifest, X-Dateline-Rows");
      h.add("Vary", "Origin");
    }
  }

  private static void send(HttpExchange ex, Response response) throws IOException, StreamFailure {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", response.contentType());
    response.headers().forEach(h::set);
    if (!h.containsKey("Cache-Control")) {
      h.set("Cache-Control", "no-store");
    }
    boolean head = ex.getRequestMethod().equals("HEAD");
    switch (response) {
      case Response.Full f -> {
        ex.sendResponseHeaders(f.status(), head || f.body().length == 0 ? -1 : f.body().length);
        if (!head) {
          ex.getResponseBody().write(f.body());
        }
      }
      case Response.Streamed s -> {
        ex.sendResponseHeaders(s.status(), head ? -1 : 0);
        if (!head) {
          try {
            OutputStream out = new BufferedOutputStream(ex.getResponseBody(), 1 << 16);
            s.body().writeTo(out);
            out.flush();
          } catch (Exception e) {
            throw new StreamFailure(e);
          }
        }
      }
    }
  }

  /** A streamed body failed after its headers were sent. */
  private static final class StreamFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StreamFailure(Throwable cause) {
      super(cause);
    }
  }

  private void sendError(HttpExchange ex, HttpFailure f) throws IOException {
    Headers h = ex.getResponseHeaders();
    f.headers().forEach(h::set);
    h.set("Content-Type", Response.JSON);
    h.set("Cache-Control", "no-store");
    byte[] body = errorJson(f.getMessage(), f.parameter());
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(f.status(), head ? -1 : body.length);
    if (!head) {
      ex.getResponseBody().write(body);
    }
  }

  /** {@code {"error": message, "parameter": parameter}} and a newline. */
  public static byte[] errorJson(String message, String parameter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeStringField("parameter", parameter);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private void logStream(HttpExchange ex, Throwable e) {
    synchronized (log) {
      log.println("dateline: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " ended before its last byte: " + e);
      log.flush();
    }
  }

  private void logInternal(HttpExchange ex, Throwable e) {
    synchronized (log) {
      log.println("dateline: internal error answering " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + ": " + e);
      log.flush();
    }
  }
}
