package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running server sees what {@code dateline index} commits meanwhile, within seconds, and never blocks it. */
class RefreshTest {
  @TempDir Path tmp;

  @Test
  void anIngestWhileServingShowsUpWithinSeconds() throws Exception {
    try (ServeFixture f = ServeFixture.start(tmp)) {
      assertTrue(f.get("/api/info").body().startsWith("{\"articles\":7,"));
      assertTrue(f.get("/api/search?q=zeppelin").body().startsWith("{\"total\":0,"));
      Files.writeString(f.corpus.resolve("late.txt"), "title: Zeppelin over Istanbul\ndate: 2025-05-21\noutlet: BBC\n\nA zeppelin was seen.\n");
      // The index command takes the write lock; the server holds none, so this succeeds while it serves.
      ServeFixture.cli("index", f.corpus.toString(), "--index", f.index.toString(), "--config", ServeFixture.CONFIG.toString(), "-q");
      long start = System.nanoTime();
      String body = "";
      while (System.nanoTime() - start < 10_000_000_000L) {
        body = f.get("/api/search?q=zeppelin").body();
        if (body.startsWith("{\"total\":1,")) {
          break;
        }
        Thread.sleep(100);
      }
      assertTrue(body.startsWith("{\"total\":1,"), "not seen within 10 s: " + body);
      System.out.printf(java.util.Locale.ROOT, "new commit served after %.1f s%n", (System.nanoTime() - start) / 1e9);
      assertTrue(f.get("/api/info").body().startsWith("{\"articles\":8,"));
      assertEquals(200, f.get("/api/articles/small%2Flate.txt").statusCode());
    }
  }
}
