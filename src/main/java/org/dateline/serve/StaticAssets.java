package org.dateline.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web page's files, read once from the jar at start-up. Only the names listed here are ever
 * served: a request path is looked up in this table, never joined to a folder, so there is no path
 * to traverse.
 */
public final class StaticAssets {
  private static final String BASE = "/org/dateline/serve/web/";

  /** URL path to file name and media type. */
  private static final Map<String, String[]> FILES = Map.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
      "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

  private final Map<String, Response.Full> assets = new LinkedHashMap<>();

  /** Loads every asset from the classpath; fails at start-up, not at the first request, if one is missing. */
  public StaticAssets() {
    FILES.forEach((path, f) -> assets.put(path, new Response.Full(200, f[1], Map.of("Cache-Control", "no-cache"), read(f[0]))));
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("web asset " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The asset at {@code path}, or null. */
  public Response.Full get(String path) {
    return assets.get(path);
  }

  /** Every asset path, for tests. */
  public java.util.Set<String> paths() {
    return assets.keySet();
  }
}
